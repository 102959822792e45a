//! `kedua negara` / `the two countries` after two countries named earlier in
//! the same sentence means those two, not the story's protagonists.
//! Sentences written for warta.

mod common;

use warta_core::Document;

/// Canonical names of the entities with a pair mention in sentence `s`.
fn pair_of(doc: &Document, s: usize) -> Vec<String> {
    let mut v: Vec<String> = doc
        .entities
        .iter()
        .filter(|e| {
            e.mentions
                .iter()
                .any(|m| m.sentence == s && m.rule == "entities:alias:kedua_negara")
        })
        .filter_map(|e| e.country.clone())
        .collect();
    v.sort();
    v
}

#[test]
fn two_countries_in_the_same_sentence() {
    let doc = common::run(
        "Kapal penjaga pantai China kembali memasuki perairan Natuna, kata Bakamla. China \
         menyebut kapalnya berpatroli rutin. Indonesia memprotes kehadiran kapal China itu. \
         Di sisi lain, Indonesia dan Vietnam sepakat menggelar patroli terkoordinasi di \
         perbatasan laut kedua negara mulai bulan depan.",
        "id",
        None,
    );
    assert_eq!(pair_of(&doc, 3), vec!["IDN".to_string(), "VNM".to_string()]);
}

#[test]
fn otherwise_the_story_protagonists() {
    let doc = common::run(
        "Thailand dan Kamboja sepakat memperpanjang gencatan senjata di perbatasan. Malaysia \
         menyambut baik kesepakatan itu. Kedua negara akan bertemu lagi bulan depan.",
        "id",
        None,
    );
    assert_eq!(pair_of(&doc, 2), vec!["KHM".to_string(), "THA".to_string()]);
}
