//! Story-wide sources: citations that do not belong to one quote
//! (`Mengutip Reuters, Rabu (6/9), …`, `seperti dikutip dari AFP`,
//! `demikian disampaikan sumber-sumber AS dan sekutu`, `(Reuters) -`).

use crate::context::Ctx;
use crate::lexicon::CueKind;
use crate::phrase::Range;

/// Datelines are looked for in this many first units.
const DATELINE_UNITS: usize = 2;

/// A story source before resolution.
#[derive(Debug, Clone)]
pub struct FoundSource {
    /// The source's name phrase.
    pub name: Range,
    /// The whole citation phrase, tokens.
    pub phrase: Range,
    /// Rule id without the `quotes:<lang>:` prefix.
    pub rule: String,
    /// Keep only when the name resolves to a news medium (`according to
    /// AFP` is story-wide; `according to the minister` is a quote).
    pub media_only: bool,
}

impl Ctx<'_> {
    /// Finds story-wide citations in every unit.
    pub fn story_sources(&self) -> Vec<FoundSource> {
        let mut out = Vec::new();
        for (u, &(us, ue)) in self.units.iter().enumerate() {
            if u < DATELINE_UNITS
                && let Some(s) = self.dateline(us, ue)
            {
                out.push(s);
            }
            for i in us..ue {
                if self.in_quote[i].is_some() {
                    continue;
                }
                let Some((cue, after)) = self.cue_at(i) else {
                    continue;
                };
                let at_start = (self.lead_in_end(us, i)..i).all(|k| !self.toks[k].is_word());
                let story = match cue.kind {
                    CueKind::Story | CueKind::According => true,
                    // `Mengutip Reuters, …`: a cite cue with no one citing.
                    CueKind::Cite => at_start,
                };
                if !story {
                    continue;
                }
                let Some(name) = self.phrase_fwd(after, ue) else {
                    continue;
                };
                if cue.kind == CueKind::Cite && !self.punct(name.1, ',') {
                    continue;
                }
                // `X seperti dikutip APS mengatakan`: a channel of one quote.
                let next = self.skip_fwd(name.1, ue);
                if self.verb(next).is_some_and(|v| v.side.allows_before()) {
                    continue;
                }
                let kind = match cue.kind {
                    CueKind::Cite => "cite",
                    CueKind::Story => "story",
                    CueKind::According => "according",
                };
                out.push(FoundSource {
                    name,
                    phrase: (i, name.1),
                    rule: format!("source:{kind}#{}", cue.words.join("_")),
                    media_only: cue.kind == CueKind::According,
                });
            }
        }
        out
    }

    /// `(Reuters) -` / `JAKARTA (AFP) –` in the first lines.
    fn dateline(&self, us: usize, ue: usize) -> Option<FoundSource> {
        let open = (us..ue.min(us + 8)).find(|&k| self.punct(k, '('))?;
        let close = (open + 1..ue.min(open + 6)).find(|&k| self.punct(k, ')'))?;
        let dash = self
            .toks
            .get(close + 1)
            .is_some_and(|t| matches!(t.kind, crate::tokens::TokKind::Punct('-' | '–' | '—')));
        let names = (open + 1..close).all(|k| self.toks[k].is_word() && self.toks[k].cap);
        (dash && names && close > open + 1).then(|| FoundSource {
            name: (open + 1, close),
            phrase: (open, close + 2),
            rule: "source:dateline".to_string(),
            media_only: false,
        })
    }
}
