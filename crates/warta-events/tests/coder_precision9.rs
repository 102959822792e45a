//! False events on unseen news (issue #6, session 9, prec9): rules that keep
//! the coder from inventing events or actors, each with sentences that must
//! still be coded. Sentences are our own; entities are placed by the test,
//! as the entity stage would.

mod common;

use common::{L, O, P, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, lang: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, lang, "2026-03-10", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn the_owner_of_an_arrest_noun_is_the_one_arrested_and_the_agent_follows_oleh() {
    let mut d = doc(
        "Pemerintah Filipina memanggil Duta Besar China untuk memprotes penahanan 11 nelayan Filipina oleh Penjaga Pantai China pekan lalu.\nPenculikan dua wartawan Jepang oleh kelompok Abu Sayyaf memicu kecaman.",
        "id",
        &[
            ("Pemerintah Filipina", O, "PHLGOV"),
            ("Duta Besar China", P, "CHNGOV"),
            ("nelayan Filipina", P, "PHLAGR"),
            ("Penjaga Pantai China", O, "CHNMIL"),
            ("wartawan Jepang", P, "JPNMED"),
            ("Abu Sayyaf", O, "PHLREB"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE CHNMIL->PHLAGR"), "{got:?}");
    assert!(has(&got, "ASSAULT PHLREB->JPNMED"), "{got:?}");
    assert!(!has(&got, "COERCE PHLAGR"), "{got:?}");
    assert!(!has(&got, "ASSAULT JPNMED"), "{got:?}");
}

#[test]
fn an_arrest_noun_without_an_agent_is_not_coded_with_its_detainee_as_source() {
    let mut d = doc(
        "Penahanan Gubernur Papua Lukas Enembe disambut ratusan pendukungnya dengan unjuk rasa.\nKeluarga mengecam penangkapan aktivis Haris Azhar.",
        "id",
        &[("Lukas Enembe", P, "IDNGOV"), ("Haris Azhar", P, "IDNCVL")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE IDNGOV"), "{got:?}");
    assert!(!has(&got, "COERCE IDNCVL"), "{got:?}");
}

#[test]
fn an_arrest_with_a_light_verb_keeps_its_subject() {
    let mut d = doc(
        "Polda Metro Jaya melakukan penangkapan terhadap lima tersangka pengedar narkoba asal Nigeria.",
        "id",
        &[("Polda Metro Jaya", O, "IDNCOP"), ("Nigeria", L, "NGA")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE IDNCOP"), "{got:?}");
}
