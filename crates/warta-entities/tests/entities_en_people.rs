//! English people the role and name rules must get right: pronoun-shaped
//! and town-shaped name words after a title, a possessive country before a
//! title, an unqualified title in a wire story, journalists in a credit line.
//! Sentences written for warta.

mod common;

use warta_core::{Document, Entity, EntityType};

fn run(text: &str) -> Document {
    common::run(text, "en", None)
}

fn by_mention<'a>(doc: &'a Document, text: &str) -> Option<&'a Entity> {
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == text))
}

#[test]
fn pronoun_shaped_name_after_a_title() {
    let doc = run("Bessent said he had spoken with Chinese Vice Premier He Lifeng on Friday.");
    let he = by_mention(&doc, "He Lifeng").expect("He Lifeng is a name");
    assert_eq!(he.kind, EntityType::Person);
    assert_eq!(he.actor.as_deref(), Some("CHNGOV"));
}

#[test]
fn town_shaped_surname_after_a_title() {
    let doc = run("Iran's chief negotiator Ali Bagheri Kani met officials in Vienna.");
    let p = by_mention(&doc, "Ali Bagheri Kani").expect("the whole name");
    assert_eq!(p.actor.as_deref(), Some("IRNGOV"));
    assert!(by_mention(&doc, "Kani").is_none_or(|e| e.kind == EntityType::Person));
}

#[test]
fn possessive_country_before_a_title() {
    let doc = run(
        "Indonesia's Foreign Minister Budi Harsono met Timor-Leste's Prime Minister Xanana Gusmao in Dili.",
    );
    let actor = |n: &str| by_mention(&doc, n).and_then(|e| e.actor.clone());
    assert_eq!(actor("Budi Harsono").as_deref(), Some("IDNGOV"));
    assert_eq!(actor("Xanana Gusmao").as_deref(), Some("TLSGOV"));
}

#[test]
fn unqualified_title_takes_the_dateline_country() {
    let doc = run(
        "DHAKA, March 4 (Reuters) - Prime Minister Rahima Sultana said Bangladesh would ask India to stop the killings.\nBangladesh summoned the envoy.",
    );
    let p = by_mention(&doc, "Rahima Sultana").expect("titled person");
    assert_eq!(p.actor.as_deref(), Some("BGDGOV"));
}

#[test]
fn credit_line_names_are_people_not_places() {
    let doc =
        run("Talks resumed on Friday.\n(Reporting by Daniel Moreno; Editing by Clara Whitfield)");
    for name in ["Daniel Moreno", "Clara Whitfield"] {
        let p = by_mention(&doc, name).unwrap_or_else(|| panic!("{name} found"));
        assert_eq!(p.kind, EntityType::Person, "{name}");
        assert_eq!(p.actor, None, "{name}");
    }
    assert!(by_mention(&doc, "Moreno").is_none());
}
