//! English participants without a name of their own or with a plural title:
//! offices named alone (`the information minister`), unions named by their
//! tail word, and plural titles before coordinated names. Sentences written
//! for warta.

mod common;

use common::actor_and_rule as actor;

use warta_core::Document;

fn run(text: &str) -> Document {
    common::run(text, "en", None)
}

#[test]
fn an_office_after_the_is_an_actor_of_the_home_country() {
    let doc = run(
        "HARARE, Oct 3 (Reuters) - Zimbabwe's police arrested 30 opposition supporters \
         in Zimbabwe on Tuesday. The information minister accused foreign-funded groups \
         of trying to destabilise Zimbabwe.",
    );
    let (a, rule) = actor(&doc, "minister").expect("the minister is an actor");
    assert_eq!(a.as_deref(), Some("ZWEGOV"));
    assert_eq!(rule, "entities:role:unnamed");
}

#[test]
fn an_office_without_an_opener_is_no_actor() {
    // `a general strike` names no general; `China's ambassador` is left to
    // the possessive country.
    let doc = run(
        "HARARE, Oct 3 (Reuters) - Unions in Zimbabwe called a general strike on \
         Tuesday, and Zimbabwe summoned China's ambassador.",
    );
    assert!(actor(&doc, "general").is_none(), "{:?}", doc.entities);
    assert!(actor(&doc, "ambassador").is_none(), "{:?}", doc.entities);
}

#[test]
fn an_office_a_named_person_holds_refers_back_to_them() {
    let doc = run(
        "MADRID, Oct 3 (Reuters) - Spanish Interior Minister Fernando Grande-Marlaska \
         visited Ceuta in Spain on Tuesday. The minister accused Moroccan border police \
         of standing by.",
    );
    let (a, rule) = actor(&doc, "minister").expect("the minister is a mention");
    assert_eq!(a.as_deref(), Some("ESPGOV"));
    assert_eq!(rule, "entities:alias:title");
    let e = doc
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "minister"))
        .expect("an entity");
    assert_eq!(e.canonical, "Fernando Grande-Marlaska");
}

#[test]
fn a_union_named_by_its_tail_is_a_labour_body() {
    let doc = run(
        "JAKARTA, Oct 3 (Reuters) - Police in Indonesia arrested 12 farmers on Monday. \
         The Indonesian Peasants Union condemned the arrests.",
    );
    let (a, rule) = actor(&doc, "Indonesian Peasants Union").expect("the union is an actor");
    assert_eq!(a.as_deref(), Some("IDNLAB"));
    assert_eq!(rule, "entities:org:named");
}

#[test]
fn a_plural_title_names_the_first_of_two_people() {
    let doc = run(
        "PORT MORESBY, Oct 3 (Reuters) - Papua New Guinea's parliament ratified the \
         treaty, signed by Prime Ministers James Marape and Anthony Albanese last year. \
         Marape rejected the criticism.",
    );
    let (a, _) = actor(&doc, "James Marape").expect("Marape is a person");
    assert_eq!(a.as_deref(), Some("PNGGOV"));
    assert_eq!(actor(&doc, "Marape").unwrap().0.as_deref(), Some("PNGGOV"));
}

#[test]
fn state_offices_and_civic_groups_are_home_groups() {
    let doc = run(
        "SEOUL, Oct 3 (Reuters) - South Korea's parliament passed the bill in South Korea \
         on Tuesday. Civic groups rallied outside parliament, and the presidential office \
         rejected their demands.",
    );
    let (a, rule) = actor(&doc, "presidential office").expect("the office is an actor");
    assert_eq!(a.as_deref(), Some("KORGOV"));
    assert_eq!(rule, "entities:agent:home_country");
    let (a, _) = actor(&doc, "Civic groups").expect("civic groups are a group");
    assert_eq!(a.as_deref(), Some("KORNGO"));
}
