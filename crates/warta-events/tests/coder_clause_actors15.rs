//! English events whose clause used to give the wrong actor (session 12,
//! enpair15): an initialism's periods ending the clause (`who met U.S.
//! envoy ...,`), object relative clauses (`X, which Y accuses of ...`), a
//! threatener's own forces in its content clause, the subject of `what X
//! called`, and a verb after `and` past a `while` clause with its own
//! subject. Sentences are our own; entities are placed by the test, as the
//! entity stage would.

mod common;

use common::{L, O, P, has};

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
fn an_initialism_inside_a_relative_clause_does_not_end_the_subjects_clause() {
    let mut d = doc(
        "Tayyip Erdogan, who met U.S. envoy Tom Barrack in Ankara on Monday, criticised Greece over the island dispute.",
        &[
            ("Tayyip Erdogan", P, "TURGOV"),
            ("U.S.", L, "USA"),
            ("Tom Barrack", P, "USAGOV"),
            ("Ankara", L, "TURGOV"),
            ("Greece", L, "GRC"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE TURGOV->GRC"), "{got:?}");
    assert!(!has(&got, "ACCUSE USAGOV"), "{got:?}");
}

#[test]
fn the_object_of_an_object_relative_clause_is_its_antecedent() {
    let mut d = doc(
        "Al-Shabaab, which Kenya accuses of staging cross-border raids, did not comment on Friday.",
        &[("Al-Shabaab", O, "SOMREB"), ("Kenya", L, "KEN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE KEN->SOMREB"), "{got:?}");
}

#[test]
fn a_subject_relative_clause_has_no_antecedent_object() {
    // `which accused Kenya`: the relative word is the subject, the object follows.
    let mut d = doc(
        "Al-Shabaab, which accused Kenya of killing civilians, did not comment on Friday.",
        &[("Al-Shabaab", O, "SOMREB"), ("Kenya", L, "KEN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE SOMREB->KEN"), "{got:?}");
}

#[test]
fn a_threateners_own_forces_in_the_content_clause_are_not_its_target() {
    let mut d = doc(
        "Tehran warned that Iranian forces would strike Israel if it attacked the country's nuclear sites again.",
        &[
            ("Tehran", L, "IRNGOV"),
            ("Iranian forces", O, "IRNMIL"),
            ("Israel", L, "ISR"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN IRNGOV->ISR"), "{got:?}");
    assert!(!has(&got, "THREATEN IRNGOV->IRNMIL"), "{got:?}");
}

#[test]
fn the_subject_of_what_x_called_is_not_the_object() {
    let mut d = doc(
        "The Kremlin rejected what spokesman Dmitry Peskov called baseless accusations on Tuesday.",
        &[("Kremlin", O, "RUSGOV"), ("Dmitry Peskov", P, "RUSGOV")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT RUSGOV->RUSGOV"), "{got:?}");
}

#[test]
fn a_verb_after_and_past_a_while_clause_shares_that_clauses_subject() {
    let mut d = doc(
        "Malaysia's embassy declined to comment, while Singapore called the ruling \"a welcome step for the rule of law\" and urged Jakarta to act.",
        &[
            ("Malaysia", L, "MYS"),
            ("Singapore", L, "SGP"),
            ("Jakarta", L, "IDNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST SGP->IDNGOV"), "{got:?}");
    assert!(!has(&got, "REQUEST MYS"), "{got:?}");
}
