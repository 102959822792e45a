//! Direct quotes: quote-marked content and its speaker tag, after the quote
//! (`“…,” kata X`, `"…," X said`), before it (`X mengatakan: “…”`,
//! `Menurut X, “…”`), embedded in reported speech (`ia mengatakan “tentu
//! saja” hal itu ...`), or carried over from the previous part of an
//! interrupted quote.

use crate::context::Ctx;
use crate::lexicon::{CueKind, WordClass};
use crate::phrase::Attribution;
use crate::tokens::TokKind;

/// Untagged direct quotes shorter than this many words are taken for scare
/// quotes or titles (`film “Laskar Pelangi”`) and dropped.
const MIN_UNTAGGED_WORDS: usize = 5;

/// How many words may stand between a reporting verb and the colon before a
/// quote (`told reporters in Jakarta:`).
const ADDRESSEE_WORDS: usize = 4;

/// Who a found quote belongs to, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A speaker phrase found next to the quote.
    Tagged(Attribution),
    /// The same speaker as the previous direct quote (interrupted or
    /// continued quotes).
    Continued,
    /// No speaker found.
    Unknown,
}

/// A quote found but not yet resolved.
#[derive(Debug, Clone)]
pub struct Found {
    /// First token of the content.
    pub first: usize,
    /// One past the last token of the content.
    pub last: usize,
    /// Content code point span (more precise than the tokens for direct quotes).
    pub span: (usize, usize),
    /// Direct (quote-marked).
    pub direct: bool,
    /// The speaker.
    pub who: Who,
    /// The reporting verb or cue as written.
    pub verb: Option<String>,
    /// Rule id without the `quotes:<lang>:` prefix.
    pub rule: String,
    /// Unit index.
    pub unit: usize,
}

impl Ctx<'_> {
    /// Finds the direct quotes and their tags. Returns them with, for each
    /// token, whether its reporting verb was used up by a tag.
    pub fn direct_quotes(&self, used: &mut [bool]) -> Vec<Found> {
        let mut out = Vec::new();
        for (qi, q) in self.quotes.iter().enumerate() {
            let unit = self.unit_of(q.open);
            let (us, ue) = self.units[unit];
            let floor = self
                .quotes
                .get(qi.wrapping_sub(1))
                .filter(|p| p.close >= us && p.close < q.open)
                .map_or(us, |p| p.close + 1);
            let closed = q.span.close.is_some();
            let next_floor = self.quotes.get(qi + 1).map_or(ue, |n| n.open.min(ue));
            let (who, verb, rule) = if let Some((attr, v, lemma)) = closed
                .then(|| self.post_tag(q.close + 1, next_floor))
                .flatten()
            {
                used[v] = true;
                (
                    Who::Tagged(attr),
                    Some(v),
                    format!("direct:post_tag#{lemma}"),
                )
            } else if let Some((attr, v, lemma)) = self.pre_tag(q.open, floor) {
                let continues = closed && self.sentence_goes_on(q.close + 1, next_floor);
                if continues {
                    (
                        Who::Tagged(attr),
                        Some(v),
                        format!("direct:embedded#{lemma}"),
                    )
                } else {
                    used[v] = true;
                    (
                        Who::Tagged(attr),
                        Some(v),
                        format!("direct:pre_tag#{lemma}"),
                    )
                }
            } else {
                let words = (q.open..=q.close)
                    .filter(|&k| self.toks[k].is_word())
                    .count();
                let prev_para = qi
                    .checked_sub(1)
                    .map(|p| self.paragraph[self.quotes[p].open])
                    .is_some_and(|p| p + 1 >= self.paragraph[q.open]);
                if prev_para {
                    (Who::Continued, None, "direct:continued".to_string())
                } else if words >= MIN_UNTAGGED_WORDS {
                    (Who::Unknown, None, "direct:untagged".to_string())
                } else {
                    continue;
                }
            };
            let (doc_start, doc_end) = (q.span.content_start, q.span.content_end);
            let index = &self.toks;
            let first = index.partition_point(|t| t.end <= doc_start);
            let last = index.partition_point(|t| t.start < doc_end);
            out.push(Found {
                first,
                last,
                span: (self.char_at(doc_start), self.char_at(doc_end)),
                direct: true,
                who,
                verb: verb.map(|v| self.toks[v].lower.to_string()),
                rule,
                unit,
            });
        }
        out
    }

    fn char_at(&self, byte: usize) -> usize {
        self.index.char_offset(byte)
    }

    /// Words follow the quote's closing mark in the same sentence without a tag.
    fn sentence_goes_on(&self, i: usize, limit: usize) -> bool {
        i < limit && self.toks[i].is_word()
    }

    /// `“…,” kata X` / `“…,” ujarnya` / `"…," X said`: the tag after the
    /// closing mark at token `i`. Returns the attribution, the verb token and
    /// the verb's lemma.
    fn post_tag(&self, mut i: usize, limit: usize) -> Option<(Attribution, usize, String)> {
        // Commas, and stray marks that open no quote (`…,” ” kata dia`).
        while i < limit
            && (self.punct(i, ',')
                || matches!(self.toks[i].kind, TokKind::Mark(_)) && self.in_quote[i].is_none()
                || matches!(
                    self.toks[i].kind,
                    TokKind::Punct('"' | '\'' | '“' | '”' | '’' | '\u{fffd}')
                ))
        {
            i += 1;
        }
        if i >= limit {
            return None;
        }
        if let Some(v) = self.verb(i).filter(|v| v.side.allows_after()) {
            let attr = self.chain_fwd(i + 1, limit)?;
            return Some((attr, i, v.lemma.clone()));
        }
        if let Some(v) = self.clitic_verb(i) {
            return Some((Attribution::clitic(i), i, v.lemma.clone()));
        }
        // `"…," Kirby said.` / `“…,” Kirby menambahkan.`
        let phrase = self.phrase_fwd(i, limit.min(i + 8))?;
        let v = self.skip_fwd(phrase.1, limit);
        let verb = self.verb(v).filter(|v| v.side.allows_before())?;
        Some((
            Attribution {
                speaker: phrase,
                via: Vec::new(),
                clitic: false,
                end: v + 1,
            },
            v,
            verb.lemma.clone(),
        ))
    }

    /// `X mengatakan: “…”`, `kata X: “…”`, `Menurut X, “…”`: the tag before
    /// the opening mark at token `open`, looking back no further than `floor`.
    fn pre_tag(&self, open: usize, floor: usize) -> Option<(Attribution, usize, String)> {
        let mut k = open;
        if k > floor && (self.punct(k - 1, ':') || self.punct(k - 1, ',')) {
            k -= 1;
        }
        if k > floor && self.class(k - 1) == Some(WordClass::Complementizer) {
            k -= 1;
        }
        let k = self.skip_back(k, floor);
        if k == floor {
            return None;
        }
        // The verb, possibly followed by its addressee (`told parliament:`,
        // `mengatakan kepada wartawan:`).
        for v in (floor.max(k.saturating_sub(ADDRESSEE_WORDS + 1))..k).rev() {
            if let Some(verb) = self.verb(v).filter(|v| v.side.allows_before()) {
                let attr = self.chain_back(v, floor)?;
                return Some((attr, v, verb.lemma.clone()));
            }
            if !self.toks[v].is_word() {
                break;
            }
        }
        let v = k - 1;
        if let Some(verb) = self.clitic_verb(v) {
            return Some((Attribution::clitic(v), v, verb.lemma.clone()));
        }
        // `kata X:` and `Menurut X,`: the last such word before the mark whose
        // phrase reaches the mark.
        for c in (floor..k).rev() {
            if let Some(verb) = self.verb(c).filter(|v| v.side.allows_after()) {
                let attr = self.chain_fwd(c + 1, k)?;
                return (attr.end == k).then(|| (attr, c, verb.lemma.clone()));
            }
            if let Some((cue, after)) = self.cue_at(c)
                && cue.kind == CueKind::According
            {
                let attr = self.chain_fwd(after, k)?;
                let lemma = cue.words.join("_");
                return (attr.end == k).then_some((attr, c, lemma));
            }
        }
        None
    }
}
