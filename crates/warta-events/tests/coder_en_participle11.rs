//! A participial clause after a main verb that is no trigger (`Mali's junta
//! has ordered the ambassador to leave within 72 hours, accusing Paris of
//! ...`) takes the actor the main clause opens with as its subject (issue
//! #6, session 9); not after a passive, whose opening actor was acted on.
//! Sentences written for warta; entities are placed by the test.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn en(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2026-03-14", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_participle_after_a_non_trigger_main_verb_takes_the_opening_actor() {
    let mut d = en(
        "Mali's junta has ordered the envoy to leave the country within 72 hours, accusing France of interference.",
        &[("Mali's junta", O, "MLIMIL"), ("France", L, "FRA")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE MLIMIL->FRA"), "{got:?}");
    let mut d = en(
        "Thailand's army chief flew to the border town of Aranyaprathet on Monday, warning Cambodia against any incursion.",
        &[
            ("Thailand's army", O, "THAMIL"),
            ("Aranyaprathet", L, "THA"),
            ("Cambodia", L, "KHM"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN THAMIL->KHM"), "{got:?}");
}

#[test]
fn no_opening_actor_after_a_passive_main_verb() {
    // The depot was engulfed in flames: the participle tells what the fire
    // did, not what the depot's country did.
    let mut d = en(
        "A Cambodian fuel depot near the border was engulfed in flames overnight, killing two guards from Thailand.",
        &[("Cambodian", L, "KHM"), ("Thailand", L, "THA")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("ASSAULT KHM")), "{got:?}");
}
