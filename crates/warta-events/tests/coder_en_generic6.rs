//! Generic English fixes of session 6 (issue #6): currency signs inside a
//! pattern's gap, quantifiers floating after their subject and negation kept
//! inside its own verb phrase. Entities are placed by the test; sentences
//! written for warta.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2026-03-04", ents)
}

/// `TYPE SRC->TGT CAMEO [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, true)
}

#[test]
fn a_currency_sign_does_not_break_a_pattern_gap() {
    let mut d = doc(
        "Japan pledged $40 million to the United Nations on Monday.\n\
         Germany pledged US$15 million to Sudan.\n\
         Britain pledged £20 million to Yemen.",
        &[
            ("Japan", L, "JPN"),
            ("United Nations", O, "IGOUNO"),
            ("Germany", L, "DEU"),
            ("Sudan", L, "SDN"),
            ("Britain", L, "GBR"),
            ("Yemen", L, "YEM"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "AID JPN->IGOUNO 070"), "{got:?}");
    assert!(has(&got, "AID DEU->SDN 070"), "{got:?}");
    assert!(has(&got, "AID GBR->YEM 070"), "{got:?}");
}

#[test]
fn a_floating_quantifier_leaves_the_verb_a_verb() {
    let mut d = doc(
        "Kenya and Rwanda said they would each send troops to Somalia.\n\
         Egypt and Qatar each sent troops to Sudan.",
        &[
            ("Kenya", L, "KEN"),
            ("Rwanda", L, "RWA"),
            ("Somalia", L, "SOM"),
            ("Egypt", L, "EGY"),
            ("Qatar", L, "QAT"),
            ("Sudan", L, "SDN"),
        ],
    );
    let got = run(&mut d);
    assert!(got.iter().any(|g| g.contains("->SOM")), "{got:?}");
    assert!(got.iter().any(|g| g.contains("->SDN")), "{got:?}");
}

/// Events whose aux carries `negation`.
fn negated(got: &[String], prefix: &str) -> bool {
    got.iter()
        .any(|g| g.starts_with(prefix) && g.contains("negation"))
}

#[test]
fn a_negation_does_not_reach_a_finite_verb_after_and() {
    let mut d = doc(
        "Indonesia would not issue new permits and asked Malaysia to take over supervision.",
        &[("Indonesia", L, "IDN"), ("Malaysia", L, "MYS")],
    );
    let got = run(&mut d);
    assert!(got.iter().any(|g| g.contains("IDN->MYS")), "{got:?}");
    assert!(!negated(&got, "REQUEST IDN->MYS"), "{got:?}");
}

#[test]
fn tidak_does_not_reach_a_men_verb_after_dan() {
    let mut d = common::doc(
        "Indonesia tidak akan menerbitkan izin baru dan meminta Malaysia mengambil alih pengawasan.",
        "id",
        "2026-03-04",
        &[("Indonesia", L, "IDN"), ("Malaysia", L, "MYS")],
    );
    let got = run(&mut d);
    assert!(got.iter().any(|g| g.contains("IDN->MYS")), "{got:?}");
    assert!(
        !got.iter()
            .any(|g| g.contains("IDN->MYS") && g.contains("negation")),
        "{got:?}"
    );
}
