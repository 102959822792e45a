//! Statements reported as reactions (issue #6, session 11, enverbal14):
//! `..., drawing sharp condemnation from Israel`, `prompting a protest from
//! Beijing`. The actor after `from` criticises the party of the clause the
//! reaction answers. Sentences are our own; entities are placed by the
//! test, as the entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2026-03-10", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_reaction_from_an_actor_criticises_the_clause_before_it() {
    let mut d = doc(
        "Slovenia formally recognised a Palestinian state on Wednesday, drawing sharp condemnation from Israel.",
        &[
            ("Slovenia", L, "SVN"),
            ("Palestinian state", L, "PSE"),
            ("Israel", L, "ISR"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE ISR->SVN"), "{got:?}");
}

#[test]
fn a_reaction_to_an_uncoded_act_goes_to_the_actor_the_sentence_opens_with() {
    let mut d = doc(
        "The United States approved a $900 million missile package for Taiwan, prompting an angry protest from Beijing.",
        &[
            ("United States", L, "USA"),
            ("Taiwan", L, "TWN"),
            ("Beijing", L, "CHNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE CHNGOV->USA"), "{got:?}");
}

#[test]
fn criticism_without_a_reaction_verb_or_agent_is_no_event() {
    // `criticism from` needs the reaction verb before it; a protest that
    // people stage is a demonstration, not a diplomatic complaint.
    let mut d = doc(
        "Criticism from Hungary has grown louder since the vote.\nFarmers from Poland staged a protest outside the European Commission in Brussels.",
        &[
            ("Hungary", L, "HUN"),
            ("Farmers", O, "POLAGR"),
            ("Poland", L, "POL"),
            ("European Commission", O, "IGO"),
            ("Brussels", L, "BEL"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "ACCUSE HUN"), "{got:?}");
    assert!(!has(&got, "ACCUSE POL"), "{got:?}");
}
