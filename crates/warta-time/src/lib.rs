//! # warta-time
//!
//! Temporal expressions (TIMEX3) and the document date.

use warta_core::{Document, Stage, StageError};

/// The times stage. Fills `Document::times` and the document date.
#[derive(Debug, Default)]
pub struct TimeStage {
    _private: (),
}

impl TimeStage {
    /// Builds the stage, loading its per-language resources.
    pub fn new() -> Self {
        Self { _private: () }
    }
}

impl Stage for TimeStage {
    fn name(&self) -> &'static str {
        "times"
    }

    fn process(&self, _doc: &mut Document) -> Result<(), StageError> {
        Ok(())
    }
}
