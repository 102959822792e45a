//! False events on unseen news (issue #6, session 10, prec11): words that
//! hold a trigger but report no act (idioms, nouns, figures of speech) and
//! planned acts that are no threats, each with sentences that must still be
//! coded. Sentences are our own; entities are placed by the test, as the
//! entity stage would.

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
fn a_planned_withdrawal_is_no_threat_but_a_declared_attack_is() {
    let mut d = doc(
        "Israel akan menarik pasukannya dari Lebanon selatan dalam 60 hari.\nHouthi akan terus menyerang kapal-kapal Israel di Laut Merah.",
        "id",
        &[
            ("Israel", L, "ISR"),
            ("Lebanon", L, "LBN"),
            ("Houthi", O, "YEMREB"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "THREATEN ISR"), "{got:?}");
    assert!(has(&got, "RETREAT ISR"), "{got:?}");
    assert!(has(&got, "THREATEN YEMREB"), "{got:?}");
}

#[test]
fn english_idioms_holding_a_trigger_word_are_no_events() {
    let mut d = doc(
        "Police said the two suspects were shot because they resisted arrest.\nA Thai official, who asked not to be named, said the talks would resume.\nIndonesia and Peru signed a free trade agreement in Lima.\nThe baht rallied against the dollar on Tuesday.",
        "en",
        &[
            ("Police", O, "IDNCOP"),
            ("Thai official", P, "THAGOV"),
            ("Indonesia", L, "IDN"),
            ("Peru", L, "PER"),
            ("Lima", L, "PER"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE"), "{got:?}");
    assert!(!has(&got, "REQUEST THAGOV"), "{got:?}");
    assert!(!has(&got, "RETREAT"), "{got:?}");
    assert!(!has(&got, "ASSAULT"), "{got:?}");
    assert!(!has(&got, "PROTEST"), "{got:?}");

    // A prisoner exchange is coded (a release), but no war.
    let mut d = doc(
        "Russia and Ukraine exchanged 200 prisoners of war on Friday.",
        "en",
        &[("Russia", L, "RUS"), ("Ukraine", L, "UKR")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "ASSAULT"), "{got:?}");

    // The same words in their event sense are still coded.
    let mut d = doc(
        "Police arrested five students outside the parliament.\nThai officials asked Malaysia to extradite the suspect.\nFarmers rallied against the new import rules in Jakarta.",
        "en",
        &[
            ("Police", O, "IDNCOP"),
            ("Thai officials", P, "THAGOV"),
            ("Malaysia", L, "MYS"),
            ("Farmers", P, "IDNAGR"),
            ("Jakarta", L, "IDN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE IDNCOP"), "{got:?}");
    assert!(has(&got, "REQUEST THAGOV->MYS"), "{got:?}");
    assert!(has(&got, "PROTEST IDNAGR"), "{got:?}");
}

#[test]
fn english_verbs_whose_bare_cameo_reading_is_mostly_wrong_are_not_coded() {
    let mut d = doc(
        "Judges will weigh whether the former president is fit to stand trial.\nHanoi would press Beijing on the treatment of the fishermen.",
        "en",
        &[
            ("Judges", P, "PHLJUD"),
            ("Hanoi", L, "VNM"),
            ("Beijing", L, "CHN"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "CONSULT"), "{got:?}");
    assert!(!has(&got, "ASSAULT"), "{got:?}");
    assert!(!has(&got, "THREATEN"), "{got:?}");
}

#[test]
fn indonesian_idioms_holding_a_trigger_word_are_no_events() {
    let mut d = doc(
        "Polda Metro Jaya mengerahkan 2.000 personel untuk mengamankan jalannya unjuk rasa di depan Gedung DPR.\nAsosiasi Pertekstilan Indonesia menilai kenaikan tarif itu akan memukul industri dalam negeri.\nBupati Sleman keluar dari gedung KPK mengenakan rompi tahanan.\nRusia dan Ukraina bertukar 300 tawanan perang.",
        "id",
        &[
            ("Polda Metro Jaya", O, "IDNCOP"),
            ("Asosiasi Pertekstilan Indonesia", O, "IDNBUS"),
            ("Bupati Sleman", P, "IDNGOV"),
            ("KPK", O, "IDNJUD"),
            ("Rusia", L, "RUS"),
            ("Ukraina", L, "UKR"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE IDNCOP"), "{got:?}");
    assert!(!has(&got, "ASSAULT IDNBUS"), "{got:?}");
    assert!(!has(&got, "THREATEN IDNBUS"), "{got:?}");
    assert!(!has(&got, "RETREAT IDNGOV"), "{got:?}");
    assert!(!has(&got, "ASSAULT RUS"), "{got:?}");

    // The same words in their event sense are still coded.
    let mut d = doc(
        "Polisi mengamankan 20 orang yang diduga melakukan perusakan.\nAparat memukul seorang wartawan saat meliput unjuk rasa.\nBurkina Faso keluar dari ECOWAS pada Januari.",
        "id",
        &[
            ("Polisi", O, "IDNCOP"),
            ("Aparat", O, "IDNCOP"),
            ("wartawan", P, "IDNMED"),
            ("Burkina Faso", L, "BFA"),
            ("ECOWAS", O, "IGO"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE IDNCOP"), "{got:?}");
    assert!(has(&got, "ASSAULT IDNCOP->IDNMED"), "{got:?}");
    assert!(has(&got, "RETREAT BFA"), "{got:?}");
}
