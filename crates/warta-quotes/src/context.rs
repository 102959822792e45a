//! The per-document working state shared by the quote finders: tokens,
//! units, direct quote spans and the entity mention covering each token.

use warta_core::{Document, EntityType, TextIndex};

use crate::lexicon::{Cue, CueKind, Lexicon, WordClass};
use crate::marks::{find_marks, pair_marks};
use crate::tokens::{QuoteToks, Tok, TokKind, quote_tokens, tokenize, units};

/// One entity mention, flattened.
#[derive(Debug, Clone)]
pub struct MentionRef {
    /// Index into `doc.entities`.
    pub entity: usize,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Made by the entity stage's alias/pronoun rules (`entities:alias:*`).
    pub alias: bool,
}

/// Everything the finders need about one document.
pub struct Ctx<'a> {
    /// The document (read only).
    pub doc: &'a Document,
    /// Word tables for the document's language.
    pub lex: &'a Lexicon,
    /// Tokens in text order.
    pub toks: Vec<Tok<'a>>,
    /// Direct quotes, in text order.
    pub quotes: Vec<QuoteToks>,
    /// Units `[start, end)` of token indices.
    pub units: Vec<(usize, usize)>,
    /// For each token, the index of the direct quote it lies in (marks included).
    pub in_quote: Vec<Option<usize>>,
    /// Flattened mentions.
    pub mentions: Vec<MentionRef>,
    /// For each token, the longest mention overlapping it.
    pub tok_mention: Vec<Option<usize>>,
    /// Paragraph number of each token.
    pub paragraph: Vec<usize>,
    /// Person mentions (code point start, entity), not pronouns, in text order.
    pub person_mentions: Vec<(usize, usize)>,
    /// Byte <-> code point offsets of the text.
    pub index: std::borrow::Cow<'a, TextIndex>,
    /// True for the first token of each unit.
    pub unit_start: Vec<bool>,
    /// Normalized roles of the entities that have one, with the entity index.
    pub roles: Vec<(String, usize)>,
}

impl<'a> Ctx<'a> {
    /// Builds the working state for `doc`; `lowered` is
    /// `doc.text.to_ascii_lowercase()` (the tokens' lower case borrows it).
    pub fn new(doc: &'a Document, lex: &'a Lexicon, lowered: &'a str) -> Self {
        let index = doc.index_or_new();
        let marks = find_marks(&doc.text);
        let spans = pair_marks(&doc.text, &marks);
        let mut toks = tokenize(&doc.text, lowered, &marks, &index);
        mark_times(doc, &mut toks);
        let quotes = quote_tokens(&toks, &spans, &marks);
        let units = units(&toks, &quotes, lex);
        let mut in_quote = vec![None; toks.len()];
        for (qi, q) in quotes.iter().enumerate() {
            for slot in in_quote.iter_mut().take(q.close + 1).skip(q.open) {
                *slot = Some(qi);
            }
        }
        let mut paragraph = Vec::with_capacity(toks.len());
        let mut p = 0;
        for t in &toks {
            if t.newline_before {
                p += 1;
            }
            paragraph.push(p);
        }
        let mut mentions = Vec::new();
        for (ei, e) in doc.entities.iter().enumerate() {
            for m in &e.mentions {
                if m.end > m.start {
                    mentions.push(MentionRef {
                        entity: ei,
                        start: m.start,
                        end: m.end,
                        alias: m.rule.contains("alias"),
                    });
                }
            }
        }
        mentions.sort_by_key(|m| (m.start, m.end));
        let mut tok_mention: Vec<Option<usize>> = vec![None; toks.len()];
        for (mi, m) in mentions.iter().enumerate() {
            let first = toks.partition_point(|t| t.cend <= m.start);
            for ti in first..toks.len() {
                if toks[ti].cstart >= m.end {
                    break;
                }
                let longer = tok_mention[ti].is_none_or(|old| {
                    let o = &mentions[old];
                    m.end - m.start > o.end - o.start
                });
                if longer {
                    tok_mention[ti] = Some(mi);
                }
            }
        }
        let person_mentions = mentions
            .iter()
            .filter(|m| !m.alias && doc.entities[m.entity].kind == EntityType::Person)
            .map(|m| (m.start, m.entity))
            .collect();
        let mut unit_start = vec![false; toks.len()];
        for &(s, _) in &units {
            if let Some(slot) = unit_start.get_mut(s) {
                *slot = true;
            }
        }
        let roles = doc
            .entities
            .iter()
            .enumerate()
            .filter_map(|(ei, e)| Some((crate::speaker::normalize(e.role.as_deref()?), ei)))
            .collect();
        Self {
            roles,
            unit_start,
            doc,
            lex,
            toks,
            quotes,
            units,
            in_quote,
            mentions,
            tok_mention,
            paragraph,
            person_mentions,
            index,
        }
    }

    /// The class of token `i` if it is a function word.
    pub fn class(&self, i: usize) -> Option<WordClass> {
        let t = self.toks.get(i)?;
        if t.is_word() {
            self.lex.class(&t.lower)
        } else {
            None
        }
    }

    /// True when token `i` is the punctuation `c`.
    pub fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// True when token `i` ends a sentence (`.`, `!`, `?`, `;`).
    pub fn sentence_end(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';' | '…')))
    }

    /// A reporting verb at token `i`.
    pub fn verb(&self, i: usize) -> Option<&'a crate::lexicon::Verb> {
        let t = self.toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        self.lex.verb(&t.lower)
    }

    /// A reporting verb with a pronoun clitic at token `i` (`katanya`).
    pub fn clitic_verb(&self, i: usize) -> Option<&'a crate::lexicon::Verb> {
        let t = self.toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        self.lex.clitic_verb(&t.lower)
    }

    /// A cue starting at token `i`: the cue and the token index after it.
    pub fn cue_at(&self, i: usize) -> Option<(&'a Cue, usize)> {
        let t = self.toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        self.lex.cues_starting(&t.lower).iter().find_map(|c| {
            let n = c.words.len();
            let ok = (0..n).all(|k| {
                self.toks
                    .get(i + k)
                    .is_some_and(|t| t.is_word() && t.lower == c.words[k])
            });
            ok.then_some((c, i + n))
        })
    }

    /// A cue ending just before token `end` (exclusive): the cue and its first token.
    pub fn cue_before(&self, end: usize, floor: usize) -> Option<(&'a Cue, usize)> {
        let last = end.checked_sub(1)?;
        let t = self.toks.get(last)?;
        if !t.is_word() {
            return None;
        }
        self.lex.cues_ending(&t.lower).iter().find_map(|c| {
            let n = c.words.len();
            let first = end.checked_sub(n)?;
            if first < floor {
                return None;
            }
            let ok = (0..n).all(|k| {
                self.toks[first + k].is_word() && self.toks[first + k].lower == c.words[k]
            });
            ok.then_some((c, first))
        })
    }

    /// True when a cite cue starts at `i`.
    pub fn cite_at(&self, i: usize) -> Option<usize> {
        self.cue_at(i)
            .and_then(|(c, e)| (c.kind == CueKind::Cite).then_some(e))
    }

    /// The entity type of the mention covering token `i`, if any.
    pub fn mention_type(&self, i: usize) -> Option<EntityType> {
        let m = self.tok_mention.get(i).copied().flatten()?;
        Some(self.doc.entities[self.mentions[m].entity].kind)
    }

    /// Text of the token range `[a, b)`.
    pub fn text(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.toks.len() {
            return "";
        }
        &self.doc.text[self.toks[a].start..self.toks[b - 1].end]
    }

    /// The unit containing token `i`.
    pub fn unit_of(&self, i: usize) -> usize {
        self.units
            .partition_point(|&(_, e)| e <= i)
            .min(self.units.len().saturating_sub(1))
    }
}

/// Flags the tokens inside the time stage's expressions.
fn mark_times(doc: &Document, toks: &mut [Tok<'_>]) {
    for t in &doc.times {
        let first = toks.partition_point(|k| k.cend <= t.start);
        for k in toks.iter_mut().skip(first) {
            if k.cstart >= t.end {
                break;
            }
            k.in_time = true;
        }
    }
}
