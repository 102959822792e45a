//! Language identification for Indonesian, Malay and English.
//!
//! A cheap first pass counts each language pack's `function_words.txt`
//! (`yang`, `the`, ...) and, for packs that have one, its
//! `langid_markers.tsv` (spellings that tell a language from a close
//! sibling, e.g. Indonesian `karena` vs Malay `kerana`). When that evidence
//! is clear the text is labelled right away; otherwise `lingua` decides, as
//! it always did. Text with too few function words of any pack comes back
//! undetermined instead of as the nearest supported language.

use rustc_hash::FxHashMap as HashMap;
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

/// Fast path: the leading pack's function words must make up at least this
/// share of the words (news prose: roughly 0.1-0.35) ...
const FAST_MIN_SHARE: f32 = 0.10;

/// ... number at least this many ...
const FAST_MIN_HITS: usize = 5;

/// ... and outnumber every other pack's function words this many times.
const FAST_MARGIN: usize = 4;

/// Fast path for a pack with markers: at least this many markers of the
/// pack's own language, and [`FAST_MARGIN`] times more than of any sibling.
const FAST_MIN_MARKERS: usize = 2;

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

/// Function word owned by no single pack (listed by two or more).
const SHARED: usize = usize::MAX;

/// Identifies the language of a text among the languages warta supports.
pub struct LanguageIdentifier {
    /// Codes of the language packs, indexed by the values below.
    packs: Vec<String>,
    /// Whether the pack at that index has a `langid_markers.tsv`.
    has_markers: Vec<bool>,
    /// Lower-cased function word -> index of its pack (or [`SHARED`]).
    function_words: HashMap<String, usize>,
    /// Lower-cased function word or marker -> what it tells (one probe per
    /// word when counting).
    lookup: HashMap<String, Known>,
    /// Byte length of the longest key of `lookup`: a longer ASCII word
    /// (its lower case is as long) needs no probe.
    max_key_len: usize,
}

/// What [`LanguageIdentifier::count`] knows about a lower-cased word.
#[derive(Clone, Copy, Default)]
struct Known {
    /// Index of the pack listing it as a function word (or [`SHARED`]).
    function_word: Option<usize>,
    /// A marker: index of the pack listing it, and whether it points to
    /// that pack's own language rather than a sibling.
    marker: Option<(usize, bool)>,
}

/// What the first pass counted in a sample.
struct Evidence {
    /// Words (runs of letters) in the sample.
    words: usize,
    /// Function words of any pack.
    function_words: usize,
    /// Function words per pack.
    per_pack: Vec<usize>,
    /// Markers of each pack's own language.
    own_markers: Vec<usize>,
    /// Markers of a sibling language, per pack.
    sibling_markers: Vec<usize>,
}

impl LanguageIdentifier {
    /// A detector for Indonesian, Malay and English.
    pub fn new() -> Self {
        let mut packs = Vec::new();
        let mut has_markers = Vec::new();
        let mut function_words: HashMap<String, usize> = HashMap::default();
        let mut markers = HashMap::default();
        for code in warta_core::resources::available_languages() {
            let Some(pack) = LanguagePack::get(&code) else {
                continue;
            };
            let index = packs.len();
            for word in pack.lines("function_words.txt") {
                let word = word.trim().to_lowercase();
                let owner = function_words.entry(word).or_insert(index);
                if *owner != index {
                    *owner = SHARED;
                }
            }
            let marker_lines = pack.lines("langid_markers.tsv");
            has_markers.push(!marker_lines.is_empty());
            for line in marker_lines {
                let mut cols = line.split('\t');
                let (Some(word), Some(lang)) = (cols.next(), cols.next()) else {
                    continue;
                };
                markers.insert(word.trim().to_lowercase(), (index, lang.trim() == code));
            }
            packs.push(code);
        }
        let mut lookup: HashMap<String, Known> = HashMap::default();
        for (word, &pack) in &function_words {
            lookup.entry(word.clone()).or_default().function_word = Some(pack);
        }
        for (word, &marker) in &markers {
            lookup.entry(word.clone()).or_default().marker = Some(marker);
        }
        let max_key_len = lookup.keys().map(String::len).max().unwrap_or(0);
        Self {
            packs,
            has_markers,
            function_words,
            lookup,
            max_key_len,
        }
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
        // A text of at most `max_chars` bytes has at most that many
        // characters: no need to walk it (most news articles).
        let end = if text.len() <= max_chars {
            text.len()
        } else {
            text.char_indices()
                .nth(max_chars)
                .map_or(text.len(), |(i, _)| i)
        };
        let sample = &text[..end];
        let evidence = self.count(sample);
        if evidence.words == 0 {
            return None;
        }
        let share_known = !self.function_words.is_empty() && evidence.words >= MIN_WORDS_FOR_SHARE;
        if share_known
            && (evidence.function_words as f32 / evidence.words as f32) < MIN_FUNCTION_WORD_SHARE
        {
            return None;
        }
        if share_known {
            if let Some(found) = self.fast_decision(&evidence) {
                return Some(found);
            }
        }
        self.detect_with_model(sample)
    }

    /// `lingua`'s best language for `sample`, if any.
    fn detect_with_model(&self, sample: &str) -> Option<(String, f32)> {
        let values = DETECTOR.compute_language_confidence_values(sample);
        let (language, confidence) = values.first().copied()?;
        if confidence <= 0.0 {
            return None;
        }
        Some((language.iso_code_639_1().to_string(), confidence as f32))
    }

    /// The pack whose function words clearly dominate, when its markers (if
    /// it has any) clearly point to its own language. The confidence is the
    /// leading pack's share of the function words, times its own language's
    /// share of the markers.
    fn fast_decision(&self, evidence: &Evidence) -> Option<(String, f32)> {
        let (best, &hits) = evidence
            .per_pack
            .iter()
            .enumerate()
            .max_by_key(|&(_, h)| *h)?;
        let runner_up = evidence
            .per_pack
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != best)
            .map(|(_, &h)| h)
            .max()
            .unwrap_or(0);
        if hits < FAST_MIN_HITS
            || (hits as f32 / evidence.words as f32) < FAST_MIN_SHARE
            || hits < FAST_MARGIN * runner_up
        {
            return None;
        }
        let mut confidence = hits as f32 / (hits + runner_up) as f32;
        if self.has_markers[best] {
            let own = evidence.own_markers[best];
            let sibling = evidence.sibling_markers[best];
            if own < FAST_MIN_MARKERS || own < FAST_MARGIN * sibling {
                return None;
            }
            confidence *= own as f32 / (own + sibling) as f32;
        }
        Some((self.packs[best].clone(), confidence))
    }

    /// Counts words, function words and markers in `sample`.
    fn count(&self, sample: &str) -> Evidence {
        let n = self.packs.len();
        let mut evidence = Evidence {
            words: 0,
            function_words: 0,
            per_pack: vec![0; n],
            own_markers: vec![0; n],
            sibling_markers: vec![0; n],
        };
        let mut lower = String::new();
        let mut rest = sample;
        while let Some((word, ascii, after)) = next_word(rest) {
            rest = after;
            evidence.words += 1;
            if ascii && word.len() > self.max_key_len {
                continue;
            }
            lower.clear();
            if ascii {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.extend(word.chars().flat_map(char::to_lowercase));
            }
            let Some(known) = self.lookup.get(lower.as_str()) else {
                continue;
            };
            if let Some(pack) = known.function_word {
                evidence.function_words += 1;
                if pack != SHARED {
                    evidence.per_pack[pack] += 1;
                }
            }
            if let Some((pack, own)) = known.marker {
                if own {
                    evidence.own_markers[pack] += 1;
                } else {
                    evidence.sibling_markers[pack] += 1;
                }
            }
        }
        evidence
    }
}

/// The first word (maximal run of alphabetic characters) of `text`, whether
/// it is ASCII, and the text after it. Bytes are tested directly where they
/// are ASCII (most of the text): the same words as splitting on
/// non-alphabetic characters, without decoding every character.
fn next_word(text: &str) -> Option<(&str, bool, &str)> {
    let bytes = text.as_bytes();
    // The character at byte `i` (a char boundary) and its length, when alphabetic.
    let letter = |i: usize| -> (bool, usize) {
        let b = bytes[i];
        if b.is_ascii() {
            return (b.is_ascii_alphabetic(), 1);
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        (c.is_alphabetic(), c.len_utf8().max(1))
    };
    let mut i = 0;
    while i < bytes.len() {
        let (is_letter, len) = letter(i);
        if is_letter {
            break;
        }
        i += len;
    }
    if i >= bytes.len() {
        return None;
    }
    let start = i;
    let mut ascii = true;
    while i < bytes.len() {
        let (is_letter, len) = letter(i);
        if !is_letter {
            break;
        }
        ascii &= len == 1;
        i += len;
    }
    Some((&text[start..i], ascii, &text[i..]))
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
    fn words_are_runs_of_letters() {
        let text = "Jum’at, 12 Mei: café-kafe «Éire» naïve\u{a0}x1y ok";
        let mut words = Vec::new();
        let mut rest = text;
        while let Some((word, ascii, after)) = next_word(rest) {
            assert_eq!(ascii, word.is_ascii());
            words.push(word);
            rest = after;
        }
        let want: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        assert_eq!(words, want);
    }

    #[test]
    fn long_text_uses_only_a_prefix() {
        let id = LanguageIdentifier::new();
        let text = "Pemerintah daerah menyalurkan bantuan kepada warga yang terdampak banjir. "
            .repeat(500);
        assert_eq!(id.detect(&text).map(|(c, _)| c), Some("id".into()));
    }

    #[test]
    fn fast_path_decides_clear_indonesian_and_english_only() {
        let id = LanguageIdentifier::new();
        let fast = |text: &str| id.fast_decision(&id.count(text)).map(|(c, _)| c);
        assert_eq!(
            fast(
                "Pemerintah kabupaten mengatakan bahwa jalan itu ditutup karena banjir, dan warga diminta tidak melintas sampai Senin, kata kepala dinas kepada wartawan."
            ),
            Some("id".into())
        );
        assert_eq!(
            fast(
                "The district government said that the road was closed because of the floods, and residents were asked to stay away until Monday, an official told reporters."
            ),
            Some("en".into())
        );
        // `pejabat` ("official") and `boleh` are Indonesian too: no Malay marker.
        assert_eq!(
            fast(
                "Seorang pejabat kementerian mengatakan bahwa warga tidak boleh melintas karena jalan itu ditutup, dan pemerintah akan membukanya kembali setelah banjir surut."
            ),
            Some("id".into())
        );
        // Malay markers (`kerajaan`, `bahawa`, `kerana`): left to the model.
        assert_eq!(
            fast(
                "Kerajaan daerah berkata bahawa jalan itu ditutup kerana banjir, dan penduduk diminta tidak melalui kawasan itu sehingga hari Isnin, kata pegawai kepada wartawan."
            ),
            None
        );
        // Indonesian/Malay function words but no marker either way: the model.
        assert_eq!(
            fast(
                "Warga desa itu membersihkan sungai yang tercemar sampah plastik bersama para relawan dari kota, dan mereka akan kembali lagi pada pekan depan."
            ),
            None
        );
    }
}
