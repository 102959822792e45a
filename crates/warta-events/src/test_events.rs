//! Events built by hand for the unit tests of the assembler's steps
//! (counterparts, agentless passives, reverse twins).

use warta_core::{ActorRef, Event};

/// An actor reference naming only actor code `code`.
pub(crate) fn actor(code: &str) -> Option<ActorRef> {
    Some(ActorRef {
        entity: None,
        actor: Some(code.to_string()),
        text: code.to_string(),
    })
}

/// An event of type `plover` from `source` to `target` in sentence
/// `sentence`, everything else empty.
pub(crate) fn event(sentence: usize, plover: &str, source: &str, target: &str) -> Event {
    Event {
        id: String::new(),
        plover: plover.to_string(),
        mode: None,
        context: Vec::new(),
        aux: Vec::new(),
        quad: None,
        score: None,
        cameo: None,
        source: actor(source),
        target: actor(target),
        date: None,
        place: None,
        sentence,
        start: 0,
        end: 0,
        trigger: String::new(),
        claimed_by: None,
        rule: String::new(),
        confidence: 0.5,
        mentions: Vec::new(),
    }
}
