//! English predicate rows for the PLOVER types the sentence bank found weak
//! (MOBILIZE, COOPERATE, PROTEST, CONCEDE, COERCE, AID, CONSULT, and a few
//! of the others): common wire phrasings that had no row. Entities are placed
//! by the test; the sentences are written for warta, not taken from any
//! evaluation set.

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
fn massing_calling_up_and_dispatching_forces_is_mobilization() {
    let mut d = doc(
        "Russia massed tens of thousands of troops along its border with Ukraine.",
        &[("Russia", L, "RUS"), ("Ukraine", L, "UKR")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE RUS->UKR 154"), "{got:?}");

    let mut d = doc(
        "Israel called up 40,000 reservists on Saturday.",
        &[("Israel", L, "ISR")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE ISR->"), "{got:?}");

    let mut d = doc(
        "The Philippine coast guard dispatched three vessels to the atoll.",
        &[("The Philippine coast guard", O, "PHLMIL")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE PHLMIL->"), "{got:?}");

    // The bare verb stays silent: a police station is no deployment.
    let mut d = doc(
        "Japan will station more troops on its southern islands.\n\
         The mayor visited the police station on Friday.",
        &[("Japan", L, "JPN")],
    );
    let got = run(&mut d);
    assert_eq!(
        got.iter().filter(|g| g.starts_with("MOBILIZE")).count(),
        1,
        "{got:?}"
    );
}

#[test]
fn joint_patrols_and_ventures_are_cooperation() {
    let mut d = doc(
        "Malaysia and Thailand carried out a joint patrol in the Strait of Malacca.",
        &[("Malaysia", L, "MYS"), ("Thailand", L, "THA")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COOPERATE MYS->THA 062"), "{got:?}");

    let mut d = doc(
        "Vietnam and Laos formed a joint venture to build a railway.",
        &[("Vietnam", L, "VNM"), ("Laos", L, "LAO")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COOPERATE VNM->LAO 061"), "{got:?}");
}

#[test]
fn withdrawing_a_bill_is_a_concession_and_custody_a_coercion() {
    let mut d = doc(
        "The Kenyan government withdrew the tax bill after days of protests.",
        &[("The Kenyan government", O, "KENGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONCEDE KENGOV->"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("RETREAT")), "{got:?}");

    let mut d = doc(
        "Police took the former governor into custody on Tuesday.",
        &[
            ("Police", O, "IDNCOP"),
            ("the former governor", O, "IDNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE IDNCOP->IDNGOV 173"), "{got:?}");
}

#[test]
fn expelling_diplomats_is_a_sanction_and_defending_an_act_is_support() {
    let mut d = doc(
        "Mali expelled five French diplomats on Monday.",
        &[("Mali", L, "MLI"), ("French diplomats", O, "FRAGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SANCTION MLI->FRAGOV 1662"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("COERCE")), "{got:?}");

    let mut d = doc(
        "China defended Russia's military exercises near the Japanese coast.",
        &[("China", L, "CHN"), ("Russia", L, "RUS")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT CHN->RUS 052"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("AID")), "{got:?}");
}

#[test]
fn slamming_ignoring_and_halting_lending() {
    let mut d = doc(
        "Beijing slammed Canada over the arrests.\n\
         The junta ignored repeated demands from the United Nations.\n\
         The IMF halted lending to Sri Lanka.",
        &[
            ("Beijing", L, "CHN"),
            ("Canada", L, "CAN"),
            ("The junta", O, "MMRMIL"),
            ("the United Nations", O, "IGOUNO"),
            ("The IMF", O, "IGOIMF"),
            ("Sri Lanka", L, "LKA"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE CHN->CAN 111"), "{got:?}");
    assert!(has(&got, "REJECT MMRMIL->"), "{got:?}");
    assert!(has(&got, "SANCTION IGOIMF->LKA 162"), "{got:?}");
}

#[test]
fn video_calls_and_arrivals_for_visits_are_consultations() {
    let mut d = doc(
        "Macron held a video call with Scholz on Sunday.",
        &[("Macron", O, "FRAGOV"), ("Scholz", O, "DEUGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT FRAGOV->DEUGOV 040"), "{got:?}");

    let mut d = doc(
        "The Indian prime minister arrived in Hanoi on Tuesday for a two-day state visit.",
        &[
            ("The Indian prime minister", O, "INDGOV"),
            ("Hanoi", L, "VNM"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT INDGOV->VNM 042"), "{got:?}");
}

#[test]
fn working_with_and_refusing_to_back_down() {
    let mut d = doc(
        "France is working with Germany on a new battle tank.",
        &[("France", L, "FRA"), ("Germany", L, "DEU")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COOPERATE FRA->DEU 060"), "{got:?}");

    // A negated concession is a refusal (the coder turns it into REJECT).
    let mut d = doc(
        "The Argentine government will not back down on its labour reform.",
        &[("The Argentine government", O, "ARGGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REJECT ARGGOV->"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("CONCEDE")), "{got:?}");
}

#[test]
fn emergencies_and_security_build_ups() {
    let mut d = doc(
        "Peru declared a state of emergency in the southern region of Puno.",
        &[("Peru", L, "PER")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE PER->"), "{got:?}");

    let mut d = doc(
        "Thai police tightened security around the Cambodian embassy in Bangkok.",
        &[("Thai police", O, "THACOP")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE THACOP->"), "{got:?}");
}
