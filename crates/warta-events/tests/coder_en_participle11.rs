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

#[test]
fn an_absolute_with_clause_after_a_comma_gives_the_participle_its_subject() {
    let mut d = en(
        "The two leaders discussed trade and fisheries, with Modi urging Jakarta to ease import curbs on Indian sugar.",
        &[
            ("Modi", common::P, "INDGOV"),
            ("Jakarta", L, "IDNGOV"),
            ("Indian", L, "IND"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST INDGOV->IDNGOV"), "{got:?}");
    let mut d = en(
        "Tensions rose again at sea on Friday, with Beijing accusing Manila of ramming a coast guard vessel.",
        &[("Beijing", L, "CHNGOV"), ("Manila", L, "PHLGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE CHNGOV->PHLGOV"), "{got:?}");
}

#[test]
fn with_and_a_participle_without_a_comma_is_a_reduced_relative() {
    // The rebels are the ones fighting, inside the object of `talks with`:
    // no event of theirs against the government.
    let mut d = en(
        "Chad's government opened talks with rebels fighting to topple President Deby in the north.",
        &[
            ("Chad's government", O, "TCDGOV"),
            ("rebels", O, "TCDREB"),
            ("Deby", common::P, "TCDGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(
        !got.iter().any(|g| g.starts_with("ASSAULT TCDREB")),
        "{got:?}"
    );
}
