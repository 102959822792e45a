//! The Indonesian coder on subjects separated from their verb by a comma-set
//! insertion (issue #6, session 8: dev set 6 lost events to `X, yang ...,
//! VERB` and `X, <noun phrase>, VERB`). Sentences are our own; entities are
//! placed by the test, as the entity stage would.

mod common;

use common::{L, O, P, has};

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
fn a_long_relative_clause_between_subject_and_verb_is_skipped() {
    let mut d = doc(
        "Menteri Luar Negeri Jepang Takeshi Iwaya, yang sehari sebelumnya bertemu dengan mitranya dari Korea Selatan di Seoul untuk membahas pasokan energi kawasan, meminta China menghentikan latihan militer di sekitar Taiwan.",
        &[
            ("Takeshi Iwaya", P, "JPNGOV"),
            ("Korea Selatan", L, "KOR"),
            ("Seoul", L, "KOR"),
            ("China", L, "CHN"),
            ("Taiwan", L, "TWN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST JPNGOV->CHN"), "{got:?}");
}

#[test]
fn a_relative_clause_holding_an_acronym_in_brackets_is_skipped() {
    let mut d = doc(
        "Mesir, yang bersengketa dengan Sudan soal pembagian air Sungai Nil (PAN), menegaskan dukungannya terhadap kedaulatan Somalia.",
        &[
            ("Mesir", L, "EGY"),
            ("Sudan", L, "SDN"),
            ("Somalia", L, "SOM"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT EGY->SOM"), "{got:?}");
}

#[test]
fn a_verbless_appositive_noun_phrase_is_skipped() {
    let mut d = doc(
        "Australia, sekutu dekat Washington di Pasifik, juga mengecam penangkapan para nelayan itu oleh China.\nPara petani, sebagian besar pemilik lahan kecil, menuntut pemerintah menurunkan harga pupuk.\nKenya dan Tanzania, dua negara tetangga Uganda, dijadwalkan bertemu dengan pejabat Uganda di Kampala.",
        &[
            ("Australia", L, "AUS"),
            ("Washington", L, "USA"),
            ("China", L, "CHN"),
            ("Para petani", O, "IDNAGR"),
            ("pemerintah", O, "IDNGOV"),
            ("Kenya", L, "KEN"),
            ("Tanzania", L, "TZA"),
            ("Uganda", L, "UGA"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE AUS"), "{got:?}");
    assert!(has(&got, "REQUEST IDNAGR->IDNGOV"), "{got:?}");
    // A scheduled meeting is coded as an agreement to meet.
    assert!(has(&got, "AGREE KEN->UGA"), "{got:?}");
}

#[test]
fn a_dateline_insert_with_a_bracketed_date_is_skipped() {
    let mut d = doc(
        "Tokyo (ANTARA) - Pemerintah Jepang, Jumat (14/3), menjatuhkan sanksi terhadap Korea Utara atas uji coba rudal terbarunya.",
        &[
            ("ANTARA", O, "IDNMED"),
            ("Pemerintah Jepang", O, "JPNGOV"),
            ("Korea Utara", L, "PRK"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "SANCTION JPNGOV->PRK"), "{got:?}");
}

#[test]
fn an_object_before_a_relative_clause_is_no_subject() {
    // Budi is the object of the arrest; the second verb belongs to the police.
    let mut d = doc(
        "Polisi menangkap Budi Santoso, yang diduga memasok senjata kepada kelompok itu, dan menyita dua pucuk pistol.\nWarga melaporkan kejadian itu kepada Budi Santoso, yang kemudian menghubungi polisi, lalu menyerang pos jaga.",
        &[("Polisi", O, "IDNCOP"), ("Budi Santoso", P, "IDNCVL")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE IDNCVL"), "{got:?}");
    assert!(!has(&got, "ASSAULT IDNCVL"), "{got:?}");
}

#[test]
fn a_place_in_a_list_of_places_is_no_subject() {
    // `Jakarta` ends a chain of places; the insert is a date, and the verb's
    // subject is the crowd named before the places.
    let mut d = doc(
        "Ribuan buruh berunjuk rasa di depan Gedung DPR, Senayan, Jakarta, Rabu (12/3), menolak revisi undang-undang itu.",
        &[("Gedung DPR", O, "IDNLEG"), ("Jakarta", L, "IDN")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT IDN->"), "{got:?}");
    assert!(!has(&got, "REJECT IDNGOV"), "{got:?}");
}

#[test]
fn a_clause_inside_an_appositive_stops_the_skip() {
    // The stretch between the commas holds a verb of its own: it is no noun
    // phrase, and its actor is not the subject of the verb after it.
    let mut d = doc(
        "Filipina, Vietnam menolak klaim itu, menuduh China melanggar hukum laut.",
        &[
            ("Filipina", L, "PHL"),
            ("Vietnam", L, "VNM"),
            ("China", L, "CHN"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "ACCUSE PHL"), "{got:?}");
}
