//! Names of countries, armed groups, missions, agencies, NGOs and firms as
//! world and Indonesian news write them, with their actor codes; places read
//! as places, not people. Sentences written for warta.

mod common;

fn actor(doc: &warta_core::Document, mention: &str) -> Option<String> {
    common::actor_and_rule(doc, mention).and_then(|(a, _)| a)
}

fn kind(doc: &warta_core::Document, mention: &str) -> Option<warta_core::EntityType> {
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == mention))
        .map(|e| e.kind)
}

#[test]
fn indonesian_exonyms_of_countries() {
    let doc = common::run(
        "Menteri luar negeri Pantai Gading dan Selandia Baru bertemu di Tanjung Verde, sementara \
         pasukan Kongo bertempur di timur negeri itu dan Makedonia Utara menutup perbatasannya.",
        "id",
        None,
    );
    for (name, code) in [
        ("Pantai Gading", "CIV"),
        ("Selandia Baru", "NZL"),
        ("Tanjung Verde", "CPV"),
        ("Makedonia Utara", "MKD"),
    ] {
        assert_eq!(actor(&doc, name).as_deref(), Some(code), "{name}");
    }
    assert_eq!(actor(&doc, "pasukan Kongo").as_deref(), Some("CODMIL"));
}

#[test]
fn congo_in_english_news_is_the_democratic_republic() {
    let doc = common::run(
        "KINSHASA (Reuters) - Congolese soldiers retook two villages on Monday, the army said, \
         as Congo accused Rwanda of backing the rebels. The Republic of Congo stayed silent.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "Congolese soldiers").as_deref(), Some("CODMIL"));
    assert_eq!(actor(&doc, "Congo").as_deref(), Some("COD"));
    assert_eq!(actor(&doc, "Republic of Congo").as_deref(), Some("COG"));
}

#[test]
fn armed_groups_missions_and_commands() {
    let doc = common::run(
        "GOMA (Reuters) - M23 fighters and Wazalendo militiamen clashed near Sake, while MONUSCO \
         peacekeepers and FARDC troops held the airport. CENTCOM said a drone was downed, and \
         UKMTO reported a ship attacked off Yemen.",
        "en",
        None,
    );
    for (name, code) in [
        ("M23", "CODREB"),
        ("Wazalendo", "CODREB"),
        ("MONUSCO", "IGO"),
        ("FARDC", "CODMIL"),
        ("CENTCOM", "USAMIL"),
        ("UKMTO", "GBRMIL"),
    ] {
        assert_eq!(actor(&doc, name).as_deref(), Some(code), "{name}");
    }
}

#[test]
fn a_spokesman_takes_the_code_of_his_group() {
    let doc = common::run(
        "Juru bicara M23, Lawrence Kanyuka, mengatakan kelompoknya tidak akan mundur dari Uvira.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "Lawrence Kanyuka").as_deref(), Some("CODREB"));
}

#[test]
fn indonesian_agencies_ngos_and_their_officers() {
    let doc = common::run(
        "Koordinator Nasional JPPI Budi Santoso meminta BGN mengevaluasi program makan siang, \
         sementara Kementerian ESDM mencabut izin tambang setelah Greenpeace Indonesia melapor.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "JPPI").as_deref(), Some("IDNNGO"));
    assert_eq!(actor(&doc, "Budi Santoso").as_deref(), Some("IDNNGO"));
    assert_eq!(actor(&doc, "BGN").as_deref(), Some("IDNGOV"));
    assert_eq!(actor(&doc, "Kementerian ESDM").as_deref(), Some("IDNGOV"));
    assert_eq!(
        actor(&doc, "Greenpeace Indonesia").as_deref(),
        Some("IDNNGO")
    );
}

#[test]
fn firms_named_by_pt_are_indonesian_business() {
    let doc = common::run(
        "PT Mega Tambang Sejahtera membantah tuduhan warga. Direksi PT itu akan memberi keterangan.",
        "id",
        None,
    );
    assert_eq!(
        actor(&doc, "PT Mega Tambang Sejahtera").as_deref(),
        Some("IDNBUS")
    );
    // `PT` alone names no firm.
    assert_eq!(actor(&doc, "PT"), None);
}

#[test]
fn regencies_are_places_not_people() {
    let doc = common::run(
        "Bupati Kolaka Timur Abdul Rahman meninjau banjir. Wisatawan kembali ke Raja Ampat, \
         dan warga Lombok Timur menggelar doa bersama.",
        "id",
        None,
    );
    for name in ["Kolaka Timur", "Raja Ampat", "Lombok Timur"] {
        assert_eq!(
            kind(&doc, name),
            Some(warta_core::EntityType::Location),
            "{name}"
        );
    }
    assert_eq!(actor(&doc, "Abdul Rahman").as_deref(), Some("IDNGOV"));
    assert_eq!(kind(&doc, "Ampat"), None);
}

#[test]
fn a_given_name_is_no_foreign_town() {
    // `Ahmad` is an alternate GeoNames name of Al Ahmadi (Kuwait).
    let doc = common::run(
        "Bupati Ahmad Fauzan meresmikan pasar baru di Garut, Jawa Barat.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "Ahmad Fauzan").as_deref(), Some("IDNGOV"));
}

#[test]
fn a_head_that_ends_the_sentence() {
    use warta_core::{Document, SourceInfo, Stage, Token, TokenKind};
    // The segmenter keeps `DPRD.` whole at the end of a sentence, as if an
    // abbreviation: tokens made here the same way (one per word).
    let text = "Warga meminta jaksa mengusut aliran dana proyek itu hingga ke DPRD.";
    let mut doc = Document::new(text.to_string(), SourceInfo::default());
    doc.language.code = "id".into();
    let mut start = 0;
    for word in text.split(' ') {
        let len = word.chars().count();
        doc.tokens.push(Token {
            start,
            end: start + len,
            sentence: 0,
            kind: TokenKind::Word,
            clitic: false,
        });
        start += len + 1;
    }
    common::stage()
        .process(&mut doc)
        .expect("entity stage runs");
    assert_eq!(actor(&doc, "DPRD.").as_deref(), Some("IDNLEG"));
}

#[test]
fn nuclear_sites_and_english_names_of_indonesian_agencies() {
    let doc = common::run(
        "JAKARTA (Reuters) - Lawmakers summoned the head of the National Nutrition Agency on \
         Thursday, days after strikes on Natanz and Fordow.",
        "en",
        None,
    );
    assert_eq!(
        actor(&doc, "National Nutrition Agency").as_deref(),
        Some("IDNGOV")
    );
    assert_eq!(actor(&doc, "Natanz").as_deref(), Some("IRN"));
    assert_eq!(actor(&doc, "Fordow").as_deref(), Some("IRN"));
}
