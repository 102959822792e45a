//! Counterparts: a target for an event that still has none after the
//! clause (`coder.rs`, `targets.rs`) and discourse (`discourse.rs`) steps.
//!
//! News reports often leave the other side of an act unsaid because the
//! story has already named it: `Police denied firing live ammunition` (in a
//! story about police and protesters), `The ministry rejected the statement`
//! (the statement of the Western embassies two sentences back),
//! `KPK menetapkan tiga orang sebagai tersangka` (a domestic corruption
//! case). Analysts code such events with the counterpart the story is about.
//! The step tries, in order, and only the ways the language's
//! `events_counterparts.tsv` allows for the event's PLOVER type:
//!
//! 1. **sentence** (`+target:counterpart`): another actor of the event's
//!    clause, nearest after the trigger, else nearest before it. Not the
//!    source or the source's own actor (`RI` and `Kementerian Luar Negeri
//!    RI`), not a reporter (`kata Kepala Desa X`, `X said`) or the speaker
//!    the event is claimed by, not a place other than a country outside a
//!    prepositional phrase (`in Nairobi`, `di Jakarta`: where, not whom),
//!    not a news agency, not a bare pronoun, not a role without a country
//!    (`officials`), not a pair that includes the source's country (`both
//!    sides`), and not inside a denial's content clause.
//! 2. **discourse** (`+target:discourse`): the other party the source's
//!    country most recently acted with or was acted on by, in the events of
//!    the last [`WINDOW`] sentences whose targets were read from the text; a
//!    country first, else an international body (`IGO`). A source that does
//!    not act for its state abroad (workers, a court, rebels) takes only an
//!    event it took part in itself: other events are another thread.
//! 3. **domestic** (`+target:domestic`): the source belongs to the story's
//!    home country (the country with most actor mentions) and no other
//!    party stands in the sentence or in those events: the target is the
//!    home country itself (`KEN`, `IDN`), the way analysts code police
//!    against protesters or an anti-graft agency against a regent.
//! 4. **pair** (`+target:pair`): the story is about one pair of countries
//!    (they hold [`PAIR_SHARE`] of the actor mentions, the second at least
//!    [`PAIR_BALANCE`] of the first's) and the source belongs to one of
//!    them: the target is the other.
//!    **home** (`+target:home`), after the pair: the home country for a
//!    source that is an agent of it (`IDNCOP`, not bare `IDN`), even when
//!    other parties are named (two foreign nationals among those arrested).
//! 5. **scene** (`+target:scene`): the source is foreign to the story's
//!    home country (another country or an international body): the target
//!    is the home country, the scene the act is aimed at (`Japan pledged a
//!    further $5 million` in a story about a typhoon in the Philippines).
//! 6. **own** (`+target:own`), last: the source's own country, when the
//!    sentence names no participant of another country and the event is
//!    coded anyway (its entry expects no object the clause left unnamed). The `domestic`
//!    way for a country other than the story's home: `Pemerintah Bangladesh
//!    memberlakukan jam malam di Dhaka` in a story on Indonesians abroad, a
//!    junta threatening to arrest draft dodgers, a government withdrawing
//!    a bill after protests.
//!
//! A filled target is less sure than one read from the clause: confidence
//! drops by [`Way::penalty`], and the event's `rule` says how the target was
//! found. The span of the event is left as it is: the counterpart is an
//! inference, not words of the clause.

use rustc_hash::FxHashMap as HashMap;

use warta_core::{ActorRef, Document, EntityType, Event, TextIndex};

use crate::coder::Candidate;
use crate::tables::LanguageTables;
use crate::targets::act_with_victim_only;
use crate::view::{SentenceView, actor_code};

/// What a filled target appends to the event's rule, before the way's
/// name: `events:en:deny#h8+target:domestic`.
pub(crate) const RULE_MARK: &str = "+target:";

/// How many sentences back the discourse and domestic ways look.
const WINDOW: usize = 3;

/// Sector of news agencies and outlets (`AFP`, `Antara`): they report the
/// story (datelines, credits) and are no party to it.
const MEDIA_SECTOR: &str = "MED";

/// CAMEO actor codes that stand without a country: international
/// organisations, NGOs, multinationals, militant groups across borders.
const INTERNATIONAL: [&str; 4] = ["IGO", "NGO", "MNC", "IMG"];

/// Sectors of an actor code (after its country) that act for the state in
/// its dealings with other countries: none (the country itself), the
/// government, the armed forces.
const STATE_SECTORS: [&str; 3] = ["", "GOV", "MIL"];

/// Most title words between a reporting verb and its subject's name.
const TITLE_WORDS: usize = 3;

/// Share of the actor mentions (with a country) the two countries of a
/// story's pair must hold together.
const PAIR_SHARE: f32 = 0.75;

/// Least share of the first country's mentions the second country of a
/// pair must have: a story about Indonesia that names one Australian city
/// is no Indonesia-Australia story.
const PAIR_BALANCE: f32 = 0.34;

/// Least share of the first country's mentions the second needs for a
/// pair anaphor (`kedua pihak`) to stand for the two (see
/// [`Counterparts::sides_of_pair`]): stricter than [`PAIR_BALANCE`],
/// because a wrong pair here gives a wrong event, not a missing one.
const SIDES_BALANCE: f32 = 0.5;

/// How a counterpart was found, in the order the ways are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Way {
    /// Another actor of the same sentence.
    Sentence,
    /// The foreign actor the source's country last interacted with.
    Discourse,
    /// The home country itself, in a domestic story.
    Domestic,
    /// The home country itself, for a home agent (police, a court,
    /// protesters) even when a foreign party stands in the story.
    Home,
    /// The other country of the story's one pair.
    Pair,
    /// The story's home country, for a source foreign to it.
    Scene,
    /// The source's own country, in a sentence naming no other country.
    Own,
}

impl Way {
    /// Every way, in the order they are tried.
    const ALL: [Way; 7] = [
        Way::Sentence,
        Way::Discourse,
        Way::Domestic,
        // After the pair: in a two-country story the other country is the
        // better guess (`refused to rule out military action against X`).
        Way::Pair,
        Way::Home,
        Way::Scene,
        Way::Own,
    ];

    /// The name in `events_counterparts.tsv` and in the rule suffix.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Way::Sentence => "counterpart",
            Way::Discourse => "discourse",
            Way::Domestic => "domestic",
            Way::Home => "home",
            Way::Pair => "pair",
            Way::Scene => "scene",
            Way::Own => "own",
        }
    }

    /// How much less sure the event becomes: an actor of the same sentence
    /// is a better guess than one inferred from the story.
    pub(crate) fn penalty(self) -> f32 {
        match self {
            Way::Sentence => 0.1,
            Way::Discourse | Way::Domestic | Way::Home | Way::Pair | Way::Scene | Way::Own => 0.15,
        }
    }

    fn parse(s: &str) -> Option<Way> {
        Way::ALL.into_iter().find(|w| w.name() == s)
    }
}

/// What `events_counterparts.tsv` says about one PLOVER type.
#[derive(Debug, Default, Clone)]
struct TypeRule {
    /// The ways it may take, in the order of [`Way::ALL`].
    ways: Vec<Way>,
    /// Also for an entry that expects an object the clause does not name
    /// (`condemned the decision`); without it such an event keeps needing a
    /// target from the clause or from discourse.
    object: bool,
}

/// Which ways each PLOVER type may take (`events_counterparts.tsv`). A type
/// without a row gets no counterpart.
#[derive(Debug, Default, Clone)]
pub struct CounterpartTable {
    types: HashMap<String, TypeRule>,
}

impl CounterpartTable {
    /// Rows `type<TAB>ways<TAB>object<TAB>note`: a PLOVER type, the
    /// comma-separated ways (`counterpart`, `discourse`, `domestic`, `home`, `pair`, `scene`, `own`)
    /// or `-`, and `yes`/`no`: whether an entry that expects an object the
    /// clause does not name may take one too. The file is optional.
    pub(crate) fn load(rows: &[String]) -> Result<Self, String> {
        let mut types: HashMap<String, TypeRule> = HashMap::default();
        for (n, row) in rows.iter().enumerate() {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            let (Some(plover), Some(list), Some(object)) = (cols.first(), cols.get(1), cols.get(2))
            else {
                return Err(format!(
                    "data row {}: expected tab-separated columns type, ways, object, note",
                    n + 1
                ));
            };
            let object = match *object {
                "yes" => true,
                "no" => false,
                x => {
                    return Err(format!(
                        "data row {}: object must be `yes` or `no`, not `{x}`",
                        n + 1
                    ));
                }
            };
            let mut ways = Vec::new();
            for w in list
                .split(',')
                .map(str::trim)
                .filter(|w| !w.is_empty() && *w != "-")
            {
                let Some(way) = Way::parse(w) else {
                    return Err(format!(
                        "data row {}: unknown way `{w}` (counterpart, discourse, domestic, home, pair, scene, own or -)",
                        n + 1
                    ));
                };
                ways.push(way);
            }
            // Tried in the order of Way::ALL, whatever the row's order.
            ways.sort_by_key(|w| Way::ALL.iter().position(|x| x == w));
            ways.dedup();
            types.insert(plover.to_uppercase(), TypeRule { ways, object });
        }
        Ok(Self { types })
    }

    /// The ways an event of type `plover` may take; none when its entry
    /// expects an object the clause does not name (`needs_target`) and the
    /// type's row does not allow that.
    fn ways(&self, plover: &str, needs_target: bool) -> &[Way] {
        match self.types.get(plover) {
            Some(r) if r.object || !needs_target => &r.ways,
            _ => &[],
        }
    }
}

/// A counterpart target and how it was found.
#[derive(Debug)]
pub(crate) struct Found {
    /// The target.
    pub target: ActorRef,
    /// How it was found.
    pub way: Way,
}

/// What the step knows about a document: its home country and its one pair
/// of countries.
#[derive(Debug, Default)]
pub(crate) struct Counterparts {
    /// The country with most actor mentions.
    home: Option<String>,
    /// The story's two countries, when it is about one pair.
    pair: Option<(String, String)>,
    /// Countries of the document's actors, for telling a country prefix of
    /// an actor code (`KENCOP`) from other codes (`IGOUNO`).
    countries: Vec<String>,
    /// Actor mentions of each of `countries`, in the same order.
    mentions: Vec<usize>,
    /// The entity naming each country (`Kenya`), for the domestic target.
    country_entity: HashMap<String, usize>,
    /// The first entity of each country (`Israeli authorities` when the
    /// story never names Israel itself), for [`Counterparts::story_sides`].
    any_entity: HashMap<String, usize>,
}

/// The country of an entity that counts as a story participant (no news agency).
fn participant_country(doc: &Document, e: usize) -> Option<&str> {
    let x = doc.entities.get(e)?;
    if x.sector.as_deref() == Some(MEDIA_SECTOR) {
        return None;
    }
    x.country.as_deref().filter(|c| !c.is_empty())
}

impl Counterparts {
    /// Reads the document's countries (one pass over its entities).
    pub(crate) fn new(doc: &Document) -> Self {
        let mut counts: Vec<(String, usize, usize)> = Vec::new(); // country, mentions, first
        let mut country_entity = HashMap::default();
        let mut any_entity = HashMap::default();
        for (i, e) in doc.entities.iter().enumerate() {
            let Some(c) = participant_country(doc, i) else {
                continue;
            };
            // `actor_code(doc, i).is_none()` without cloning the code.
            if e.actor.is_none() && e.country.is_none() {
                continue;
            }
            if e.kind == EntityType::Location && e.actor.as_deref() == Some(c) {
                country_entity.entry(c.to_string()).or_insert(i);
            }
            any_entity.entry(c.to_string()).or_insert(i);
            let first = e
                .mentions
                .iter()
                .map(|m| m.start)
                .min()
                .unwrap_or(usize::MAX);
            match counts.iter_mut().find(|x| x.0 == c) {
                Some(x) => {
                    x.1 += e.mentions.len();
                    x.2 = x.2.min(first);
                }
                None => counts.push((c.to_string(), e.mentions.len(), first)),
            }
        }
        // Most mentions first; ties go to the country named first.
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        let total: usize = counts.iter().map(|x| x.1).sum();
        let home = counts.first().map(|x| x.0.clone());
        let pair = match counts.as_slice() {
            [a, b, ..]
                if (a.1 + b.1) as f32 >= PAIR_SHARE * total as f32
                    && b.1 as f32 >= PAIR_BALANCE * a.1 as f32 =>
            {
                Some((a.0.clone(), b.0.clone()))
            }
            _ => None,
        };
        Self {
            home,
            pair,
            mentions: counts.iter().map(|x| x.1).collect(),
            countries: counts.into_iter().map(|x| x.0).collect(),
            country_entity,
            any_entity,
        }
    }

    /// The country an actor code belongs to (`KENCOP` -> `KEN`), when its
    /// first three letters are a country of the document.
    fn country_of<'a>(&self, code: &'a str) -> Option<&'a str> {
        let c = code.get(..3)?;
        self.countries.iter().any(|x| x == c).then_some(c)
    }

    /// The party an actor code stands for in discourse: its country, or
    /// the code itself for an international actor (`IGO`), which acts and
    /// is acted on like a country.
    fn party_of<'a>(&self, code: &'a str) -> Option<&'a str> {
        self.country_of(code).or_else(|| {
            INTERNATIONAL
                .iter()
                .any(|x| code.starts_with(x))
                .then_some(code)
        })
    }

    /// A counterpart target for event `ev` (coded from candidate `c` of
    /// sentence `view`, no target yet), or `None`. `earlier` are the events
    /// coded before it, in order.
    #[allow(clippy::too_many_arguments)] // the assembler's context, passed as is
    pub(crate) fn find<'a>(
        &self,
        t: &LanguageTables,
        doc: &Document,
        index: &TextIndex,
        view: &SentenceView,
        c: &Candidate,
        ev: &Event,
        earlier: impl DoubleEndedIterator<Item = &'a Event>,
    ) -> Option<Found> {
        let ways = t.counterparts.ways(&ev.plover, c.needs_target);
        if ways.is_empty() || act_with_victim_only(t, view, c.trigger.last) {
            return None;
        }
        let source = ev.source.as_ref()?.actor.clone()?;
        let own = self.country_of(&source);
        // The events of the window whose targets were read from the text:
        // one guess is not built on another.
        let recent: Vec<&Event> = earlier
            .rev()
            .take_while(|x| x.sentence + WINDOW >= ev.sentence)
            .filter(|x| !x.rule.contains(RULE_MARK))
            .collect();
        for &way in ways {
            let target = match way {
                Way::Sentence => in_sentence(t, doc, index, view, c, ev, &source),
                Way::Discourse => self
                    .party_of(&source)
                    .and_then(|o| self.last_foreign(o, &source, &recent)),
                Way::Domestic => own.and_then(|o| self.domestic(o, doc, view, &recent)),
                Way::Home => own.and_then(|o| self.home_agent(o, &source, doc)),
                Way::Pair => own.and_then(|o| self.other_of_pair(o, doc)),
                Way::Scene => self.party_of(&source).and_then(|o| self.scene(o, doc)),
                // Only for an event coded anyway: an entry that expects an
                // object the clause does not name (`menahan diri`,
                // `memperingatkan bahwa ...`) is too often no act on anyone.
                Way::Own if c.needs_target => None,
                Way::Own => own.and_then(|o| self.own_country(o, doc, view)),
            };
            if let Some(target) = target {
                return Some(Found { target, way });
            }
        }
        None
    }

    /// The other side of the latest `recent` event (latest first) in which
    /// party `own` acted or was acted on by another party; a country before
    /// an international actor (in `... condemned the attack and asked ASEAN
    /// to step in`, the attacker is the counterpart of what follows, not ASEAN).
    /// A source that is no agent of its state's dealings abroad (workers,
    /// a court, rebels: see [`speaks_for_state`]) takes only an event it
    /// took part in itself: the workers' strike threat in a story on a
    /// foreign-owned smelter is not aimed at the foreign government the
    /// minister spoke to two sentences back, another thread of the story.
    fn last_foreign(&self, own: &str, source: &str, recent: &[&Event]) -> Option<ActorRef> {
        let party = |r: &Option<ActorRef>| -> Option<String> {
            Some(self.party_of(r.as_ref()?.actor.as_deref()?)?.to_string())
        };
        let state = self.speaks_for_state(source);
        let took_part = |r: &Option<ActorRef>| {
            state
                || r.as_ref()
                    .and_then(|r| r.actor.as_deref())
                    .is_some_and(|a| a == source)
        };
        let other = |x: &Event| -> Option<(ActorRef, String)> {
            let (sp, gp) = (party(&x.source)?, party(&x.target)?);
            if sp == own && gp != own && took_part(&x.source) {
                Some((x.target.clone()?, gp))
            } else if gp == own && sp != own && took_part(&x.target) {
                Some((x.source.clone()?, sp))
            } else {
                None
            }
        };
        let mut international = None;
        for x in recent {
            if let Some((r, p)) = other(x) {
                if self.country_of(&p).is_some() {
                    return Some(r);
                }
                international.get_or_insert(r);
            }
        }
        international
    }

    /// Does actor code `code` act for its state abroad: a bare country, its
    /// government or armed forces, or an international body? Other sectors
    /// (`LAB`, `JUD`, `REB`, `OPP`) are parties of their own threads.
    fn speaks_for_state(&self, code: &str) -> bool {
        match self.country_of(code) {
            Some(c) => STATE_SECTORS.contains(&&code[c.len()..]),
            None => true,
        }
    }

    /// The home country itself, when `own` is the home country and no
    /// other party is in the sentence or in the `recent` events.
    fn domestic(
        &self,
        own: &str,
        doc: &Document,
        view: &SentenceView,
        recent: &[&Event],
    ) -> Option<ActorRef> {
        if self.home.as_deref() != Some(own) {
            return None;
        }
        let other = |code: &str| self.party_of(code).is_some_and(|p| p != own);
        let in_sentence = self.other_in_sentence(own, doc, view);
        let in_events = recent.iter().any(|x| {
            [&x.source, &x.target]
                .into_iter()
                .flatten()
                .any(|r| r.actor.as_deref().is_some_and(other))
        });
        (!in_sentence && !in_events).then(|| self.country_ref(own, doc))
    }

    /// Does the sentence name a participant of a party other than `own`?
    fn other_in_sentence(&self, own: &str, doc: &Document, view: &SentenceView) -> bool {
        let other = |code: &str| self.party_of(code).is_some_and(|p| p != own);
        view.args.iter().flat_map(|a| &a.members).any(|&m| {
            participant_country(doc, m).is_some()
                && actor_code(doc, m).is_some_and(|code| other(&code))
        })
    }

    /// The source's own country `own`, whether or not it is the story's
    /// home, when the sentence names no participant of another party: the
    /// act stays inside that country (`Junta Myanmar membebaskan 3.000
    /// tahanan`). An international body has no country to act on.
    fn own_country(&self, own: &str, doc: &Document, view: &SentenceView) -> Option<ActorRef> {
        (!INTERNATIONAL.contains(&own) && !self.other_in_sentence(own, doc, view))
            .then(|| self.country_ref(own, doc))
    }

    /// The home country itself, when `own` is the home country and the
    /// source is one of its agents (`IDNCOP`, `KENOPP`: a code with a
    /// sector, not the bare country), whatever other parties the sentence or
    /// the story name: police arresting suspects among whom are two foreign
    /// nationals, workers striking against a foreign-owned firm's home
    /// government. A clause that names a foreign object has already given
    /// it through the `counterpart` way, tried first. A bare country as
    /// source (`Indonesia arrested ...`) is left to the stricter `domestic`.
    fn home_agent(&self, own: &str, source: &str, doc: &Document) -> Option<ActorRef> {
        let international = INTERNATIONAL.contains(&own);
        (self.home.as_deref() == Some(own) && source.len() > own.len() && !international)
            .then(|| self.country_ref(own, doc))
    }

    /// The home country, when party `own` (a country or an international
    /// body) is not it: aid flown in, a pledge, a rescue team sent to the
    /// country the story happens in.
    /// A country of the story's pair is a party to it, not an outsider
    /// arriving on the scene (`Pakistan bersedia menerima mediasi` in an
    /// India-Pakistan story is no pledge to India).
    fn scene(&self, own: &str, doc: &Document) -> Option<ActorRef> {
        let home = self.home.as_deref()?;
        let party = self
            .pair
            .as_ref()
            .is_some_and(|(a, b)| a == own || b == own);
        // An outsider is named less than the scene: a source named as often
        // as the first-ranked country (three countries named once each) is
        // as much the story's as it.
        let named = |c: &str| {
            self.countries
                .iter()
                .position(|x| x == c)
                .and_then(|i| self.mentions.get(i).copied())
        };
        let outsider = match (named(own), named(home)) {
            (Some(o), Some(h)) => o < h,
            _ => true,
        };
        (home != own && !party && outsider).then(|| self.country_ref(home, doc))
    }

    /// The other country of the story's pair, when `own` is one of it.
    fn other_of_pair(&self, own: &str, doc: &Document) -> Option<ActorRef> {
        let (a, b) = self.pair.as_ref()?;
        let other = if a == own {
            b
        } else if b == own {
            a
        } else {
            return None;
        };
        Some(self.country_ref(other, doc))
    }

    /// The sides a pair anaphor (`kedua pihak`) stands for when it resolved
    /// to its own subject (`Qatar dan Turki, yang menjadi penengah,
    /// mendesak kedua pihak`). With the document's countries ranked by
    /// mentions: nothing when the source's own country is one of two
    /// balanced leaders (a group faulting `both governments`, its own
    /// among them); the two leading other countries when balanced (a
    /// mediator addresses the story's two parties); the home country when
    /// the source is of it (a minister urging unions and employers); else
    /// the one dominant other country (both sides of a civil war).
    pub(crate) fn sides_of_pair(&self, source: &str, doc: &Document) -> Vec<ActorRef> {
        let own = self.party_of(source);
        let ranked = || self.countries.iter().zip(&self.mentions);
        let balanced = |(_, &na): (&String, &usize), (_, &nb): (&String, &usize)| {
            nb as f32 >= SIDES_BALANCE * na as f32
        };
        let mut top = ranked();
        if let (Some(a), Some(b)) = (top.next(), top.next())
            && balanced(a, b)
            && own.is_some_and(|o| o == a.0 || o == b.0)
        {
            return Vec::new();
        }
        let mut others = ranked().filter(|(c, _)| own != Some(c.as_str()));
        match (others.next(), others.next()) {
            (Some(a), Some(b)) if balanced(a, b) => {
                vec![self.country_ref(a.0, doc), self.country_ref(b.0, doc)]
            }
            _ if own.is_some() && self.home.as_deref() == own => own
                .map(|o| vec![self.country_ref(o, doc)])
                .unwrap_or_default(),
            (Some(a), _) => vec![self.country_ref(a.0, doc)],
            _ => Vec::new(),
        }
    }

    /// The authority an agentless arrest or evacuation of the story is
    /// left to (see `agentless.rs`): the story's home country (the one with
    /// most actor mentions), as an actor reference. None in a story about a
    /// pair of countries (fishermen of one held by the other: either may
    /// act), nor for an act at a place of another country (`ditahan di
    /// Malaysia`, whose country is `here`).
    pub(crate) fn authority_ref(&self, doc: &Document, here: Option<&str>) -> Option<ActorRef> {
        let home = self.home.as_deref().filter(|_| self.pair.is_none())?;
        here.is_none_or(|c| c.is_empty() || c == home)
            .then(|| self.country_ref(home, doc))
    }

    /// A country as a target: its entity when the document names it.
    fn country_ref(&self, country: &str, doc: &Document) -> ActorRef {
        let e = self
            .country_entity
            .get(country)
            .and_then(|&i| doc.entities.get(i));
        ActorRef {
            entity: e.map(|x| x.id.clone()),
            actor: Some(country.to_string()),
            text: e.map(|x| x.canonical.clone()).unwrap_or_default(),
        }
    }
}

mod sentence;
use sentence::in_sentence;
mod sides;
pub(crate) use sides::{SIDES, sides_for};

#[cfg(test)]
mod tests;
