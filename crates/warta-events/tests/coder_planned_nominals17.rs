//! Nominal events whose own predicate says they are still to happen
//! (issue #6, session 14): `Pertemuan lanjutan ... dijadwalkan berlangsung
//! di Doha`, `the talks will be held in Doha` are planned meetings (PLOVER:
//! AGREE with aux future), not meetings held. Sentences are our own;
//! entities are placed by the test, as the entity stage would.

mod common;

use common::{L, has, run};

use warta_core::{Document, EntityType};

/// The places of the Indonesian tests.
const PLACES: &[(&str, EntityType, &str)] = &[
    ("Sudan", L, "SDN"),
    ("Chad", L, "TCD"),
    ("Doha", L, "QAT"),
    ("Mesir", L, "EGY"),
    ("Etiopia", L, "ETH"),
    ("Kairo", L, "EGY"),
];

fn doc(text: &str, lang: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, lang, "2026-11-20", ents)
}

#[test]
fn a_scheduled_meeting_is_planned() {
    let mut d = doc(
        "Pertemuan lanjutan antara Sudan dan Chad dijadwalkan berlangsung di Doha pada awal Desember, kata seorang diplomat Qatar.\nPerundingan antara Mesir dan Etiopia akan digelar di Kairo pekan depan.",
        "id",
        PLACES,
    );
    let got = run(&mut d, false);
    assert!(has(&got, "AGREE SDN->TCD [future]"), "{got:?}");
    assert!(has(&got, "AGREE EGY->ETH [future]"), "{got:?}");
    assert!(!has(&got, "CONSULT"), "{got:?}");
}

#[test]
fn an_english_meeting_to_be_held_is_planned() {
    let mut d = doc(
        "Talks between Sudan and Chad will be held in Doha next month, a Qatari diplomat said.",
        "en",
        &[("Sudan", L, "SDN"), ("Chad", L, "TCD"), ("Doha", L, "QAT")],
    );
    let got = run(&mut d, false);
    assert!(has(&got, "AGREE SDN->TCD [future]"), "{got:?}");
    assert!(!has(&got, "CONSULT"), "{got:?}");
}

#[test]
fn a_future_verb_of_another_act_leaves_the_noun_alone() {
    // `akan` belongs to the reply (`dibalas`), not to the meeting, and a
    // meeting reported as held stays a meeting.
    let mut d = doc(
        "Pertemuan antara Sudan dan Chad di Doha akan dibahas parlemen pekan depan.\nPertemuan antara Mesir dan Etiopia berlangsung di Kairo pada Senin.",
        "id",
        PLACES,
    );
    let got = run(&mut d, false);
    assert!(has(&got, "CONSULT SDN->TCD"), "{got:?}");
    assert!(has(&got, "CONSULT EGY->ETH"), "{got:?}");
    assert!(!has(&got, "AGREE"), "{got:?}");
}
