//! Office holders of the knowledge base (`data/actors/people.tsv`) named
//! without a title, as wire copy does after the first mention or in a
//! headline: their country and sector come from the office they hold on the
//! story's date. Sentences written for warta.

mod common;

use warta_core::{Document, Entity};

fn run(text: &str, lang: &str) -> Document {
    common::run(text, lang, Some("2026-03-02"))
}

fn actor<'a>(doc: &'a Document, text: &str) -> Option<&'a str> {
    doc.entities
        .iter()
        .find(|e: &&Entity| e.mentions.iter().any(|m| m.text == text))
        .and_then(|e| e.actor.as_deref())
}

#[test]
fn leaders_named_without_a_title() {
    let doc = run(
        "Maduro accused Washington of plotting against him, while Lukashenko and Pezeshkian \
         sent messages of support.",
        "en",
    );
    assert_eq!(actor(&doc, "Maduro"), Some("VENGOV"));
    assert_eq!(actor(&doc, "Lukashenko"), Some("BLRGOV"));
    assert_eq!(actor(&doc, "Pezeshkian"), Some("IRNGOV"));
}

#[test]
fn ministers_and_armed_group_leaders() {
    let doc = run(
        "Araghchi met Hakan Fidan in Ankara a day after Hemedti rejected a truce proposed by \
         Abdel Fattah al-Burhan.",
        "en",
    );
    assert_eq!(actor(&doc, "Araghchi"), Some("IRNGOV"));
    assert_eq!(actor(&doc, "Hakan Fidan"), Some("TURGOV"));
    assert_eq!(actor(&doc, "Hemedti"), Some("SDNREB"));
    assert_eq!(actor(&doc, "Abdel Fattah al-Burhan"), Some("SDNMIL"));
}

#[test]
fn an_office_that_ended_keeps_the_country_not_the_office() {
    // Shmyhal was prime minister until July 2025 and defence minister since.
    let doc = run(
        "Denys Shmyhal said new air defence systems had arrived.",
        "en",
    );
    assert_eq!(actor(&doc, "Denys Shmyhal"), Some("UKRMIL"));
}

#[test]
fn indonesian_text_names_foreign_leaders_too() {
    let doc = run(
        "Ramos-Horta dijadwalkan bertemu Presiden Prabowo di Jakarta, sementara Maduro \
         menuding Washington mendalangi kerusuhan.",
        "id",
    );
    assert_eq!(actor(&doc, "Ramos-Horta"), Some("TLSGOV"));
    assert_eq!(actor(&doc, "Maduro"), Some("VENGOV"));
}
