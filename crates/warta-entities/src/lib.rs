//! # warta-entities
//!
//! People, organisations and places: recognition, roles, actor codes, in-document aliases and geocoding.

use warta_core::{Document, Stage, StageError};

/// The entities stage. Fills `Document::entities`.
#[derive(Debug, Default)]
pub struct EntityStage {
    _private: (),
}

impl EntityStage {
    /// Builds the stage, loading its per-language resources.
    pub fn new() -> Self {
        Self { _private: () }
    }
}

impl Stage for EntityStage {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn process(&self, _doc: &mut Document) -> Result<(), StageError> {
        Ok(())
    }
}
