//! Indonesian sources found across sequential connectives and `yang`
//! phrases that open no clause (session 12, idsrc15). Sentences written for
//! these tests; entities are filled in by the test, as the entity stage would.

mod common;

use common::{L, O};

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut warta_core::Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_verb_after_comma_lalu_shares_the_first_verbs_subject() {
    let mut d = common::doc(
        "Kejaksaan Agung menyelesaikan pemeriksaan saksi pada Senin, lalu langsung menahan Direktur Utama PT Sinar Abadi.",
        "id",
        "2025-09-09",
        &[
            ("Kejaksaan Agung", O, "IDNJUD"),
            ("Direktur Utama PT Sinar Abadi", O, "IDNBUS"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("COERCE IDNJUD->IDNBUS")),
        "{got:?}"
    );
}

#[test]
fn dan_kemudian_joins_two_verbs_of_one_subject() {
    let mut d = common::doc(
        "Polda Jawa Timur menggerebek gudang milik PT Sinar Abadi di Sidoarjo dan kemudian menangkap tiga pengedar narkoba.",
        "id",
        "2025-09-09",
        &[
            ("Polda Jawa Timur", O, "IDNCOP"),
            ("PT Sinar Abadi", O, "IDNBUS"),
            ("Sidoarjo", L, "IDN"),
            ("pengedar narkoba", O, "IDNCRM"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("COERCE IDNCOP->IDNCRM")),
        "{got:?}"
    );
    // The company whose warehouse was raided arrests no one.
    assert!(got.iter().all(|e| !e.contains("IDNBUS->IDNCRM")), "{got:?}");
}

#[test]
fn lalu_without_comma_is_no_coordinator() {
    // `pekan lalu` is a time phrase: the verb keeps its own subject.
    let mut d = common::doc(
        "Israel menyerang Rafah pekan lalu, sementara Hamas pada Senin lalu menembakkan roket ke Ashkelon.",
        "id",
        "2025-09-09",
        &[
            ("Israel", L, "ISR"),
            ("Rafah", L, "PSE"),
            ("Hamas", O, "PSEREB"),
            ("Ashkelon", L, "ISR"),
        ],
    );
    let got = run(&mut d);
    assert!(got.iter().all(|e| !e.contains("ISR->ISR")), "{got:?}");
}

#[test]
fn pada_hari_yang_sama_opens_no_relative_clause() {
    let mut d = common::doc(
        "Bareskrim Polri pada hari yang sama menangkap dua perekrut di Medan.",
        "id",
        "2025-09-09",
        &[
            ("Bareskrim Polri", O, "IDNCOP"),
            ("perekrut", O, "IDNCRM"),
            ("Medan", L, "IDN"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("COERCE IDNCOP->IDNCRM")),
        "{got:?}"
    );
}

#[test]
fn a_real_relative_clause_still_hides_its_verb_from_the_subject() {
    // `yang menyerang` is a relative clause on the militants: the police
    // arrest, the militants are no subject of `menangkap`.
    let mut d = common::doc(
        "Polisi menangkap militan yang menyerang pos keamanan di Poso.",
        "id",
        "2025-09-09",
        &[
            ("Polisi", O, "IDNCOP"),
            ("militan", O, "IDNREB"),
            ("Poso", L, "IDN"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("COERCE IDNCOP->IDNREB")),
        "{got:?}"
    );
}
