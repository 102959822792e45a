//! English predicate vocabulary added for common wire-news events (issue #6):
//! labour strikes, blocked roads, curfews, investigations, ceasefires,
//! concessions. Entities are placed by the test; sentences written for warta.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2024-03-14", ents)
}

/// `TYPE SRC->TGT CAMEO [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, true)
}

#[test]
fn labour_strikes_are_protests_not_attacks() {
    let mut d = doc(
        "Kenyan doctors went on strike on Monday.\n\
         The ministry accepted demands from striking nurses.",
        &[
            ("Kenyan doctors", O, "KENMED"),
            ("The ministry", O, "KENGOV"),
        ],
    );
    let got = run(&mut d);
    // A domestic strike: the home country as counterpart (counterpart.rs).
    assert!(has(&got, "PROTEST KENMED->KEN~domestic 143"), "{got:?}");
    // A concession without a named counterpart goes to the home country too.
    assert!(has(&got, "CONCEDE KENGOV->KEN~domestic 083"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("ASSAULT")), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("REQUEST")), "{got:?}");
}

#[test]
fn roads_curfews_and_ceasefires() {
    let mut d = doc(
        "Chilean truckers blocked roads into the capital.\n\
         Peru imposed a curfew in the port city.\n\
         The rebels declared a unilateral ceasefire on Sunday.",
        &[
            ("Chilean truckers", O, "CHLLAB"),
            ("Peru", L, "PER"),
            ("The rebels", O, "COLREB"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "PROTEST CHLLAB->CHL~domestic 1443"), "{got:?}");
    // A curfew and a ceasefire naming no other party stay inside the
    // source's own country (the `own` way).
    assert!(has(&got, "COERCE PER->PER~own 1723"), "{got:?}");
    assert!(has(&got, "RETREAT COLREB->COL~own 0871"), "{got:?}");
}

#[test]
fn an_investigation_into_a_fire_is_no_shooting() {
    let mut d = doc(
        "Egyptian police opened an investigation into the fire.\n\
         Guards opened fire on the convoy.",
        &[("Egyptian police", O, "EGYCOP"), ("Guards", O, "EGYCOP")],
    );
    let got = run(&mut d);
    // The investigation names no actor as its target; English codes no
    // targetless ACCUSE (`target_required` in events_syntax.tsv), but in a
    // domestic story the counterpart step gives it the home country
    // (counterpart.rs). The `fire` it investigates is no shooting: only the
    // second line is an ASSAULT.
    assert!(
        got.iter()
            .filter(|g| g.starts_with("ACCUSE"))
            .all(|g| g == "ACCUSE EGYCOP->EGY~domestic 090 []"),
        "{got:?}"
    );
    assert_eq!(
        got.iter().filter(|g| g.starts_with("ASSAULT")).count(),
        1,
        "{got:?}"
    );
}
