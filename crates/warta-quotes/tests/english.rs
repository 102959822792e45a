//! English quote forms, on wire-style texts written for these tests.

mod common;

use common::*;
use warta_core::EntityType::{Location, Organization, Person};

#[test]
fn said_after_and_before_the_name() {
    let text = "MANILA (Reuters) - The Philippines will deploy more coast guard ships to the shoal, officials said on Monday.\n\
\"We will not be intimidated,\" said Jay Tarriela, a coast guard spokesman.\n\
\"Our presence there is lawful,\" Tarriela said.\n\
\"The vessels will stay,\" he added.";
    let mut d = doc(text, "en");
    let jay = entity(
        &mut d,
        Person,
        "Jay Tarriela",
        None,
        &["Jay Tarriela", "Tarriela"],
    );
    entity(&mut d, Location, "Philippines", None, &["Philippines"]);
    entity(&mut d, Organization, "Reuters", None, &["Reuters"]);
    time(&mut d, "on Monday");
    run(&mut d);
    offsets_consistent(&d);
    for prefix in ["We will not", "Our presence", "The vessels"] {
        let q = quote(&d, prefix, true);
        assert_eq!(q.speaker.as_deref(), Some(jay.as_str()), "{prefix}");
        assert!(
            q.rule.starts_with("quotes:en:direct:post_tag"),
            "{}",
            q.rule
        );
    }
    assert_eq!(d.sources.first().map(|s| s.name.as_str()), Some("Reuters"));
    assert_eq!(d.sources[0].rule, "quotes:en:source:dateline");
    // `…, officials said on Monday.`
    let q = quote(&d, "The Philippines will deploy", false);
    assert_eq!(q.speaker_name.as_deref(), Some("officials"));
}

#[test]
fn colon_tag_and_that_clause() {
    let text = "Defence Minister Richard Marles told parliament: \"Australia stands with its partners.\"\n\
Marles said that the new submarines would arrive in 2032.\n\
The ministry said the patrols were routine.";
    let mut d = doc(text, "en");
    let marles = entity(
        &mut d,
        Person,
        "Richard Marles",
        Some("Defence Minister"),
        &["Richard Marles", "Marles"],
    );
    entity(&mut d, Location, "Australia", None, &["Australia"]);
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "Australia stands", true);
    assert_eq!(q.speaker.as_deref(), Some(marles.as_str()));
    let q = quote(&d, "the new submarines", false);
    assert_eq!(q.speaker.as_deref(), Some(marles.as_str()));
    assert!(q.text.ends_with("in 2032"), "{}", q.text);
    let q = quote(&d, "the patrols were routine", false);
    assert_eq!(q.speaker_name.as_deref(), Some("The ministry"));
}

#[test]
fn citing_chain_and_according_to() {
    let text = "Interfax, citing Defence Minister Andrei Belousov, said the drills would start in October.\n\
According to the state news agency KCNA, the launch was a success.";
    let mut d = doc(text, "en");
    let belousov = entity(
        &mut d,
        Person,
        "Andrei Belousov",
        Some("Defence Minister"),
        &["Andrei Belousov"],
    );
    entity(&mut d, Organization, "Interfax", None, &["Interfax"]);
    let kcna = entity(&mut d, Organization, "KCNA", None, &["KCNA"]);
    d.entities.last_mut().expect("just added").sector = Some("MED".into());
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "the drills would start", false);
    assert_eq!(q.speaker.as_deref(), Some(belousov.as_str()));
    assert_eq!(q.via, vec!["Interfax"]);
    let q = quote(&d, "the launch was a success", false);
    assert_eq!(q.speaker.as_deref(), Some(kcna.as_str()));
    assert_eq!(q.verb.as_deref(), Some("according"));
    // A news medium cited with `according to` is also a story-wide source;
    // Interfax, who cites a minister, is not.
    let names: Vec<&str> = d.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["KCNA"]);
}

#[test]
fn story_source_as_reported_by() {
    let text = "The ferry sank near the coast, as reported by AFP.";
    let mut d = doc(text, "en");
    run(&mut d);
    assert_eq!(d.sources.len(), 1, "{:#?}", d.sources);
    assert_eq!(d.sources[0].name, "AFP");
    assert_eq!(d.sources[0].text, "as reported by AFP");
}

#[test]
fn curly_quotes_with_pronoun_and_no_entities() {
    let text = "Prime Minister Anwar Ibrahim spoke after the summit.\n“We want a peaceful settlement,” he said.";
    let mut d = doc(text, "en");
    let anwar = entity(
        &mut d,
        Person,
        "Anwar Ibrahim",
        Some("Prime Minister"),
        &["Anwar Ibrahim"],
    );
    run(&mut d);
    let q = quote(&d, "We want a peaceful", true);
    // Nobody spoke before: the pronoun goes to the last mentioned person.
    assert_eq!(q.speaker.as_deref(), Some(anwar.as_str()));
}

#[test]
fn denied_needs_a_clause() {
    let text = "The company denied the report.\nThe company denied that it had sold user data.";
    let mut d = doc(text, "en");
    run(&mut d);
    assert_eq!(d.quotes.len(), 1, "{:#?}", d.quotes);
    assert_eq!(d.quotes[0].text, "it had sold user data");
}

#[test]
fn names_with_of_and_told_with_addressee() {
    let text = "\"This is a clear provocation,\" the Joint Chiefs of Staff said in a statement.\n\
Prime Minister Fumio Kishida told reporters that Tokyo had lodged a protest.\n\
The minister told parliament the budget was final.";
    let mut d = doc(text, "en");
    let kishida = entity(
        &mut d,
        Person,
        "Fumio Kishida",
        Some("Prime Minister"),
        &["Fumio Kishida"],
    );
    run(&mut d);
    offsets_consistent(&d);
    let q = quote(&d, "This is a clear provocation", true);
    assert_eq!(q.speaker_name.as_deref(), Some("the Joint Chiefs of Staff"));
    let q = quote(&d, "Tokyo had lodged", false);
    assert_eq!(q.speaker.as_deref(), Some(kishida.as_str()));
    // `told` + addressee with no `that`: no clause boundary we can trust.
    assert!(
        !d.quotes.iter().any(|q| q.text.starts_with("parliament")),
        "{:#?}",
        d.quotes
    );
}

#[test]
fn tag_between_commas_reports_the_clause_before() {
    let text = "North Korea fired two ballistic missiles into the sea, the military said, days after the drills ended.";
    let mut d = doc(text, "en");
    run(&mut d);
    let q = quote(&d, "North Korea fired", false);
    assert_eq!(q.speaker_name.as_deref(), Some("the military"));
    assert!(q.text.ends_with("into the sea"), "{}", q.text);
}
