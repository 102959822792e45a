//! # warta-text
//!
//! The first stages of the pipeline: language identification
//! ([`LanguageIdentifier`]) and sentence splitting + tokenization
//! ([`Segmenter`]), for Indonesian and English, driven by the per-language
//! data in `data/lang/<code>/`.

use warta_core::{Document, Sentence, Stage, StageError};

/// Identifies the language of a text among the languages warta supports.
pub struct LanguageIdentifier {
    _private: (),
}

impl LanguageIdentifier {
    /// A detector for Indonesian, Malay and English.
    pub fn new() -> Self {
        Self { _private: () }
    }

    /// The language code and confidence for `text`, or `None` when undetermined.
    pub fn detect(&self, _text: &str) -> Option<(String, f32)> {
        None
    }
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        Self::new()
    }
}

/// Splits a document into sentences and tokens.
#[derive(Default)]
pub struct Segmenter {
    _private: (),
}

impl Segmenter {
    /// A segmenter for all compiled-in language packs.
    pub fn new() -> Self {
        Self { _private: () }
    }
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        // Line-based split until the real splitter lands.
        let mut pos = 0;
        for line in doc.text.split('\n') {
            let n = line.chars().count();
            if !line.trim().is_empty() {
                doc.sentences.push(Sentence { start: pos, end: pos + n });
            }
            pos += n + 1;
        }
        Ok(())
    }
}
