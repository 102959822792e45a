//! The Indonesian coder on targets (issue #6, session 6, dev set 4): objects
//! that are no actor, content clauses of threats, places named with the
//! object. Sentences are our own; entities are placed by the test, as the
//! entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-03-10", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_pronoun_opening_a_threat_content_is_the_threatener_not_the_target() {
    // `pihaknya` would resolve to the last organisation or place named
    // (Doha); in a threat's content it is the speaker, and the condition
    // names the target.
    let mut d = doc(
        "Israel mengkritik pertemuan di Doha dan memperingatkan bahwa pihaknya akan menyerang lagi jika Hizbullah memindahkan roket ke selatan.",
        &[
            ("Israel", L, "ISR"),
            ("Doha", L, "QAT"),
            ("Hizbullah", O, "LBNREB"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN ISR->LBNREB"), "{got:?}");
    assert!(!has(&got, "THREATEN ISR->QAT"), "{got:?}");
}

#[test]
fn an_attack_on_a_ship_takes_the_flag_country_of_its_clause() {
    // The ship is no actor; the country named with it is the counterpart.
    let mut d = doc(
        "Milisi Al-Shabaab menyerang sebuah kapal nelayan berbendera Kenya di lepas pantai Kismayo pada Kamis.",
        &[("Al-Shabaab", O, "SOMREB"), ("Kenya", L, "KEN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT SOMREB->KEN"), "{got:?}");
}
