//! Vocabulary of session 10 (vocab13): phrasings a wire reader expects that
//! had no trigger of the right type, and counts between a verb and its object
//! noun (`menutup dua pos lintas batas`, `closed all crossings`). Sentences
//! written for these tests in wire style; none comes from an eval set.
//! Entities are placed by the test, as the entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn doc(lang: &str, text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, lang, "2026-11-28", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_count_before_the_object_noun_keeps_the_pattern() {
    let mut d = doc(
        "id",
        "Thailand menutup dua pos lintas batas dengan Kamboja pada Senin.",
        &[("Thailand", L, "THA"), ("Kamboja", L, "KHM")],
    );
    assert!(has(&run(&mut d), "COERCE THA->KHM"), "{:?}", d.events);
    let mut d = doc(
        "id",
        "Polandia menutup seluruh pos lintas batas dengan Belarus.",
        &[("Polandia", L, "POL"), ("Belarus", L, "BLR")],
    );
    assert!(has(&run(&mut d), "COERCE POL->BLR"), "{:?}", d.events);
    let mut d = doc(
        "en",
        "Finland closed all crossings with Russia on Thursday.",
        &[("Finland", L, "FIN"), ("Russia", L, "RUS")],
    );
    assert!(has(&run(&mut d), "COERCE FIN->RUS"), "{:?}", d.events);
    // A year is no count: `in March 2025 on` is no `march on`.
    let mut d = doc(
        "en",
        "Turkey's parliament passed the law in March 2025 on a party-line vote.",
        &[("Turkey", L, "TUR")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("PROTEST")), "{got:?}");
}

#[test]
fn hardware_placed_and_patrols_added_are_mobilization() {
    let mut d = doc(
        "id",
        "Rusia menempatkan rudal Iskander di Kaliningrad, dekat perbatasan Lituania.",
        &[("Rusia", L, "RUS"), ("Lituania", L, "LTU")],
    );
    assert!(has(&run(&mut d), "MOBILIZE RUS->"), "{:?}", d.events);
    let mut d = doc(
        "id",
        "Vietnam meningkatkan patroli di sekitar Kepulauan Spratly.",
        &[("Vietnam", L, "VNM")],
    );
    assert!(has(&run(&mut d), "MOBILIZE VNM->"), "{:?}", d.events);
    let mut d = doc(
        "en",
        "Lithuania will send another 3,000 soldiers to the border with Belarus.",
        &[("Lithuania", L, "LTU"), ("Belarus", L, "BLR")],
    );
    assert!(has(&run(&mut d), "MOBILIZE LTU->"), "{:?}", d.events);
    let mut d = doc(
        "en",
        "Japan's navy staged a missile defence drill off Okinawa on Sunday.",
        &[("Japan", L, "JPN")],
    );
    assert!(has(&run(&mut d), "MOBILIZE JPN->"), "{:?}", d.events);
}

#[test]
fn posts_vacated_and_patrols_scaled_down_are_retreats() {
    let mut d = doc(
        "id",
        "Tentara China mengosongkan pos-pos sementara di perbatasan dengan India.",
        &[("Tentara China", O, "CHNMIL"), ("India", L, "IND")],
    );
    assert!(has(&run(&mut d), "RETREAT CHNMIL->"), "{:?}", d.events);
    let mut d = doc(
        "en",
        "The Indian army scaled down patrols along the border with China.",
        &[("Indian army", O, "INDMIL"), ("China", L, "CHN")],
    );
    assert!(has(&run(&mut d), "RETREAT INDMIL->"), "{:?}", d.events);
}

#[test]
fn intelligence_swaps_and_airlifted_aid() {
    let mut d = doc(
        "id",
        "Indonesia dan Filipina bertukar data intelijen tentang kelompok Abu Sayyaf.",
        &[("Indonesia", L, "IDN"), ("Filipina", L, "PHL")],
    );
    assert!(has(&run(&mut d), "COOPERATE IDN->PHL"), "{:?}", d.events);
    let mut d = doc(
        "id",
        "Qatar menerbangkan bantuan medis ke Sudan pada Rabu.",
        &[("Qatar", L, "QAT"), ("Sudan", L, "SDN")],
    );
    assert!(has(&run(&mut d), "AID QAT->SDN"), "{:?}", d.events);
}

#[test]
fn frozen_accounts_ousted_mayors_and_vessels_driven_away_are_coercion() {
    let mut d = doc(
        "en",
        "Spanish prosecutors froze 40 bank accounts of a Colombian cartel.",
        &[
            ("Spanish prosecutors", O, "ESPJUD"),
            ("Colombian", L, "COL"),
        ],
    );
    assert!(has(&run(&mut d), "COERCE ESPJUD->"), "{:?}", d.events);
    let mut d = doc(
        "en",
        "The China Coast Guard drove away two Vietnamese fishing boats near the Paracels.",
        &[("China Coast Guard", O, "CHNMIL"), ("Vietnamese", L, "VNM")],
    );
    assert!(has(&run(&mut d), "COERCE CHNMIL->VNM"), "{:?}", d.events);
}

#[test]
fn occupations_by_students_are_protests_and_a_rallying_market_is_no_mobilization() {
    let mut d = doc(
        "en",
        "Chilean students occupied several schools in Santiago.",
        &[("Chilean students", O, "CHLEDU")],
    );
    assert!(has(&run(&mut d), "PROTEST CHLEDU->"), "{:?}", d.events);
    let mut d = doc(
        "en",
        "Kenyan teachers stayed away from classrooms on Monday.",
        &[("Kenyan teachers", O, "KENEDU")],
    );
    assert!(has(&run(&mut d), "PROTEST KENEDU->"), "{:?}", d.events);
    // `rally` alone (CAMEO's 150) is no mobilization: a market rallying is no event.
    let mut d = doc(
        "en",
        "Japan's Nikkei rallied on Monday after the central bank decision.",
        &[("Japan", L, "JPN")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("MOBILIZE")), "{got:?}");
}
