//! People and their actor codes from the words around their names: district
//! names that end in a compass word (`Bupati Lampung Timur Hendra`), suspects
//! named by initials, people introduced as someone's lawyer, military ranks
//! and titles in apposition. Sentences written for warta.

mod common;

use warta_core::{Document, Entity, Stage};

fn id(text: &str) -> Document {
    common::run(text, "id", None)
}

fn en(text: &str) -> Document {
    common::run(text, "en", None)
}

/// The entity with a mention of exactly `mention`.
fn entity<'d>(doc: &'d Document, mention: &str) -> Option<&'d Entity> {
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == mention))
}

#[test]
fn a_compass_word_after_a_province_is_part_of_the_district_not_of_the_name() {
    let doc = id(
        "Kejaksaan Negeri menahan Bupati Sumatera Barat Selatan Rudi Hartono \
         pada Senin. Wakil Bupati Lampung Tengah Agus Salim membantah tuduhan itu.",
    );
    let p = entity(&doc, "Agus Salim").expect("the deputy regent is a person");
    assert_eq!(p.role.as_deref(), Some("Wakil Bupati Lampung Tengah"));
    assert_eq!(p.actor.as_deref(), Some("IDNGOV"));
    assert!(entity(&doc, "Tengah Agus Salim").is_none());
    // A compass word that is the first word of a name stays in it.
    let doc = id("Kepala desa Utara Simanjuntak mengatakan warga sudah mengungsi.");
    assert!(
        entity(&doc, "Utara Simanjuntak").is_some_and(|e| e.actor.as_deref() == Some("IDNGOV"))
    );
}

#[test]
fn initials_next_to_their_cue_are_a_person_not_the_country_they_spell() {
    let doc = id(
        "Kejaksaan Tinggi Jawa Barat menahan dua tersangka, yakni RI selaku \
         kepala desa dan AS selaku bendahara desa. Seorang pedagang berinisial MK \
         juga diperiksa. Polisi menyebut MK kooperatif.",
    );
    let ri = entity(&doc, "RI").expect("RI is a person");
    assert_eq!(ri.kind, warta_core::EntityType::Person);
    assert_eq!(ri.role.as_deref(), Some("kepala desa"));
    assert_eq!(ri.actor.as_deref().map(|a| &a[..3]), Some("IDN"));
    let us = entity(&doc, "AS").expect("AS is a person");
    assert_eq!(us.kind, warta_core::EntityType::Person);
    assert_ne!(us.actor.as_deref(), Some("USA"));
    // Later mentions without the cue are the same person, of the story's country.
    let mk = entity(&doc, "MK").expect("MK is a person");
    assert_eq!(mk.kind, warta_core::EntityType::Person);
    assert_eq!(mk.mentions.len(), 2);
    assert_eq!(mk.actor.as_deref(), Some("IDN"));
    // Without a cue, `AS` is still the United States.
    let doc = id("Pemerintah AS menjatuhkan sanksi baru terhadap Iran.");
    assert!(
        entity(&doc, "AS")
            .is_some_and(|e| e.actor.as_deref().is_some_and(|a| a.starts_with("USA")))
    );
}

#[test]
fn a_title_followed_by_whose_it_is_introduces_the_name_after_the_comma() {
    let doc = id("Gubernur Bengkulu Rohidin Mersyah membantah tuduhan itu. \
         \"Klien kami kooperatif,\" kata pengacara Rohidin, Maqdir Ismail, kepada wartawan.");
    let lawyer = entity(&doc, "Maqdir Ismail").expect("the lawyer is a person");
    assert_eq!(lawyer.role.as_deref(), Some("pengacara Rohidin"));
    assert_eq!(lawyer.actor.as_deref().map(|a| &a[..3]), Some("IDN"));
    // The client keeps his own title.
    let client = entity(&doc, "Rohidin Mersyah").expect("the governor");
    assert_eq!(client.role.as_deref(), Some("Gubernur Bengkulu"));
}

#[test]
fn ranks_and_qualified_cabinet_titles_keep_their_country() {
    let doc = en(
        "Egypt's army spokesman, Brigadier General Tamer Farouk, said the border \
         was calm. Indian External Affairs Minister Rajan Mehta met Japan's Chief \
         Cabinet Secretary Kenji Watanabe in Tokyo.",
    );
    let cases = [
        ("Tamer Farouk", "EGYMIL"),
        ("Rajan Mehta", "INDGOV"),
        ("Kenji Watanabe", "JPNGOV"),
    ];
    for (name, code) in cases {
        let p = entity(&doc, name).unwrap_or_else(|| panic!("no `{name}`"));
        assert_eq!(p.actor.as_deref(), Some(code), "{name}");
    }
    // The rank is not a person of its own.
    assert!(entity(&doc, "Brigadier").is_none());
}

#[test]
fn a_nationality_apposition_gives_a_person_its_first_country() {
    let doc = en(
        "Thomas Whitfield, 52, a dual British-Iranian national, was detained in \
         Tehran last month. His wife said Whitfield had done nothing wrong. \
         London called for Whitfield's release.",
    );
    let p = entity(&doc, "Thomas Whitfield").expect("the detainee is a person");
    assert_eq!(p.kind, warta_core::EntityType::Person);
    assert_eq!(p.actor.as_deref(), Some("GBR"));
    // The possessive surname is the same person.
    assert!(p.mentions.iter().any(|m| m.text == "Whitfield's"));
    // The apposition is no group of its own.
    assert!(entity(&doc, "Iranian national").is_none());
    let doc = id("Peter Lawson, warga negara Australia, ditangkap polisi di Denpasar.");
    let p = entity(&doc, "Peter Lawson").expect("the detainee is a person");
    assert_eq!(p.actor.as_deref(), Some("AUS"));
    // An apposition naming no country is not one of nationality.
    let doc = en("Maria Santos, a local teacher, said the school was closed.");
    assert!(entity(&doc, "Maria Santos").is_none_or(|e| e.actor.is_none()));
}

#[test]
fn an_international_official_takes_no_default_country() {
    let doc = id(
        "Wakil Sekretaris Jenderal PBB Hamdi Nasser menyerukan gencatan senjata, \
         sementara Menteri Luar Negeri Budi Santoso menyambut baik seruan itu.",
    );
    let official = entity(&doc, "Hamdi Nasser").expect("the official is a person");
    assert_eq!(official.actor.as_deref(), Some("IGO"));
    // A national title still takes the language's default country.
    let minister = entity(&doc, "Budi Santoso").expect("the minister is a person");
    assert_eq!(minister.actor.as_deref(), Some("IDNGOV"));
}

#[test]
fn a_name_kept_whole_with_the_full_stop_is_still_found() {
    // The hyphenated spelling of Timor-Leste, and an acronym that ends the
    // sentence (`ASEAN.` may reach the stage as one token).
    let text = "Menteri itu mengatakan Timor-Leste kini menjadi anggota penuh ASEAN.";
    let mut doc = Document::new(text.to_string(), warta_core::SourceInfo::default());
    doc.language.code = "id".into();
    // Tokens as a segmenter that keeps `ASEAN.` whole gives them.
    let mut at = 0;
    for w in text.split(' ') {
        let n = w.chars().count();
        doc.tokens.push(warta_core::Token {
            start: at,
            end: at + n,
            sentence: 0,
            kind: warta_core::TokenKind::Word,
            clitic: false,
        });
        at += n + 1;
    }
    common::stage()
        .process(&mut doc)
        .expect("entity stage runs");
    assert_eq!(
        entity(&doc, "Timor-Leste").and_then(|e| e.actor.as_deref()),
        Some("TLS")
    );
    assert!(
        doc.entities
            .iter()
            .any(|e| e.actor.as_deref() == Some("IGO")
                && e.mentions.iter().any(|m| m.text.starts_with("ASEAN")))
    );
}

#[test]
fn national_armed_forces_known_by_name_are_their_country_military() {
    let doc = en("The People's Liberation Army said its Eastern Theater Command had begun drills.");
    for name in ["People's Liberation Army", "Eastern Theater Command"] {
        assert_eq!(
            entity(&doc, name).and_then(|e| e.actor.as_deref()),
            Some("CHNMIL"),
            "{name}"
        );
    }
    let doc = id("Tentara Pembebasan Rakyat menggelar latihan di sekitar Taiwan.");
    assert_eq!(
        entity(&doc, "Tentara Pembebasan Rakyat").and_then(|e| e.actor.as_deref()),
        Some("CHNMIL")
    );
}

#[test]
fn a_multi_word_country_in_the_possessive_is_found() {
    let doc = en(
        "South Korea's military said the launch was detected early on Monday, \
         and Saudi Arabia's foreign ministry condemned it.",
    );
    assert_eq!(
        entity(&doc, "South Korea's military").and_then(|e| e.actor.as_deref()),
        Some("KORMIL")
    );
    assert_eq!(
        entity(&doc, "Saudi Arabia's foreign ministry").and_then(|e| e.actor.as_deref()),
        Some("SAUGOV")
    );
}
