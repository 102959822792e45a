//! # warta-events
//!
//! PLOVER/CAMEO event coding with modality and provenance.

use warta_core::{Document, Stage, StageError};

/// The events stage. Fills `Document::events`.
#[derive(Debug, Default)]
pub struct EventStage {
    _private: (),
}

impl EventStage {
    /// Builds the stage, loading its per-language resources.
    pub fn new() -> Self {
        Self { _private: () }
    }
}

impl Stage for EventStage {
    fn name(&self) -> &'static str {
        "events"
    }

    fn process(&self, _doc: &mut Document) -> Result<(), StageError> {
        Ok(())
    }
}
