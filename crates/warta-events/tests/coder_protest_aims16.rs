//! The Indonesian coder on protests and their aims (issue #6, session 13):
//! the verb right after a protest (`berunjuk rasa ... menolak kenaikan harga
//! BBM`) says what the protest is against; it is the protest's content, not
//! a second event. Sentences are our own; entities are placed by the test,
//! as the entity stage would.

mod common;

use common::{O, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-10-29", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn the_aim_of_a_protest_is_no_event_of_its_own() {
    let mut d = doc(
        "Ribuan anggota Aliansi Mahasiswa Bandung berunjuk rasa di depan gedung DPRD Jawa Barat menolak kenaikan harga bahan bakar minyak bersubsidi.\nSerikat Buruh Cikarang menggelar aksi mogok di kawasan industri Jababeka memprotes rencana pemutusan hubungan kerja.",
        &[
            ("Aliansi Mahasiswa Bandung", O, "IDNEDU"),
            ("Serikat Buruh Cikarang", O, "IDNLAB"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "PROTEST IDNEDU"), "{got:?}");
    assert!(has(&got, "PROTEST IDNLAB"), "{got:?}");
    assert!(!has(&got, "REJECT"), "{got:?}");
    assert!(!has(&got, "ACCUSE"), "{got:?}");
}

#[test]
fn a_rejection_in_the_next_clause_is_still_coded() {
    // After the comma a new clause with its own subject begins: the
    // ministry's rejection is an event, not the protesters' aim.
    let mut d = doc(
        "Serikat Buruh Cikarang berunjuk rasa di depan kantor bupati, dan Kementerian Ketenagakerjaan menolak tuntutan mereka.",
        &[
            ("Serikat Buruh Cikarang", O, "IDNLAB"),
            ("Kementerian Ketenagakerjaan", O, "IDNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "PROTEST IDNLAB"), "{got:?}");
    assert!(has(&got, "REJECT IDNGOV"), "{got:?}");
}
