//! Reciprocal events between two actors the sentence names apart are
//! emitted in both directions (PETRARCH/ICEWS convention; see
//! `docs/schema.md`); one-sided phrasings, pair anaphors and negated acts
//! keep one record. Entities are filled in by the test, as the entity stage
//! would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn doc(text: &str, lang: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, lang, "2025-10-02", ents)
}

fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_coordinated_subject_of_a_reciprocal_act_yields_both_directions() {
    let mut d = doc(
        "Indonesia dan Malaysia menandatangani nota kesepahaman tentang pekerja migran di Putrajaya, Kamis.",
        "id",
        &[
            ("Indonesia", L, "IDN"),
            ("Malaysia", L, "MYS"),
            ("Putrajaya", L, "MYS"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT IDN->MYS"), "{got:?}");
    assert!(has(&got, "SUPPORT MYS->IDN"), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
    // The twin is a normal event: own id, same trigger and span, marked rule.
    let (a, b) = (&d.events[0], &d.events[1]);
    assert_ne!(a.id, b.id);
    assert_eq!((a.start, a.end, &a.trigger), (b.start, b.end, &b.trigger));
    assert_eq!(b.rule, format!("{}+mirror", a.rule));
    let mut d = doc(
        "Armenian and Azerbaijani troops exchanged fire along the border overnight.",
        "en",
        &[("Armenian", O, "ARM"), ("Azerbaijani troops", O, "AZEMIL")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT ARM->AZEMIL"), "{got:?}");
    assert!(has(&got, "ASSAULT AZEMIL->ARM"), "{got:?}");
}

#[test]
fn a_partner_in_the_object_or_a_pair_anaphor_keeps_one_direction() {
    // `X met Y`: gold writers code one event, from the subject.
    let mut d = doc(
        "Thailand met Cambodia in Kuala Lumpur on Monday.",
        "en",
        &[
            ("Thailand", L, "THA"),
            ("Cambodia", L, "KHM"),
            ("Kuala Lumpur", L, "MYS"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT THA->KHM"), "{got:?}");
    assert!(!has(&got, "CONSULT KHM->THA"), "{got:?}");
    // `kedua negara`: one span standing for both; a wrong pair would be
    // doubled, so no twin.
    let ents: Vec<common::TestEntity> = vec![
        ("Thailand", L, "THA", &["kedua negara"][..]),
        ("Kamboja", L, "KHM", &["kedua negara"][..]),
    ];
    let mut d = common::doc_with_forms(
        "Thailand menuduh Kamboja melanggar perbatasan.\nKedua negara sepakat menggelar perundingan pekan depan.",
        "id",
        "2025-10-02",
        &ents,
    );
    let got = run(&mut d);
    let agree = got.iter().filter(|g| g.starts_with("AGREE")).count();
    assert_eq!(agree, 1, "{got:?}");
}

#[test]
fn a_negated_reciprocal_act_has_no_twin() {
    let mut d = doc(
        "Thailand dan Kamboja tidak menandatangani perjanjian damai itu.",
        "id",
        &[("Thailand", L, "THA"), ("Kamboja", L, "KHM")],
    );
    let got = run(&mut d);
    assert_eq!(got.len(), 1, "{got:?}");
}
