//! Agentless passives of acts a story's acting party goes on doing: `Polisi
//! menangkap tiga nelayan ... Ketiganya kemudian ditahan di Polres`,
//! `Penjaga pantai China menyita kapal itu ... para awaknya dibebaskan
//! setelah 20 jam`. The passive names the one acted on (its subject) but
//! not the agent; the agent is the party that did the latest earlier act of
//! that family to the same side, in the same sentence or a few before it.
//!
//! Which PLOVER types may take their agent this way is data
//! (`agentless_type` rows of `events_syntax.tsv`); a language without such
//! rows is not affected. The coder marks such a candidate (`agentless`,
//! its source a placeholder); the assembler fills in the agent from the
//! events built so far, or drops the candidate.

use warta_core::{ActorRef, Event};

use crate::arguments::AGENT_REACH;
use crate::coder::Trigger;
use crate::explain;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// How many sentences back an earlier act may stand.
pub(crate) const AGENCY_WINDOW: usize = 3;

/// The country (first three letters) of an actor reference, if it has one.
fn country(a: &Option<ActorRef>) -> Option<&str> {
    a.as_ref()
        .and_then(|r| r.actor.as_deref())
        .and_then(code_country)
}

/// The country (first three letters) of actor code `c`, if it has one.
fn code_country(c: &str) -> Option<&str> {
    c.get(..3)
        .filter(|c| c.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The agent of an agentless passive `ev` (whose target is the one acted
/// on) among the `earlier` events, latest first: the source of an event of
/// one of the `family` types at most [`AGENCY_WINDOW`] sentences back,
/// whose source is another actor than the patient (the police of a country
/// act on its own workers: `IDNCOP` on `IDNLAB`) and has an actor code,
/// done to the patient's side (same country, or either side without one).
pub(crate) fn acting_party<'e>(
    ev: &Event,
    family: &[String],
    earlier: impl DoubleEndedIterator<Item = &'e Event>,
) -> Option<&'e Event> {
    let patient = country(&ev.target);
    let code = |a: &Option<ActorRef>| a.as_ref().and_then(|r| r.actor.clone());
    let mut earlier = earlier.rev();
    earlier.find(|x| {
        x.sentence <= ev.sentence
            && x.sentence + AGENCY_WINDOW >= ev.sentence
            && family.contains(&x.plover)
            && x.target.is_some()
            && country(&x.source).is_some()
            && code(&x.source) != code(&ev.target)
            && match (patient, country(&x.target)) {
                (Some(p), Some(q)) => p == q,
                _ => true,
            }
    })
}

/// Whether passive trigger `tr`, whose patient was found across the words
/// `crossed`, leaves its agent to the story: no agent marker follows it
/// (`dicegat oleh sistem pertahanan udara` names an agent that is no
/// actor), and no reporting verb stands between it and the patient (in
/// `Militer Israel mengatakan rudal berhasil dicegat` the army is the
/// reporter, not the one acted on).
pub(crate) fn leaves_agent_to_story(
    t: &LanguageTables,
    view: &SentenceView,
    tr: &Trigger,
    crossed: &[usize],
) -> bool {
    let n = view.words.len();
    let marker = (tr.last + 1..n.min(tr.last + 2 + AGENT_REACH))
        .take_while(|&k| view.words[k].punct.is_none())
        .any(|k| t.syntax.passive_agents.contains(view.words[k].lower));
    let reported = crossed
        .iter()
        .any(|&k| t.syntax.reports.contains(view.words[k].lower));
    !marker && !reported
}

/// Gives agentless passive `ev` the story's acting party among the
/// `earlier` events as its source (rule mark `+agent:discourse`, lower
/// confidence) and returns the party's actor code. With no acting party, an
/// act of an `authority_type` falls to the story's `home` country (rule
/// mark `+agent:authority`; see [`authority`]). `None` when neither
/// applies, and the event is dropped.
pub(crate) fn take_agent<'e>(
    t: &LanguageTables,
    ev: &mut Event,
    earlier: impl DoubleEndedIterator<Item = &'e Event>,
    home: Option<ActorRef>,
) -> Option<String> {
    let family = &t.syntax.agentless_types;
    let party = family
        .contains(&ev.plover)
        .then(|| acting_party(ev, family, earlier).and_then(|x| x.source.clone()))
        .flatten();
    let (agent, mark, penalty) = match party {
        Some(a) => (a, "+agent:discourse", 0.1),
        None => match home
            .filter(|h| t.syntax.authority_types.contains(&ev.plover) && authority(ev, h))
        {
            Some(h) => (h, "+agent:authority", 0.15),
            None => {
                let why = "agentless passive, no acting party";
                explain::dropped_event(ev.sentence, &ev.trigger, &ev.rule, why);
                return None;
            }
        },
    };
    let code = agent.actor.clone().unwrap_or_default();
    ev.source = Some(agent);
    ev.rule.push_str(mark);
    ev.confidence = (ev.confidence - penalty).max(0.05);
    Some(code)
}

/// Whether the story's `home` country may be the agent of agentless
/// passive `ev` (`Tujuh awak kapal ditangkap`, `11.000 warga telah
/// dievakuasi`, `delapan warga telah dipulangkan`): arrests, releases and
/// evacuations nobody is named for are done by the authorities of the
/// place the story happens in. Not when the patient belongs to another
/// country (foreigners held abroad are another state's business), nor when
/// the patient is the home country itself or one of its state bodies (a
/// ministry or army acted on is no act of its own state).
pub(crate) fn authority(ev: &Event, home: &ActorRef) -> bool {
    let Some(h) = home.actor.as_deref().and_then(code_country) else {
        return false;
    };
    let patient = ev.target.as_ref().and_then(|r| r.actor.as_deref());
    let sector = patient.and_then(|p| p.strip_prefix(h));
    match (country(&ev.target), sector) {
        (Some(c), _) if c != h => false,
        (_, Some(s)) => !STATE_BODIES.contains(&s),
        _ => true,
    }
}

/// Sectors of the home state's own bodies: acted on without an agent, they
/// are no act of that state (`IDN`, `IDNGOV`, `IDNMIL`, `IDNCOP`).
const STATE_BODIES: [&str; 4] = ["", "GOV", "MIL", "COP"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_events::{actor, event};

    #[test]
    fn the_latest_act_on_the_same_side_gives_the_agent() {
        let family = vec!["COERCE".to_string(), "ASSAULT".to_string()];
        let earlier = [
            event(0, "COERCE", "MYSCOP", "IDNAGR"),
            event(1, "ACCUSE", "IDNGOV", "MYS"),
        ];
        let passive = event(2, "COERCE", "", "IDNAGR");
        let got = acting_party(&passive, &family, earlier.iter());
        assert_eq!(got.and_then(|e| e.source.clone()), actor("MYSCOP"));
        // An act on another side does not lend its agent.
        let passive = event(2, "COERCE", "", "PHLAGR");
        assert!(acting_party(&passive, &family, earlier.iter()).is_none());
        // Nor does one too far back.
        let passive = event(9, "COERCE", "", "IDNAGR");
        assert!(acting_party(&passive, &family, earlier.iter()).is_none());
        // Nor an act of another family (the accusation).
        let family = vec!["ASSAULT".to_string()];
        let passive = event(2, "ASSAULT", "", "IDNAGR");
        assert!(acting_party(&passive, &family, earlier.iter()).is_none());
    }

    #[test]
    fn a_domestic_agent_acts_on_its_own_country_but_not_on_itself() {
        let family = vec!["COERCE".to_string()];
        // The police arrested Indonesians: Indonesian workers held later
        // were held by the police.
        let earlier = [event(0, "COERCE", "IDNCOP", "IDNCRM")];
        let passive = event(1, "COERCE", "", "IDNLAB");
        let got = acting_party(&passive, &family, earlier.iter());
        assert_eq!(got.and_then(|e| e.source.clone()), actor("IDNCOP"));
        // A patient that is the earlier agent itself takes no agent from it.
        let passive = event(1, "COERCE", "", "IDNCOP");
        assert!(acting_party(&passive, &family, earlier.iter()).is_none());
        // An earlier act whose agent has no actor code lends none.
        let earlier = [event(0, "COERCE", "", "IDNCRM")];
        let passive = event(1, "COERCE", "", "IDNLAB");
        assert!(acting_party(&passive, &family, earlier.iter()).is_none());
    }

    #[test]
    fn the_home_authority_acts_on_its_own_people_only() {
        let home = actor("IDN").unwrap();
        // Villagers of the story's own country evacuated or released.
        assert!(authority(&event(3, "RETREAT", "", "IDNCVL"), &home));
        // A patient with no actor code is of the story's place.
        let mut uncoded = event(3, "COERCE", "", "");
        uncoded.target = None;
        assert!(authority(&uncoded, &home));
        // Foreign crew are another state's business.
        assert!(!authority(&event(3, "COERCE", "", "MYSAGR"), &home));
        // The state and its bodies are no patients of their own authority.
        assert!(!authority(&event(3, "COERCE", "", "IDNGOV"), &home));
        assert!(!authority(&event(3, "COERCE", "", "IDN"), &home));
    }
}
