//! The stage interface: every transform in the pipeline takes a document and
//! adds its annotations to it.

use crate::model::Document;

/// A pipeline stage (segmentation, entities, times, quotes, events, ...).
///
/// Stages are built once (loading their resources) and then shared by all
/// worker threads, hence `Send + Sync` and `&self`.
pub trait Stage: Send + Sync {
    /// Short name used in logs and provenance (`sentences`, `entities`).
    fn name(&self) -> &'static str;

    /// Adds this stage's annotations to `doc`. Problems that only affect part
    /// of the document are pushed to `doc.warnings`; an `Err` drops the
    /// document from the output and is reported with its source.
    fn process(&self, doc: &mut Document) -> Result<(), StageError>;
}

/// A stage failed on one document.
#[derive(Debug, thiserror::Error)]
#[error("{stage}: {message}")]
pub struct StageError {
    /// The stage's name.
    pub stage: &'static str,
    /// What went wrong, for the user.
    pub message: String,
}

impl StageError {
    /// A new error for `stage`.
    pub fn new(stage: &'static str, message: impl Into<String>) -> Self {
        Self {
            stage,
            message: message.into(),
        }
    }
}
