//! The stage's own light tokenization: words, punctuation and quotation
//! marks with byte and code point spans, plus "units" (sentences that never
//! split inside a direct quote). The stage tokenizes for itself so that it
//! does not depend on how the segmenter treats quote marks and clitics.

use std::borrow::Cow;

use crate::lexicon::{Lexicon, WordClass};
use crate::marks::{Mark, QuoteSpan};
use warta_core::TextIndex;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters or digits, with inner `-`, `'`, `’`, `.` or `/`.
    Word,
    /// One punctuation or symbol character.
    Punct(char),
    /// A quotation mark (index into the mark list).
    Mark(usize),
}

/// A token; `'a` is the lifetime of the document's lower-cased text.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First code point.
    pub cstart: usize,
    /// One past the last code point.
    pub cend: usize,
    /// Kind.
    pub kind: TokKind,
    /// Lower-cased text, for words: a slice of the document's ASCII-lowered
    /// text for ASCII words (most of them; no allocation per token), owned
    /// for the others.
    pub lower: Cow<'a, str>,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// A line break stands between the previous token and this one.
    pub newline_before: bool,
    /// Inside a time expression found by the time stage.
    pub in_time: bool,
}

impl Tok<'_> {
    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    /// True for this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
}

fn joins_word(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '/' | ',' | '&')
}

/// Tokenizes `text`; `marks` must be in text order. `lowered` is
/// `text.to_ascii_lowercase()` (same byte offsets), built once per document.
pub fn tokenize<'a>(
    text: &str,
    lowered: &'a str,
    marks: &[Mark],
    index: &TextIndex,
) -> Vec<Tok<'a>> {
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut next_mark = 0;
    let mut newline = false;
    let mut i = 0;
    let bytes_len = text.len();
    while i < bytes_len {
        // A space or tab between tokens (most characters that are not part
        // of a word) without decoding; never a mark, which is not ASCII
        // whitespace.
        if matches!(text.as_bytes()[i], b' ' | b'\t') {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if next_mark < marks.len() && marks[next_mark].start == i {
            let m = marks[next_mark];
            toks.push(make(
                text,
                lowered,
                index,
                m.start,
                m.end,
                TokKind::Mark(next_mark),
                newline,
            ));
            newline = false;
            next_mark += 1;
            i = m.end;
            continue;
        }
        if c.is_whitespace() {
            newline |= c == '\n';
            i += c.len_utf8();
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            loop {
                // ASCII letters and digits without decoding (most of a word).
                if text
                    .as_bytes()
                    .get(j)
                    .is_some_and(u8::is_ascii_alphanumeric)
                {
                    j += 1;
                    continue;
                }
                let mut it = text[j..].chars();
                match (it.next(), it.next()) {
                    (Some(d), _) if d.is_alphanumeric() => j += d.len_utf8(),
                    // A joiner counts only between letters/digits, and a comma
                    // only between digits (`1,5`); never a quote mark.
                    (Some(d), Some(e))
                        if joins_word(d)
                            && e.is_alphanumeric()
                            && !(next_mark < marks.len() && marks[next_mark].start == j)
                            && (d != ','
                                || (e.is_ascii_digit()
                                    && text[..j].ends_with(|p: char| p.is_ascii_digit()))) =>
                    {
                        j += d.len_utf8()
                    }
                    _ => break,
                }
            }
            toks.push(make(text, lowered, index, i, j, TokKind::Word, newline));
            newline = false;
            i = j;
            continue;
        }
        toks.push(make(
            text,
            lowered,
            index,
            i,
            i + c.len_utf8(),
            TokKind::Punct(c),
            newline,
        ));
        newline = false;
        i += c.len_utf8();
    }
    toks
}

fn make<'a>(
    text: &str,
    lowered: &'a str,
    index: &TextIndex,
    start: usize,
    end: usize,
    kind: TokKind,
    nl: bool,
) -> Tok<'a> {
    let s = &text[start..end];
    let (lower, cap) = if kind == TokKind::Word {
        let lower = match lowered.get(start..end) {
            Some(l) if s.is_ascii() => Cow::Borrowed(l),
            _ => Cow::Owned(s.to_lowercase()),
        };
        (lower, s.chars().next().is_some_and(char::is_uppercase))
    } else {
        (Cow::Borrowed(""), false)
    };
    Tok {
        start,
        end,
        cstart: index.char_offset(start),
        cend: index.char_offset(end),
        kind,
        lower,
        cap,
        newline_before: nl,
        in_time: false,
    }
}

/// A direct quote in token terms.
#[derive(Debug, Clone, Copy)]
pub struct QuoteToks {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, or of the last content token when unclosed.
    pub close: usize,
    /// The byte span from the mark pairing.
    pub span: QuoteSpan,
}

/// Maps quote spans onto token indices.
pub fn quote_tokens(toks: &[Tok<'_>], spans: &[QuoteSpan], marks: &[Mark]) -> Vec<QuoteToks> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let open_byte = marks[s.open].start;
        let open = toks.partition_point(|t| t.start < open_byte);
        let close = match s.close {
            Some(c) => {
                let b = marks[c].start;
                toks.partition_point(|t| t.start < b)
            }
            None => toks
                .partition_point(|t| t.start < s.content_end)
                .saturating_sub(1)
                .max(open),
        };
        if open < toks.len() {
            out.push(QuoteToks {
                open,
                close: close.min(toks.len() - 1),
                span: *s,
            });
        }
    }
    out
}

/// Splits tokens into sentence-like units `[start, end)`. A unit never ends
/// inside a direct quote; it ends after `.`, `!`, `?` followed by a capital, a
/// digit, a quote mark or a line break, and at every line break.
pub fn units(toks: &[Tok<'_>], quotes: &[QuoteToks], lex: &Lexicon) -> Vec<(usize, usize)> {
    // inside[i] = token i is strictly inside a quote (between its marks).
    let mut depth_change = vec![0i32; toks.len() + 1];
    for q in quotes {
        depth_change[q.open + 1] += 1;
        depth_change[q.close.max(q.open) + 1] -= 1;
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0;
    for i in 0..toks.len() {
        depth += depth_change[i];
        let inside = depth > 0;
        if i > start && toks[i].newline_before && !inside {
            out.push((start, i));
            start = i;
        }
        let t = &toks[i];
        let ends = matches!(t.kind, TokKind::Punct('.' | '!' | '?' | '…'));
        if ends && !inside && i + 1 < toks.len() {
            let next = &toks[i + 1];
            let prev_abbr = i > 0
                && toks[i - 1].is_word()
                && (lex.class(&toks[i - 1].lower) == Some(WordClass::Abbreviation)
                    || toks[i - 1].lower.chars().count() == 1 && toks[i - 1].cap);
            let next_starts = next.cap
                || matches!(next.kind, TokKind::Mark(_))
                || next.lower.starts_with(|c: char| c.is_ascii_digit());
            if next_starts && !prev_abbr {
                out.push((start, i + 1));
                start = i + 1;
            }
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}
