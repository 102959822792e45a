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
//! 1. **sentence** (`+target:counterpart`): another actor of the same
//!    sentence, nearest after the trigger, else nearest before it. Not the
//!    source or the source's own actor, not the reporter or the speaker the
//!    event is claimed by, not a place standing in a prepositional phrase
//!    (`in Nairobi`, `di Jakarta`: where, not whom), not a news agency.
//! 2. **discourse** (`+target:discourse`): the actor of another country that
//!    the source's country most recently acted with or was acted on by, in
//!    the coded events of the last [`WINDOW`] sentences.
//! 3. **domestic** (`+target:domestic`): the source belongs to the story's
//!    home country (the country with most actor mentions) and no actor of
//!    another country stands in the sentence or the last [`WINDOW`]
//!    sentences: the target is the home country itself (`KEN`, `IDN`), the
//!    way analysts code police against protesters or an anti-graft agency
//!    against a regent.
//! 4. **pair** (`+target:pair`): the story is about one pair of countries
//!    (they hold most actor mentions) and the source belongs to one of them:
//!    the target is the other.
//!
//! A filled target is less sure than one read from the clause: confidence
//! drops by [`Way::penalty`], and the event's `rule` says how the target was
//! found. The span of the event is left as it is: the counterpart is an
//! inference, not words of the clause.

use std::collections::HashMap;

use warta_core::{ActorRef, Document, EntityType, Event, TextIndex};

use crate::arguments::prep_before;
use crate::assemble::text_of;
use crate::coder::Candidate;
use crate::tables::LanguageTables;
use crate::view::{SentenceView, actor_code};

/// How many sentences back the discourse and domestic ways look.
pub(crate) const WINDOW: usize = 3;

/// Sector of news agencies and outlets (`AFP`, `Antara`): they report the
/// story (datelines, credits) and are no party to it.
const MEDIA_SECTOR: &str = "MED";

/// Share of the actor mentions (with a country) the two countries of a
/// story's pair must hold together.
const PAIR_SHARE: f32 = 0.75;

/// How a counterpart was found, in the order the ways are tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Way {
    /// Another actor of the same sentence.
    Sentence,
    /// The foreign actor the source's country last interacted with.
    Discourse,
    /// The home country itself, in a domestic story.
    Domestic,
    /// The other country of the story's one pair.
    Pair,
}

impl Way {
    /// Every way, in the order they are tried.
    const ALL: [Way; 4] = [Way::Sentence, Way::Discourse, Way::Domestic, Way::Pair];

    /// The name in `events_counterparts.tsv` and in the rule suffix.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Way::Sentence => "counterpart",
            Way::Discourse => "discourse",
            Way::Domestic => "domestic",
            Way::Pair => "pair",
        }
    }

    /// How much less sure the event becomes: an actor of the same sentence
    /// is a better guess than one inferred from the story.
    pub(crate) fn penalty(self) -> f32 {
        match self {
            Way::Sentence => 0.1,
            Way::Discourse | Way::Domestic | Way::Pair => 0.15,
        }
    }

    fn parse(s: &str) -> Option<Way> {
        Way::ALL.into_iter().find(|w| w.name() == s)
    }
}

/// Which ways each PLOVER type may take (`events_counterparts.tsv`). A type
/// without a row gets no counterpart.
#[derive(Debug, Default, Clone)]
pub struct CounterpartTable {
    ways: HashMap<String, Vec<Way>>,
}

impl CounterpartTable {
    /// Rows `type<TAB>ways<TAB>note`: a PLOVER type and the comma-separated
    /// ways (`counterpart`, `discourse`, `domestic`, `pair`) or `-`. The file
    /// is optional.
    pub(crate) fn load(rows: &[String]) -> Result<Self, String> {
        let mut ways: HashMap<String, Vec<Way>> = HashMap::new();
        for (n, row) in rows.iter().enumerate() {
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            let (Some(plover), Some(list)) = (cols.first(), cols.get(1)) else {
                return Err(format!(
                    "data row {}: expected tab-separated columns type, ways, note",
                    n + 1
                ));
            };
            let mut v = Vec::new();
            for w in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                if w == "-" {
                    continue;
                }
                let Some(way) = Way::parse(w) else {
                    return Err(format!(
                        "data row {}: unknown way `{w}` (counterpart, discourse, domestic, pair or -)",
                        n + 1
                    ));
                };
                v.push(way);
            }
            ways.insert(plover.to_uppercase(), v);
        }
        Ok(Self { ways })
    }

    /// May an event of type `plover` take a counterpart found in `way`?
    fn allows(&self, plover: &str, way: Way) -> bool {
        self.ways.get(plover).is_some_and(|v| v.contains(&way))
    }

    /// Does the table give type `plover` any way at all?
    fn any(&self, plover: &str) -> bool {
        self.ways.get(plover).is_some_and(|v| !v.is_empty())
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

/// What the step knows about a document: its home country, its one pair of
/// countries, and the countries of the actors of the latest sentences.
#[derive(Debug, Default)]
pub(crate) struct Counterparts {
    /// The country with most actor mentions.
    home: Option<String>,
    /// The story's two countries, when it is about one pair.
    pair: Option<(String, String)>,
    /// Countries of the document's actors, for telling a country prefix of
    /// an actor code (`KENCOP`) from other codes (`IGOUNO`).
    countries: Vec<String>,
    /// The entity naming each country (`Kenya`), for the domestic target.
    country_entity: HashMap<String, usize>,
    /// (sentence, country) of the actors of the latest noted sentences.
    recent: Vec<(usize, String)>,
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
        let mut country_entity = HashMap::new();
        for (i, e) in doc.entities.iter().enumerate() {
            let Some(c) = participant_country(doc, i) else {
                continue;
            };
            if actor_code(doc, i).is_none() {
                continue;
            }
            if e.kind == EntityType::Location && e.actor.as_deref() == Some(c) {
                country_entity.entry(c.to_string()).or_insert(i);
            }
            let first = e.mentions.iter().map(|m| m.start).min().unwrap_or(usize::MAX);
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
            [a, b, ..] if (a.1 + b.1) as f32 >= PAIR_SHARE * total as f32 => {
                Some((a.0.clone(), b.0.clone()))
            }
            _ => None,
        };
        Self {
            home,
            pair,
            countries: counts.into_iter().map(|x| x.0).collect(),
            country_entity,
            recent: Vec::new(),
        }
    }

    /// Notes the countries of a sentence's actors (call once per coded
    /// sentence, before its events) and forgets those out of the window.
    pub(crate) fn note_sentence(&mut self, doc: &Document, view: &SentenceView) {
        let s = view.sentence;
        self.recent.retain(|(x, _)| x + WINDOW >= s);
        for a in &view.args {
            for &m in &a.members {
                if let Some(c) = participant_country(doc, m)
                    && !self.recent.iter().any(|(x, y)| *x == s && y == c)
                {
                    self.recent.push((s, c.to_string()));
                }
            }
        }
    }

    /// The country an actor code belongs to (`KENCOP` -> `KEN`), when its
    /// first three letters are a country of the document.
    fn country_of<'a>(&self, code: &'a str) -> Option<&'a str> {
        let c = code.get(..3)?;
        self.countries.iter().any(|x| x == c).then_some(c)
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
        let table = &t.counterparts;
        if !table.any(&ev.plover) {
            return None;
        }
        let source = ev.source.as_ref()?.actor.clone()?;
        let own = self.country_of(&source);
        let mut earlier = Some(earlier);
        for way in Way::ALL {
            if !table.allows(&ev.plover, way) {
                continue;
            }
            let target = match way {
                Way::Sentence => in_sentence(t, doc, index, view, c, ev, &source),
                Way::Discourse => own.zip(earlier.take()).and_then(|(o, x)| self.last_foreign(o, ev.sentence, x)),
                Way::Domestic => own.and_then(|o| self.domestic(o, doc, view)),
                Way::Pair => own.and_then(|o| self.other_of_pair(o, doc)),
            };
            if let Some(target) = target {
                return Some(Found { target, way });
            }
        }
        None
    }

    /// The foreign side of the latest earlier event (at most [`WINDOW`]
    /// sentences back) in which country `own` acted or was acted on.
    fn last_foreign<'a>(
        &self,
        own: &str,
        sentence: usize,
        earlier: impl DoubleEndedIterator<Item = &'a Event>,
    ) -> Option<ActorRef> {
        fn side<'e>(this: &Counterparts, r: &'e Option<ActorRef>) -> Option<(&'e ActorRef, Option<&'e str>)> {
            let x = r.as_ref()?;
            let code = x.actor.as_deref()?;
            Some((x, this.country_of(code)))
        }
        earlier
            .rev()
            .take_while(|x| x.sentence + WINDOW >= sentence)
            .find_map(|x| {
                let (s, sc) = side(self, &x.source)?;
                let (g, gc) = side(self, &x.target)?;
                if sc == Some(own) && gc.is_some_and(|c| c != own) {
                    Some(g.clone())
                } else if gc == Some(own) && sc.is_some_and(|c| c != own) {
                    Some(s.clone())
                } else {
                    None
                }
            })
    }

    /// The home country itself, when `own` is the home country and no
    /// actor of another country is in the sentence or the window.
    fn domestic(&self, own: &str, doc: &Document, view: &SentenceView) -> Option<ActorRef> {
        if self.home.as_deref() != Some(own) {
            return None;
        }
        let foreign = self
            .recent
            .iter()
            .any(|(s, c)| *s + WINDOW >= view.sentence && c != own);
        (!foreign).then(|| self.country_ref(own, doc))
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

    /// A country as a target: its entity when the document names it.
    fn country_ref(&self, country: &str, doc: &Document) -> ActorRef {
        let e = self.country_entity.get(country).and_then(|&i| doc.entities.get(i));
        ActorRef {
            entity: e.map(|x| x.id.clone()),
            actor: Some(country.to_string()),
            text: e.map(|x| x.canonical.clone()).unwrap_or_default(),
        }
    }
}

/// Another actor of the sentence as the target: the nearest after the
/// trigger, else the nearest before it (see the module doc for who is left out).
fn in_sentence(
    t: &LanguageTables,
    doc: &Document,
    index: &TextIndex,
    view: &SentenceView,
    c: &Candidate,
    ev: &Event,
    source: &str,
) -> Option<ActorRef> {
    let speaker = ev.claimed_by.as_ref().and_then(|x| x.speaker.as_deref());
    let ok = |m: usize, a: usize| {
        let Some(e) = doc.entities.get(m) else {
            return false;
        };
        let code = actor_code(doc, m).unwrap_or_default();
        m != c.source
            && Some(m) != c.reporter
            && Some(m) != c.place
            && speaker != Some(e.id.as_str())
            && !code.is_empty()
            && code != source
            && e.sector.as_deref() != Some(MEDIA_SECTOR)
            && !(e.kind == EntityType::Location && prep_before(t, view, a).is_some())
    };
    let pick = |a: usize| view.args[a].members.iter().copied().find(|&m| ok(m, a));
    let tr = &c.trigger;
    let (s0, s1) = c.source_words;
    let not_source = |a: &usize| {
        let x = &view.args[*a];
        x.w1 < s0 || x.w0 > s1
    };
    // Nearest after the trigger first, else nearest before it.
    let mut after: Vec<usize> = (0..view.args.len())
        .filter(not_source)
        .filter(|&a| view.args[a].w0 > tr.last)
        .collect();
    after.sort_by_key(|&a| view.args[a].w0);
    let first = tr.light.unwrap_or(tr.head).min(tr.head);
    let mut before: Vec<usize> = (0..view.args.len())
        .filter(not_source)
        .filter(|&a| view.args[a].w1 < first)
        .collect();
    before.sort_by_key(|&a| std::cmp::Reverse(view.args[a].w1));
    let (a, m) = after
        .into_iter()
        .chain(before)
        .find_map(|a| pick(a).map(|m| (a, m)))?;
    let arg = &view.args[a];
    Some(ActorRef {
        entity: doc.entities.get(m).map(|x| x.id.clone()),
        actor: actor_code(doc, m),
        text: text_of(doc, index, view.words[arg.w0].start, view.words[arg.w1].end),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn the_table_names_ways_per_type_and_rejects_unknown_ways() {
        let t = CounterpartTable::load(&rows(&[
            "REJECT\tcounterpart,discourse,domestic\tdenied",
            "MOBILIZE\t-\tsolo drills",
        ]))
        .unwrap();
        assert!(t.allows("REJECT", Way::Discourse));
        assert!(!t.allows("REJECT", Way::Pair));
        assert!(!t.any("MOBILIZE"));
        assert!(!t.any("ASSAULT"));
        let e = CounterpartTable::load(&rows(&["REJECT\tsomewhere"])).unwrap_err();
        assert!(e.contains("unknown way `somewhere`"), "{e}");
        assert!(CounterpartTable::load(&rows(&["REJECT"])).is_err());
    }
}
