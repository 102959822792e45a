//! One module per subcommand.

pub mod bench;
pub mod eval;
pub mod export;
pub mod extract;
pub mod ingest;
