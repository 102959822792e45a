//! The token stream as the recognizer sees it: each token with its lexicon
//! readings, plus the small readers patterns share (counts, units, links).

use crate::lexicon::{Class, Entry, Lexicon, Phrase, Unit, Word};
use crate::tokens::{Kind, Tok};

/// The token stream with each word's lexicon readings.
pub(crate) struct View<'a> {
    pub text: &'a str,
    pub toks: &'a [Tok],
    /// Per token: what the lexicon knows about it, and whether it is capitalised.
    info: Vec<(Option<&'a Word>, bool)>,
}

impl<'a> View<'a> {
    pub fn new(text: &'a str, toks: &'a [Tok], lex: &'a Lexicon) -> Self {
        let mut buf = String::new();
        let mut info = Vec::with_capacity(toks.len());
        for t in toks {
            let s = &text[t.start..t.end];
            let cap = s.chars().next().is_some_and(char::is_uppercase);
            if t.kind != Kind::Word {
                info.push((None, cap));
                continue;
            }
            let lower: &str = if s.is_ascii() {
                if s.bytes().any(|b| b.is_ascii_uppercase()) {
                    buf.clear();
                    buf.push_str(s);
                    buf.make_ascii_lowercase();
                    &buf
                } else {
                    s
                }
            } else if s.chars().any(char::is_uppercase) {
                buf.clear();
                buf.extend(s.chars().flat_map(char::to_lowercase));
                &buf
            } else {
                s
            };
            info.push((lex.word(lower), cap));
        }
        Self { text, toks, info }
    }

    /// The lexicon readings of token `i` (empty for unknown words).
    pub(crate) fn readings(&self, i: usize) -> &'a [Entry] {
        self.info
            .get(i)
            .and_then(|(w, _)| *w)
            .map_or(&[], |w| w.entries.as_slice())
    }

    /// The phrases token `i` may start (empty for most words).
    pub(crate) fn phrases(&self, i: usize) -> &'a [Phrase] {
        self.info
            .get(i)
            .and_then(|(w, _)| *w)
            .map_or(&[], |w| w.phrases.as_slice())
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn str(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        &self.text[t.start..t.end]
    }

    /// True when token `i` starts with a capital letter.
    pub(crate) fn capitalised(&self, i: usize) -> bool {
        self.info.get(i).is_some_and(|(_, cap)| *cap)
    }

    pub(crate) fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub(crate) fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(Kind::Punct) && self.str(i) == p
    }

    /// The reading of token `i` with class `c`, if any.
    pub fn get(&self, i: usize, c: Class) -> Option<&'a Entry> {
        let cap = self.info.get(i)?.1;
        self.readings(i)
            .iter()
            .find(|e| e.class == c && (cap || !e.capitalised_only))
    }

    pub fn has(&self, i: usize, c: Class) -> bool {
        self.get(i, c).is_some()
    }

    /// A plain integer token (`17`, `2013`), with its digit count.
    pub(crate) fn int(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i)? != Kind::Number {
            return None;
        }
        let s = self.str(i);
        if !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 9 {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    pub(crate) fn day_number(&self, i: usize) -> Option<u32> {
        self.int(i)
            .filter(|&(d, n)| n <= 2 && (1..=31).contains(&d))
            .map(|(d, _)| d)
    }

    pub(crate) fn year_number(&self, i: usize) -> Option<i32> {
        self.int(i)
            .filter(|&(y, n)| n == 4 && (1000..=2999).contains(&y))
            .map(|(y, _)| y as i32)
    }
}

/// A count: digits (`7`, `1,5`) or number words (`dua puluh`), or `beberapa`
/// (unknown). Returns the amount and the next token.
pub(crate) fn count(v: &View, i: usize) -> Option<(Option<f64>, usize)> {
    if i >= v.len() {
        return None;
    }
    if v.kind(i) == Some(Kind::Number) {
        let s = v.str(i);
        if s.bytes().all(|b| b.is_ascii_digit()) && s.len() <= 4 {
            return Some((s.parse::<f64>().ok(), i + 1));
        }
        // Decimal comma (1,5) or point (1.5) with one or two decimals.
        let (a, b) = s.split_once([',', '.'])?;
        if b.len() <= 2 && a.len() <= 3 && !b.contains([',', '.']) {
            return Some((format!("{a}.{b}").parse::<f64>().ok(), i + 1));
        }
        return None;
    }
    if v.has(i, Class::Some) {
        return Some((None, i + 1));
    }
    let first = v.get(i, Class::Number)?;
    let mut total = 0i64;
    let mut current = first.number;
    let mut j = i + 1;
    while j < v.len() {
        if let Some(m) = v.get(j, Class::NumberMult) {
            current = current.max(1).saturating_mul(m.number);
            if m.number >= 1000 {
                total = total.saturating_add(current);
                current = 0;
            }
        } else if let Some(t) = v.get(j, Class::NumberTeen) {
            current = current.saturating_add(t.number);
        } else if let Some(n) = v
            .get(j, Class::Number)
            .filter(|n| n.number < 10 && current >= 10)
        {
            current = current.saturating_add(n.number);
        } else {
            break;
        }
        j += 1;
    }
    Some((Some(total.saturating_add(current) as f64), j))
}

pub(crate) fn unit_at(v: &View, i: usize) -> Option<Unit> {
    v.get(i, Class::Unit).and_then(|e| e.unit)
}

/// Skips link words (`yang`, `ke`) before a class word; returns its index.
pub(crate) fn after_links(v: &View, mut i: usize, c: Class) -> Option<usize> {
    for _ in 0..2 {
        if v.has(i, c) {
            return Some(i);
        }
        if !v.has(i, Class::Link) {
            return None;
        }
        i += 1;
    }
    v.has(i, c).then_some(i)
}
