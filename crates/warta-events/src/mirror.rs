//! Reciprocal events in both directions.
//!
//! A meeting, negotiation, agreement or exchange between two explicit actors
//! (`Indonesia dan Malaysia bertemu`, `talks between X and Y`, `X met Y`,
//! `kedua negara sepakat`) is one act of both. Event data sets built on
//! CAMEO (PETRARCH, ICEWS) record such an act as two directed events, X->Y
//! and Y->X, so that counts per directed dyad see it from either side. The
//! coder keys a reciprocal event without direction and builds one record;
//! this step adds its reverse-direction twin: same trigger, span, date,
//! place, claim and mentions, source and target swapped, and the rule
//! marked with [`MIRROR_MARK`] so an analyst sees why it exists.

use warta_core::Event;

use crate::view::SentenceView;

/// Suffix of the rule of a mirrored event (`events:id:bertemu#1+mirror`).
pub(crate) const MIRROR_MARK: &str = "+mirror";

/// True when entities `a` and `b` are each named by a mention of their own
/// within `words` (`Armenia and Azerbaijan`, `antara TNI AL dan Angkatan
/// Laut Prancis`), not by one span standing for both (`kedua negara`, `the
/// two sides`) or by a pronoun the coder resolved. A pair anaphor resolved to
/// the wrong pair made most wrong twins on the dev sets (12 of 14), and its
/// twin doubles the error.
pub(crate) fn named_apart(view: &SentenceView, words: (usize, usize), a: usize, b: usize) -> bool {
    let own = |e: usize| {
        view.args
            .iter()
            .position(|x| x.w0 >= words.0 && x.w1 <= words.1 && !x.resolved && x.members == [e])
    };
    matches!((own(a), own(b)), (Some(x), Some(y)) if x != y)
}

/// The (source, type, negation, target, mode) of an event: two events with
/// the same direction key say the same thing about one directed dyad.
fn direction_key(e: &Event) -> (Option<&str>, &str, bool, Option<&str>, Option<&str>) {
    (
        e.source.as_ref().and_then(|a| a.actor.as_deref()),
        e.plover.as_str(),
        e.aux.iter().any(|a| a == "negation"),
        e.target.as_ref().and_then(|a| a.actor.as_deref()),
        e.mode.as_deref(),
    )
}

/// The reverse-direction twin of reciprocal event `e`, or `None` when
/// `existing` (the document's events, mirrored ones included) already holds
/// an event of the same type, negation and mode from `e`'s target to its
/// source: a twin would only repeat it.
pub(crate) fn mirrored<'a>(
    e: &Event,
    mut existing: impl Iterator<Item = &'a Event>,
) -> Option<Event> {
    let mut twin = e.clone();
    std::mem::swap(&mut twin.source, &mut twin.target);
    twin.source.as_ref()?;
    twin.target.as_ref()?;
    let key = direction_key(&twin);
    if existing.any(|x| direction_key(x) == key) {
        return None;
    }
    twin.rule.push_str(MIRROR_MARK);
    for m in &mut twin.mentions {
        m.rule.push_str(MIRROR_MARK);
    }
    Some(twin)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(source: &str, target: &str) -> Event {
        Event {
            id: "V1".into(),
            cameo: Some("040".into()),
            quad: Some(1),
            score: Some(1.0),
            end: 10,
            trigger: "bertemu".into(),
            rule: "events:id:bertemu#1".into(),
            confidence: 0.85,
            ..crate::test_events::event(0, "CONSULT", source, target)
        }
    }

    #[test]
    fn twin_swaps_actors_and_marks_the_rule() {
        let e = event("IDN", "MYS");
        let twin = mirrored(&e, std::iter::once(&e)).unwrap();
        assert_eq!(twin.source.unwrap().actor.as_deref(), Some("MYS"));
        assert_eq!(twin.target.unwrap().actor.as_deref(), Some("IDN"));
        assert_eq!(twin.rule, "events:id:bertemu#1+mirror");
        assert_eq!((twin.start, twin.end, twin.trigger), (0, 10, e.trigger));
    }

    #[test]
    fn no_twin_when_the_reverse_event_exists_or_a_side_is_missing() {
        let (e, back) = (event("IDN", "MYS"), event("MYS", "IDN"));
        assert!(mirrored(&e, [&e, &back].into_iter()).is_none());
        let mut negated = back.clone();
        negated.aux.push("negation".into());
        assert!(mirrored(&e, [&e, &negated].into_iter()).is_some());
        let mut alone = e.clone();
        alone.target = None;
        assert!(mirrored(&alone, std::iter::once(&alone)).is_none());
    }
}
