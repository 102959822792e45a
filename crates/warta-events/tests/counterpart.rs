//! Counterpart targets (counterpart.rs): an event whose clause names no
//! target takes one from its sentence or from the story, for the types and
//! ways `events_counterparts.tsv` allows, marked `TARGET~way` (its rule ends
//! in `+target:<way>`) and with lower confidence. Entities are filled in by
//! the test, as the entity stage would; the sentences are written for these
//! tests.

mod common;

use common::{L, O, P, run};

use warta_core::{Document, EntityType, Stage};
use warta_events::EventStage;

/// A test document in `lang`, one sentence per line.
fn doc(text: &str, ents: &[(&str, EntityType, &str)], lang: &str) -> Document {
    common::doc(text, lang, "2026-08-19", ents)
}

/// The events' rules and confidences, after the stage ran on `d`.
fn rules(d: &mut Document) -> Vec<(String, f32)> {
    EventStage::new().process(d).unwrap();
    d.events
        .iter()
        .map(|e| (e.rule.clone(), e.confidence))
        .collect()
}

#[test]
fn a_denial_in_a_domestic_story_targets_the_home_country() {
    let mut d = doc(
        "Kenyan police fired tear gas at protesters in Nairobi.\n\
         Police denied firing live ammunition.",
        &[
            ("Kenyan police", O, "KENCOP"),
            ("Police", O, "KENCOP"),
            ("protesters", O, "KENOPP"),
            ("Nairobi", L, "KENGOV"),
        ],
        "en",
    );
    let got = run(&mut d, false);
    assert!(
        got.contains(&"REJECT KENCOP->KEN~domestic []".to_string()),
        "{got:?}"
    );
    // The clause-coded event keeps its own target and no mark.
    assert!(
        got.contains(&"ASSAULT KENCOP->KENOPP []".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_filled_target_says_so_in_the_rule_and_is_less_sure() {
    let mut d = doc(
        "Kenyan police fired tear gas at protesters in Nairobi.\n\
         Police denied firing live ammunition.",
        &[
            ("Kenyan police", O, "KENCOP"),
            ("Police", O, "KENCOP"),
            ("protesters", O, "KENOPP"),
        ],
        "en",
    );
    let got = rules(&mut d);
    let clause = got.iter().find(|(r, _)| !r.contains("+target:")).unwrap();
    let filled = got
        .iter()
        .find(|(r, _)| r.ends_with("+target:domestic"))
        .unwrap_or_else(|| panic!("{got:?}"));
    assert!(filled.1 < clause.1, "{got:?}");
}

#[test]
fn a_rejection_takes_the_foreign_party_of_the_last_exchange() {
    let mut d = doc(
        "Britain urged the Kenyan government to respect the right to protest.\n\
         The foreign ministry rejected that view on Wednesday.",
        &[
            ("Britain", L, "GBR"),
            ("Kenyan government", O, "KENGOV"),
            ("The foreign ministry", O, "KENGOV"),
        ],
        "en",
    );
    let got = run(&mut d, false);
    assert!(
        got.iter()
            .any(|g| g.starts_with("REJECT KENGOV->GBR~discourse")),
        "{got:?}"
    );
}

#[test]
fn another_actor_of_the_clause_is_the_counterpart_but_not_its_reporter() {
    // `Tiongkok` stands in the clause after the trigger; the village head
    // only tells of it.
    let mut d = doc(
        "Nelayan setempat menolak kehadiran kapal penjaga pantai Tiongkok, kata Kepala Desa Suharto.",
        &[
            ("Nelayan", O, "IDNCVL"),
            ("Tiongkok", L, "CHN"),
            ("Suharto", P, "IDNGOV"),
        ],
        "id",
    );
    let got = run(&mut d, false);
    assert!(
        got.contains(&"REJECT IDNCVL->CHN~counterpart []".to_string()),
        "{got:?}"
    );
    let mut d = doc(
        "Nelayan setempat menolak rencana reklamasi itu, kata Kepala Desa Suharto.",
        &[("Nelayan", O, "IDNCVL"), ("Suharto", P, "IDNGOV")],
        "id",
    );
    let got = run(&mut d, false);
    assert!(
        !got.iter().any(|g| g.contains("IDNGOV~counterpart")),
        "{got:?}"
    );
}

#[test]
fn a_place_in_a_prepositional_phrase_is_where_not_whom() {
    let mut d = doc(
        "Pengunjuk rasa menolak kenaikan harga bahan bakar di Surabaya.",
        &[("Pengunjuk rasa", O, "IDNOPP"), ("Surabaya", L, "IDNGOV")],
        "id",
    );
    let got = run(&mut d, false);
    assert!(
        !got.iter().any(|g| g.contains("IDNGOV~counterpart")),
        "{got:?}"
    );
}

#[test]
fn no_domestic_target_while_a_foreign_party_is_in_play() {
    let mut d = doc(
        "Malaysia menangkap 12 nelayan Indonesia di perairan Selat Malaka.\n\
         Kementerian Luar Negeri menolak penangkapan itu.",
        &[
            ("Malaysia", L, "MYS"),
            ("nelayan Indonesia", O, "IDNCVL"),
            ("Kementerian Luar Negeri", O, "IDNGOV"),
        ],
        "id",
    );
    let got = run(&mut d, false);
    assert!(
        !got.iter().any(|g| g.starts_with("REJECT IDNGOV->IDN")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.starts_with("REJECT IDNGOV->MYS")),
        "{got:?}"
    );
}

#[test]
fn aid_naming_no_other_party_stays_in_its_own_country() {
    // AID takes no `domestic` target, but with no other party named the aid
    // goes to the source's own country (the `own` way, last).
    let mut d = doc(
        "Kenyan police arrested protesters in Nairobi.\n\
         The government delivered food aid on Tuesday.",
        &[
            ("Kenyan police", O, "KENCOP"),
            ("protesters", O, "KENOPP"),
            ("The government", O, "KENGOV"),
        ],
        "en",
    );
    let got = run(&mut d, false);
    assert!(got.iter().any(|g| g.starts_with("AID")), "{got:?}");
    assert!(
        got.iter()
            .filter(|g| g.starts_with("AID"))
            .all(|g| g.starts_with("AID KENGOV->KEN~own ")),
        "{got:?}"
    );
}
