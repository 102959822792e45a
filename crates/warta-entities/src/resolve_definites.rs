//! Definite descriptions as mentions of an earlier entity: `the bloc` after
//! `European Union`, `kelompok tersebut` after an armed group, `the
//! country's foreign minister` after `Hungary`, and epithets that always
//! name one organisation (`lembaga antirasuah itu` is KPK). The table is
//! `data/lang/<code>/entity_definites.tsv` (see [`crate::definites`]).
//!
//! A description takes the most recent compatible antecedent at most
//! [`WINDOW`] sentences back, never past a sentence that opens with a
//! topic-shift word (`Separately,`). The mention gets rule
//! [`DEFINITE_RULE`] (or [`EPITHET_RULE`]), so later stages see an entity
//! with the antecedent's actor code where there was none.

use warta_core::EntityType;

use super::{Draft, Key, Resolver};
use crate::definites::{Antecedent, Definite, fold};
use crate::names::Target;
use crate::recognize::AGENT_NOUN_RULE;
use crate::roles::{Role, is_connector, is_role_word};

/// Whether `s` has a typographic apostrophe (`’`): its lead byte first, as
/// this runs for most tokens and a byte scan is cheaper than a char search.
fn has_curly(s: &str) -> bool {
    s.bytes().any(|b| b == 0xE2) && s.contains('’')
}

/// Rule of a definite description resolved to an earlier entity.
pub(crate) const DEFINITE_RULE: &str = "entities:alias:definite";
/// Rule of an epithet of one known organisation (`lembaga antirasuah`).
pub(crate) const EPITHET_RULE: &str = "entities:alias:epithet";
/// Rule of a new group coded by an earlier country (`the junta` -> MMRMIL).
pub(crate) const DEFINITE_GROUP_RULE: &str = "entities:definite:group";

/// How many sentences back a description may reach: news repeats the
/// name within a few paragraphs, and a farther antecedent is a guess.
const WINDOW: usize = 5;

/// A matched description: tokens `a..b` and its table row.
struct Hit<'t> {
    a: usize,
    b: usize,
    def: &'t Definite,
}

impl Resolver<'_> {
    /// Adds the mentions of the language's definite descriptions to `drafts`.
    /// `home` is the story's home country (alpha-3): `the country` with no
    /// country in reach is that one.
    pub(super) fn add_definites(&self, drafts: &mut Vec<Draft>, home: Option<&str>) {
        let table = &self.lang.definites;
        if table.phrases.is_empty() {
            return;
        }
        let shifts = self.shift_sentences();
        // A state body's description used again (`the army` ... `the
        // army`) names the body it named first: (words, first sentence,
        // owner).
        let mut first_use: Vec<(String, usize, usize)> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let Some(hit) = self.match_at(i) else {
                i += 1;
                continue;
            };
            i = hit.b;
            if hit.def.tiers.is_empty() {
                continue;
            }
            let sentence = self.toks[hit.a].sentence;
            let (s, e) = (self.toks[hit.a].start, self.toks[hit.b - 1].end);
            // Already part of a name or a pair phrase; a bare agent noun
            // inside the description (`rebels` of `the rebels`) gives way.
            let mut agent_inside = Vec::new();
            let blocked = drafts.iter().enumerate().any(|(ix, d)| {
                d.mentions.iter().any(|m| {
                    let overlaps = m.start < e && m.end > s;
                    if overlaps && d.rule == AGENT_NOUN_RULE && m.start >= s && m.end <= e {
                        agent_inside.push(ix);
                        return false;
                    }
                    overlaps
                })
            });
            if blocked {
                continue;
            }
            let floor = shifts
                .iter()
                .rev()
                .find(|&&sh| sh <= sentence)
                .copied()
                .unwrap_or(0)
                .max(sentence.saturating_sub(WINDOW));
            let shift_floor = shifts.iter().rev().find(|&&sh| sh <= sentence).copied();
            let state_body = hit
                .def
                .tiers
                .iter()
                .flatten()
                .any(|a| matches!(a, Antecedent::CountrySector(_)));
            let again = first_use
                .iter()
                .find(|(w, at, _)| {
                    state_body
                        && *w == base_words(&hit.def.words)
                        && shift_floor.is_none_or(|f| *at >= f)
                })
                .map(|&(_, _, owner)| (owner, DEFINITE_RULE));
            let found = again
                .or_else(|| self.antecedent(drafts, &hit, floor, home))
                .or_else(|| {
                    // `The country's bishops` in a domestic story: its own country.
                    let home = home?;
                    hit.def
                        .tiers
                        .iter()
                        .any(|t| t.contains(&Antecedent::Country))
                        .then_some(())?;
                    // The country itself, else its capital (`LIMA -` datelines).
                    let ix = self.country_entity(drafts, home)?;
                    Some((ix, DEFINITE_RULE))
                });
            let Some((owner, rule)) = found else {
                continue;
            };
            for ix in agent_inside {
                let d = &mut drafts[ix];
                d.mentions.retain(|m| !(m.start >= s && m.end <= e));
                d.toks.retain(|&(a, b)| !(a >= hit.a && b <= hit.b));
            }
            if state_body && again.is_none() {
                first_use.push((base_words(&hit.def.words), sentence, owner));
            }
            let m = self.mention(hit.a, hit.b, rule);
            drafts[owner].mentions.push(m);
            drafts[owner].toks.push((hit.a, hit.b));
            if hit.def.words.last().is_some_and(|w| w.ends_with("'s")) {
                self.possessed_role(drafts, owner, hit.b);
            }
        }
        drafts.retain(|d| !d.mentions.is_empty());
    }

    /// Sentences that open with a topic-shift word, in order.
    fn shift_sentences(&self) -> Vec<usize> {
        let shifts = &self.lang.definites.shifts;
        let mut out = Vec::new();
        if shifts.is_empty() {
            return out;
        }
        for (i, t) in self.toks.iter().enumerate() {
            if i > 0 && self.toks[i - 1].sentence == t.sentence {
                continue;
            }
            if shifts.iter().any(|ws| self.words_at(i, ws)) {
                out.push(t.sentence);
            }
        }
        out
    }

    /// Do tokens from `i` spell `words` within one sentence?
    fn words_at(&self, i: usize, words: &[String]) -> bool {
        words.len() <= self.toks.len() - i
            && words.iter().zip(&self.toks[i..]).all(|(w, t)| {
                t.sentence == self.toks[i].sentence
                    && (t.lower == w.as_str() || (has_curly(&t.lower) && fold(&t.lower) == *w))
            })
    }

    /// The longest description starting at token `i`; a row that is not a
    /// reference (`the group of`) wins over the shorter one it contains.
    fn match_at(&self, i: usize) -> Option<Hit<'_>> {
        let table = &self.lang.definites;
        let first = &self.toks[i].lower;
        // Most tokens start no description: one lookup, no allocation
        // unless the token has a typographic apostrophe (table words are
        // folded, so such a token can only start its folded form's phrases).
        let listed = self.toks[i].is(crate::tokens::word::DEFINITE_FIRST);
        let candidates = match listed.then(|| table.by_first.get(&**first)).flatten() {
            Some(c) => c,
            None if has_curly(first) => table.by_first.get(&fold(first))?,
            None => return None,
        };
        let def = candidates
            .iter()
            .map(|&k| &table.phrases[k])
            .find(|d| self.words_at(i, &d.words))?;
        Some(Hit {
            a: i,
            b: i + def.words.len(),
            def,
        })
    }

    /// The sector of a draft: its organisation's, else its role's.
    fn draft_sector<'d>(&'d self, d: &'d Draft) -> Option<&'d str> {
        match d.key {
            Key::Target(Target::Org(i)) => self.kb.orgs[i as usize].sector.as_deref(),
            _ => d.role.as_ref().and_then(|r| r.sector.as_deref()),
        }
    }

    /// The draft a description refers to and the rule of its mention;
    /// may add a draft (an epithet's organisation, a country's group).
    fn antecedent(
        &self,
        drafts: &mut Vec<Draft>,
        hit: &Hit,
        floor: usize,
        home: Option<&str>,
    ) -> Option<(usize, &'static str)> {
        let start = self.toks[hit.a].start;
        // Epithets need no antecedent.
        for want in hit.def.tiers.iter().flatten() {
            if let Antecedent::Org(o) = want {
                let key = Key::Target(Target::Org(*o));
                let ix = drafts.iter().position(|d| d.key == key).unwrap_or_else(|| {
                    drafts.push(
                        self.new_draft(
                            key,
                            self.kb.orgs[*o as usize].kind,
                            self.lang
                                .org_canonical
                                .get(o)
                                .cloned()
                                .unwrap_or_else(|| self.kb.orgs[*o as usize].canonical.clone()),
                            None,
                            EPITHET_RULE,
                        ),
                    );
                    drafts.len() - 1
                });
                return Some((ix, EPITHET_RULE));
            }
        }
        // Earlier mentions in the window: (sentence, start, draft).
        #[allow(clippy::type_complexity)]
        let mut earlier: Vec<(usize, usize, usize)> = drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| d.rule != AGENT_NOUN_RULE)
            .filter(|(_, d)| !matches!(d.key, Key::Target(Target::Org(o)) if hit.def.except.contains(&o)))
            .flat_map(|(ix, d)| {
                // A place opening the text is the dateline (`ABUJA, Oct 13
                // (Reuters) -`): where the story was filed, not a participant.
                let place = matches!(d.key, Key::Target(Target::Place(_)));
                d.mentions
                    .iter()
                    .filter(move |m| {
                        m.end <= start
                            && m.sentence >= floor
                            && !(place && m.start == 0)
                            && m.rule != "entities:alias:pronoun"
                            && !m.rule.starts_with("entities:alias:kedua")
                    })
                    .map(move |m| (m.sentence, m.start, ix))
            })
            .collect();
        // The latest sentence with a fitting mention, and in it the first
        // one: a sentence's subject is its most salient entity (`Hungary,
        // which has blocked aid for Kyiv, ... The country's minister`).
        earlier.sort_unstable_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        for tier in &hit.def.tiers {
            for &(_, _, ix) in &earlier {
                let (mut found, mut group) = (None, None);
                let d = &drafts[ix];
                for want in tier {
                    match want {
                        Antecedent::Country => found = self.country_of_draft(drafts, ix),
                        Antecedent::Sector(s) => {
                            found = (d.kind == EntityType::Organization
                                && self.draft_sector(d) == Some(s.as_str()))
                            .then_some(ix);
                        }
                        Antecedent::Name(w) => {
                            found = (d.kind == EntityType::Organization
                                && d.canonical
                                    .to_lowercase()
                                    .split_whitespace()
                                    .any(|x| x.starts_with(w.as_str())))
                            .then_some(ix);
                        }
                        Antecedent::CountrySector(sector) => {
                            // A country by name (`kekerasan di Myanmar dan
                            // meminta junta`), not a capital or a person's.
                            if let Key::Target(Target::Country(i)) = d.key {
                                let cc = self.kb.countries[i as usize].alpha3.clone();
                                group = Some((cc, sector));
                            }
                        }
                        Antecedent::Org(_) => {}
                    }
                    if found.is_some() || group.is_some() {
                        break;
                    }
                }
                if let Some((cc, sector)) = group {
                    let ix = self.country_group(drafts, hit, cc, sector);
                    return Some((ix, DEFINITE_GROUP_RULE));
                }
                if let Some(found) = found {
                    return Some((found, DEFINITE_RULE));
                }
            }
            // No country in reach: the story's own (`the military junta`
            // in the lead of a story about Niger).
            let sector = tier.iter().find_map(|w| match w {
                Antecedent::CountrySector(s) => Some(s),
                _ => None,
            });
            if let (Some(sector), Some(cc)) = (sector, home) {
                let ix = self.country_group(drafts, hit, cc.to_string(), sector);
                return Some((ix, DEFINITE_GROUP_RULE));
            }
        }
        None
    }

    /// The country draft a country or capital draft stands for. A capital
    /// whose country the story never names is left alone: it may be a
    /// town misread as a capital (`San Juan` in Lima).
    fn country_of_draft(&self, drafts: &[Draft], ix: usize) -> Option<usize> {
        match drafts[ix].key {
            Key::Target(Target::Country(_)) => Some(ix),
            Key::Target(Target::Place(p)) if self.kb.places[p as usize].feature == "PPLC" => {
                let cc = self.kb.country2(&self.kb.places[p as usize].country)?;
                drafts.iter().position(|d| {
                    matches!(d.key, Key::Target(Target::Country(i)) if self.kb.countries[i as usize].alpha3 == cc.alpha3)
                })
            }
            _ => None,
        }
    }

    /// The group `hit` names for country `cc` (`the junta`), made once.
    fn country_group(&self, drafts: &mut Vec<Draft>, hit: &Hit, cc: String, sector: &str) -> usize {
        let key = Key::NewOrg(format!("{}@{cc}", hit.def.words.join(" ")));
        if let Some(ix) = drafts.iter().position(|d| d.key == key) {
            return ix;
        }
        let role = Role {
            text: String::new(),
            country: Some(cc),
            sector: Some(sector.to_string()),
            person_title: false,
        };
        let text = self.mention_text(hit.a, hit.b);
        drafts.push(self.new_draft(
            key,
            EntityType::Organization,
            text,
            Some(role),
            DEFINITE_GROUP_RULE,
        ));
        drafts.len() - 1
    }

    fn new_draft(
        &self,
        key: Key,
        kind: EntityType,
        canonical: String,
        role: Option<Role>,
        rule: &'static str,
    ) -> Draft {
        Draft {
            key,
            kind,
            canonical,
            role,
            mentions: Vec::new(),
            rule,
            toks: Vec::new(),
        }
    }

    /// `the country's foreign minister Peter Szijjarto`: the title right
    /// after the possessive description takes the antecedent's country.
    fn possessed_role(&self, drafts: &mut [Draft], owner: usize, from: usize) {
        let cc = match drafts[owner].key {
            Key::Target(Target::Country(i)) => self.kb.countries[i as usize].alpha3.clone(),
            _ => return,
        };
        let Some(sentence) = self.toks.get(from).map(|t| t.sentence) else {
            return;
        };
        // The role words between the description and the name.
        let mut j = from;
        while j < self.toks.len()
            && j - from <= self.lang.max_role_words
            && self.toks[j].sentence == sentence
        {
            if let Some(d) = drafts
                .iter_mut()
                .find(|d| d.toks.iter().any(|&(a, _)| a == j))
            {
                if j > from {
                    if let Some(r) = d.role.as_mut().filter(|r| r.country.is_none()) {
                        r.country = Some(cc);
                    }
                }
                return;
            }
            let t = &self.toks[j];
            if !(is_role_word(self.lang, t) || is_connector(self.lang, t)) {
                return;
            }
            j += 1;
        }
    }
}

/// The words of a description without a possessive ending: `the army's`
/// names the body `the army` named.
fn base_words(words: &[String]) -> String {
    let joined = words.join(" ");
    let stem = joined
        .strip_suffix("'s")
        .or_else(|| joined.strip_suffix("’s"))
        .unwrap_or(&joined);
    stem.to_string()
}
