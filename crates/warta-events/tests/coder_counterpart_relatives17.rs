//! A counterpart taken from the sentence (`counterpart/sentence.rs`) is not
//! an actor of a relative clause on the source: `kelompok yang berafiliasi
//! dengan X menyerang ...` and `the army, which has relied on X, ...` say
//! who the source is, not whom it acts on. Entities are placed by the test;
//! sentences written for warta.

mod common;

use common::{L, O, has};

use warta_core::EntityType;

/// `TYPE SRC->TGT [aux]` per event of a document in `lang`.
fn code(text: &str, lang: &str, ents: &[(&str, EntityType, &str)]) -> Vec<String> {
    let mut d = common::doc(text, lang, "2025-11-10", ents);
    common::run(&mut d, false)
}

#[test]
fn an_affiliation_in_a_relative_clause_on_the_source_is_no_target_id() {
    let got = code(
        "Militan yang berafiliasi dengan Al Qaeda menyerang sebuah konvoi di dekat Gao pada Senin.",
        "id",
        &[
            ("Militan", O, "MLIREB"),
            ("Al Qaeda", O, "IMGREB"),
            ("Gao", L, "MLI"),
        ],
    );
    // (A later way may still fill the target: the story's pair.)
    assert!(!has(&got, "ASSAULT MLIREB->IMGREB~counterpart"), "{got:?}");
}

#[test]
fn an_affiliation_after_the_trigger_is_still_a_target_id() {
    // The same actor named after the trigger is the one attacked.
    let got = code(
        "Militan menyerang pos Al Qaeda di dekat Gao pada Senin.",
        "id",
        &[
            ("Militan", O, "MLIREB"),
            ("Al Qaeda", O, "IMGREB"),
            ("Gao", L, "MLI"),
        ],
    );
    assert!(has(&got, "ASSAULT MLIREB->IMGREB"), "{got:?}");
}
