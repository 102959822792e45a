//! English vocabulary of session 9 (envoc9): the `recip` flag of converted
//! CAMEO.2.0 rows follows the act's meaning (a visit has a direction; a deal
//! both sides clinch has none), and modern wire phrasings PETRARCH lacks
//! (`downed drones`, `retook`, `inked`, `walked out of the talks`,
//! `extradited ... to`, `voted against`, `lambasted`). Entities are placed by
//! the test; the sentences are written for warta, not taken from any
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
fn a_visit_by_two_countries_does_not_make_them_each_others_target() {
    // `end * visit` (CAMEO 042) was reciprocal: the two visitors became
    // each other's target, both ways.
    let mut d = doc(
        "Spain and Portugal ended a joint visit on Friday.",
        &[("Spain", L, "ESP"), ("Portugal", L, "PRT")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "CONSULT ESP->PRT"), "{got:?}");
    assert!(!has(&got, "CONSULT PRT->ESP"), "{got:?}");
}

#[test]
fn a_deal_both_sides_clinch_is_reciprocal() {
    // `- * DEAL [061:061]`: the dictionary's code pair says both sides act.
    let mut d = doc(
        "Vietnam and Laos clinched a deal on power exports.",
        &[("Vietnam", L, "VNM"), ("Laos", L, "LAO")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COOPERATE VNM->LAO"), "{got:?}");
    assert!(has(&got, "COOPERATE LAO->VNM"), "{got:?}");
}

#[test]
fn air_defence_and_ground_gains_are_assaults() {
    let mut d = doc(
        "Ukraine downed 25 Russian drones overnight, the air force said.",
        &[("Ukraine", L, "UKR"), ("Russian", L, "RUS")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT UKR->RUS"), "{got:?}");

    // `retook`: an irregular form added to events_morphology.tsv.
    let mut d = doc(
        "Sudan's army retook the city from the Rapid Support Forces.",
        &[("Sudan", L, "SDN"), ("Rapid Support Forces", O, "SDNREB")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT SDN->SDNREB"), "{got:?}");
}

#[test]
fn deals_inked_and_talks_walked_out_of() {
    let mut d = doc(
        "Indonesia inked a defence cooperation pact with Australia.",
        &[("Indonesia", L, "IDN"), ("Australia", L, "AUS")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT IDN->AUS 057"), "{got:?}");

    let mut d = doc(
        "Venezuela walked out of the talks with Guyana in Brasilia.",
        &[("Venezuela", L, "VEN"), ("Guyana", L, "GUY")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SANCTION VEN->GUY 164"), "{got:?}");
}

#[test]
fn extradition_goes_to_the_receiving_state() {
    // The extradited person's nationality is no target.
    let mut d = doc(
        "Thailand extradited a Russian suspect to the United States.",
        &[
            ("Thailand", L, "THA"),
            ("Russian", L, "RUS"),
            ("United States", L, "USA"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COOPERATE THA->USA"), "{got:?}");
    assert!(!has(&got, "COOPERATE THA->RUS"), "{got:?}");
}

#[test]
fn votes_against_and_harsh_criticism() {
    let mut d = doc(
        "China voted against the resolution drafted by France.",
        &[("China", L, "CHN"), ("France", L, "FRA")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REJECT CHN->"), "{got:?}");

    let mut d = doc(
        "Beijing lambasted Washington over the arms sale to Taipei.",
        &[
            ("Beijing", L, "CHN"),
            ("Washington", L, "USA"),
            ("Taipei", L, "TWN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE CHN->USA"), "{got:?}");
}

#[test]
fn bans_on_rallies_are_coercion() {
    let mut d = doc(
        "Georgia's government banned the opposition rally planned for Saturday.",
        &[("Georgia", L, "GEO")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE GEO"), "{got:?}");
}

#[test]
fn joint_police_work_censorship_walkouts_and_pleas() {
    let mut d = doc(
        "Indonesian police teamed up with Australian investigators to trace the smugglers.",
        &[("Indonesian", L, "IDN"), ("Australian", L, "AUS")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COOPERATE IDN->AUS"), "{got:?}");

    let mut d = doc(
        "Iran throttled access to Instagram during the protests.",
        &[("Iran", L, "IRN")],
    );
    let got = run(&mut d);
    assert!(
        got.iter()
            .any(|g| g.starts_with("COERCE IRN->") && g.contains(" 1721 ")),
        "{got:?}"
    );

    let mut d = doc(
        "Kenyan nurses walked out over unpaid allowances.",
        &[("Kenyan", L, "KEN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "PROTEST KEN->"), "{got:?}");

    let mut d = doc(
        "Zelensky pleaded with Germany for more air defence systems.",
        &[("Zelensky", common::P, "UKRGOV"), ("Germany", L, "DEU")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST UKRGOV->DEU"), "{got:?}");
}

#[test]
fn a_team_walking_out_or_a_market_rallying_is_no_protest() {
    let mut d = doc(
        "Japan's team walked out onto the pitch in Osaka.",
        &[("Japan", L, "JPN"), ("Osaka", L, "JPN")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "PROTEST"), "{got:?}");

    let mut d = doc(
        "Japan's Nikkei index rallied in early trade on Tuesday.",
        &[("Japan", L, "JPN")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "PROTEST"), "{got:?}");
}
