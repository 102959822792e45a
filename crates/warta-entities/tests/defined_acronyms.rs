//! An acronym the document defines in brackets after a known organisation
//! (`Pasukan Demokratik Suriah (SDF)`) is that organisation wherever it
//! comes back, also before a person's name after a title (`Komandan SDF
//! Mazloum Abdi`). Sentences written for warta.

mod common;

use common::{actor_and_rule, run};
use warta_core::{Document, Entity};

/// The entity with a mention spelled `text`.
fn entity_named<'a>(doc: &'a Document, text: &str) -> &'a Entity {
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == text))
        .unwrap_or_else(|| panic!("no entity is mentioned as {text:?}"))
}

#[test]
fn a_bracketed_acronym_stands_for_the_organisation_later() {
    let text = "Pasukan Demokratik Suriah (SDF) menguasai wilayah timur laut. \
                Komandan SDF Mazloum Abdi menuduh Turki menyerang desa-desa Kurdi pada Senin.";
    let doc = run(text, "id", None);
    let (actor, _) = actor_and_rule(&doc, "Mazloum Abdi").expect("the commander is a person");
    assert!(
        actor.as_deref().is_some_and(|a| a.starts_with("SYR")),
        "{actor:?}"
    );
    let sdf = entity_named(&doc, "Pasukan Demokratik Suriah");
    assert_eq!(
        sdf.mentions.iter().filter(|m| m.text == "SDF").count(),
        2,
        "{:?}",
        sdf.mentions
    );
}

#[test]
fn an_acronym_defined_for_nothing_known_is_left_alone() {
    // No known organisation before the brackets: `KDF` is no alias.
    let text = "Warga mendirikan Kelompok Desa Fajar (KDF) pekan lalu. \
                Ketua KDF Budi Santoso menolak tambang itu.";
    let doc = run(text, "id", None);
    assert!(
        doc.entities
            .iter()
            .flat_map(|e| &e.mentions)
            .all(|m| m.rule != "entities:alias:acronym"),
        "{:?}",
        doc.entities
    );
}

#[test]
fn an_acronym_spelled_by_a_known_name_without_brackets_is_that_organisation() {
    // Wire copy often drops the brackets: `SDF` spells the initials of the
    // forces named in the lead.
    let text = "DAMASCUS, Nov 3 (Reuters) - The Syrian Democratic Forces agreed on Monday to hand \
                over two oil fields. SDF commanders said the handover would take a month.";
    let doc = run(text, "en", None);
    let sdf = entity_named(&doc, "Syrian Democratic Forces");
    assert!(
        sdf.mentions
            .iter()
            .any(|m| m.text == "SDF" && m.rule == "entities:alias:acronym"),
        "{:?}",
        sdf.mentions
    );
}

#[test]
fn initials_of_an_unrelated_name_make_no_alias() {
    // `KDF` spells no organisation named in the story.
    let text = "The Syrian Democratic Forces agreed on Monday to hand over two oil fields. \
                KDF fighters said they would stay.";
    let doc = run(text, "en", None);
    assert!(
        doc.entities
            .iter()
            .flat_map(|e| &e.mentions)
            .all(|m| m.text != "KDF" || m.rule != "entities:alias:acronym"),
        "{:?}",
        doc.entities
    );
}
