//! First-person pronouns inside a direct quote refer to the quote's speaker
//! (`"Kami mengecam ...," kata juru bicara Kemlu India`: India accuses).
//! Sentences written for warta; entities and the quote are placed by the
//! test, as the entity and quote stages would.

mod common;

use common::{L, P, add_quote as quote, has};

#[test]
fn kami_in_a_quote_is_the_speaker() {
    let text = "Jakarta (ANTARA) - Ketegangan di perbatasan Kashmir meningkat.\n\
                “Kami mengecam keras tindakan Pakistan di perbatasan,” kata juru bicara Kemlu India Randhir Jaiswal, Selasa (13/10).";
    let mut d = common::doc(
        text,
        "id",
        "2026-10-13",
        &[("Pakistan", L, "PAK"), ("Randhir Jaiswal", P, "INDGOV")],
    );
    quote(
        &mut d,
        "Kami mengecam keras tindakan Pakistan di perbatasan",
        "E2",
        1,
    );
    let got = common::run(&mut d, false);
    assert!(has(&got, "ACCUSE INDGOV->PAK"), "{got:?}");
}

#[test]
fn we_outside_a_quote_stays_unresolved() {
    // The same words in narration have no speaker to stand for.
    let text = "WASHINGTON (Reuters) - Officials met on Monday.\n\
                We condemned Russia's strikes on Kharkiv, Senator John Reed said.";
    let mut d = common::doc(
        text,
        "en",
        "2026-10-13",
        &[("Russia", L, "RUS"), ("John Reed", P, "USALEG")],
    );
    let got = common::run(&mut d, false);
    assert!(!has(&got, "ACCUSE USALEG->RUS"), "{got:?}");
}

#[test]
fn we_in_an_english_quote_is_the_speaker() {
    let text = "WASHINGTON (Reuters) - Officials met on Monday.\n\
                \"We condemn Russia's strikes on Kharkiv,\" Senator John Reed said.";
    let mut d = common::doc(
        text,
        "en",
        "2026-10-13",
        &[("Russia", L, "RUS"), ("John Reed", P, "USALEG")],
    );
    quote(&mut d, "We condemn Russia's strikes on Kharkiv,", "E2", 1);
    let got = common::run(&mut d, false);
    assert!(has(&got, "ACCUSE USALEG->RUS"), "{got:?}");
}
