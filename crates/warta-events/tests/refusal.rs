//! Refusals stated as a negated verb of accepting or yielding (`refusal.rs`,
//! the `refuse` and `refuse_future` rows of `events_stance.tsv`): `does not
//! recognise`, `would not give up`. Sentences written for warta, with the
//! ones where the construction must stay silent (a past act that did not
//! happen, a condition, a passive, a clause as object).

mod common;

use common::{L, O, P, has};

use warta_core::Document;

/// Whether a REJECT came from the refusal construction.
fn refused(d: &Document) -> bool {
    d.events
        .iter()
        .any(|e| e.plover == "REJECT" && e.rule.contains("stance#refuse"))
}

#[test]
fn a_negated_acceptance_is_a_refusal_of_the_named_party() {
    let text = "MANILA, March 3 (Reuters) - Manila does not recognise China's coast guard regulation in the South China Sea, the foreign ministry said on Monday.";
    let mut d = common::doc(
        text,
        "en",
        "2026-03-03",
        &[("Manila", L, "PHL"), ("China", L, "CHN")],
    );
    let got = common::run(&mut d, true);
    assert!(has(&got, "REJECT PHL->CHN 120"), "{got:?}");
    assert!(refused(&d), "{got:?}");
}

#[test]
fn a_negated_yielding_with_intent_is_a_refusal() {
    let text = "KHARTOUM, May 2 (AFP) - The Sudanese army would never hand over El Fasher to the Rapid Support Forces, army chief Abdel Fattah al-Burhan said on Friday.";
    let mut d = common::doc(
        text,
        "en",
        "2026-05-02",
        &[
            ("Sudanese army", O, "SDNMIL"),
            ("Abdel Fattah al-Burhan", P, "SDNMIL"),
            ("El Fasher", L, "SDN"),
            ("Rapid Support Forces", O, "SDNREB"),
        ],
    );
    let got = common::run(&mut d, false);
    assert!(refused(&d), "{got:?}");
}

#[test]
fn a_past_act_that_did_not_happen_a_condition_or_a_passive_is_no_refusal() {
    let text = "KYIV, June 9 (Reuters) - Russia did not withdraw its troops from the Zaporizhzhia plant last year, Ukraine's foreign ministry said.\n\
                If Moscow does not recognise the ruling, Kyiv will ask the court to act, Ukraine's foreign minister Andrii Sybiha said.\n\
                Sybiha said the proposal would not be accepted by Russia.\n\
                Sybiha said Ukraine cannot accept that Russia keeps the plant.";
    let mut d = common::doc(
        text,
        "en",
        "2026-06-09",
        &[
            ("Russia", L, "RUS"),
            ("Zaporizhzhia", L, "UKR"),
            ("Ukraine's foreign ministry", O, "UKRGOV"),
            ("Moscow", L, "RUS"),
            ("Kyiv", L, "UKR"),
            ("Andrii Sybiha", P, "UKRGOV"),
            ("Sybiha", P, "UKRGOV"),
            ("Ukraine", L, "UKR"),
        ],
    );
    let got = common::run(&mut d, false);
    assert!(!refused(&d), "{got:?}");
}
