//! # warta-quotes
//!
//! Direct and indirect quotations, speakers and attribution chains.

use warta_core::{Document, Stage, StageError};

/// The quotes stage. Fills `Document::quotes` and `Document::sources`.
#[derive(Debug, Default)]
pub struct QuoteStage {
    _private: (),
}

impl QuoteStage {
    /// Builds the stage, loading its per-language resources.
    pub fn new() -> Self {
        Self { _private: () }
    }
}

impl Stage for QuoteStage {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn process(&self, _doc: &mut Document) -> Result<(), StageError> {
        Ok(())
    }
}
