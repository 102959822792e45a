//! The `home` counterpart way and English place targets (issue #6): a home
//! agent's act with no target named takes its own country even when a
//! foreign party stands in the sentence; an attack on an object at a named
//! place takes the place's country. Sentences written for these tests;
//! entities are filled in by the test, as the entity stage would.

mod common;

use common::{L, O};

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut warta_core::Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn police_arresting_suspects_among_them_foreigners_act_on_their_own_country() {
    let mut d = common::doc(
        "Polda Jawa Timur menangkap 12 orang di Surabaya, termasuk tiga warga negara Vietnam.",
        "id",
        "2025-09-09",
        &[
            ("Polda Jawa Timur", O, "IDNCOP"),
            ("Surabaya", L, "IDN"),
            ("Vietnam", L, "VNM"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("COERCE IDNCOP->IDN")),
        "{got:?}"
    );
}

#[test]
fn a_foreign_object_in_the_clause_stays_the_target() {
    // The clause names whom the police detained: no home fill.
    let mut d = common::doc(
        "Polisi Malaysia menahan dua nelayan Indonesia di perairan Johor.",
        "id",
        "2025-09-09",
        &[
            ("Polisi Malaysia", O, "MYSCOP"),
            ("nelayan Indonesia", O, "IDNCVL"),
            ("Johor", L, "MYS"),
        ],
    );
    let got = run(&mut d);
    assert!(got.iter().all(|e| !e.contains("->MYS ")), "{got:?}");
    assert!(
        got.iter().any(|e| e.starts_with("COERCE MYSCOP->IDN")),
        "{got:?}"
    );
}

#[test]
fn an_attack_on_a_base_in_a_named_country_targets_that_country() {
    let mut d = common::doc(
        "Gunmen stormed a hotel in Burkina Faso on Sunday.",
        "en",
        "2025-09-09",
        &[("Gunmen", O, "BFAREB"), ("Burkina Faso", L, "BFA")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("ASSAULT BFAREB->BFA")),
        "{got:?}"
    );
    // A place outside the object phrase (after the clause's comma) is no
    // place of the object: nothing to attack named, no event.
    let mut d = common::doc(
        "Gunmen stormed a hotel on Sunday, police in Burkina Faso said.",
        "en",
        "2025-09-09",
        &[("Gunmen", O, "BFAREB"), ("Burkina Faso", L, "BFA")],
    );
    let got = run(&mut d);
    assert!(got.iter().all(|e| !e.starts_with("ASSAULT")), "{got:?}");
}

#[test]
fn calling_off_a_stoppage_is_a_concession() {
    let mut d = common::doc(
        "Transport unions in Arequipa called off their stoppage on Tuesday.",
        "en",
        "2025-09-09",
        &[("Transport unions", O, "PERLAB"), ("Arequipa", L, "PER")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("CONCEDE PERLAB")),
        "{got:?}"
    );
    assert!(got.iter().all(|e| !e.starts_with("SANCTION")), "{got:?}");
}
