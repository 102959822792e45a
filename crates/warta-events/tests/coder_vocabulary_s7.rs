//! Indonesian wire vocabulary of session 7 (issue #6, idv7): calling an act
//! a violation or a claim a lie, coordination, fines, troops and armour sent
//! with a number in between, border crossings closed, water cannon, troops
//! brought home, pledges as future, and date ranges that are no match score.
//! Sentences written for these tests in wire style. Entities are filled in
//! by the test, as the entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-11-27", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn calling_an_act_a_violation_is_accuse_and_a_claim_a_lie_is_reject() {
    let mut d = doc(
        "Malaysia menyebut tindakan Indonesia itu melanggar perjanjian bilateral.",
        &[("Malaysia", L, "MYS"), ("Indonesia", L, "IDN")],
    );
    assert!(has(&run(&mut d), "ACCUSE MYS->IDN"), "{:?}", d.events);
    let mut d = doc(
        "Iran menyebut tuduhan Amerika Serikat itu sebagai kebohongan.",
        &[("Iran", L, "IRN"), ("Amerika Serikat", L, "USA")],
    );
    assert!(has(&run(&mut d), "REJECT IRN->USA"), "{:?}", d.events);
    let mut d = doc(
        "Serbia menganggap pernyataan Uni Eropa itu sebagai campur tangan dalam urusan dalam negerinya.",
        &[("Serbia", L, "SRB"), ("Uni Eropa", O, "IGO")],
    );
    assert!(has(&run(&mut d), "REJECT SRB->IGO"), "{:?}", d.events);
}

#[test]
fn coordination_is_cooperation_and_a_pledge_when_future() {
    let mut d = doc(
        "Polri berkoordinasi dengan Kepolisian Malaysia untuk memburu buronan itu.",
        &[("Polri", O, "IDNCOP"), ("Kepolisian Malaysia", O, "MYSCOP")],
    );
    assert!(
        has(&run(&mut d), "COOPERATE IDNCOP->MYSCOP"),
        "{:?}",
        d.events
    );
    let mut d = doc(
        "Indonesia akan berkoordinasi dengan Malaysia untuk menangani kabut asap.",
        &[("Indonesia", L, "IDN"), ("Malaysia", L, "MYS")],
    );
    assert!(has(&run(&mut d), "AGREE IDN->MYS"), "{:?}", d.events);
}

#[test]
fn troops_and_armour_sent_with_words_in_between_are_mobilize() {
    let mut d = doc(
        "Brasil mengirim tambahan kendaraan lapis baja ke perbatasan dengan Venezuela.",
        &[("Brasil", L, "BRA"), ("Venezuela", L, "VEN")],
    );
    assert!(has(&run(&mut d), "MOBILIZE BRA->"), "{:?}", d.events);
    let mut d = doc(
        "Inggris mengirim 500 tentara ke Estonia.",
        &[("Inggris", L, "GBR"), ("Estonia", L, "EST")],
    );
    assert!(has(&run(&mut d), "MOBILIZE GBR->"), "{:?}", d.events);
    // Peacekeepers are still aid, with a number in between too.
    let mut d = doc(
        "Indonesia mengirim 1.000 pasukan perdamaian ke Lebanon.",
        &[("Indonesia", L, "IDN"), ("Lebanon", L, "LBN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "AID IDN->LBN"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("MOBILIZE")), "{got:?}");
}

#[test]
fn crossings_closed_fines_water_cannon_and_troops_home() {
    let mut d = doc(
        "Pakistan menutup penyeberangan perbatasan Torkham dengan Afghanistan.",
        &[("Pakistan", L, "PAK"), ("Afghanistan", L, "AFG")],
    );
    assert!(has(&run(&mut d), "COERCE PAK->AFG"), "{:?}", d.events);
    let mut d = doc(
        "Otoritas Jasa Keuangan menjatuhkan denda kepada PT Maju Sejahtera.",
        &[
            ("Otoritas Jasa Keuangan", O, "IDNGOV"),
            ("PT Maju Sejahtera", O, "IDNBUS"),
        ],
    );
    assert!(
        has(&run(&mut d), "SANCTION IDNGOV->IDNBUS"),
        "{:?}",
        d.events
    );
    let mut d = doc(
        "Kapal penjaga pantai China menyemprotkan meriam air ke kapal Filipina.",
        &[("China", L, "CHN"), ("Filipina", L, "PHL")],
    );
    assert!(has(&run(&mut d), "ASSAULT CHN->PHL"), "{:?}", d.events);
    let mut d = doc(
        "Amerika Serikat memulangkan ratusan tentaranya dari Irak.",
        &[("Amerika Serikat", L, "USA"), ("Irak", L, "IRQ")],
    );
    assert!(has(&run(&mut d), "RETREAT USA->IRQ"), "{:?}", d.events);
}

#[test]
fn a_pledge_to_help_is_agree_not_aid() {
    let mut d = doc(
        "Amerika Serikat berjanji membantu Indonesia memodernisasi armada angkatan lautnya.",
        &[("Amerika Serikat", L, "USA"), ("Indonesia", L, "IDN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "AGREE USA->IDN"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("AID")), "{got:?}");
}

#[test]
fn a_date_range_is_no_match_score() {
    // `8-10 Desember` is a range of dates: the sentence is coded.
    let mut d = doc(
        "Rusia menyerang Ukraina pada 8-10 Desember.",
        &[("Rusia", L, "RUS"), ("Ukraina", L, "UKR")],
    );
    assert!(has(&run(&mut d), "ASSAULT RUS->UKR"), "{:?}", d.events);
    // `2-1` before a preposition is still a match score.
    let mut d = doc(
        "Indonesia menaklukkan Vietnam 2-1 di Hanoi.",
        &[("Indonesia", L, "IDN"), ("Vietnam", L, "VNM")],
    );
    assert!(run(&mut d).is_empty(), "{:?}", d.events);
}
