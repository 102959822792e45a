//! Tokenization: words, numbers, punctuation, URLs and e-mail addresses,
//! with byte spans and the hints sentence splitting needs (line breaks,
//! abbreviations, sentence-final punctuation).

use warta_core::TokenKind;

use crate::rules::SegmentRules;

/// How a token may end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    /// Never ends a sentence by itself.
    No,
    /// `.`, `!`, `?` (and runs of them).
    Final,
    /// `...` or `…`: ends a sentence only before a capital letter or a quote.
    Ellipsis,
    /// An abbreviation with its period (`dll.`, `Corp.`): ends a sentence
    /// only before a capitalised word.
    Abbreviation,
}

/// A token with byte offsets, before conversion to the document model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub clitic: bool,
    /// A line break occurs between the previous token and this one.
    pub newline_before: bool,
    /// Whitespace occurs between the previous token and this one.
    pub space_before: bool,
    pub stop: Stop,
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// Punctuation proper; every other non-alphanumeric, non-space character is
/// a [`TokenKind::Symbol`] (`%`, `$`, `+`, emoji).
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        && !matches!(
            c,
            '$' | '%' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~' | '#' | '&' | '*' | '@'
        )
        || matches!(
            c,
            '“' | '”'
                | '‘'
                | '’'
                | '„'
                | '‚'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '–'
                | '—'
                | '―'
                | '…'
                | '‐'
                | '‑'
                | '‒'
                | '•'
                | '·'
                | '¡'
                | '¿'
                | '「'
                | '」'
                | '『'
                | '』'
                | '、'
                | '。'
        )
}

/// Characters that may open a chunk before a URL or e-mail address.
fn is_opening(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '<' | '"' | '\'' | '“' | '‘' | '«')
}

/// Characters stripped from the end of a URL or e-mail address.
fn is_trailing(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '>' | '"' | '\'' | '”' | '’' | '»'
    )
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

/// True for `user@example.co.id`.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}

fn is_url_start(s: &str) -> bool {
    let b = s.as_bytes();
    let starts = |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    starts("http://") || starts("https://") || starts("www.")
}

/// Byte offset of the first whitespace character at or after `from` (a char
/// boundary), or the end of `text`. ASCII bytes are tested without decoding:
/// the same answer as `find(char::is_whitespace)`, which decodes every
/// character of every chunk.
fn next_whitespace(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // `char::is_whitespace` on ASCII: space and `\t` to `\r`.
            if b == b' ' || (b'\t'..=b'\r').contains(&b) {
                return i;
            }
            i += 1;
            continue;
        }
        match text[i..].chars().next() {
            Some(c) if c.is_whitespace() => return i,
            Some(c) => i += c.len_utf8(),
            None => break,
        }
    }
    bytes.len()
}

struct Tokenizer<'a> {
    text: &'a str,
    rules: &'a SegmentRules,
    out: Vec<RawToken>,
    newline: bool,
    space: bool,
}

impl<'a> Tokenizer<'a> {
    fn push(&mut self, start: usize, end: usize, kind: TokenKind, stop: Stop, clitic: bool) {
        self.out.push(RawToken {
            start,
            end,
            kind,
            clitic,
            newline_before: self.newline,
            space_before: self.space,
            stop,
        });
        self.newline = false;
        self.space = false;
    }

    fn run(&mut self) {
        let text = self.text;
        let mut pos = 0;
        while pos < text.len() {
            let Some(c) = char_at(text, pos) else { break };
            if c.is_whitespace() {
                self.newline |= is_line_break(c);
                self.space = true;
                pos += c.len_utf8();
                continue;
            }
            let chunk_end = next_whitespace(text, pos);
            self.chunk(pos, chunk_end);
            pos = chunk_end;
        }
    }

    /// One whitespace-delimited chunk.
    fn chunk(&mut self, start: usize, end: usize) {
        let text = self.text;
        let chunk = &text[start..end];
        // Leading opening punctuation, then maybe a URL or e-mail address.
        let core_start = start
            + chunk
                .char_indices()
                .find(|&(_, c)| !is_opening(c))
                .map_or(chunk.len(), |(i, _)| i);
        let core = &text[core_start..end];
        let core_len = || core.trim_end_matches(is_trailing).len();
        let special = if is_url_start(core) {
            Some((TokenKind::Url, core_len()))
        } else if core.contains('@') && is_email(&core[..core_len()]) {
            Some((TokenKind::Email, core_len()))
        } else {
            None
        };
        if let Some((kind, core_len)) = special
            && core_len > 0
        {
            self.pieces(start, core_start);
            self.push(core_start, core_start + core_len, kind, Stop::No, false);
            self.pieces(core_start + core_len, end);
        } else {
            self.pieces(start, end);
        }
    }

    /// Words, numbers and punctuation of `text[start..end]` (no whitespace).
    fn pieces(&mut self, start: usize, end: usize) {
        let text = self.text;
        let mut pos = start;
        while pos < end {
            let Some(c) = char_at(text, pos) else { break };
            if c.is_alphanumeric() {
                pos = self.word(pos, end);
            } else if c == '-' || c == '`' {
                // `--` and the ``quote`` of some corpora are one token.
                let run_end = text[pos..end]
                    .find(|x: char| x != c)
                    .map_or(end, |i| pos + i);
                self.push(pos, run_end, TokenKind::Punct, Stop::No, false);
                pos = run_end;
            } else if c == '.' || c == '!' || c == '?' {
                let run_end = text[pos..end]
                    .find(|x: char| x != '.' && x != '!' && x != '?')
                    .map_or(end, |i| pos + i);
                let run = &text[pos..run_end];
                let stop = if run.len() >= 2 && run.bytes().all(|b| b == b'.') {
                    Stop::Ellipsis
                } else {
                    Stop::Final
                };
                self.push(pos, run_end, TokenKind::Punct, stop, false);
                pos = run_end;
            } else {
                let next = pos + c.len_utf8();
                let (kind, stop) = match c {
                    '…' => (TokenKind::Punct, Stop::Ellipsis),
                    c if is_punct(c) => (TokenKind::Punct, Stop::No),
                    _ => (TokenKind::Symbol, Stop::No),
                };
                self.push(pos, next, kind, stop, false);
                pos = next;
            }
        }
    }

    /// A word or number starting at `start`; returns where it ends.
    fn word(&mut self, start: usize, end: usize) -> usize {
        let text = self.text;
        let mut pos = start;
        let mut has_dot = false;
        let mut is_domain = false;
        // Length in letters of the current dot-separated segment, for
        // dotted abbreviations (`U.S`, `M.Si`, `a.n`).
        let mut segment_letters = 0usize;
        let mut segment_alpha = true;
        loop {
            let bytes = text.as_bytes();
            while pos < end {
                let b = bytes[pos];
                // ASCII fast path; other characters are decoded.
                let (alnum, alpha, len) = if b.is_ascii() {
                    (b.is_ascii_alphanumeric(), b.is_ascii_alphabetic(), 1)
                } else {
                    match char_at(text, pos) {
                        Some(c) => (c.is_alphanumeric(), c.is_alphabetic(), c.len_utf8()),
                        None => break,
                    }
                };
                if !alnum {
                    break;
                }
                segment_letters += 1;
                segment_alpha &= alpha;
                pos += len;
            }
            let Some(joiner) = char_at(text, pos).filter(|_| pos < end) else {
                break;
            };
            let after = pos + joiner.len_utf8();
            let Some(next) = char_at(text, after).filter(|_| after < end) else {
                break;
            };
            if !next.is_alphanumeric() {
                break;
            }
            let prev = char_before(text, pos).unwrap_or(' ');
            let join = match joiner {
                // Reduplication and compounds: negara-negara, COVID-19, ke-4,
                // 1960-an; but a range `2013-2014` is number, dash, number.
                '-' | '‐' | '‑' => !(prev.is_ascii_digit() && next.is_ascii_digit()),
                // Jum'at, Qur'an.
                '\'' | '’' => prev.is_alphabetic() && next.is_alphabetic(),
                // 5,95  2.500  6/9  21/10/2025  17.00  17:30.
                ',' | ':' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
                '.' if prev.is_ascii_digit() && next.is_ascii_digit() => true,
                '.' if next.is_alphabetic() => {
                    // Domain names need a first label of 2+ characters, so
                    // that `M.Si` (a degree) is not read as Slovenian.
                    let domain = if !has_dot && pos - start >= 2 {
                        self.rules.domain_tail_len(&text[pos..end])
                    } else {
                        None
                    };
                    if let Some(len) = domain {
                        // A domain name (`IPOL.ID`, `contoh.go.id`): one word.
                        pos += len;
                        is_domain = true;
                        break;
                    }
                    let dotted = segment_alpha
                        && (1..=3).contains(&segment_letters)
                        && self.short_segment_follows(after, end);
                    has_dot |= dotted;
                    dotted
                }
                _ => false,
            };
            if !join {
                break;
            }
            if joiner == '.' || joiner == '-' {
                segment_letters = 0;
                segment_alpha = true;
            }
            pos = after;
        }
        let word = &text[start..pos];
        let first = word.chars().next().unwrap_or(' ');
        let is_number = first.is_ascii_digit()
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '/' | ':'));
        let kind = if is_number {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        // A period that belongs to the word: abbreviations, initials, U.S.
        if char_at(text, pos) == Some('.') && pos < end && kind == TokenKind::Word && !is_domain {
            // `M. Nasir`, but not the unit in `2 C.` or the era in `abad ke-6 M.`.
            let after_number = self
                .out
                .last()
                .filter(|t| t.end < start)
                .is_some_and(|t| text[t.start..t.end].ends_with(|c: char| c.is_ascii_digit()));
            let initial = word.chars().count() == 1 && first.is_uppercase() && !after_number;
            let stop = match self.rules.abbreviation(word) {
                _ if initial => Some(Stop::No),
                Some(true) => Some(Stop::No),
                Some(false) => Some(Stop::Abbreviation),
                // An unlisted dotted abbreviation (`S.Sos.`) never ends a sentence.
                None if has_dot => Some(Stop::No),
                None => None,
            };
            if let Some(stop) = stop {
                self.push(start, pos + 1, kind, stop, false);
                return pos + 1;
            }
        }
        if kind == TokenKind::Word
            && let Some(len) = self.rules.number_prefix_len(word)
        {
            // `Rp5.000`: the currency, then the number on its own.
            self.push(start, start + len, kind, Stop::No, false);
            return self.word(start + len, end);
        }
        if kind == TokenKind::Word
            && !is_domain
            && let Some(len) = self.clitic(word)
        {
            let split = pos - len;
            self.push(start, split, kind, Stop::No, false);
            self.push(split, pos, kind, Stop::No, true);
            return pos;
        }
        self.push(start, pos, kind, Stop::No, false);
        pos
    }

    /// True when `text[at..]` starts with 1-3 letters followed by a period,
    /// the end of the chunk or a non-alphanumeric character.
    fn short_segment_follows(&self, at: usize, end: usize) -> bool {
        let rest = &self.text[at..end];
        let letters = rest.chars().take_while(|c| c.is_alphabetic()).count();
        if !(1..=3).contains(&letters) {
            return false;
        }
        let after = rest.chars().nth(letters);
        after.is_none_or(|c| !c.is_alphanumeric())
    }

    /// Byte length of a clitic to split off `word`, checking the ending
    /// cheaply before the dictionary lookups.
    fn clitic(&self, word: &str) -> Option<usize> {
        let last = *word.as_bytes().last()?;
        if !self.rules.may_end_in_clitic(last) {
            return None;
        }
        self.rules.clitic_len(word)
    }
}

/// Tokens of `text` with byte offsets.
pub(crate) fn tokenize(text: &str, rules: &SegmentRules) -> Vec<RawToken> {
    let mut t = Tokenizer {
        text,
        rules,
        out: Vec::with_capacity(text.len() / 5),
        newline: false,
        space: false,
    };
    t.run();
    t.out
}

#[cfg(test)]
mod tests {
    use super::next_whitespace;

    #[test]
    fn next_whitespace_matches_char_search() {
        let texts = [
            "kata\u{a0}demi kata",
            "a\u{0B}b\u{2028}c\td\re\u{85}f",
            "Jum’at—“kutipan”\u{3000}akhir",
            "tanpa-spasi",
            "",
        ];
        for text in texts {
            let mut from = 0;
            while from <= text.len() {
                let want = text[from..]
                    .find(char::is_whitespace)
                    .map_or(text.len(), |i| from + i);
                assert_eq!(next_whitespace(text, from), want, "{text:?} from {from}");
                match text[from..].chars().next() {
                    Some(c) => from += c.len_utf8(),
                    None => break,
                }
            }
        }
    }
}
