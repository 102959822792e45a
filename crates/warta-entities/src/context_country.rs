//! Country from context for actors whose own words name none: a bare agent
//! noun (`police`, `pemberontak`) or a domestic group noun (`residents`,
//! `orang tua siswa`) takes the country of the place where its sentence
//! happens, or of the place the story was last in.
//!
//! The order, in [`SceneCountries::country_for`]:
//! 1. the places the sentence locates itself in: a place or country after
//!    a locative word of `entity_context.tsv` (`in Yerevan`, `di Haiti`,
//!    `near the town of Uvira`). A sentence that names the story's
//!    dominant country keeps it; otherwise one country named (before the
//!    actor or right after it, when the story has a dominant country) is
//!    the actor's; several say nothing;
//! 2. otherwise the caller's default: the dominant country, then the
//!    dateline's (`resolve.rs`, `home_country.rs`);
//! 3. only for an actor with no default at all (a story between two
//!    countries, filed from a third), the one country all named bodies
//!    and towns of its own sentence share, else the place of the previous
//!    one or two sentences (`In Yerevan, ... rallied. Police detained 14
//!    people`). With a default, the previous sentence's place was as often
//!    another thread of the story as the actor's.
//!
//! Places count only after a locative word: `Kigali denied` and `China
//! said` name actors, and a town named without one is often a misread
//! name. The cues are found in one pass over the document's spans
//! ([`SceneCountries::new`]).

use rustc_hash::FxHashSet;
use warta_core::{LanguageResources, ResourceError};

use crate::geocode;
use crate::home_country::HOME_RULE;
use crate::kb::Kb;
use crate::names::{Target, normalize};
use crate::recognize::{AGENT_NOUN_RULE, AGENT_POSSESSED_RULE, Found, Span};
use crate::resolve::Resolver;
use crate::tokens::Tok;

/// File of the table in each language pack.
pub(crate) const FILE: &str = "entity_context.tsv";

/// How many words may stand between a locative word and its place
/// (`in the town of Uvira`, `di Provinsi Kivu Selatan`).
const MAX_GAP: usize = 3;

/// How many sentences back a scene is carried for an actor with no default.
const CARRY: usize = 2;

/// How many tokens after an actor a place may start and still override the
/// story's dominant country (`police in the town of Uvira`).
const NEAR_AFTER: usize = 5;

/// The context words of one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct ContextWords {
    /// Words that put what follows at a place (`in`, `near`, `di`).
    pub locatives: FxHashSet<String>,
    /// Words allowed between a locative word and the place (`the`, `town`,
    /// `of`, `kota`, `provinsi`).
    pub place_words: FxHashSet<String>,
    /// Words counting an indefinite group (`several`, `sejumlah`): they
    /// open a group noun as a number does.
    pub quantifiers: FxHashSet<String>,
}

impl ContextWords {
    /// Reads `entity_context.tsv` of `pack`; a missing file leaves it empty.
    pub fn load(pack: &dyn LanguageResources) -> Result<Self, ResourceError> {
        let mut t = ContextWords::default();
        for line in pack.lines(FILE) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            let set = match c.get(1).copied() {
                Some("locative") => &mut t.locatives,
                Some("place_word") => &mut t.place_words,
                Some("quantifier") => &mut t.quantifiers,
                _ => {
                    return Err(ResourceError::Malformed {
                        path: format!("lang/{}/{}", pack.code(), FILE),
                        line: 0,
                        message: format!(
                            "line `{line}` needs word TAB locative|place_word|quantifier"
                        ),
                    });
                }
            };
            set.insert(normalize(c[0]));
        }
        Ok(t)
    }
}

/// The scene countries (ISO alpha-3) of each sentence of a document.
#[derive(Debug, Default)]
pub(crate) struct SceneCountries<'a> {
    /// Per sentence, the places it locates itself in: (first token, country).
    by_sentence: Vec<Vec<(usize, &'a str)>>,
    /// Per sentence, the one country every named body and town in it (not
    /// a country or capital, which may act) belongs to (`Kejaksaan Agung`,
    /// `Batam`), if they agree; `None` when they disagree or there are none.
    named: Vec<Option<&'a str>>,
}

impl<'a> SceneCountries<'a> {
    /// The scene cues of the document of `r` (one pass over `spans`).
    pub fn of(r: &Resolver<'a>, spans: &[Span]) -> Self {
        Self::new(r.kb, &r.lang.context, r.toks, spans)
    }

    /// The one country the lead sentence locates itself in (`... pecah di
    /// ibu kota Libya`), if its places agree on one: where a story filed
    /// from elsewhere happens.
    pub fn lead(&self) -> Option<&'a str> {
        let places = self.by_sentence.first()?;
        let (_, first) = *places.first()?;
        places.iter().all(|&(_, c)| c == first).then_some(first)
    }

    /// Collects the scene cues of every sentence in one pass over `spans`.
    pub fn new(kb: &'a Kb, words: &ContextWords, toks: &[Tok], spans: &[Span]) -> Self {
        let n = toks.last().map_or(0, |t| t.sentence + 1);
        let mut by_sentence: Vec<Vec<(usize, &'a str)>> = vec![Vec::new(); n];
        // Per sentence: no name yet, one country, or names of several.
        let mut named: Vec<Option<Option<&'a str>>> = vec![None; n];
        for s in spans {
            let Found::Known(targets) = &s.found else {
                continue;
            };
            // Bodies and towns only: a country or capital named in the
            // sentence may be an actor (`Kigali denied ... while police
            // arrested two men`), not where the sentence happens.
            let actor_like = targets.iter().any(|t| match *t {
                Target::Country(_) | Target::Demonym(_) => true,
                Target::Place(p) => kb.places[p as usize].feature == "PPLC",
                _ => false,
            });
            if s.first > 0 && !s.is_person() && !actor_like {
                let own = crate::roles::span_country(kb, s).and_then(|c| kb.country3(c));
                if let Some(c) = own.map(|c| c.alpha3.as_str()) {
                    let slot = &mut named[toks[s.first].sentence];
                    *slot = match *slot {
                        None => Some(Some(c)),
                        Some(Some(x)) if x == c => Some(Some(x)),
                        _ => Some(None),
                    };
                }
            }
            let Some(cc) = single_country(kb, targets) else {
                continue;
            };
            // The dateline says where the story was filed, not where its
            // sentence happens.
            if s.first == 0 || !after_locative(words, toks, s.first) {
                continue;
            }
            by_sentence[toks[s.first].sentence].push((s.first, cc));
        }
        SceneCountries {
            by_sentence,
            named: named.into_iter().map(Option::flatten).collect(),
        }
    }

    /// The scene country of an actor ending before token `last` in
    /// `sentence`, or `None` to leave it to `main`, the country the actor
    /// gets by default (the story's dominant or dateline country): a
    /// sentence that names it keeps it, and
    /// another country overrides it only from a place before the actor or
    /// right after it (`police in St Petersburg`), not from a clause further
    /// on (`pemerintah ... pekerja migran yang ditahan di Malaysia`).
    pub fn country_for(
        &self,
        sentence: usize,
        last: usize,
        main: Option<&'a str>,
    ) -> Option<&'a str> {
        let here = self.by_sentence.get(sentence)?;
        if main.is_some_and(|m| here.iter().any(|&(_, c)| c == m)) {
            return None;
        }
        if here.is_empty() && main.is_none() {
            // No default at all: the one country the sentence's own named
            // bodies and places share (`Keluarga korban mendesak Kejaksaan
            // Agung ...`: Indonesian families), else the place of the
            // previous sentence or two (`In Yerevan, ... rallied. Police
            // detained 14 people.`).
            if let Some(c) = self.named.get(sentence).copied().flatten() {
                return Some(c);
            }
            let back = (1..=CARRY.min(sentence))
                .map(|b| self.by_sentence[sentence - b].as_slice())
                .find(|v| !v.is_empty())?;
            return back
                .iter()
                .all(|&(_, c)| c == back[0].1)
                .then_some(back[0].1);
        }
        let mut found: Option<&'a str> = None;
        for &(at, c) in here {
            if main.is_some() && at >= last + NEAR_AFTER {
                continue;
            }
            match found {
                Some(f) if f != c => return None,
                _ => found = Some(c),
            }
        }
        found
    }
}

/// The scene countries of a document with the defaults they override.
#[derive(Debug)]
pub(crate) struct Scenes<'a> {
    scenes: SceneCountries<'a>,
    /// What a bare agent noun gets without a scene: dominant, else dateline country.
    agent_default: Option<&'a str>,
    /// What a domestic group noun gets without a scene (`domestic_home`).
    home_default: Option<&'a str>,
}

impl<'a> Scenes<'a> {
    /// The scenes of a document (`SceneCountries::of`) with the defaults
    /// they override: `agent_default` for bare agent nouns (the dominant,
    /// else the dateline country) and `home_default` for domestic group
    /// nouns (`domestic_home`).
    pub fn new(
        scenes: SceneCountries<'a>,
        agent_default: Option<&'a str>,
        home_default: Option<&'a str>,
    ) -> Self {
        Scenes {
            scenes,
            agent_default,
            home_default,
        }
    }

    /// The scene country of a bare agent or domestic group noun `s` when it
    /// differs from the default that noun would get, else `None`.
    pub fn override_for(&self, s: &Span, toks: &[Tok]) -> Option<&'a str> {
        let default = match (&s.found, s.rule) {
            (Found::NewOrg { country: None, .. }, HOME_RULE) => self.home_default,
            // `the Kurdistan Regional Government in Erbil`: a named body
            // whose words name no country, like a bare agent noun (its
            // default, the dominant or dateline country, is `resolve.rs`'s).
            (Found::NewOrg { country: None, .. }, crate::recognize::NAMED_ORG_RULE) => {
                self.agent_default
            }
            (Found::NewOrg { country: None, .. }, AGENT_NOUN_RULE) => self.agent_default,
            _ => return None,
        };
        self.scenes
            .country_for(toks[s.first].sentence, s.last, default)
            .filter(|c| Some(*c) != default)
    }
}

/// The country (alpha-3) all readings of a place span share, if they share one.
fn single_country<'a>(kb: &'a Kb, targets: &[Target]) -> Option<&'a str> {
    let c2 = geocode::shared_country(kb, targets, |t| {
        matches!(t, Target::Country(_) | Target::Place(_) | Target::Region(_))
    })?;
    Some(kb.country2(c2)?.alpha3.as_str())
}

/// A locative word stands before token `first`, with at most [`MAX_GAP`]
/// place words or capitalized words between, in the same sentence.
fn after_locative(words: &ContextWords, toks: &[Tok], first: usize) -> bool {
    let sent = toks[first].sentence;
    let mut k = first;
    for _ in 0..=MAX_GAP {
        if k == 0 || toks[k - 1].sentence != sent {
            return false;
        }
        k -= 1;
        let t = &toks[k];
        if words.locatives.contains(&*t.lower) {
            return true;
        }
        if !(words.place_words.contains(&*t.lower) || t.is_capitalized()) {
            return false;
        }
    }
    false
}

/// The country of a bare agent noun after a possessive pronoun (`its
/// troops`, setting `possessive_pronouns`) or before a possessive clitic
/// (`pasukannya`, `nelayannya`, setting `possessive_clitics`; also domestic
/// group nouns): the group belongs to the
/// sentence's first actor with a country, its subject (`The Israeli
/// military said its troops had fired`, not the story's dateline country
/// nor the `Hamas militants who opened fire on its troops` in between).
pub(crate) fn possessor_country<'a>(
    r: &Resolver<'a>,
    spans: &'a [Span],
    s: &Span,
) -> Option<&'a str> {
    let pronouns = &r.lang.possessive_pronouns;
    let toks = r.toks;
    if !matches!(s.rule, AGENT_NOUN_RULE | AGENT_POSSESSED_RULE | HOME_RULE)
        || !matches!(s.found, Found::NewOrg { country: None, .. })
    {
        return None;
    }
    let sent = toks[s.first].sentence;
    // `its troops` (pronoun before) or `pasukannya` (clitic after).
    let pronoun_before = s.first > 0
        && toks[s.first - 1].sentence == sent
        && pronouns.contains(&*toks[s.first - 1].lower);
    if !pronoun_before && !crate::recognize::possessive_clitic_at(r.lang, toks, s.last, sent) {
        return None;
    }
    let mut start = s.first;
    while start > 0 && toks[start - 1].sentence == sent {
        start -= 1;
    }
    // The subject of the noun's own clause first (`tuntutan Rusia agar
    // Ukraina menarik pasukannya`, `mendesak Eritrea menarik pasukannya`:
    // setting `possessor_clause_openers`), else the sentence's.
    let openers = &r.lang.possessor_clause_openers;
    let clause = (start..s.first)
        .rev()
        .find(|&i| openers.contains(&*toks[i].lower))
        .map(|i| i + 1);
    clause
        .and_then(|c| first_country_actor(r, spans, c, s.first))
        .or_else(|| first_country_actor(r, spans, start, s.first))
}

/// The country of the first actor with a country (a country, demonym,
/// known organisation or new organisation with a country) among `spans`
/// starting at token `from` or later and ending before token `before`.
fn first_country_actor<'a>(
    r: &Resolver<'a>,
    spans: &'a [Span],
    from: usize,
    before: usize,
) -> Option<&'a str> {
    let from = spans.partition_point(|x| x.first < from);
    spans[from..]
        .iter()
        .take_while(|x| x.last < before)
        .find(|x| match &x.found {
            Found::Known(t) => matches!(
                t.first(),
                Some(Target::Org(_) | Target::Country(_) | Target::Demonym(_))
            ),
            Found::NewOrg { country, .. } => country.is_some(),
            Found::NewPerson => false,
        })
        .and_then(|x| crate::roles::span_country(r.kb, x))
}
