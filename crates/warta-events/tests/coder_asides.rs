//! The one aside mechanism of `insertion.rs` (issue #6, session 10: it
//! merged two overlapping ones) in both languages: a relative clause with
//! commas of its own, a long possessive appositive, and a relative clause on
//! an object that a coordinated verb follows. Sentences are our own;
//! entities are placed by the test, as the entity stage would.

mod common;

use common::{L, O, P, has};

use warta_core::Document;

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_relative_clause_with_inner_commas_is_skipped_in_both_languages() {
    let mut en = common::doc(
        "Turkey, which regards the YPG, the main Kurdish militia in Syria, as a branch of the PKK, condemned the United States on Monday.",
        "en",
        "2026-03-10",
        &[
            ("Turkey", L, "TUR"),
            ("YPG", O, "SYRREB"),
            ("Syria", L, "SYR"),
            ("PKK", O, "TURREB"),
            ("United States", L, "USA"),
        ],
    );
    let got = run(&mut en);
    assert!(has(&got, "ACCUSE TUR->USA"), "{got:?}");
    let mut id = common::doc(
        "Turki, yang menganggap YPG, milisi Kurdi terbesar di Suriah, sebagai cabang PKK, mengecam Amerika Serikat pada Senin.",
        "id",
        "2026-03-10",
        &[
            ("Turki", L, "TUR"),
            ("YPG", O, "SYRREB"),
            ("Suriah", L, "SYR"),
            ("PKK", O, "TURREB"),
            ("Amerika Serikat", L, "USA"),
        ],
    );
    let got = run(&mut id);
    assert!(has(&got, "ACCUSE TUR->USA"), "{got:?}");
}

#[test]
fn a_long_possessive_appositive_is_skipped() {
    let mut d = common::doc(
        "China, Indonesia's largest trading partner and a major investor in its nickel industry, warned Japan against new export curbs.",
        "en",
        "2026-03-10",
        &[
            ("China", L, "CHN"),
            ("Indonesia's", L, "IDN"),
            ("Japan", L, "JPN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN CHN->JPN"), "{got:?}");
}

#[test]
fn a_relative_clause_on_the_object_before_a_coordinated_verb_is_not_an_aside() {
    let mut d = common::doc(
        "Indonesian police arrested Hasan Basri, who had fled to Malaysia in March, and accused Malaysia of sheltering him.",
        "en",
        "2026-03-10",
        &[
            ("Indonesian police", O, "IDNCOP"),
            ("Hasan Basri", P, "IDN"),
            ("Malaysia", L, "MYS"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE IDNCOP->MYS"), "{got:?}");
    assert!(
        !got.iter().any(|e| e.starts_with("ACCUSE IDN->")),
        "{got:?}"
    );
}
