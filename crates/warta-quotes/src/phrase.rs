//! Speaker phrases: the noun phrase before or after a reporting verb, and the
//! attribution chains around it (`X mengutip Y`, `X, citing Y, said`).

use warta_core::EntityType;

use crate::context::Ctx;
use crate::lexicon::{CueKind, WordClass};

/// Longest speaker phrase, in tokens.
const MAX_PHRASE: usize = 14;

/// Longest speaker phrase of common nouns only (`sebuah catatan pasar`).
const MAX_COMMON_PHRASE: usize = 3;

/// Longest parenthesized acronym inside a phrase (`PT Pertamina (Persero)`).
const MAX_PAREN: usize = 4;

/// A token range `[start, end)`.
pub type Range = (usize, usize);

/// Who said it: the speaker phrase and the channels it came through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The speaker phrase.
    pub speaker: Range,
    /// Channel phrases, innermost (closest to the speaker) first.
    pub via: Vec<Range>,
    /// The speaker is a pronoun clitic on the verb (`katanya`).
    pub clitic: bool,
    /// One past the last token of the whole attribution.
    pub end: usize,
}

impl Attribution {
    /// An attribution to the clitic of the verb at token `i`.
    pub fn clitic(i: usize) -> Self {
        Self {
            speaker: (i, i + 1),
            via: Vec::new(),
            clitic: true,
            end: i + 1,
        }
    }
}

impl Ctx<'_> {
    /// True when token `i` may be part of a speaker phrase.
    pub fn phrase_word(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        if !t.is_word() || self.in_quote[i].is_some() || t.in_time {
            return false;
        }
        if self.verb(i).is_some()
            || self.clitic_verb(i).is_some()
            || self.cue_at(i).is_some()
            || self
                .cue_before(i + 1, 0)
                .is_some_and(|(c, _)| c.words.len() > 1)
        {
            return false;
        }
        // A capitalized function word inside a sentence is a name (`kantor
        // berita Antara`), and so is anything the entity stage marked.
        if (t.cap && !self.unit_start[i]) || self.tok_mention[i].is_some() {
            return true;
        }
        !matches!(
            self.class(i),
            Some(
                WordClass::Complementizer
                    | WordClass::Skip
                    | WordClass::Stop
                    | WordClass::Conjunction
                    | WordClass::Relative
                    | WordClass::Statement
                    | WordClass::Affiliation
            )
        )
    }

    /// Moves back over adverbs, auxiliaries and time expressions ending at `end`.
    pub fn skip_back(&self, mut end: usize, floor: usize) -> usize {
        while end > floor
            && (self.toks[end - 1].in_time || self.class(end - 1) == Some(WordClass::Skip))
        {
            end -= 1;
        }
        end
    }

    /// Moves forward over adverbs, auxiliaries and time expressions from `i`.
    pub fn skip_fwd(&self, mut i: usize, limit: usize) -> usize {
        while i < limit && (self.toks[i].in_time || self.class(i) == Some(WordClass::Skip)) {
            i += 1;
        }
        i
    }

    /// The phrase ending just before `end`, going back no further than `floor`.
    pub fn phrase_back(&self, end: usize, floor: usize) -> Option<Range> {
        let mut start = end;
        while start > floor && end - start < MAX_PHRASE {
            if self.phrase_word(start - 1) {
                start -= 1;
            } else if let Some(open) = self.paren_back(start, floor) {
                start = open;
            } else if self.joins_titles(start - 1, floor) {
                // `Senior VP Marketing dan Distribution Pertamina Suhartoko`
                start -= 2;
            } else {
                break;
            }
        }
        if start < end && self.is_pronoun(end - 1) {
            start = end - 1;
        }
        // Without a capital, mention or pronoun, only the last few words can
        // be a speaker (`sejumlah analis`); more are usually a clause.
        if !self.is_named((start, end)) {
            start = start.max(end.saturating_sub(MAX_COMMON_PHRASE));
        }
        (start < end).then_some((start, end))
    }

    /// A parenthesized acronym at `open` followed by more of the phrase
    /// (`PT Pertamina (Persero) Muhammad Iskandar`): the index after `)`.
    fn paren_fwd(&self, open: usize, limit: usize) -> Option<usize> {
        if !self.punct(open, '(') {
            return None;
        }
        let close = (open + 1..limit.min(open + MAX_PAREN + 2)).find(|&k| self.punct(k, ')'))?;
        let inner_ok = close > open + 1 && (open + 1..close).all(|k| self.toks[k].is_word());
        (inner_ok && self.phrase_word(close + 1) && self.toks[close + 1].cap).then_some(close + 1)
    }

    /// The same, backwards: `end` is just after a `)`; returns the `(` index.
    fn paren_back(&self, end: usize, floor: usize) -> Option<usize> {
        let close = end.checked_sub(1)?;
        if !self.punct(close, ')') || !self.toks.get(end).is_some_and(|t| t.cap) {
            return None;
        }
        let open = (floor.max(close.saturating_sub(MAX_PAREN + 1))..close)
            .rev()
            .find(|&k| self.punct(k, '('))?;
        let inner_ok = close > open + 1 && (open + 1..close).all(|k| self.toks[k].is_word());
        (inner_ok && open > floor && self.phrase_word(open - 1)).then_some(open)
    }

    /// A conjunction at `k` between two capitalized phrase words.
    fn joins_titles(&self, k: usize, floor: usize) -> bool {
        k > floor
            && self.class(k) == Some(WordClass::Conjunction)
            && self.toks[k - 1].cap
            && self.phrase_word(k - 1)
            && self.toks.get(k + 1).is_some_and(|t| t.cap)
    }

    /// True for a personal or group pronoun at `k`.
    pub fn is_pronoun(&self, k: usize) -> bool {
        matches!(
            self.class(k),
            Some(WordClass::PersonPronoun | WordClass::GroupPronoun)
        )
    }

    /// True when the phrase names something: a capital, a mention or a pronoun.
    pub fn is_named(&self, r: Range) -> bool {
        (r.0..r.1).any(|k| self.toks[k].cap || self.tok_mention[k].is_some() || self.is_pronoun(k))
    }

    /// A run of phrase words from `i` (no apposition, no conjunction).
    fn run_fwd(&self, i: usize, limit: usize) -> usize {
        if self.is_pronoun(i) {
            return i + 1;
        }
        let mut j = i;
        while j < limit && j - i < MAX_PHRASE {
            if !self.phrase_word(j) {
                match self.paren_fwd(j, limit) {
                    Some(after) if j > i => {
                        j = after;
                        continue;
                    }
                    _ => break,
                }
            }
            // A lower-case word after a name starts a new constituent
            // (`kata Tikno ditemui usai ...`), unless one mention spans both.
            let joins_name = self.class(j) == Some(WordClass::Inner)
                && self.toks.get(j + 1).is_some_and(|t| t.cap);
            if j > i
                && !joins_name
                && !self.toks[j].cap
                && self.toks[j - 1].cap
                && (self.tok_mention[j].is_none() || self.tok_mention[j] != self.tok_mention[j - 1])
            {
                break;
            }
            j += 1;
        }
        j
    }

    /// The phrase starting at `i`, with `AS dan sekutu` coordination and a
    /// name in apposition to a title (`Menteri Pertahanan Rusia, Sergei Shoigu`).
    pub fn phrase_fwd(&self, i: usize, limit: usize) -> Option<Range> {
        let mut end = self.run_fwd(i, limit);
        if end == i {
            return None;
        }
        loop {
            if end + 1 < limit
                && self.class(end) == Some(WordClass::Conjunction)
                && self.phrase_word(end + 1)
            {
                let next = self.run_fwd(end + 1, limit);
                if self.verb(next).is_none() {
                    end = next;
                    continue;
                }
            }
            if end + 1 < limit && self.punct(end, ',') && self.apposition(i, end, limit) {
                end = self.run_fwd(end + 1, limit);
                continue;
            }
            break;
        }
        Some((i, end))
    }

    /// Whether the capitalized run after the comma at `comma` names the person
    /// whose title is `[start, comma)`.
    fn apposition(&self, start: usize, comma: usize, limit: usize) -> bool {
        let has_person = (start..comma).any(|k| self.mention_type(k) == Some(EntityType::Person));
        if has_person || !self.toks[start].cap {
            return false;
        }
        let run_end = self.run_fwd(comma + 1, limit);
        let run = comma + 1..run_end;
        if run.is_empty() || run.len() > 4 || !run.clone().all(|k| self.toks[k].cap) {
            return false;
        }
        let closes = run_end >= limit
            || self.sentence_end(run_end)
            || self.punct(run_end, ',')
            || self.cue_at(run_end).is_some()
            || self.class(run_end) == Some(WordClass::Relative);
        let named = if self.doc.entities.is_empty() {
            true
        } else {
            run.clone()
                .any(|k| self.mention_type(k) == Some(EntityType::Person))
        };
        closes && named
    }

    /// Skips what is cited after a cite cue (`pernyataan`, `a statement by`).
    fn skip_statement(&self, mut i: usize, limit: usize) -> usize {
        let from = i;
        while i < limit && self.class(i) == Some(WordClass::Statement) {
            i += 1;
        }
        if i > from
            && i < limit
            && matches!(
                self.class(i),
                Some(WordClass::Stop | WordClass::Affiliation)
            )
        {
            i += 1;
        }
        i
    }

    /// Speaker phrase after a verb or cue at `i`, following `mengutip`/`citing`
    /// links to the innermost speaker.
    pub fn chain_fwd(&self, i: usize, limit: usize) -> Option<Attribution> {
        let first = self.phrase_fwd(i, limit)?;
        let mut speaker = first;
        let mut channels = Vec::new();
        loop {
            let mut j = speaker.1;
            if self.punct(j, ',') {
                j += 1;
            }
            if self.class(j) == Some(WordClass::Relative) {
                j += 1;
            }
            let Some(after_cue) = self.cite_at(j) else {
                break;
            };
            let k = self.skip_statement(after_cue, limit);
            let Some(next) = self.phrase_fwd(k, limit) else {
                break;
            };
            channels.push(speaker);
            speaker = next;
        }
        channels.reverse();
        Some(Attribution {
            speaker,
            via: channels,
            clitic: false,
            end: speaker.1,
        })
    }

    /// Speaker phrase before the verb at `verb`, with the chain that leads to
    /// it (`Yonhap mengutip badan intelijen yang mengatakan`, `X, citing Y, said`).
    pub fn chain_back(&self, verb: usize, floor: usize) -> Option<Attribution> {
        let mut end = self.skip_back(verb, floor);
        let relative = end > floor && self.class(end - 1) == Some(WordClass::Relative);
        if relative {
            end = self.skip_back(end - 1, floor);
        }
        let comma = end > floor && self.punct(end - 1, ',');
        if comma {
            end -= 1;
        }
        let mut speaker = self.phrase_back(end, floor)?;
        // `Suhail Al-Mazrouei, Menteri Energi UEA mengatakan`: a name opening
        // the sentence, in apposition to the title next to the verb.
        if !comma
            && speaker.0 > floor + 1
            && self.punct(speaker.0 - 1, ',')
            && let Some(name) = self.phrase_back(speaker.0 - 1, floor)
            && name.0 == floor
            && name.1 - name.0 <= 4
            && (name.0..name.1).all(|k| {
                self.toks[k].cap
                    && !matches!(
                        self.mention_type(k),
                        Some(EntityType::Location | EntityType::Organization)
                    )
            })
            && self.toks[speaker.0].cap
        {
            speaker = name;
        }
        // `Bob Yawger dari Mizuho Securities mengatakan`: the person speaks.
        if speaker.0 > floor + 1
            && self.class(speaker.0 - 1) == Some(WordClass::Affiliation)
            && let Some(person) = self.phrase_back(speaker.0 - 1, floor)
            && self.toks[person.1 - 1].cap
        {
            speaker = person;
        }
        if relative && !self.is_named(speaker) {
            // `isu yang menyebutkan ...`: not a speaker.
            return None;
        }
        let mut via = Vec::new();
        // `Ali al-Naimi seperti dikutip Dow Jones mengatakan`: the phrase next
        // to the verb is the channel, the speaker stands before the cue.
        if let Some((cue, cue_start)) = self.cue_before(speaker.0, floor)
            && cue.kind == CueKind::Story
            && let Some(before) = self.phrase_back(self.skip_back(cue_start, floor), floor)
        {
            via.push(speaker);
            speaker = before;
        }
        let mut current = speaker;
        loop {
            let mut before = current.0;
            while before > floor && self.class(before - 1) == Some(WordClass::Statement) {
                before -= 1;
            }
            let Some((cue, cue_start)) = self.cue_before(before, floor) else {
                break;
            };
            if cue.kind != CueKind::Cite {
                break;
            }
            let mut e = self.skip_back(cue_start, floor);
            if e > floor && self.punct(e - 1, ',') {
                e -= 1;
            }
            if e > floor && self.class(e - 1) == Some(WordClass::Relative) {
                e = self.skip_back(e - 1, floor);
            }
            let Some(channel) = self.phrase_back(e, floor) else {
                break;
            };
            via.push(channel);
            current = channel;
        }
        if comma && via.is_empty() {
            // `Kirby, juru bicara, mengatakan` and the like: too ambiguous.
            return None;
        }
        Some(Attribution {
            speaker,
            via,
            clitic: false,
            end: verb,
        })
    }
}
