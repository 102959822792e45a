//! # warta-core
//!
//! The shared spine of warta: the [`Document`] model that flows through every
//! stage, the [`Stage`] trait, code point offset conversion ([`TextIndex`]) and
//! the compiled-in resources and language packs ([`resources`]).
//!
//! Stage crates (`warta-text`, `warta-entities`, `warta-time`, ...) depend on
//! this crate only; the `warta` crate wires them into a pipeline.

pub mod markup;
pub mod model;
pub mod resources;
pub mod stage;
pub mod text_index;

pub use model::*;
pub use resources::{LanguagePack, LanguageResources, MemoryPack, ResourceError};
pub use stage::{Stage, StageError};
pub use text_index::TextIndex;
