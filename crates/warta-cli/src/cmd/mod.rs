//! One module per subcommand.

pub mod bench;
pub mod common;
pub mod demo;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod serve;
