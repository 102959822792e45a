//! Language identification with `lingua` (Indonesian, Malay, English),
//! checked against each language pack's `function_words.txt` so that text
//! in another language comes back undetermined instead of as the nearest of
//! the three.

use std::collections::HashSet;
use std::sync::LazyLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use warta_core::{LanguagePack, LanguageResources};

/// Characters of a document looked at: the lead of a news article decides
/// its language, and detection time grows with the text.
pub const MAX_DETECT_CHARS: usize = 2_000;

/// Below this share of function words (`yang`, `the`, ...) among the
/// words looked at, the text is taken to be in some other language.
const MIN_FUNCTION_WORD_SHARE: f32 = 0.08;

/// Fewer words than this are too few to judge the function-word share.
const MIN_WORDS_FOR_SHARE: usize = 8;

/// Built once per process: loading the language models is the slow part.
/// High-accuracy mode on purpose: on 2,000-character news texts it was both
/// faster and more accurate than low-accuracy mode, which labelled 50 of 263
/// English UD translations as Indonesian (see `warta eval ud --langid`).
static DETECTOR: LazyLock<LanguageDetector> = LazyLock::new(|| {
    LanguageDetectorBuilder::from_languages(&[
        Language::Indonesian,
        Language::Malay,
        Language::English,
    ])
    .build()
});

/// Identifies the language of a text among the languages warta supports.
pub struct LanguageIdentifier {
    /// Lower-cased function words of every language pack that lists them.
    function_words: HashSet<String>,
}

impl LanguageIdentifier {
    /// A detector for Indonesian, Malay and English.
    pub fn new() -> Self {
        let function_words = warta_core::resources::available_languages()
            .iter()
            .filter_map(|code| LanguagePack::get(code))
            .flat_map(|pack| pack.lines("function_words.txt"))
            .map(|w| w.trim().to_lowercase())
            .collect();
        Self { function_words }
    }

    /// The ISO 639-1 code and confidence (0..=1) for `text`, or `None` when
    /// undetermined (no letters, or a language other than Indonesian,
    /// Malay and English). Only the first [`MAX_DETECT_CHARS`] characters
    /// are used.
    pub fn detect(&self, text: &str) -> Option<(String, f32)> {
        self.detect_prefix(text, MAX_DETECT_CHARS)
    }

    /// As [`LanguageIdentifier::detect`], on the first `max_chars`
    /// characters of `text` (for measuring the speed/accuracy trade-off).
    pub fn detect_prefix(&self, text: &str, max_chars: usize) -> Option<(String, f32)> {
        let end = text
            .char_indices()
            .nth(max_chars)
            .map_or(text.len(), |(i, _)| i);
        let sample = &text[..end];
        let values = DETECTOR.compute_language_confidence_values(sample);
        let (language, confidence) = values.first().copied()?;
        if confidence <= 0.0 {
            return None;
        }
        if !self.function_words.is_empty()
            && self.function_word_share(sample) < MIN_FUNCTION_WORD_SHARE
        {
            return None;
        }
        Some((language.iso_code_639_1().to_string(), confidence as f32))
    }

    /// Share of words of `sample` that are function words of a supported
    /// language; 1.0 when there are too few words to tell.
    fn function_word_share(&self, sample: &str) -> f32 {
        let mut words = 0usize;
        let mut hits = 0usize;
        for word in sample
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            words += 1;
            if self.function_words.contains(&word.to_lowercase()) {
                hits += 1;
            }
        }
        if words < MIN_WORDS_FOR_SHARE {
            1.0
        } else {
            hits as f32 / words as f32
        }
    }
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_indonesian_and_english_news() {
        let id = LanguageIdentifier::new();
        let (code, conf) = id
            .detect("Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah pada Senin, kata juru bicara istana kepada wartawan.")
            .unwrap();
        assert_eq!(code, "id");
        assert!(conf > 0.5, "{conf}");
        let (code, _) = id
            .detect("The central bank raised its benchmark interest rate on Thursday, the governor told reporters in Jakarta.")
            .unwrap();
        assert_eq!(code, "en");
    }

    #[test]
    fn other_languages_and_empty_text_are_undetermined() {
        let id = LanguageIdentifier::new();
        assert_eq!(id.detect(""), None);
        assert_eq!(id.detect("12345 !!! ..."), None);
        assert_eq!(
            id.detect("Die Bundesregierung hat am Donnerstag neue Maßnahmen gegen die Inflation beschlossen, wie ein Sprecher in Berlin mitteilte."),
            None
        );
    }

    #[test]
    fn long_text_uses_only_a_prefix() {
        let id = LanguageIdentifier::new();
        let text = "Pemerintah daerah menyalurkan bantuan kepada warga yang terdampak banjir. "
            .repeat(500);
        assert_eq!(id.detect(&text).map(|(c, _)| c), Some("id".into()));
    }
}
