//! Unit tests of name recognition and role parsing.
use super::*;
use crate::tokens::{ascii_lowered, tokens};
use warta_core::{Document, LanguagePack, SourceInfo};

/// Roles of the person spans recognized in `text` (no tagger).
fn roles(text: &str, lang: &str) -> Vec<(String, Option<Role>)> {
    let kb = Kb::load().expect("kb loads");
    let tables = LangTables::load(&LanguagePack::get(lang).expect("pack"), &kb).expect("tables");
    let doc = Document::new(text.to_string(), SourceInfo::default());
    let lowered = ascii_lowered(&doc);
    let toks = tokens(&doc, &lowered, &tables.word_flags);
    recognize(&tables, &kb, &toks, None)
        .into_iter()
        .filter(|s| s.is_person())
        .map(|s| (crate::roles::join(&toks, s.first, s.last), s.role))
        .collect()
}

fn role_of(text: &str, lang: &str, name: &str) -> Role {
    let all = roles(text, lang);
    all.iter()
        .find(|(n, _)| n == name)
        .and_then(|(_, r)| r.clone())
        .unwrap_or_else(|| panic!("no role for {name} in {all:?}"))
}

#[test]
fn title_before_name_with_country_and_sector() {
    let r = role_of(
        "kata Menteri Pertahanan Rusia, Sergei Shoigu, kemarin.",
        "id",
        "Sergei Shoigu",
    );
    assert_eq!(r.text, "Menteri Pertahanan Rusia");
    assert_eq!(
        (r.country.as_deref(), r.sector.as_deref()),
        (Some("RUS"), Some("MIL"))
    );
}

#[test]
fn sector_inherited_from_the_organisation() {
    let r = role_of(
        "Kepala Polri Budi Hartono meninjau lokasi.",
        "id",
        "Budi Hartono",
    );
    assert_eq!(r.text, "Kepala Polri");
    assert_eq!(
        (r.country.as_deref(), r.sector.as_deref()),
        (Some("IDN"), Some("COP"))
    );
    let r = role_of(
        "Juru bicara Gedung Putih Karine Jean-Pierre berkata.",
        "id",
        "Karine Jean-Pierre",
    );
    assert_eq!(
        (r.country.as_deref(), r.sector.as_deref()),
        (Some("USA"), Some("GOV"))
    );
}

#[test]
fn english_titles_before_and_after_names() {
    let r = role_of(
        "said the U.S. Secretary of State Antony Blinken on Monday.",
        "en",
        "Antony Blinken",
    );
    assert_eq!(r.text, "U.S. Secretary of State");
    assert_eq!(
        (r.country.as_deref(), r.sector.as_deref()),
        (Some("USA"), Some("GOV"))
    );
    let r = role_of(
        "Maria Lopez, the Pentagon spokeswoman, declined to comment.",
        "en",
        "Maria Lopez",
    );
    assert_eq!(r.text, "Pentagon spokeswoman");
    assert_eq!(
        (r.country.as_deref(), r.sector.as_deref()),
        (Some("USA"), Some("MIL"))
    );
}

#[test]
fn plain_capitalized_words_are_not_people() {
    assert!(
        roles(
            "Dalam pertemuan itu Presiden mengatakan hal tersebut.",
            "id"
        )
        .is_empty()
    );
}

#[test]
fn english_town_after_a_title_is_the_first_name() {
    // `Hassan` is also a town in India: after the title it opens the name.
    let r = role_of(
        "Somali President Hassan Sheikh Mohamud met aid groups on Tuesday.",
        "en",
        "Hassan Sheikh Mohamud",
    );
    assert_eq!(r.country.as_deref(), Some("SOM"));
}

#[test]
fn indonesian_place_after_a_title_stays_the_office_place() {
    // In Indonesian the district comes between the title and the name.
    let all = roles("Wali Kota Surabaya Eri Cahyadi meninjau banjir.", "id");
    assert!(all.iter().any(|(n, _)| n == "Eri Cahyadi"), "{all:?}");
}

#[test]
fn dan_joins_two_fields_of_one_office() {
    let r = role_of(
        "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono meninjau pelabuhan itu.",
        "id",
        "Sakti Wahyu Trenggono",
    );
    assert_eq!(r.text, "Menteri Kelautan dan Perikanan");
    assert_eq!(r.sector.as_deref(), Some("GOV"));
}

#[test]
fn dan_before_another_title_does_not_join_two_offices() {
    // `Ketua` is a title, not a field: two people, two offices.
    let all = roles(
        "Menteri Kelautan dan Ketua DPR Puan Maharani meninjau pelabuhan itu.",
        "id",
    );
    let puan = all
        .iter()
        .find(|(n, _)| n.ends_with("Puan Maharani"))
        .unwrap_or_else(|| panic!("no Puan Maharani in {all:?}"));
    assert_eq!(puan.0, "Puan Maharani");
    assert_eq!(puan.1.as_ref().map(|r| r.text.as_str()), Some("Ketua DPR"));
}
