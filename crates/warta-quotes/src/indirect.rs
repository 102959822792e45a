//! Indirect (reported) speech: a reporting verb from the language's table
//! with its speaker and the clause that carries the content
//! (`X mengatakan pada 30 Agustus bahwa …`, `…, kata X.`, `Menurut X, …`,
//! `X said that …`, `…, according to X.`).

use crate::context::Ctx;
use crate::direct::{Found, Who};
use crate::lexicon::{CueKind, WordClass};
use crate::tokens::TokKind;

/// How far after the verb the clause may start (`mengatakan kepada wartawan
/// di Jakarta, Selasa, bahwa …`).
const CLAUSE_WINDOW: usize = 10;

/// A dateline dash is looked for among this many first tokens of a unit.
const DATELINE_TOKENS: usize = 10;

/// Words a clause needs before a mid-sentence tag (`…, X said, …`) to be
/// taken for the reported content.
const MIN_CLAUSE_BEFORE_TAG: usize = 5;

/// Reported clauses shorter than this many words are not quotes.
const MIN_CONTENT_WORDS: usize = 2;

impl Ctx<'_> {
    /// Finds reported speech in every unit. `used[i]` marks verbs already
    /// taken by a direct quote's tag.
    pub fn indirect_quotes(&self, used: &[bool]) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        for (u, &(us, ue)) in self.units.iter().enumerate() {
            let unit_first = out.len();
            let mut i = us;
            while i < ue {
                if used[i] || self.in_quote[i].is_some() || !self.toks[i].is_word() {
                    i += 1;
                    continue;
                }
                let found = self
                    .according(i, us, ue)
                    .or_else(|| self.verb_first(i, us, ue))
                    .or_else(|| self.verb_last(i, us, ue));
                if let Some(f) = found {
                    let overlaps = out[unit_first..]
                        .iter()
                        .any(|o| o.first < f.last && f.first < o.last);
                    if !overlaps && self.words_in(f.first, f.last) >= MIN_CONTENT_WORDS {
                        out.push(Found { unit: u, ..f });
                    }
                }
                i += 1;
            }
        }
        out
    }

    fn words_in(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&k| self.toks[k].is_word()).count()
    }

    fn found(&self, first: usize, last: usize, who: Who, verb: usize, rule: String) -> Found {
        Found {
            first,
            last,
            span: (self.toks[first].cstart, self.toks[last - 1].cend),
            direct: false,
            who,
            verb: Some(self.toks[verb].lower.to_string()),
            rule,
            unit: 0,
        }
    }

    /// True when `[a, b)` holds only punctuation or conjunctions (`Namun,`).
    fn only_lead_in(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| {
            !self.toks[k].is_word()
                || matches!(
                    self.class(k),
                    Some(WordClass::Stop | WordClass::Conjunction)
                )
        })
    }

    /// `Menurut X, …` at the start of a unit and `…, menurut X.` at its end.
    fn according(&self, i: usize, us: usize, ue: usize) -> Option<Found> {
        let (cue, after) = self.cue_at(i)?;
        if cue.kind != CueKind::According {
            return None;
        }
        let attr = self.chain_fwd(after, ue)?;
        let rule = format!("indirect:according#{}", cue.words.join("_"));
        if self.only_lead_in(self.lead_in_end(us, i), i) && self.punct(attr.end, ',') {
            let end = self.content_end(attr.end + 1, ue);
            return (end > attr.end + 1)
                .then(|| self.found(attr.end + 1, end, Who::Tagged(attr), i, rule));
        }
        if i > us + 1 && self.punct(i - 1, ',') && self.at_unit_end(attr.end, ue) {
            let start = self.lead_in_end(us, i - 1);
            return (start < i - 1).then(|| self.found(start, i - 1, Who::Tagged(attr), i, rule));
        }
        None
    }

    /// `X mengatakan (bahwa) …`: the speaker before the verb, the clause after.
    fn verb_first(&self, i: usize, us: usize, ue: usize) -> Option<Found> {
        let verb = self.verb(i).filter(|v| v.side.allows_before())?;
        let attr = self.chain_back(i, us)?;
        let rule = format!("indirect:verb#{}", verb.lemma);
        // `North Korea fired two missiles, the military said, days after …`:
        // a tag between commas after a whole clause reports that clause. An
        // adverbial opening (`Untuk itu, Ali mengatakan, …`) is no clause.
        let (a, _) = attr.speaker;
        let after = self.skip_fwd(i + 1, ue);
        if a > us + 1 && self.punct(a - 1, ',') && self.punct(after, ',') {
            let start = self.lead_in_end(us, a - 1);
            let opens_clause = self.toks[start].is_word()
                && !matches!(
                    self.class(start),
                    Some(
                        WordClass::Stop
                            | WordClass::Skip
                            | WordClass::Conjunction
                            | WordClass::Affiliation
                    )
                )
                && self.cue_at(start).is_none();
            // A comma inside usually ends an opening phrase (`Menanggapi
            // ini, …`) rather than a reported clause.
            let one_clause = !(start..a - 1).any(|k| self.punct(k, ','));
            if opens_clause && one_clause && self.words_in(start, a - 1) >= MIN_CLAUSE_BEFORE_TAG {
                let rule = format!("indirect:mid_tag#{}", verb.lemma);
                return Some(self.found(start, a - 1, Who::Tagged(attr), i, rule));
            }
        }
        if let Some(start) = self.clause_start(i + 1, ue, verb.bare) {
            let end = self.content_end(start, ue);
            return (end > start).then(|| self.found(start, end, Who::Tagged(attr), i, rule));
        }
        // `…, he said.`: the content is what came before the tag.
        if a > us + 1 && self.punct(a - 1, ',') && self.at_unit_end(i + 1, ue) {
            let start = self.lead_in_end(us, a - 1);
            let rule = format!("indirect:post_tag#{}", verb.lemma);
            return (start < a - 1).then(|| self.found(start, a - 1, Who::Tagged(attr), i, rule));
        }
        None
    }

    /// `…, kata X.` / `…, katanya.`: the tag closes the unit, the content
    /// is everything before it.
    fn verb_last(&self, i: usize, us: usize, ue: usize) -> Option<Found> {
        if i < us + 2 || !self.punct(i - 1, ',') {
            return None;
        }
        let (attr, lemma) = if let Some(v) = self.verb(i).filter(|v| v.side.allows_after()) {
            (self.chain_fwd(i + 1, ue)?, v.lemma.clone())
        } else if let Some(v) = self.clitic_verb(i) {
            (crate::phrase::Attribution::clitic(i), v.lemma.clone())
        } else {
            return None;
        };
        if !self.at_unit_end(attr.end, ue) {
            return None;
        }
        let start = self.lead_in_end(us, i - 1);
        let rule = format!("indirect:post_tag#{lemma}");
        (start < i - 1).then(|| self.found(start, i - 1, Who::Tagged(attr), i, rule))
    }

    /// First token after `us` that is not punctuation, past a dateline
    /// (`MANILA (Reuters) -`, `JAKARTA, KOMPAS.com -`).
    pub(crate) fn lead_in_end(&self, us: usize, limit: usize) -> usize {
        let dash = (us..limit.min(us + DATELINE_TOKENS)).find(|&k| {
            matches!(self.toks[k].kind, TokKind::Punct('-' | '–' | '—'))
                && self.toks[k].start > 0
                && self.doc.text[..self.toks[k].start].ends_with(' ')
        });
        let mut k = dash.map_or(us, |d| d + 1);
        while k < limit && matches!(self.toks[k].kind, TokKind::Punct(_)) {
            k += 1;
        }
        k
    }

    /// Only sentence punctuation (or nothing) from `i` to the unit end.
    fn at_unit_end(&self, i: usize, ue: usize) -> bool {
        let i = self.skip_fwd(i, ue);
        (i..ue)
            .all(|k| matches!(self.toks[k].kind, TokKind::Punct(_)) && self.in_quote[k].is_none())
    }

    /// Where the reported clause after a verb at `i - 1` starts.
    fn clause_start(&self, i: usize, ue: usize, bare: bool) -> Option<usize> {
        // Only times are skipped here: `tidak`, `akan` after the verb belong
        // to the reported clause.
        let mut k0 = i;
        while k0 < ue && self.toks[k0].in_time {
            k0 += 1;
        }
        if k0 >= ue {
            return None;
        }
        match self.toks[k0].kind {
            TokKind::Punct(':' | ',') => {
                // `menyatakan, dalam laporan bulanan, bahwa …`: a
                // prepositional phrase before `bahwa` is not content.
                if self.class(k0 + 1) == Some(WordClass::Stop) {
                    let limit = ue.min(k0 + 1 + CLAUSE_WINDOW);
                    for k in k0 + 1..limit {
                        if self.class(k) == Some(WordClass::Complementizer) {
                            return Some(k + 1).filter(|&k| k < ue);
                        }
                        if self.sentence_end(k) || matches!(self.toks[k].kind, TokKind::Mark(_)) {
                            break;
                        }
                    }
                }
                return Some(k0 + 1).filter(|&k| k < ue);
            }
            TokKind::Mark(_) => return Some(k0),
            TokKind::Punct(_) => return None,
            _ => {}
        }
        match self.class(k0) {
            Some(WordClass::Complementizer) => return Some(k0 + 1).filter(|&k| k < ue),
            Some(WordClass::Stop | WordClass::Skip) => {}
            _ if bare => return Some(k0),
            _ => {
                // A marked verb with an object or addressee first (`told
                // reporters that …`): only `that`/`bahwa` or a colon opens
                // the clause (a comma may close an object: `menyatakan
                // keprihatinannya tentang …, berita …`).
                let limit = ue.min(k0 + CLAUSE_WINDOW);
                for k in k0..limit {
                    if self.class(k) == Some(WordClass::Complementizer) || self.punct(k, ':') {
                        return Some(k + 1).filter(|&k| k < ue);
                    }
                    if self.sentence_end(k)
                        || self.punct(k, ',')
                        || matches!(self.toks[k].kind, TokKind::Mark(_))
                    {
                        return None;
                    }
                }
                return None;
            }
        }
        if self.class(k0) == Some(WordClass::Skip) {
            // `mengatakan juga bahwa …` vs `mengatakan tidak ada korban`.
            let mut k1 = k0;
            while k1 < ue && self.class(k1) == Some(WordClass::Skip) {
                k1 += 1;
            }
            if self.class(k1) == Some(WordClass::Complementizer) {
                return Some(k1 + 1).filter(|&k| k < ue);
            }
            return bare.then_some(k0);
        }
        // A prepositional phrase first (`pada 30 Agustus`, `kepada wartawan`):
        // look for `bahwa`/`that` or a colon/comma within the window.
        let limit = ue.min(k0 + CLAUSE_WINDOW);
        for k in k0..limit {
            if self.class(k) == Some(WordClass::Complementizer)
                || self.punct(k, ':')
                || self.punct(k, ',')
            {
                return Some(k + 1).filter(|&k| k < ue);
            }
            if self.sentence_end(k) || matches!(self.toks[k].kind, TokKind::Mark(_)) {
                return None;
            }
        }
        None
    }

    /// End of reported content starting at `start`: the unit end without its
    /// final punctuation and without a trailing tag (`…, katanya.`).
    fn content_end(&self, start: usize, ue: usize) -> usize {
        let mut end = ue;
        while end > start
            && matches!(
                self.toks[end - 1].kind,
                TokKind::Punct('.' | ',' | ';' | ':' | '!' | '?' | '…' | '-' | '–' | '—')
            )
            && self.in_quote[end - 1].is_none()
        {
            end -= 1;
        }
        // A trailing `, kata X` / `, katanya` / `, menurut X` / `, he said`.
        let scan_from = end.saturating_sub(8).max(start);
        for c in (scan_from..end).rev() {
            if !self.punct(c, ',') || self.in_quote[c].is_some() {
                continue;
            }
            let t = c + 1;
            let tag = self.verb(t).is_some_and(|v| v.side.allows_after())
                || self.clitic_verb(t).is_some()
                || self
                    .cue_at(t)
                    .is_some_and(|(q, _)| q.kind == CueKind::According)
                || (t..end)
                    .any(|k| self.verb(k).is_some_and(|v| v.side.allows_before()) && k + 1 == end);
            if tag {
                end = c;
                break;
            }
        }
        end
    }
}
