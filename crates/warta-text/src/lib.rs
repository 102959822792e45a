//! # warta-text
//!
//! The first stages of the pipeline: language identification
//! ([`LanguageIdentifier`]) and sentence splitting + tokenization
//! ([`Segmenter`]), for Indonesian and English, driven by the per-language
//! data in `data/lang/<code>/`:
//!
//! | file | what |
//! |---|---|
//! | `abbreviations.txt` | words whose period belongs to them (`dll.`, `Corp.`) |
//! | `titles.txt` | abbreviations written before names, never sentence-final (`dr.`, `Mr.`) |
//! | `clitics.tsv` | clitic endings split off as tokens (`-nya`, `-lah`) and where |
//! | `non_clitics.txt` | words whose clitic-like ending is not one (`akhirnya`) |
//! | `clitic_hosts.txt` | hosts for the clitics split only after listed words |
//! | `prefixes.tsv` | derivational prefixes (`ber`+`tanya`) |
//! | `function_words.txt` | function words, to reject other languages |

mod langid;
pub mod rules;
mod sentences;
mod tokenize;

use rustc_hash::FxHashMap as HashMap;

pub use langid::{LanguageIdentifier, MAX_DETECT_CHARS};
pub use rules::SegmentRules;
use warta_core::{Document, LanguagePack, Sentence, Stage, StageError, Token};

/// Sentences and tokens of one text, in code point offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order; `Token::sentence` indexes `sentences`.
    pub tokens: Vec<Token>,
}

/// Splits a document into sentences and tokens.
pub struct Segmenter {
    rules: HashMap<String, SegmentRules>,
    /// Rules for languages without a pack: punctuation only.
    generic: SegmentRules,
    /// Packs whose files could not be read, with the reason, reported as a
    /// warning on each document of that language.
    load_errors: HashMap<String, String>,
}

impl Default for Segmenter {
    fn default() -> Self {
        Self::new()
    }
}

impl Segmenter {
    /// A segmenter for all compiled-in language packs.
    pub fn new() -> Self {
        let mut rules = HashMap::default();
        let mut load_errors = HashMap::default();
        for code in warta_core::resources::available_languages() {
            let Some(pack) = LanguagePack::get(&code) else {
                continue;
            };
            match SegmentRules::from_pack(&pack) {
                Ok(r) => {
                    rules.insert(code, r);
                }
                Err(e) => {
                    load_errors.insert(
                        code,
                        format!(
                            "segmentation rules not loaded ({e}); using punctuation-only rules"
                        ),
                    );
                }
            }
        }
        Self {
            rules,
            generic: SegmentRules::default(),
            load_errors,
        }
    }

    /// A segmenter with explicit rules for some languages (tests, tools).
    pub fn with_rules(rules: HashMap<String, SegmentRules>) -> Self {
        Self {
            rules,
            generic: SegmentRules::default(),
            load_errors: HashMap::default(),
        }
    }

    /// The rules used for language `code` (punctuation-only when no pack).
    pub fn rules_for(&self, code: &str) -> &SegmentRules {
        self.rules.get(code).unwrap_or(&self.generic)
    }

    /// Sentences and tokens of `text` in language `code`.
    pub fn segment(&self, text: &str, code: &str) -> Segmentation {
        let rules = self.rules_for(code);
        let raw = tokenize::tokenize(text, rules);
        let spans = sentences::split(text, &raw);
        let mut out = Segmentation {
            sentences: Vec::with_capacity(spans.len()),
            tokens: Vec::with_capacity(raw.len()),
        };
        // Byte -> code point offsets in one forward pass (tokens are sorted).
        let ascii = text.is_ascii();
        let mut byte = 0usize;
        let mut chars = 0usize;
        let mut to_chars = |b: usize| {
            if ascii {
                return b;
            }
            chars += text[byte..b].chars().count();
            byte = b;
            chars
        };
        for (index, &(first, last)) in spans.iter().enumerate() {
            let mut sentence_start = 0;
            for (k, t) in raw[first..last].iter().enumerate() {
                let start = to_chars(t.start);
                let end = to_chars(t.end);
                if k == 0 {
                    sentence_start = start;
                }
                out.tokens.push(Token {
                    start,
                    end,
                    sentence: index,
                    kind: t.kind,
                    clitic: t.clitic,
                });
            }
            let end = out.tokens.last().map_or(sentence_start, |t| t.end);
            out.sentences.push(Sentence {
                start: sentence_start,
                end,
            });
        }
        out
    }
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn process(&self, doc: &mut Document) -> Result<(), StageError> {
        if let Some(problem) = self.load_errors.get(&doc.language.code) {
            doc.warnings.push(format!("segment: {problem}"));
        }
        let seg = self.segment(&doc.text, &doc.language.code);
        doc.sentences = seg.sentences;
        doc.tokens = seg.tokens;
        Ok(())
    }
}
