//! Actors whose own words name no country take the country of their
//! sentence's scene (`police in St Petersburg`, `Geng bersenjata di
//! Haiti`), and generic collectives (`armed men`, `orang tua siswa`) are
//! actors. Sentences written for warta.

mod common;

use warta_core::Document;

/// Actor of the mention `text` in sentence `sentence`.
fn actor_at(doc: &Document, text: &str, sentence: usize) -> Option<String> {
    doc.entities.iter().find_map(|e| {
        e.mentions
            .iter()
            .any(|m| m.text == text && m.sentence == sentence)
            .then(|| e.actor.clone())
            .flatten()
    })
}

#[test]
fn a_bare_agent_takes_the_country_of_the_place_its_sentence_happens_in() {
    // A story between two countries named equally often: no dominant one.
    let doc = common::run(
        "Armenia and Azerbaijan signed a border deal on Friday. Azerbaijan's \
         president praised the deal. Armenia's prime minister said the talks \
         had been hard. In Yerevan, police detained 20 protesters near the \
         parliament. Police in Baku said the city was calm.",
        "en",
        None,
    );
    assert_eq!(actor_at(&doc, "police", 3).as_deref(), Some("ARMCOP"));
    assert_eq!(actor_at(&doc, "Police", 4).as_deref(), Some("AZECOP"));
    assert_eq!(actor_at(&doc, "protesters", 3).as_deref(), Some("ARMOPP"));
}

#[test]
fn a_capital_or_country_that_acts_is_no_scene() {
    // `Kigali denied` names an actor, not where the police are.
    let doc = common::run(
        "Rwanda and Congo traded accusations on Monday. Kigali denied the \
         claims while police arrested two men, Rwanda said. Congo said it \
         would reply.",
        "en",
        None,
    );
    assert_ne!(actor_at(&doc, "police", 1).as_deref(), Some("RWACOP"));
}

#[test]
fn a_domestic_story_keeps_its_own_police_in_a_sentence_without_a_scene() {
    let doc = common::run(
        "JAKARTA (Antara) - Polisi menangkap dua orang di Bekasi, Jawa Barat, \
         pada Senin. Pemerintah Indonesia memperketat pengawasan senjata api. \
         Menteri Luar Negeri Sugiono bertemu mitranya di Kuala Lumpur. Polisi \
         menyita tiga senjata api.",
        "id",
        None,
    );
    assert_eq!(actor_at(&doc, "Polisi", 0).as_deref(), Some("IDNCOP"));
    assert_eq!(actor_at(&doc, "Polisi", 3).as_deref(), Some("IDNCOP"));
}

#[test]
fn indonesian_gangs_and_armed_men_take_their_scene() {
    let doc = common::run(
        "Port-au-Prince (Antara) - Geng bersenjata di Haiti menyerang sebuah \
         kantor polisi pada Rabu. Sejumlah orang bersenjata membakar rumah \
         warga di kota Mirebalais.",
        "id",
        None,
    );
    assert_eq!(
        actor_at(&doc, "Geng bersenjata", 0).as_deref(),
        Some("HTICRM")
    );
    assert_eq!(
        actor_at(&doc, "Sejumlah orang bersenjata", 1).as_deref(),
        Some("HTIREB")
    );
}

#[test]
fn a_quantifier_opens_a_longer_collective() {
    let doc = common::run(
        "GARUT (Antara) - Puluhan orang tua siswa mendatangi kantor DPRD Garut \
         pada Rabu. Sejumlah orang ditangkap polisi di Garut, Jawa Barat.",
        "id",
        None,
    );
    assert_eq!(
        actor_at(&doc, "Puluhan orang tua siswa", 0).as_deref(),
        Some("IDNCVL")
    );
    assert_eq!(
        actor_at(&doc, "Sejumlah orang", 1).as_deref(),
        Some("IDNCVL")
    );
}

#[test]
fn english_collectives_are_actors_of_the_story_country() {
    let doc = common::run(
        "NAIROBI, May 4 (Reuters) - Gang members torched a market in Nairobi on \
         Sunday, Kenyan police said. Organisers of the march said several \
         people were hurt in Kenya's capital. The company denied the claims.",
        "en",
        None,
    );
    assert_eq!(actor_at(&doc, "Gang members", 0).as_deref(), Some("KENCRM"));
    assert_eq!(actor_at(&doc, "Organisers", 1).as_deref(), Some("KENOPP"));
    assert_eq!(
        actor_at(&doc, "several people", 1).as_deref(),
        Some("KENCVL")
    );
    assert_eq!(actor_at(&doc, "The company", 2).as_deref(), Some("KENBUS"));
}

#[test]
fn with_no_default_a_group_takes_the_country_of_the_bodies_of_its_sentence() {
    // Unrelated stories one after the other (no dominant country): the
    // families go to the office of an Indonesian town's body, so they are
    // Indonesian, not of the country the sentence before was set in.
    let doc = common::run(
        "Ribuan warga berunjuk rasa di Tbilisi. Polisi Jepang menangkap \
         dua orang. Militer Thailand menyiagakan pasukan. Keluarga korban \
         mendatangi kantor Badan Pengusahaan Batam untuk menolak relokasi.",
        "id",
        None,
    );
    assert_eq!(
        actor_at(&doc, "Keluarga korban", 3).as_deref(),
        Some("IDNCVL")
    );
}
