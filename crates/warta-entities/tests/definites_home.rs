//! Definite descriptions that corefer with an earlier entity (`the bloc`,
//! `kelompok tersebut`, `the country's foreign minister`) and the home
//! country of bare domestic group nouns (`protesters`, `warga`), issue #6.
//! Sentences written for warta.

mod common;

use common::actor_and_rule;
use warta_core::Document;

/// The actor code of the entity with a mention of exactly `mention`.
fn actor(doc: &Document, mention: &str) -> Option<String> {
    actor_and_rule(doc, mention).and_then(|(a, _)| a)
}

#[test]
fn the_bloc_and_the_alliance_are_the_last_regional_organisation() {
    let doc = common::run(
        "BRUSSELS (Reuters) - The European Union imposed new sanctions on Iran on Monday. \
         The bloc also summoned Iran's ambassador. United Nations experts welcomed the step. \
         Iran accused the bloc of hypocrisy.",
        "en",
        None,
    );
    let (code, rule) = actor_and_rule(&doc, "The bloc").expect("`The bloc` is a mention");
    assert_eq!(code.as_deref(), Some("IGO"));
    assert_eq!(rule, "entities:alias:definite");
    // The UN is named in between, but a global body is not `the bloc`.
    let eu = doc
        .entities
        .iter()
        .find(|e| e.canonical == "European Union")
        .unwrap();
    assert!(eu.mentions.iter().any(|m| m.text == "the bloc"), "{eu:?}");
}

#[test]
fn the_group_is_the_last_armed_group_and_replaces_a_bare_noun() {
    let doc = common::run(
        "Hezbollah fired rockets at northern Israel on Tuesday. Israel said the group \
         had violated the truce, and its jets struck the rebels in southern Lebanon.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "the group").as_deref(), Some("LBNREB"));
    assert_eq!(actor(&doc, "the rebels").as_deref(), Some("LBNREB"));
}

#[test]
fn the_country_s_minister_takes_the_subject_country() {
    let doc = common::run(
        "Hungary, which has blocked aid for Kyiv, did not object this time. \
         The country's foreign minister Peter Szijjarto criticised the plan.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "Peter Szijjarto").as_deref(), Some("HUNGOV"));
    assert_eq!(actor(&doc, "The country's").as_deref(), Some("HUN"));
}

#[test]
fn the_junta_is_a_military_group_of_the_last_country() {
    let doc = common::run(
        "Myanmar released 3,000 prisoners on Friday. The junta said the amnesty marked \
         a national holiday.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "The junta").as_deref(), Some("MMRMIL"));
}

#[test]
fn a_topic_shift_stops_the_search_and_a_longer_phrase_is_no_reference() {
    let doc = common::run(
        "NATO ministers met in Brussels on Monday. Separately, a court in Paris \
         fined a bank. The alliance will meet again in June.",
        "en",
        None,
    );
    assert!(actor_and_rule(&doc, "The alliance").is_none());
    let doc = common::run(
        "Hamas released two hostages. The group of mediators said more would follow.",
        "en",
        None,
    );
    assert!(actor_and_rule(&doc, "The group").is_none());
}

#[test]
fn indonesian_descriptions_and_epithets() {
    let doc = common::run(
        "Kelompok Hizbullah menembakkan roket ke Israel utara. Israel menuduh kelompok \
         tersebut melanggar gencatan senjata.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "kelompok tersebut").as_deref(), Some("LBNREB"));
    // An epithet needs no antecedent.
    let doc = common::run(
        "Lembaga antirasuah itu menahan seorang pejabat di Surabaya. Korps Bhayangkara \
         mengerahkan 300 personel.",
        "id",
        None,
    );
    let (code, rule) = actor_and_rule(&doc, "Lembaga antirasuah itu").unwrap();
    assert_eq!(
        (code.as_deref(), rule.as_str()),
        (Some("IDNJUD"), "entities:alias:epithet")
    );
    assert_eq!(actor(&doc, "Korps Bhayangkara").as_deref(), Some("IDNCOP"));
}

#[test]
fn domestic_groups_take_the_story_s_country() {
    let doc = common::run(
        "COLOMBO, May 2 (Reuters) - Police in Sri Lanka fired water cannon at students \
         who marched on parliament. Residents said the opposition had called the march.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "students").as_deref(), Some("LKAEDU"));
    assert_eq!(actor(&doc, "Residents").as_deref(), Some("LKACVL"));
    assert_eq!(actor(&doc, "the opposition").as_deref(), Some("LKAOPP"));
    let doc = common::run(
        "SRAGEN - Ratusan warga berunjuk rasa di depan kantor bupati. Polisi menangkap \
         dua orang dan menetapkan mereka sebagai tersangka.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "Ratusan warga").as_deref(), Some("IDNCVL"));
    // A predicate noun is not a participant.
    assert!(actor_and_rule(&doc, "tersangka").is_none());
}

#[test]
fn domestic_groups_stay_uncoded_without_a_clear_home() {
    // Filed from Jakarta about Myanmar: whose residents is unclear.
    let doc = common::run(
        "JAKARTA - Junta Myanmar menolak seruan ASEAN. Myanmar juga menutup perbatasan \
         dengan Thailand. Warga setempat menolak kedatangan pengungsi.",
        "id",
        None,
    );
    assert!(actor_and_rule(&doc, "Warga setempat").is_none());
    // A sentence placed in another country makes its protesters that
    // country's, not the story's (`context_country.rs`).
    let doc = common::run(
        "NAIROBI - Kenyan police arrested 40 protesters in Nairobi. Kenya's president \
         defended the police. Meanwhile, students marched in Kampala, Uganda.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "students").as_deref(), Some("UGAEDU"));
}

#[test]
fn international_officials_take_no_story_country() {
    let doc = common::run(
        "Sudan's army shelled Omdurman. Sudan said it would respond. NATO Secretary \
         General Mark Rutte called for calm.",
        "en",
        Some("2025-03-01"),
    );
    assert_eq!(actor(&doc, "Mark Rutte").as_deref(), Some("IGO"));
}

#[test]
fn a_bare_indonesian_junta_is_that_of_the_country_just_named() {
    // Filed from Kuala Lumpur, but the junta is Myanmar's, named in the clause.
    let doc = common::run(
        "KUALA LUMPUR - Menteri Luar Negeri Malaysia membuka pertemuan di Kuala Lumpur. \
         Para menteri mengecam kekerasan di Myanmar dan mendesak junta membebaskan tahanan.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "junta").as_deref(), Some("MMRMIL"));
    // A junta named before is the antecedent, not a new group.
    let doc = common::run(
        "Junta Myanmar membebaskan 3.000 tahanan. Thailand menyambut langkah junta itu.",
        "id",
        None,
    );
    let junta = doc
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "junta itu"))
        .expect("`junta itu` is a mention");
    assert!(
        junta.mentions.iter().any(|m| m.text == "Junta Myanmar"),
        "{junta:?}"
    );
}
