//! Boilerplate paragraphs of news sites ("Baca juga: ...", "ADVERTISEMENT",
//! "Editor: ..."), dropped from extracted page text.
//!
//! The patterns are data, `boilerplate.tsv` in every language pack (see the
//! header of `data/lang/id/boilerplate.tsv`). All packs are merged: a page's
//! language is only decided later in the pipeline.

use std::collections::HashSet;
use std::sync::OnceLock;

use warta_core::LanguagePack;
use warta_core::resources::{LanguageResources, available_languages};

/// Paragraphs longer than this are never boilerplate by prefix: a real
/// paragraph may start with a listed phrase.
const MAX_PREFIX_PARAGRAPH_CHARS: usize = 300;

/// Compiled boilerplate patterns.
#[derive(Debug, Default)]
pub struct Boilerplate {
    exact: HashSet<String>,
    prefixes: Vec<String>,
    labels: Vec<String>,
}

/// The patterns of all compiled-in (or `WARTA_DATA`) language packs.
pub fn patterns() -> &'static Boilerplate {
    static PATTERNS: OnceLock<Boilerplate> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        let mut lines = Vec::new();
        for code in available_languages() {
            if let Some(pack) = LanguagePack::get(&code) {
                lines.extend(pack.lines("boilerplate.tsv"));
            }
        }
        Boilerplate::from_lines(lines.iter().map(String::as_str))
    })
}

impl Boilerplate {
    /// Builds the patterns from TSV data lines (`kind<TAB>text`); lines of an
    /// unknown kind are ignored.
    pub fn from_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> Self {
        let mut b = Self::default();
        for line in lines {
            let Some((kind, text)) = line.split_once('\t') else {
                continue;
            };
            let text = normalize(text);
            if text.is_empty() {
                continue;
            }
            match kind.trim() {
                "exact" => {
                    b.exact.insert(text);
                }
                "prefix" => b.prefixes.push(text),
                "label" => b.labels.push(text),
                _ => {}
            }
        }
        b
    }

    /// True when `paragraph` is boilerplate.
    pub fn is_boilerplate(&self, paragraph: &str) -> bool {
        let p = normalize(paragraph);
        if self.exact.contains(&p) {
            return true;
        }
        if p.chars().count() > MAX_PREFIX_PARAGRAPH_CHARS {
            return false;
        }
        let starts_word = |pat: &str| {
            p.strip_prefix(pat)
                .filter(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        };
        self.prefixes.iter().any(|pat| starts_word(pat).is_some())
            || self
                .labels
                .iter()
                .any(|pat| starts_word(pat).is_some_and(|rest| rest.trim_start().starts_with(':')))
    }
}

/// Lower case with runs of white space collapsed, for matching.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_match_as_documented() {
        let b =
            Boilerplate::from_lines(["prefix\tBaca juga", "label\tEditor", "exact\tADVERTISEMENT"]);
        assert!(b.is_boilerplate("Baca juga: Prabowo terima Sekjen PBB"));
        assert!(b.is_boilerplate("BACA JUGA  Gempa di Cianjur"));
        assert!(!b.is_boilerplate("Bacaan juga penting"));
        assert!(b.is_boilerplate("Editor : Agus Salim"));
        assert!(!b.is_boilerplate("Editor senior itu mengatakan hal lain."));
        assert!(b.is_boilerplate("  Advertisement "));
        let long = format!("Baca juga {}", "kata ".repeat(80));
        assert!(!b.is_boilerplate(&long));
    }

    #[test]
    fn compiled_packs_have_patterns() {
        assert!(patterns().is_boilerplate("SCROLL TO CONTINUE WITH CONTENT"));
        assert!(patterns().is_boilerplate("Read more: Fed holds rates"));
    }
}
