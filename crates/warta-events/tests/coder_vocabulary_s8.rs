//! Indonesian news verbs of session 8 (issue #6, lexid8): rows for verbs that
//! are frequent in news (checked with `scripts/id_verb_coverage.py` against
//! the kumparan corpus) but had no dictionary head. Sentences written for
//! these tests in wire style; none comes from an eval set. Entities are
//! filled in by the test, as the entity stage would.

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
fn face_to_face_meetings_and_courtesy_calls_are_consult() {
    let mut d = doc(
        "Menteri Luar Negeri Vietnam bertatap muka dengan Menteri Luar Negeri Thailand di Hanoi.",
        &[("Vietnam", L, "VNM"), ("Thailand", L, "THA")],
    );
    assert!(has(&run(&mut d), "CONSULT VNM->THA"), "{:?}", d.events);
    let mut d = doc(
        "Duta Besar Mesir bersilaturahmi dengan Ketua DPR di Senayan.",
        &[("Mesir", L, "EGY"), ("DPR", O, "IDNLEG")],
    );
    assert!(has(&run(&mut d), "CONSULT EGY->IDNLEG"), "{:?}", d.events);
    let mut d = doc(
        "Perdana Menteri Jepang bertelepon dengan Presiden Korea Selatan pada Selasa pagi.",
        &[("Jepang", L, "JPN"), ("Korea Selatan", L, "KOR")],
    );
    assert!(has(&run(&mut d), "CONSULT JPN->KOR"), "{:?}", d.events);
}

#[test]
fn relief_flown_handed_out_or_donated_is_aid() {
    let mut d = doc(
        "Selandia Baru menerbangkan bantuan darurat ke Tonga pada Kamis.",
        &[("Selandia Baru", L, "NZL"), ("Tonga", L, "TON")],
    );
    assert!(has(&run(&mut d), "AID NZL->TON"), "{:?}", d.events);
    let mut d = doc(
        "Korea Selatan mendonasikan dua juta dolar kepada Filipina untuk korban topan.",
        &[("Korea Selatan", L, "KOR"), ("Filipina", L, "PHL")],
    );
    assert!(has(&run(&mut d), "AID KOR->PHL"), "{:?}", d.events);
    // Training another country's troops is military aid to that country.
    let mut d = doc(
        "Australia melatih pasukan Timor Leste di Darwin.",
        &[("Australia", L, "AUS"), ("Timor Leste", L, "TLS")],
    );
    assert!(has(&run(&mut d), "AID AUS->TLS"), "{:?}", d.events);
}

#[test]
fn sanctions_called_off_are_concede_not_reject() {
    let mut d = doc(
        "Kanada membatalkan sanksi terhadap maskapai Iran itu.",
        &[("Kanada", L, "CAN"), ("Iran", L, "IRN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONCEDE CAN->IRN"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("REJECT")), "{got:?}");
}

#[test]
fn annexation_raids_and_ships_driven_off_are_coerce() {
    let mut d = doc(
        "Armenia menuduh Azerbaijan hendak mencaplok wilayah selatannya.",
        &[("Armenia", L, "ARM"), ("Azerbaijan", L, "AZE")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE ARM->AZE"), "{got:?}");
    let mut d = doc(
        "Rusia mencaplok empat wilayah Ukraina pada 2022.",
        &[("Rusia", L, "RUS"), ("Ukraina", L, "UKR")],
    );
    assert!(has(&run(&mut d), "COERCE RUS->UKR"), "{:?}", d.events);
    let mut d = doc(
        "TNI AL menghalau kapal ikan Vietnam dari perairan Natuna.",
        &[("TNI AL", O, "IDNMIL"), ("Vietnam", L, "VNM")],
    );
    assert!(has(&run(&mut d), "COERCE IDNMIL->VNM"), "{:?}", d.events);
}

#[test]
fn jibes_complaints_and_denials() {
    let mut d = doc(
        "Juru bicara Kremlin mencibir sanksi baru Uni Eropa.",
        &[("Kremlin", O, "RUSGOV"), ("Uni Eropa", O, "IGO")],
    );
    assert!(has(&run(&mut d), "ACCUSE RUSGOV->IGO"), "{:?}", d.events);
    let mut d = doc(
        "Kementerian Luar Negeri Korea Utara menyanggah tuduhan Jepang.",
        &[("Korea Utara", L, "PRK"), ("Jepang", L, "JPN")],
    );
    assert!(has(&run(&mut d), "REJECT PRK->JPN"), "{:?}", d.events);
}

#[test]
fn wounding_and_intimidation() {
    let mut d = doc(
        "Tembakan tentara Israel melukai tiga warga Palestina di Nablus.",
        &[("Israel", L, "ISR"), ("Palestina", L, "PSE")],
    );
    assert!(has(&run(&mut d), "ASSAULT ISR->PSE"), "{:?}", d.events);
    let mut d = doc(
        "Kapal milisi maritim China mengintimidasi kapal pemasok Filipina.",
        &[("China", L, "CHN"), ("Filipina", L, "PHL")],
    );
    assert!(has(&run(&mut d), "THREATEN CHN->PHL"), "{:?}", d.events);
}

#[test]
fn an_act_one_will_not_let_happen_is_not_asserted() {
    // `tidak akan membiarkan X V`: X's act is refused, not reported.
    let mut d = doc(
        "Filipina tidak akan membiarkan China menyerang nelayannya.",
        &[("Filipina", L, "PHL"), ("China", L, "CHN")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("ASSAULT")), "{got:?}");
}
