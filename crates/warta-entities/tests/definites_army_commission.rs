//! `the army`, `the military`, `the commission`, `the council`: definite
//! descriptions of a body named before, or (for the armed forces) of the
//! story's country; the dateline is none of them. Sentences written for warta.

mod common;

use warta_core::Document;

fn actor(doc: &Document, mention: &str) -> Option<String> {
    common::actor_and_rule(doc, mention).and_then(|(a, _)| a)
}

#[test]
fn the_army_is_the_story_country_s_army() {
    let doc = common::run(
        "PORT SUDAN, May 4 (Reuters) - Sudan's government said on Sunday that drones had hit a \
         fuel depot in the city. The paramilitary RSF said it had not carried out the strike and \
         accused the army of staging it.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "the army").as_deref(), Some("SDNMIL"));
}

#[test]
fn the_military_is_the_military_named_before() {
    let doc = common::run(
        "Myanmar's military said it had retaken the town. Residents said the military had \
         bombed a school.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "the military").as_deref(), Some("MMRMIL"));
}

#[test]
fn the_commission_is_the_commission_named_before() {
    let doc = common::run(
        "JAKARTA, June 2 (Reuters) - Indonesia's Corruption Eradication Commission (KPK) \
         arrested a regional head on Monday. Rights groups have accused parliament of weakening \
         the commission.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "the commission").as_deref(), Some("IDNJUD"));
}

#[test]
fn the_dateline_is_not_the_country() {
    let doc = common::run(
        "NAIROBI, May 4 (Reuters) - East African leaders gave South Sudan's government a month \
         to hold talks with the opposition, warning that the country would face sanctions.\n\
         South Sudan has rejected earlier deadlines, and South Sudan said it would not attend. \
         Kenya offered to host the talks.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "the country").as_deref(), Some("SSD"));
}

#[test]
fn a_dateline_month_is_no_town() {
    let doc = common::run(
        "JAKARTA, March 4 (Reuters) - Indonesia and Malaysia agreed on Tuesday to speed up \
         border talks.",
        "en",
        None,
    );
    assert!(
        doc.entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| m.text != "March")),
        "`March` is the month, not the town in England"
    );
}
