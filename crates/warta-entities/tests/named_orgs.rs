//! English organisations named by unknown words and a last word saying
//! what kind of body they are (`the Serbian Progressive Party`, `the Kachin
//! Independence Army`; table `entity_org_tails.tsv`, rule
//! `entities:org:named`): their country comes from a country, demonym or
//! possessive inside the name, else from the story. Sentences written for
//! warta.

mod common;

use common::{actor_and_rule, run};

const RULE: &str = "entities:org:named";

#[test]
fn a_demonym_inside_the_name_gives_the_country() {
    let doc = run(
        "The Serbian Progressive Party, which has governed since 2012, accused the students of \
         working for foreign powers.",
        "en",
        None,
    );
    let (actor, rule) = actor_and_rule(&doc, "Serbian Progressive Party").expect("the party");
    assert_eq!((actor.as_deref(), rule.as_str()), (Some("SRBPTY"), RULE));
}

#[test]
fn a_name_without_a_country_takes_the_story_country() {
    let text = "ANKARA, March 3 (Reuters) - Turkey's parliament debated the bill on Tuesday. \
                Turkish police detained 20 people in Istanbul, and Turkey's interior minister \
                defended the raids. The pro-Kurdish DEM Party condemned the detentions.";
    let doc = run(text, "en", None);
    let (actor, rule) = actor_and_rule(&doc, "DEM Party").expect("the party");
    assert_eq!(rule, RULE);
    assert!(
        actor.as_deref().is_some_and(|a| a.starts_with("TUR")),
        "{actor:?}"
    );
}

#[test]
fn a_country_in_the_possessive_owns_the_body() {
    let doc = run(
        "Indonesia's Constitutional Court threw out the petition on Monday.",
        "en",
        None,
    );
    let (actor, rule) =
        actor_and_rule(&doc, "Indonesia's Constitutional Court").expect("the court");
    assert_eq!((actor.as_deref(), rule.as_str()), (Some("IDNJUD"), RULE));
}

#[test]
fn a_person_in_the_possessive_ends_the_name() {
    let doc = run(
        "Police raided the offices of former Prime Minister Sheikh Hasina's Awami League.",
        "en",
        None,
    );
    let (_, rule) = actor_and_rule(&doc, "Awami League").expect("the league alone");
    assert_eq!(rule, RULE);
}

#[test]
fn role_phrases_in_capitals_and_names_after_of_are_left_alone() {
    let doc = run(
        "Russia's Foreign Ministry summoned the envoy, and the Government of National Unity \
         protested.",
        "en",
        None,
    );
    assert!(
        !doc.entities
            .iter()
            .flat_map(|e| &e.mentions)
            .any(|m| m.rule == RULE),
        "{:?}",
        doc.entities
    );
}

#[test]
fn the_acronym_of_a_named_body_is_that_body() {
    let text = "Fighting broke out near Myitkyina, Myanmar, where the Kachin Independence Army \
                (KIA) holds several posts. The KIA said two of its fighters were killed.";
    let doc = run(text, "en", None);
    let mentions: Vec<_> = doc
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (m.text.clone(), e.actor.clone()))
        })
        .filter(|(t, _)| t == "KIA")
        .collect();
    assert_eq!(mentions.len(), 2, "{:?}", doc.entities);
    assert!(
        mentions
            .iter()
            .all(|(_, a)| a.as_deref().is_some_and(|a| a.starts_with("MMR"))),
        "{mentions:?}"
    );
}

#[test]
fn the_initials_of_a_named_body_stand_for_it() {
    let text = "DHAKA, Jan 8 (AFP) - Bangladesh's election commission announced the results. \
                The main opposition Bangladesh Nationalist Party boycotted the poll, and the \
                government accused the BNP of violence.";
    let doc = run(text, "en", None);
    let (actor, rule) = actor_and_rule(&doc, "BNP").expect("the initials are the party");
    assert_eq!(rule, "entities:alias:acronym");
    assert_eq!(actor.as_deref(), Some("BGDPTY"));
}

#[test]
fn a_titled_name_in_the_possessive_is_the_person_later() {
    let text = "HONIARA, Oct 20 (Reuters) - Solomon Islands Prime Minister Jeremiah Manele's \
                government signed the deal. Manele rejected the criticism on Tuesday.";
    let doc = run(text, "en", None);
    let person = doc
        .entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == "Manele"))
        .expect("the surname is someone");
    assert_eq!(person.canonical, "Jeremiah Manele");
    assert_eq!(person.mentions.len(), 2, "{:?}", person.mentions);
}

#[test]
fn a_story_between_two_countries_places_the_body_by_its_sentence_or_dateline() {
    let text = "ANKARA, July 3 (Reuters) - Turkish jets struck targets in northern Iraq on \
                Tuesday, Turkey's defence ministry said. Turkey has kept troops in Iraq for \
                years, and Turkey's parliament backed the operation. The Kurdistan Regional Government in Erbil called for restraint. The \
                Peoples Equality Party condemned the strikes.";
    let doc = run(text, "en", None);
    let (krg, _) = actor_and_rule(&doc, "Kurdistan Regional Government").expect("the KRG");
    assert!(
        krg.as_deref().is_some_and(|a| a.starts_with("IRQ")),
        "{krg:?}"
    );
    let (party, _) = actor_and_rule(&doc, "Peoples Equality Party").expect("the party");
    assert!(
        party.as_deref().is_some_and(|a| a.starts_with("TUR")),
        "{party:?}"
    );
}
