//! Clause-level targets and subjects (issue #6): the target inside a
//! request's or threat's content clause, in a threat's condition, as the
//! owner of an object noun; subjects listed with commas or separated from
//! their verb by a parenthetical or a contrastive coordinator. Entities are
//! placed by the test; sentences written for warta.

mod common;

use common::{L, O, P, has};

use warta_core::EntityType;

/// `TYPE SRC->TGT [aux]` per event of a one-language document.
fn code(lang: &str, text: &str, ents: &[(&str, EntityType, &str)]) -> Vec<String> {
    let mut d = common::doc(text, lang, "2025-02-10", ents);
    common::run(&mut d, false)
}

#[test]
fn the_subject_of_a_demanded_that_clause_is_the_target() {
    let got = code(
        "en",
        "Venezuela demanded that Washington release the frozen funds.",
        &[("Venezuela", L, "VEN"), ("Washington", L, "USA")],
    );
    assert!(has(&got, "REQUEST VEN->USA"), "{got:?}");
    assert!(!has(&got, "REQUEST VEN->["), "{got:?}");
}

#[test]
fn a_warning_that_a_non_actor_could_drag_an_actor_in_targets_that_actor() {
    let got = code(
        "en",
        "Minsk warned that foreign arms shipments could drag Lithuania into the conflict.",
        &[("Minsk", L, "BLR"), ("Lithuania", L, "LTU")],
    );
    assert!(has(&got, "THREATEN BLR->LTU"), "{got:?}");
}

#[test]
fn an_actor_only_in_a_prepositional_phrase_of_the_content_is_no_target() {
    let got = code(
        "en",
        "Chad warned that any intervention in Niger would fail.",
        &[("Chad", L, "TCD"), ("Niger", L, "NER")],
    );
    // Not from the clause (`NER~pair`, the story's two countries, is marked).
    assert!(!has(&got, "THREATEN TCD->NER "), "{got:?}");
}

#[test]
fn a_purpose_clause_object_is_the_target_of_a_threat() {
    let got = code(
        "en",
        "Turkey threatened to act alone to stop Syria from building the dam.",
        &[("Turkey", L, "TUR"), ("Syria", L, "SYR")],
    );
    assert!(has(&got, "THREATEN TUR->SYR"), "{got:?}");
}

#[test]
fn a_threat_targets_the_subject_of_its_condition() {
    let got = code(
        "en",
        "Beijing warned it would respond firmly if Manila sent more ships.",
        &[("Beijing", L, "CHN"), ("Manila", L, "PHL")],
    );
    assert!(has(&got, "THREATEN CHN->PHL"), "{got:?}");
    let got = code(
        "id",
        "Beijing memperingatkan akan mengambil tindakan tegas jika Manila mengirim kapal lagi.",
        &[("Beijing", L, "CHN"), ("Manila", L, "PHL")],
    );
    assert!(has(&got, "THREATEN CHN->PHL"), "{got:?}");
}

#[test]
fn backing_an_actors_call_is_support_for_that_actor() {
    let got = code(
        "en",
        "Brazil backed Argentina's call for the tariffs to be dropped.",
        &[("Brazil", L, "BRA"), ("Argentina", L, "ARG")],
    );
    assert!(has(&got, "SUPPORT BRA->ARG"), "{got:?}");
    assert!(!has(&got, "THREATEN"), "{got:?}");
    // `call` after a possessive is a noun: no request by Argentina.
    assert!(!has(&got, "REQUEST ARG"), "{got:?}");
}

#[test]
fn a_comma_list_closed_by_and_is_one_coordinated_subject() {
    let got = code(
        "en",
        "Kenya, Uganda and Tanzania congratulated Ruto on his victory.",
        &[
            ("Kenya", L, "KEN"),
            ("Uganda", L, "UGA"),
            ("Tanzania", L, "TZA"),
            ("Ruto", P, "KENGOV"),
        ],
    );
    for src in ["UGA", "TZA"] {
        assert!(has(&got, &format!("SUPPORT {src}->KENGOV")), "{got:?}");
    }
}

#[test]
fn a_comma_list_after_an_opening_clause_keeps_its_object_out() {
    let got = code(
        "en",
        "After meeting Modi, Chile and Peru signed a trade pact.",
        &[
            ("Modi", P, "INDGOV"),
            ("Chile", L, "CHL"),
            ("Peru", L, "PER"),
        ],
    );
    assert!(!got.iter().any(|g| g.contains("INDGOV->")), "{got:?}");
}

#[test]
fn a_parenthetical_between_subject_and_verb_is_crossed() {
    let got = code(
        "en",
        "Austria, however, rejected Italy's proposal.",
        &[("Austria", L, "AUT"), ("Italy", L, "ITA")],
    );
    assert!(has(&got, "REJECT AUT->ITA"), "{got:?}");
}

#[test]
fn a_verb_after_but_shares_the_subject() {
    let got = code(
        "en",
        "Kyiv welcomed the decision but called on the alliance to go further.\n",
        &[("Kyiv", L, "UKR")],
    );
    assert!(has(&got, "REQUEST UKR->"), "{got:?}");
}

#[test]
fn the_owner_of_an_object_noun_after_by_is_the_target() {
    let got = code(
        "en",
        "Berlin rejected repeated calls by Minsk for economic aid.",
        &[("Berlin", L, "DEU"), ("Minsk", L, "BLR")],
    );
    assert!(has(&got, "REJECT DEU->BLR"), "{got:?}");
}

#[test]
fn a_quantified_company_after_a_preposition_is_still_in_the_phrase() {
    let got = code(
        "id",
        "Jepang menjatuhkan sanksi terhadap tiga perusahaan Iran.",
        &[("Jepang", L, "JPN"), ("Iran", L, "IRN")],
    );
    assert!(has(&got, "SANCTION JPN->IRN"), "{got:?}");
}

#[test]
fn indonesian_complement_clause_subject_is_the_target() {
    let got = code(
        "id",
        "Kamboja mendesak agar Thailand menarik pasukannya dari perbatasan.",
        &[("Kamboja", L, "KHM"), ("Thailand", L, "THA")],
    );
    assert!(has(&got, "REQUEST KHM->THA"), "{got:?}");
}

#[test]
fn a_targetless_duplicate_of_a_targeted_event_in_the_sentence_is_dropped() {
    let got = code(
        "en",
        "The ministry condemned the deal and criticized Canberra for joining it.",
        &[("The ministry", O, "CHNGOV"), ("Canberra", L, "AUS")],
    );
    assert!(has(&got, "ACCUSE CHNGOV->AUS"), "{got:?}");
    assert!(!has(&got, "ACCUSE CHNGOV->["), "{got:?}");
}

#[test]
fn an_english_accusation_without_any_target_is_not_coded() {
    let got = code(
        "en",
        "Ghana condemned the decision as unlawful.",
        &[("Ghana", L, "GHA")],
    );
    assert!(!has(&got, "ACCUSE"), "{got:?}");
    // With a target it is.
    let got = code(
        "en",
        "Ghana condemned Togo's decision as unlawful.",
        &[("Ghana", L, "GHA"), ("Togo", L, "TGO")],
    );
    assert!(has(&got, "ACCUSE GHA->TGO"), "{got:?}");
}

#[test]
fn both_sides_naming_the_subjects_own_country_is_no_target() {
    let got = code(
        "en",
        "Qatar and Egypt brokered the truce.\nQatari minister Khalid Al-Khulaifi urged both sides to respect it.",
        &[
            ("Qatar", L, "QAT"),
            ("Egypt", L, "EGY"),
            ("Khalid Al-Khulaifi", P, "QATGOV"),
        ],
    );
    assert!(!has(&got, "REQUEST QATGOV->QAT"), "{got:?}");
    assert!(!has(&got, "REQUEST QATGOV->EGY"), "{got:?}");
}

#[test]
fn a_phrase_after_a_nested_event_noun_is_not_the_targets_place() {
    let got = code(
        "en",
        "Austria rejected the call for new sanctions on Iran.",
        &[("Austria", L, "AUT"), ("Iran", L, "IRN")],
    );
    // Not from the clause (`IRN~pair`, the story's two countries, is marked).
    assert!(!has(&got, "REJECT AUT->IRN "), "{got:?}");
}

#[test]
fn a_verb_coordinated_after_a_subjectless_content_verb_is_its_own_event() {
    let got = code(
        "id",
        "Austria menolak mendukung paket bantuan itu dan mengancam akan memveto keputusan tersebut.",
        &[("Austria", L, "AUT")],
    );
    assert!(has(&got, "REJECT AUT->"), "{got:?}");
    assert!(has(&got, "THREATEN AUT->"), "{got:?}");
}
