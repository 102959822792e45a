//! A token view for matching: each token's text, lower-case form, code point
//! span, sentence and whether whitespace precedes it.
//!
//! The segmenter normally fills `Document::tokens`; when a document arrives
//! without tokens (a caller that skipped segmentation) a simple fallback
//! tokenizer keeps the stage useful instead of silently finding nothing.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use warta_core::{Document, TextIndex, TokenKind};

/// Word classes of a token's lower case, as bits of [`Tok::flags`]: one
/// lookup per token in [`crate::lang::LangTables::word_flags`] instead of
/// one set lookup per class and rule (resolution, agent nouns, domestic
/// groups and descriptions each scan every token of the document).
pub(crate) mod word {
    /// A person pronoun (`pronouns`).
    pub const PRONOUN: u32 = 1 << 0;
    /// The first word of a pair phrase (`pair_firsts`).
    pub const PAIR_FIRST: u32 = 1 << 1;
    /// A word making a title refer back (`role_anaphors`).
    pub const ROLE_ANAPHOR: u32 = 1 << 2;
    /// A word of a role phrase (`role_words`).
    pub const ROLE_WORD: u32 = 1 << 3;
    /// A word that is never a name (`not_names`).
    pub const NOT_NAME: u32 = 1 << 4;
    /// The first word of an agent noun (`agent_firsts`).
    pub const AGENT_FIRST: u32 = 1 << 5;
    /// The first word of a domestic group phrase (`domestic.firsts`).
    pub const DOMESTIC_FIRST: u32 = 1 << 6;
    /// A quantifier (`context.quantifiers`).
    pub const QUANTIFIER: u32 = 1 << 7;
    /// The first word of a definite description (`definites.by_first`).
    pub const DEFINITE_FIRST: u32 = 1 << 8;
    /// A one-word modifier of the role table (`role_modifiers`).
    pub const ROLE_MODIFIER: u32 = 1 << 9;
    /// A joiner of the role table (`role_joiners`); a role word only where
    /// [`super::join_role_fields`] says so.
    pub const ROLE_JOINER: u32 = 1 << 10;
}

/// One token, ready for lookups.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    /// Lower case: a slice of the document's lowered text (no allocation)
    /// for ASCII tokens, owned for the others.
    pub lower: Cow<'a, str>,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Byte offsets of the token in `Document::text`.
    pub bytes: (usize, usize),
    pub sentence: usize,
    pub kind: TokenKind,
    /// Whitespace (or the start of the text) comes right before the token.
    pub space_before: bool,
    /// A clitic split off its host (`-nya`).
    pub clitic: bool,
    /// The [`word`] classes of `lower`.
    pub flags: u32,
}

impl Tok<'_> {
    /// True when the token's lower case is in word class `class` ([`word`]).
    pub fn is(&self, class: u32) -> bool {
        self.flags & class != 0
    }

    /// A word starting with a capital letter (or a digit, for `G20`).
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word
            && !self.clitic
            && self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// A comma token.
    pub fn is_comma(&self) -> bool {
        self.text == ","
    }
}

/// The document text with ASCII letters lowered: same byte offsets as the
/// text, so an ASCII token's lower case is a slice of it. Build it once per
/// document and pass it to [`tokens`].
pub(crate) fn ascii_lowered(doc: &Document) -> String {
    doc.text.to_ascii_lowercase()
}

/// Builds the token view of `doc`; `lowered` is [`ascii_lowered`]`(doc)`
/// and `word_flags` the language's [`crate::lang::LangTables::word_flags`].
pub(crate) fn tokens<'a>(
    doc: &'a Document,
    lowered: &'a str,
    word_flags: &FxHashMap<String, u32>,
) -> Vec<Tok<'a>> {
    let mut toks = unflagged_tokens(doc, lowered);
    if !word_flags.is_empty() {
        for t in &mut toks {
            t.flags = word_flags.get(&*t.lower).copied().unwrap_or(0);
        }
        join_role_fields(&mut toks);
    }
    toks
}

/// Makes a joiner (`dan`) a role word where it links two fields of one
/// office, a capitalised role word before it and a capitalised modifier
/// after it in the same sentence (`Menteri Kelautan dan Perikanan Sakti
/// Wahyu Trenggono`): the title then runs up to the name instead of
/// stopping at `Kelautan` and leaving `Perikanan` to the name.
fn join_role_fields(toks: &mut [Tok]) {
    for i in 1..toks.len().saturating_sub(1) {
        let (prev, t, next) = (&toks[i - 1], &toks[i], &toks[i + 1]);
        if t.is(word::ROLE_JOINER)
            && prev.sentence == t.sentence
            && next.sentence == t.sentence
            && prev.is_capitalized()
            && prev.is(word::ROLE_WORD)
            && next.is_capitalized()
            && next.is(word::ROLE_MODIFIER)
        {
            toks[i].flags |= word::ROLE_WORD;
        }
    }
}

/// The token view of `doc` with no word classes set.
fn unflagged_tokens<'a>(doc: &'a Document, lowered: &'a str) -> Vec<Tok<'a>> {
    let text = doc.text.as_str();
    let index = doc.index_or_new();
    if doc.tokens.is_empty() {
        return fallback_tokens(doc, &index, lowered);
    }
    let mut out = Vec::with_capacity(doc.tokens.len());
    for t in &doc.tokens {
        let (b0, b1) = (index.byte_offset(t.start), index.byte_offset(t.end));
        let Some(s) = text.get(b0..b1) else {
            continue;
        };
        out.push(Tok {
            text: s,
            lower: lower(s, lowered, b0),
            start: t.start,
            end: t.end,
            bytes: (b0, b1),
            sentence: t.sentence,
            kind: t.kind,
            space_before: b0 == 0 || text[..b0].ends_with(char::is_whitespace),
            clitic: t.clitic,
            flags: 0,
        });
    }
    out
}

/// Lower case of the token `s` at byte `b0`: borrowed from `lowered` for
/// ASCII (most tokens), allocated for the others.
fn lower<'a>(s: &'a str, lowered: &'a str, b0: usize) -> Cow<'a, str> {
    match lowered.get(b0..b0 + s.len()) {
        Some(l) if s.is_ascii() => Cow::Borrowed(l),
        _ => Cow::Owned(s.to_lowercase()),
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words (letters/digits with inner `-`, `'`, `.`), and single punctuation marks.
fn fallback_tokens<'a>(doc: &'a Document, index: &TextIndex, lowered: &'a str) -> Vec<Tok<'a>> {
    let text = doc.text.as_str();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut sentence = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let (b0, c) = chars[i];
        if c.is_whitespace() {
            if c == '\n' && out.last().is_some_and(|t: &Tok| t.sentence == sentence) {
                sentence += 1;
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if is_word_char(c) {
            while j < chars.len() {
                let cj = chars[j].1;
                let next_is_word = chars.get(j + 1).is_some_and(|&(_, n)| is_word_char(n));
                if is_word_char(cj) || (matches!(cj, '-' | '\'' | '’' | '.') && next_is_word) {
                    j += 1;
                } else {
                    break;
                }
            }
            // Keep the final dot of dotted abbreviations such as `U.S.`.
            if chars.get(j).is_some_and(|&(_, d)| d == '.') && text[b0..chars[j].0].contains('.') {
                j += 1;
            }
        }
        let b1 = chars.get(j).map_or(text.len(), |&(b, _)| b);
        let s = &text[b0..b1];
        let kind = if is_word_char(c) {
            if s.chars().all(|x| x.is_numeric() || x == '.' || x == ',') {
                TokenKind::Number
            } else {
                TokenKind::Word
            }
        } else {
            TokenKind::Punct
        };
        let sent = if doc.sentences.is_empty() {
            sentence
        } else {
            doc.sentence_at(index.char_offset(b0)).unwrap_or(0)
        };
        out.push(Tok {
            text: s,
            lower: lower(s, lowered, b0),
            start: index.char_offset(b0),
            end: index.char_offset(b1),
            bytes: (b0, b1),
            sentence: sent,
            kind,
            space_before: b0 == 0 || text[..b0].ends_with(char::is_whitespace),
            clitic: false,
            flags: 0,
        });
        if doc.sentences.is_empty() && matches!(s, "." | "!" | "?") {
            let next_upper = chars[j..]
                .iter()
                .find(|(_, x)| !x.is_whitespace())
                .is_some_and(|&(_, x)| x.is_uppercase() || x == '“' || x == '"');
            if next_upper {
                sentence += 1;
            }
        }
        i = j;
    }
    out
}

/// The longest multi-word key that `get` knows, starting at token `k`, of
/// at most `max_words` tokens of one sentence, all passing `ok` and joined
/// by single spaces (keys are lower case): the end token and the value.
/// Gazetteer-style phrase tables (agent nouns, office heads, domestic
/// groups) all match this way.
pub(crate) fn longest<'t, V>(
    toks: &[Tok],
    k: usize,
    max_words: usize,
    ok: &dyn Fn(usize) -> bool,
    get: &dyn Fn(&str) -> Option<&'t V>,
) -> Option<(usize, &'t V)> {
    // Allocated only once the first token passes `ok` (most starts fail it).
    let mut key = String::new();
    let mut best = None;
    for n in 1..=max_words.min(toks.len() - k) {
        let i = k + n - 1;
        let t = &toks[i];
        if t.sentence != toks[k].sentence || !ok(i) {
            break;
        }
        if n > 1 {
            if !t.space_before {
                break;
            }
            key.push(' ');
        } else {
            key.reserve(32);
        }
        key.push_str(&t.lower);
        if let Some(v) = get(&key) {
            best = Some((k + n, v));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_core::SourceInfo;

    #[test]
    fn fallback_tokenizer_keeps_abbreviations_and_sentences() {
        let doc = Document::new(
            "The U.S. envoy met Kim. He left.\nNew line".into(),
            SourceInfo::default(),
        );
        let lowered = ascii_lowered(&doc);
        let toks = tokens(&doc, &lowered, &FxHashMap::default());
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "The", "U.S.", "envoy", "met", "Kim", ".", "He", "left", ".", "New", "line"
            ]
        );
        assert_eq!(toks[6].sentence, 1);
        assert_eq!(toks[9].sentence, 2);
        assert!(toks[4].is_capitalized());
        assert!(!toks[5].space_before);
    }
}
