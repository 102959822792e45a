//! English actor pairs (session 16): group nouns standing for coordinated
//! countries after `from` and `for`, and absolute clauses whose actors are
//! no partner of the verb before them. Entities are placed by the test;
//! sentences written for warta.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2025-05-20", ents)
}

fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn officials_from_two_countries_are_both_sides_of_a_meeting() {
    // The group noun is coded with the country it names, but the meeting is
    // between the two countries after `from`.
    let mut d = doc(
        "Officials from Egypt and Ethiopia met in Khartoum on Sunday to discuss the dam dispute.",
        &[
            ("Officials", O, "EGYGOV"),
            ("Egypt", L, "EGY"),
            ("Ethiopia", L, "ETH"),
            ("Khartoum", L, "SDNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(
        has(&got, "CONSULT EGY->ETH") || has(&got, "CONSULT ETH->EGY"),
        "{got:?}"
    );
    assert!(!got.iter().any(|g| g.contains("SDN")), "{got:?}");
}

#[test]
fn negotiators_for_two_sides_hold_talks_with_each_other() {
    let mut d = doc(
        "Negotiators for Armenia and Azerbaijan resumed talks in Vienna on Tuesday.",
        &[
            ("Negotiators", O, "ARMGOV"),
            ("Armenia", L, "ARM"),
            ("Azerbaijan", L, "AZE"),
            ("Vienna", L, "AUTGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(
        has(&got, "CONSULT ARM->AZE") || has(&got, "CONSULT AZE->ARM"),
        "{got:?}"
    );
}

#[test]
fn the_mediators_of_an_absolute_clause_are_no_partners() {
    // `with Qatar and Egypt acting as mediators`: the talks are between the
    // two sides of the subject, not with the mediators.
    let mut d = doc(
        "Sudan and Chad held indirect talks in Doha on Monday, with Qatar and Egypt acting as mediators.",
        &[
            ("Sudan", L, "SDN"),
            ("Chad", L, "TCD"),
            ("Doha", L, "QATGOV"),
            ("Qatar", L, "QAT"),
            ("Egypt", L, "EGY"),
        ],
    );
    let got = run(&mut d);
    assert!(
        has(&got, "CONSULT SDN->TCD") || has(&got, "CONSULT TCD->SDN"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|g| g.contains("->QAT") || g.contains("->EGY")),
        "{got:?}"
    );
    // A partner after `with` that opens no absolute clause stays the target.
    let mut d = doc(
        "Sudan held talks with Egypt in Cairo on Monday.",
        &[
            ("Sudan", L, "SDN"),
            ("Egypt", L, "EGY"),
            ("Cairo", L, "EGYGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT SDN->EGY"), "{got:?}");
}
