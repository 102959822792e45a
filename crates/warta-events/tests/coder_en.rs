//! The English coder on hand-built documents (entities placed by the test,
//! as the entity stage would), one phenomenon per test. Sentences written for
//! warta.

mod common;

use common::{L, O, P, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (surface, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2024-03-14", ents)
}

/// `TYPE SRC->TGT CAMEO [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, true)
}

#[test]
fn arrests_and_strikes_need_no_actor_as_target() {
    let mut d = doc(
        "Police arrested 40 people in Mombasa.\nThe air force struck depots overnight.",
        &[("Police", O, "KENCOP"), ("The air force", O, "ETHMIL")],
    );
    let got = run(&mut d);
    // The clause names no target; the counterpart step supplies one, marked
    // as such (counterpart.rs): the home country for a domestic arrest, the
    // other country of the story's pair for the strike.
    assert!(has(&got, "COERCE KENCOP->KEN~domestic 173"), "{got:?}");
    assert!(has(&got, "ASSAULT ETHMIL->KEN~pair 190"), "{got:?}");
}

#[test]
fn a_purpose_infinitive_is_not_an_event_of_its_own() {
    let mut d = doc(
        "Ghana invited Togo to attend the summit.",
        &[("Ghana", L, "GHA"), ("Togo", L, "TGO")],
    );
    let got = run(&mut d);
    assert!(has(&got, "AGREE GHA->TGO"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("CONSULT")), "{got:?}");
}

#[test]
fn a_clause_opening_if_is_a_condition_and_its_comma_ends_no_list() {
    let mut d = doc(
        "If Serbia attacks Kosovo, Albania could send troops.",
        &[
            ("Serbia", L, "SRB"),
            ("Kosovo", L, "XKX"),
            ("Albania", L, "ALB"),
        ],
    );
    let got = run(&mut d);
    // The condition of a statement is no event of its own (issue #6 gold:
    // `if ...` clauses are negatives); the statement is coded.
    assert!(!has(&got, "ASSAULT SRB"), "{got:?}");
    assert!(has(&got, "MOBILIZE ALB->"), "{got:?}");
}

#[test]
fn the_owner_of_a_nominal_event_stands_before_it() {
    let mut d = doc(
        "The Sudanese attack on Juba killed six people.",
        &[("Sudanese", L, "SDN"), ("Juba", L, "SSD")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT SDN->SSD"), "{got:?}");
}

#[test]
fn a_visit_after_during_belongs_to_the_subject() {
    let mut d = doc(
        "Sorensen announced the grant during a visit to Chad.",
        &[("Sorensen", P, "DNKGOV"), ("Chad", L, "TCD")],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT DNKGOV->TCD 042"), "{got:?}");
}

#[test]
fn a_verb_after_and_shares_the_subject_of_said() {
    let mut d = doc(
        "Canada said the count was flawed and urged Nicaragua to hold a new vote.",
        &[("Canada", L, "CAN"), ("Nicaragua", L, "NIC")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST CAN->NIC 020"), "{got:?}");
}

#[test]
fn passive_agent_after_by_and_a_determiner() {
    let mut d = doc(
        "A Danish reporter was sentenced by a Belarusian court.",
        &[
            ("Danish reporter", O, "DNKMED"),
            ("Belarusian court", O, "BLRJUD"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE BLRJUD->DNKMED 173"), "{got:?}");
}

#[test]
fn refusing_is_a_rejection_and_its_content_is_not_coded() {
    let mut d = doc(
        "Eritrea refused to negotiate with Ethiopia.",
        &[("Eritrea", L, "ERI"), ("Ethiopia", L, "ETH")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REJECT ERI->ETH 120"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("CONSULT")), "{got:?}");
}

#[test]
fn it_refers_back_to_the_last_non_person_actor() {
    let mut d = doc(
        "Laos said it praised Thailand for its help.",
        &[("Laos", L, "LAO"), ("Thailand", L, "THA")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT LAO->"), "{got:?}");
}

#[test]
fn a_short_quoted_word_does_not_hide_the_subject() {
    let mut d = doc(
        "Bolivia called the blockade \"criminal\" and deployed troops to El Alto.",
        &[("Bolivia", L, "BOL"), ("El Alto", L, "BOL")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE BOL->"), "{got:?}");
}

#[test]
fn negated_and_planned_events_keep_their_modality() {
    let mut d = doc(
        "Peru did not expel Bolivian diplomats.\nPeru will send aid to Ecuador.",
        &[
            ("Peru", L, "PER"),
            ("Bolivian diplomats", O, "BOLGOV"),
            ("Ecuador", L, "ECU"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter()
            .any(|g| g.contains(" PER->BOLGOV ") && g.contains("negation")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|g| g.starts_with("AGREE PER->ECU") && g.contains("future")),
        "{got:?}"
    );
}

#[test]
fn the_bloc_and_the_country_refer_back_to_an_actor() {
    let mut d = doc(
        "The European Union met on Monday.\nMali urged the bloc to lift its sanctions.\nGuinea protested.\nThe country's army attacked Liberia.",
        &[
            ("European Union", O, "IGO"),
            ("Mali", L, "MLI"),
            ("Guinea", L, "GIN"),
            ("Liberia", L, "LBR"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST MLI->IGO"), "{got:?}");
    assert!(has(&got, "ASSAULT GIN->LBR"), "{got:?}");
}

#[test]
fn the_two_countries_can_point_forward_to_who_said_it() {
    let mut d = doc(
        "The two countries signed a fisheries pact, Fiji and Tonga said on Friday.",
        &[("Fiji", L, "FJI"), ("Tonga", L, "TON")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT FJI->TON 057"), "{got:?}");
}

#[test]
fn a_participle_before_of_is_passive() {
    let mut d = doc(
        "Peru sanctioned two Bolivian firms accused of smuggling.",
        &[("Peru", L, "PER"), ("Bolivian firms", O, "BOLBUS")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SANCTION PER->BOLBUS"), "{got:?}");
    assert!(!got.iter().any(|g| g.starts_with("ACCUSE")), "{got:?}");
}

#[test]
fn a_word_inside_a_name_without_an_actor_code_is_no_trigger() {
    // The entity stage found the group's name but could not code it: its
    // `Support` must not give a SUPPORT event of the army.
    let mut d = doc(
        "Chad's army and the paramilitary Desert Support Brigades agreed on Monday to a truce.",
        &[("Chad's army", O, "TCDMIL")],
    );
    d.entities.push(warta_core::Entity {
        id: "E9".into(),
        kind: O,
        canonical: "Desert Support Brigades".into(),
        role: None,
        country: None,
        sector: None,
        actor: None,
        mentions: vec![warta_core::Mention {
            start: 33,
            end: 56,
            text: "Desert Support Brigades".into(),
            sentence: 0,
            rule: String::new(),
        }],
        geo: None,
        rule: "test".into(),
    });
    let got = run(&mut d);
    assert!(!has(&got, "SUPPORT"), "{got:?}");
}

#[test]
fn a_thousands_separator_does_not_break_a_pattern() {
    let mut d = doc(
        "Egypt sent 5,000 tonnes of wheat to Sudan.",
        &[("Egypt", L, "EGY"), ("Sudan", L, "SDN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "AID EGY->SDN"), "{got:?}");
}

#[test]
fn a_force_event_targets_the_object_of_its_purpose_clause() {
    let mut d = doc(
        "Riot police fired tear gas on Friday to disperse hundreds of students near the campus.",
        &[("Riot police", O, "ZMBCOP"), ("students", O, "ZMBEDU")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT ZMBCOP->ZMBEDU"), "{got:?}");
}

#[test]
fn a_denial_takes_no_target_from_its_content_but_answers_the_accuser() {
    let mut d = doc(
        "Vietnam lodged a protest with China over the seizure of a fishing boat.\n\
         Beijing denied that Chinese patrol boats had rammed the trawler.\n\
         Laos denied that Thai troops had crossed the border.",
        &[
            ("Vietnam", L, "VNM"),
            ("China", L, "CHN"),
            ("Beijing", L, "CHN"),
            ("Chinese patrol boats", O, "CHNMIL"),
            ("Laos", L, "LAO"),
            ("Thai troops", O, "THAMIL"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REJECT CHN->VNM"), "{got:?}");
    assert!(!has(&got, "REJECT CHN->CHN"), "{got:?}");
    // No earlier act against Laos: the denial has no target, and the troops
    // of its content clause are none.
    assert!(has(&got, "REJECT LAO-> "), "{got:?}");
    assert!(!has(&got, "REJECT LAO->THA"), "{got:?}");
}

#[test]
fn preparing_for_talks_is_no_intent_to_cooperate() {
    let mut d = doc(
        "Serbia and Kosovo prepared for a new round of EU-brokered talks.",
        &[("Serbia", L, "SRB"), ("Kosovo", L, "XKX")],
    );
    let got = run(&mut d);
    assert!(!got.iter().any(|g| g.starts_with("AGREE")), "{got:?}");
}
