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

#[test]
fn a_source_withholding_his_name_refuses_nothing() {
    let mut d = doc(
        "Mesir belum memutuskan pengiriman pasukan, kata seorang diplomat Mesir yang enggan disebut namanya.\nSeorang perwira TNI yang menolak disebutkan namanya mengatakan pasukan tambahan sudah tiba.\nPolisi menolak tuduhan Komnas HAM.",
        "id",
        &[
            ("diplomat Mesir", P, "EGYGOV"),
            ("perwira TNI", P, "IDNMIL"),
            ("Polisi", O, "IDNCOP"),
            ("Komnas HAM", O, "IDNNGO"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT EGYGOV"), "{got:?}");
    assert!(!has(&got, "REJECT IDNMIL"), "{got:?}");
    assert!(has(&got, "REJECT IDNCOP"), "{got:?}");

    let mut d = doc(
        "A senior Egyptian official, who declined to be named, said Cairo had not decided.\nAn Indian army officer who refused to be identified said the troops had left.\nThe Indian army refused to withdraw from the ridge.",
        "en",
        &[
            ("Egyptian official", P, "EGYGOV"),
            ("Indian army officer", P, "INDMIL"),
            ("Indian army", O, "INDMIL"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT EGYGOV"), "{got:?}");
    assert!(
        got.iter()
            .filter(|g| g.starts_with("REJECT INDMIL"))
            .count()
            == 1,
        "{got:?}"
    );
}

#[test]
fn a_sanction_stated_on_a_condition_is_a_threat_to_the_condition_subject() {
    let mut d = doc(
        "China akan kembali menghentikan impor makanan laut dari Jepang jika Tokyo tidak mencabut pernyataan itu.\nUni Eropa akan menjatuhkan sanksi baru terhadap Rusia pekan depan.",
        "id",
        &[
            ("China", L, "CHN"),
            ("Jepang", L, "JPN"),
            ("Tokyo", L, "JPN"),
            ("Uni Eropa", O, "IGO"),
            ("Rusia", L, "RUS"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN CHN->JPN"), "{got:?}");
    assert!(!has(&got, "SANCTION CHN"), "{got:?}");
    // Planned without a condition: still a sanction.
    assert!(has(&got, "SANCTION IGO->RUS"), "{got:?}");

    let mut d = doc(
        "Cairo could also suspend its participation in regional water bodies if Ethiopia went ahead with the dam.\nColombia suspended talks with the ELN after the attack.",
        "en",
        &[
            ("Cairo", L, "EGY"),
            ("Ethiopia", L, "ETH"),
            ("Colombia", L, "COL"),
            ("ELN", O, "COLREB"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN EGY->ETH"), "{got:?}");
    assert!(has(&got, "SANCTION COL->COLREB"), "{got:?}");
}

#[test]
fn deals_struck_and_bomb_squads_are_no_attacks_and_a_repelled_attack_no_retreat() {
    let mut d = doc(
        "Vietnam and Malaysia struck similar deals with Washington last year.\nPolice have stationed bomb disposal squads at major churches in Jakarta.\nIsraeli jets struck Hezbollah positions in southern Lebanon with guided bombs.",
        "en",
        &[
            ("Vietnam", L, "VNM"),
            ("Malaysia", L, "MYS"),
            ("Washington", L, "USA"),
            ("Police", O, "IDNCOP"),
            ("Jakarta", L, "IDN"),
            ("Israeli jets", O, "ISRMIL"),
            ("Hezbollah", O, "LBNREB"),
            ("Lebanon", L, "LBN"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "ASSAULT VNM"), "{got:?}");
    assert!(!has(&got, "ASSAULT MYS"), "{got:?}");
    assert!(!has(&got, "ASSAULT IDNCOP"), "{got:?}");
    assert!(has(&got, "ASSAULT ISRMIL->LBNREB"), "{got:?}");

    let mut d = doc(
        "Tentara Nigeria memukul mundur serangan milisi ISWAP di Borno.\nPasukan Ukraina mundur dari Avdiivka.",
        "id",
        &[
            ("Tentara Nigeria", O, "NGAMIL"),
            ("ISWAP", O, "IMGREB"),
            ("Borno", L, "NGA"),
            ("Pasukan Ukraina", O, "UKRMIL"),
            ("Avdiivka", L, "UKR"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "RETREAT NGAMIL"), "{got:?}");
    assert!(has(&got, "RETREAT UKRMIL"), "{got:?}");
}

#[test]
fn no_talks_held_are_negated_and_talks_held_still_coded() {
    let mut d = doc(
        "Egypt and Ethiopia have held no formal talks on the Nile since December 2023.\nEgypt and Ethiopia held talks on the Nile in Cairo on Monday.",
        "en",
        &[
            ("Egypt", L, "EGY"),
            ("Ethiopia", L, "ETH"),
            ("Cairo", L, "EGY"),
        ],
    );
    let got = run(&mut d);
    let consult: Vec<&String> = got.iter().filter(|g| g.starts_with("CONSULT")).collect();
    assert!(consult.iter().any(|g| g.contains("negation")), "{got:?}");
    assert!(consult.iter().any(|g| !g.contains("negation")), "{got:?}");
}
