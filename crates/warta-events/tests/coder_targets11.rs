//! Targets of acts about other acts (issue #6): whoever condemns an attack
//! whose victim the clause names but whose attacker it does not condemns
//! the attacker, so neither the victim nor a party guessed from the story
//! is the target; an attacker the clause names stays it. Sentences written
//! for these tests; entities are filled in by the test, as the entity stage
//! would.

mod common;

use common::{L, O};

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut warta_core::Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn the_victim_of_a_condemned_attack_is_not_the_accused() {
    let mut d = common::doc(
        "Pemerintah Indonesia mengecam keras serangan terhadap pos pasukan PBB di Lebanon selatan.",
        "id",
        "2025-09-09",
        &[
            ("Pemerintah Indonesia", O, "IDNGOV"),
            ("PBB", O, "IGOUNO"),
            ("Lebanon", L, "LBN"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter()
            .all(|e| !e.starts_with("ACCUSE IDNGOV->IGO") && !e.starts_with("ACCUSE IDNGOV->IDN")),
        "{got:?}"
    );
    let mut d = common::doc(
        "Malaysia condemned the attack on a Thai fishing boat near the border.",
        "en",
        "2025-09-09",
        &[("Malaysia", L, "MYS"), ("Thai", L, "THA")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().all(|e| !e.starts_with("ACCUSE MYS->THA")),
        "{got:?}"
    );
}

#[test]
fn a_named_attacker_of_a_condemned_attack_is_the_accused() {
    let mut d = common::doc(
        "Turki mengecam serangan udara Rusia terhadap konvoi bantuan PBB di Idlib.",
        "id",
        "2025-09-09",
        &[
            ("Turki", L, "TUR"),
            ("Rusia", L, "RUS"),
            ("PBB", O, "IGOUNO"),
            ("Idlib", L, "SYR"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|e| e.starts_with("ACCUSE TUR->RUS")),
        "{got:?}"
    );
}
