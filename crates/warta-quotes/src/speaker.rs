//! Resolving a speaker phrase to an entity: names, titles alone
//! (`Menteri Pertahanan Rusia`), organisations, countries, and pronouns or
//! clitics (`ia`, `katanya`, `he`), which go to the last speaking person
//! unless the entity stage already linked them.

use warta_core::EntityType;

use crate::context::Ctx;
use crate::lexicon::WordClass;
use crate::phrase::Range;

/// How many units back a speaking person stays the referent of `ia`/`he`
/// before the last mentioned person takes over.
const SPEAKER_MEMORY_UNITS: usize = 3;

/// Longest personal name taken from the end of a title phrase.
const MAX_NAME_WORDS: usize = 4;

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Speaker {
    /// Index into `doc.entities`.
    pub entity: Option<usize>,
    /// Canonical name or the phrase text.
    pub name: Option<String>,
    /// Role or title.
    pub role: Option<String>,
    /// Known or assumed to be a person (a candidate for later pronouns).
    pub person: bool,
}

/// What pronoun resolution remembers while walking the document.
#[derive(Debug, Default)]
pub struct SpeakerMemory {
    /// The last person who spoke, and the unit where they did.
    last_person: Option<(Speaker, usize)>,
    /// The last group (organisation, country) that spoke.
    last_group: Option<(Speaker, usize)>,
}

impl SpeakerMemory {
    /// Records who spoke in unit `unit`.
    pub fn spoke(&mut self, s: &Speaker, unit: usize) {
        if s.name.is_none() {
            return;
        }
        if s.person {
            self.last_person = Some((s.clone(), unit));
        } else {
            self.last_group = Some((s.clone(), unit));
        }
    }
}

/// Lower-cased words without punctuation, single-spaced: how roles are compared.
pub fn normalize(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Ctx<'_> {
    fn entity_speaker(&self, ei: usize, fallback_role: Option<String>) -> Speaker {
        let e = &self.doc.entities[ei];
        Speaker {
            entity: Some(ei),
            name: Some(e.canonical.clone()),
            role: e.role.clone().or(fallback_role),
            person: e.kind == EntityType::Person,
        }
    }

    /// Resolves the speaker phrase `r` (in unit `unit`).
    pub fn resolve(&self, r: Range, clitic: bool, unit: usize, memory: &SpeakerMemory) -> Speaker {
        let (a, b) = r;
        // Pronouns and clitics: the entity stage's link first, then our memory.
        let pronoun = if clitic {
            Some(false)
        } else if b == a + 1 {
            match self.class(a) {
                Some(WordClass::PersonPronoun) => Some(false),
                Some(WordClass::GroupPronoun) => Some(true),
                _ => None,
            }
        } else {
            None
        };
        if let Some(group) = pronoun {
            if let Some(m) = self.tok_mention[a] {
                return self.entity_speaker(self.mentions[m].entity, None);
            }
            return self.resolve_pronoun(a, group, unit, memory);
        }
        // Mentions inside the phrase, in order.
        let mut found: Vec<usize> = Vec::new();
        for k in a..b {
            if let Some(m) = self.tok_mention[k]
                && found.last() != Some(&m)
            {
                found.push(m);
            }
        }
        let of_type = |t: EntityType| {
            found
                .iter()
                .rev()
                .copied()
                .find(|&m| self.doc.entities[self.mentions[m].entity].kind == t)
        };
        // `Vice President PT Pertamina (Persero) Budi Santoso` with the person
        // unknown to the entity stage: the capitalized words after the last
        // mention (or after a bracketed acronym) name the person who speaks.
        let mut tail = b;
        while tail > a
            && self.toks[tail - 1].cap
            && self.toks[tail - 1].is_word()
            && self.tok_mention[tail - 1].is_none_or(|m| {
                // A surname the gazetteer took for a place (`Iskandar`).
                self.doc.entities[self.mentions[m].entity].kind == EntityType::Location
            })
        {
            tail -= 1;
        }
        let after_paren = tail > a && self.punct(tail - 1, ')');
        let uncovered = (tail..b).any(|k| self.tok_mention[k].is_none());
        let mention_before = tail < b
            && found
                .iter()
                .any(|&m| self.mentions[m].end <= self.toks[tail].cstart);
        if tail > a
            && tail < b
            && b - tail <= MAX_NAME_WORDS
            && ((mention_before && uncovered) || after_paren)
        {
            let role = self.text(a, tail).trim_end_matches([',', ' ']);
            return Speaker {
                entity: None,
                name: Some(self.text(tail, b).to_string()),
                role: (!role.is_empty()).then(|| role.to_string()),
                person: true,
            };
        }
        if let Some(m) = of_type(EntityType::Person) {
            let role = self.title_before(a, self.mentions[m].start);
            return self.entity_speaker(self.mentions[m].entity, role);
        }
        if let Some(ei) = self.role_match(a, b) {
            return self.entity_speaker(ei, None);
        }
        if let Some(m) = of_type(EntityType::Organization) {
            let role = self.title_before(a, self.mentions[m].start);
            return self.entity_speaker(self.mentions[m].entity, role);
        }
        // A place speaks only when it is the phrase itself (`Amerika Serikat
        // mengatakan`), not a modifier (`badan intelijen Korea Selatan`).
        if let Some(&m) = found.first() {
            let mr = &self.mentions[m];
            if mr.start <= self.toks[a].cstart && mr.end >= self.toks[b - 1].cend {
                return self.entity_speaker(mr.entity, None);
            }
        }
        let text = self
            .text(a, b)
            .trim_matches(|c: char| c == ',' || c.is_whitespace());
        // A phrase no entity covers that ends in a capitalized word is taken
        // for a (titled) person, so that later pronouns can find it.
        let ends_in_name = self.toks[b - 1].cap;
        Speaker {
            entity: None,
            name: (!text.is_empty()).then(|| text.to_string()),
            role: None,
            person: ends_in_name,
        }
    }

    /// The title written before a name inside a speaker phrase, when it looks
    /// like one (starts with a capital: `Juru bicara ... Gedung Putih`).
    fn title_before(&self, a: usize, name_start: usize) -> Option<String> {
        let t = &self.toks[a];
        if t.cstart >= name_start || !t.cap {
            return None;
        }
        let end = self.toks.partition_point(|k| k.cstart < name_start);
        let text = self.text(a, end).trim_end_matches([',', ' ']);
        (!text.is_empty()).then(|| text.to_string())
    }

    /// An entity whose role is this phrase (`Menteri Pertahanan Rusia` alone).
    fn role_match(&self, a: usize, b: usize) -> Option<usize> {
        if b - a < 2 {
            return None;
        }
        let phrase = normalize(self.text(a, b));
        let suffix = format!(" {phrase}");
        let before = self.toks[a].cstart;
        let mut best: Option<(usize, usize)> = None; // (last mention start, entity)
        for (role, ei) in &self.roles {
            let (role, ei) = (role.as_str(), *ei);
            let e = &self.doc.entities[ei];
            if role == phrase || role.ends_with(&suffix) {
                let last = e
                    .mentions
                    .iter()
                    .filter(|m| m.start < before)
                    .map(|m| m.start)
                    .max()
                    .unwrap_or(0);
                if best.is_none_or(|(l, _)| last >= l) {
                    best = Some((last, ei));
                }
            }
        }
        best.map(|(_, ei)| ei)
    }

    fn resolve_pronoun(
        &self,
        tok: usize,
        group: bool,
        unit: usize,
        memory: &SpeakerMemory,
    ) -> Speaker {
        let recent = |m: &Option<(Speaker, usize)>| {
            m.as_ref()
                .filter(|(_, u)| unit.saturating_sub(*u) <= SPEAKER_MEMORY_UNITS)
                .map(|(s, _)| s.clone())
        };
        if group {
            return recent(&memory.last_group).unwrap_or_default();
        }
        if let Some(s) = recent(&memory.last_person) {
            return s;
        }
        let pos = self.toks[tok].cstart;
        let i = self.person_mentions.partition_point(|&(s, _)| s < pos);
        if i > 0 {
            return self.entity_speaker(self.person_mentions[i - 1].1, None);
        }
        memory
            .last_person
            .as_ref()
            .map(|(s, _)| s.clone())
            .unwrap_or_default()
    }
}
