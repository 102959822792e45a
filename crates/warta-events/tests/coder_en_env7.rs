//! English wire phrasings of every PLOVER type that had no row or the wrong
//! type (session 7, env7): force named by its result (`neutralised`,
//! `pounded positions`), displeasure in adjectives (`dissatisfied with`,
//! `concerned by`), threats by idiom (`would not stand idly by`, `refused to
//! rule out`), build-ups, trade halts, standing with someone, briefing an
//! envoy, and an amount inside a pattern gap. Entities are placed by the
//! test; the sentences are written for warta, not taken from any evaluation
//! set.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2025-06-02", ents)
}

/// `TYPE SRC->TGT CAMEO [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, true)
}

#[test]
fn force_named_by_its_result_is_an_assault() {
    let mut d = doc(
        "Nigeria's army said it had neutralised 40 fighters of the group.",
        &[("Nigeria", L, "NGA")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT NGA->"), "{got:?}");

    let mut d = doc(
        "Turkish jets pounded militant positions in northern Iraq on Sunday.",
        &[("Turkish", L, "TUR"), ("Iraq", L, "IRQ")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT TUR->IRQ"), "{got:?}");

    let mut d = doc(
        "Rebels captured 11 soldiers of the Malian army near Kayes.",
        &[("Rebels", O, "REB"), ("Malian army", O, "MLIMIL")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT REB->MLIMIL"), "{got:?}");
}

#[test]
fn displeasure_and_threats_said_by_idiom() {
    let mut d = doc(
        "Beijing said it was strongly dissatisfied with Japan over the visit.",
        &[("Beijing", L, "CHN"), ("Japan", L, "JPN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE CHN->JPN"), "{got:?}");

    let mut d = doc(
        "Iran said it would not stand idly by if Israel attacked Lebanon.",
        &[
            ("Iran", L, "IRN"),
            ("Israel", L, "ISR"),
            ("Lebanon", L, "LBN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN IRN->"), "{got:?}");

    // Refusing to rule out force threatens it; it rejects nothing.
    let mut d = doc(
        "The president refused to rule out military action against Panama.",
        &[("The president", O, "USAGOV"), ("Panama", L, "PAN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN USAGOV->PAN"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("REJECT")), "{got:?}");
}

#[test]
fn build_ups_trade_halts_and_solidarity() {
    let mut d = doc(
        "Norway will strengthen its military presence in the Arctic.",
        &[("Norway", L, "NOR")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE NOR->"), "{got:?}");

    let mut d = doc(
        "China suspended imports of seafood from Japan on Thursday.",
        &[("China", L, "CHN"), ("Japan", L, "JPN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SANCTION CHN->JPN"), "{got:?}");

    let mut d = doc(
        "Canada stands firmly with Denmark, the foreign minister said.",
        &[("Canada", L, "CAN"), ("Denmark", L, "DNK")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT CAN->DNK"), "{got:?}");

    let mut d = doc(
        "Hanoi briefed the Chinese ambassador on the new fishing rules.",
        &[("Hanoi", L, "VNM"), ("Chinese", L, "CHN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT VNM->CHN"), "{got:?}");
}

#[test]
fn an_amount_counts_as_one_word_in_a_pattern_gap() {
    // `more than 100,000` is five tokens but three words: `mass * troops` matches.
    let mut d = doc(
        "Russia has massed more than 100,000 troops near the border with Ukraine.",
        &[("Russia", L, "RUS"), ("Ukraine", L, "UKR")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE RUS->"), "{got:?}");

    // Five real words still break the pattern.
    let mut d = doc(
        "Russia has massed its old and very tired troops near Ukraine.",
        &[("Russia", L, "RUS"), ("Ukraine", L, "UKR")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "MOBILIZE"), "{got:?}");
}

#[test]
fn labour_strikes_and_met_demands() {
    let mut d = doc(
        "French unions held nationwide strikes against the pension reform.",
        &[("French unions", O, "FRALAB")],
    );
    let got = run(&mut d);
    assert!(has(&got, "PROTEST FRALAB->"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("ASSAULT")), "{got:?}");

    let mut d = doc(
        "The Serbian government met the students' demands on Friday.",
        &[("The Serbian government", O, "SRBGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONCEDE SRBGOV->"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("CONSULT")), "{got:?}");
}

#[test]
fn prepared_and_set_to_mark_intent() {
    let mut d = doc(
        "Oman said it was prepared to host talks between Iran and the United States.",
        &[
            ("Oman", L, "OMN"),
            ("Iran", L, "IRN"),
            ("the United States", L, "USA"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "AGREE OMN->"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("CONSULT")), "{got:?}");
}

#[test]
fn a_quoted_phrase_inside_a_pattern_is_transparent() {
    let mut d = doc(
        "Japan expressed \"deep concern\" over the launch by North Korea.",
        &[("Japan", L, "JPN"), ("North Korea", L, "PRK")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE JPN->"), "{got:?}");

    // A quotation opened before the pattern's last word and closed later is
    // no part of the pattern: `fight * with` does not reach into it.
    let mut d = doc(
        "Egypt said the army would resume fighting \"with full force\" next week.",
        &[("Egypt", L, "EGY")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("THREATEN")), "{got:?}");
}

#[test]
fn handed_over_boats_suspensions_and_reversals() {
    let mut d = doc(
        "Tokyo handed over five patrol boats to Vietnam on Tuesday.",
        &[("Tokyo", L, "JPN"), ("Vietnam", L, "VNM")],
    );
    let got = run(&mut d);
    assert!(has(&got, "AID JPN->VNM"), "{got:?}");

    let mut d = doc(
        "The African Union suspended Gabon from the bloc after the coup.",
        &[("The African Union", O, "IGOAFU"), ("Gabon", L, "GAB")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SANCTION IGOAFU->GAB"), "{got:?}");

    let mut d = doc(
        "The Thai government reversed its decision to raise fuel prices.",
        &[("The Thai government", O, "THAGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONCEDE THAGOV->"), "{got:?}");
}

#[test]
fn missiles_that_slam_into_a_city_attack_it() {
    let mut d = doc(
        "Russian missiles slammed into apartment blocks in Kharkiv overnight.",
        &[("Russian", L, "RUS"), ("Kharkiv", L, "UKR")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT RUS->UKR"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("ACCUSE")), "{got:?}");

    let mut d = doc(
        "Moscow said it would take retaliatory measures against Finland.",
        &[("Moscow", L, "RUS"), ("Finland", L, "FIN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN RUS->FIN"), "{got:?}");
}
