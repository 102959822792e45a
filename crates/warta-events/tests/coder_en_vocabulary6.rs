//! English wire vocabulary added in session 6 (issue #6): emergency decrees,
//! revoked permits, expelled diplomats, strikes called by unions, threats of
//! future force, promised concessions and the nouns that hid verbs. Entities
//! are placed by the test; sentences written for warta.

mod common;

use common::{L, O, P, has};

use warta_core::{Document, EntityType};

fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2026-03-04", ents)
}

/// `TYPE SRC->TGT CAMEO [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, true)
}

/// Whether an event starts with `prefix` (`SANCTION PER->`) and has CAMEO `code`,
/// whatever target the counterpart rules give it.
fn has_code(got: &[String], prefix: &str, code: &str) -> bool {
    got.iter()
        .any(|g| g.starts_with(prefix) && g.contains(&format!(" {code} ")))
}

#[test]
fn emergency_decrees_revoked_permits_and_expulsions() {
    let mut d = doc(
        "Ecuador's government declared a state of emergency in three coastal provinces on Monday.\n\
         Peru revoked the mining licences of a Canadian company.\n\
         Algeria expelled twelve French diplomats on Sunday.",
        &[
            ("Ecuador's government", O, "ECUGOV"),
            ("Peru", L, "PER"),
            ("Canadian", L, "CAN"),
            ("Algeria", L, "DZA"),
            ("French diplomats", O, "FRAGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has_code(&got, "COERCE ECUGOV->", "1724"), "{got:?}");
    assert!(has_code(&got, "SANCTION PER->", "163"), "{got:?}");
    // PLOVER SANCTION/expel, not the CAMEO pattern's COERCE.
    assert!(has(&got, "SANCTION DZA->FRAGOV 1662"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("COERCE DZA")), "{got:?}");
}

#[test]
fn a_called_strike_is_a_protest_and_a_called_vote_illegal_an_accusation() {
    let mut d = doc(
        "Ghana's largest labour union called a nationwide strike over electricity prices.\n\
         Moldova called the breakaway region's referendum illegal.",
        &[
            ("Ghana's largest labour union", O, "GHALAB"),
            ("Moldova", L, "MDA"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "PROTEST GHALAB->"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("ASSAULT")), "{got:?}");
    assert!(has_code(&got, "ACCUSE MDA->", "111"), "{got:?}");
}

#[test]
fn a_declared_future_attack_is_a_threat() {
    let mut d = doc(
        "The Houthis said they would attack any vessel bound for Israeli ports.\n\
         Pakistan's army said it would respond firmly to any incursion by India.",
        &[
            ("The Houthis", O, "YEMREB"),
            ("Israeli", L, "ISR"),
            ("Pakistan's army", O, "PAKMIL"),
            ("India", L, "IND"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN YEMREB->"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("ASSAULT")), "{got:?}");
    assert!(has(&got, "THREATEN PAKMIL->"), "{got:?}");
}

#[test]
fn a_promised_concession_is_an_agreement_and_a_head_is_a_noun() {
    let mut d = doc(
        "Washington said it would waive restrictions on arms sales to Vietnam.\n\
         Agency head Maria Santos apologised to Japan on Tuesday for the delays.",
        &[
            ("Washington", L, "USAGOV"),
            ("Vietnam", L, "VNM"),
            ("Maria Santos", P, "PHLGOV"),
            ("Japan", L, "JPN"),
        ],
    );
    let got = run(&mut d);
    assert!(has_code(&got, "AGREE USAGOV->", "0351"), "{got:?}");
    // `head * to` no longer swallows `Maria Santos apologised to`.
    assert!(has_code(&got, "SUPPORT PHLGOV->", "055"), "{got:?}");
}

#[test]
fn mobilisation_aid_and_refusals() {
    let mut d = doc(
        "Azerbaijan massed troops along the Armenian border.\n\
         Norway pledged humanitarian assistance to Yemen after the floods.\n\
         Kyiv said it would never accept such conditions from Moscow.",
        &[
            ("Azerbaijan", L, "AZE"),
            ("Armenian", L, "ARM"),
            ("Norway", L, "NOR"),
            ("Yemen", L, "YEM"),
            ("Kyiv", L, "UKRGOV"),
            ("Moscow", L, "RUSGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE AZE->"), "{got:?}");
    assert!(has(&got, "AID NOR->YEM"), "{got:?}");
    assert!(has(&got, "REJECT UKRGOV->"), "{got:?}");
}
