//! English participants named by a capital in the possessive (`Ankara's
//! decision`) and by a count of people (`police detained 14 people`).
//! Sentences written for warta.

mod common;

use common::actor_and_rule as actor;

use warta_core::Document;

fn run(text: &str) -> Document {
    common::run(text, "en", None)
}

#[test]
fn a_capital_in_the_possessive_stands_for_its_government() {
    let doc = run(
        "Ankara's decision to close the crossing angered officials in Baghdad. \
         Beijing's response came a day later.",
    );
    let (a, rule) = actor(&doc, "Ankara's").expect("Ankara's is an actor");
    assert_eq!(a.as_deref(), Some("TURGOV"));
    assert_eq!(rule, "entities:gazetteer:capital_possessive");
    let (a, _) = actor(&doc, "Beijing's").expect("Beijing's is an actor");
    assert_eq!(a.as_deref(), Some("CHNGOV"));
}

#[test]
fn an_agent_after_a_possessive_capital_takes_its_country() {
    let doc = run("Moscow's troops shelled the village on Tuesday.");
    let (a, _) = actor(&doc, "Moscow's troops").expect("an agent phrase");
    assert_eq!(a.as_deref(), Some("RUSMIL"));
}

#[test]
fn a_small_town_in_the_possessive_is_no_actor() {
    let doc = run("Kitengela's market reopened on Monday, Kenyan officials said.");
    assert!(actor(&doc, "Kitengela's").is_none(), "{:?}", doc.entities);
}

#[test]
fn counted_people_are_a_crowd_of_the_home_country() {
    let doc = run(
        "NAIROBI, May 4 (Reuters) - Kenyan police arrested at least 40 people on \
         Sunday. Kenya's interior ministry said thousands of people had \
         marched. People familiar with the matter said Kenya would respond.",
    );
    let (a, rule) = actor(&doc, "people").expect("counted people");
    assert_eq!(a.as_deref(), Some("KENCVL"));
    assert_eq!(rule, "entities:agent:home_country");
    let (a, _) = actor(&doc, "thousands of people").expect("quantified people");
    assert_eq!(a.as_deref(), Some("KENCVL"));
    // A bare `People` is no participant.
    assert!(actor(&doc, "People").is_none(), "{:?}", doc.entities);
    let doc = run(
        "NAIROBI, May 4 (Reuters) - Kenyan police said on Sunday that five people \
         were arrested after Kenya's election. A man said he would appeal.",
    );
    assert_eq!(actor(&doc, "people").unwrap().0.as_deref(), Some("KENCVL"));
}

#[test]
fn a_seat_city_stands_for_its_organisation_only_in_its_stories() {
    let doc = run(
        "The European Union agreed new tariffs on Tuesday. Beijing urged Brussels \
         to drop the measures, and EU officials said talks would continue.",
    );
    let (a, _) = actor(&doc, "Brussels").expect("Brussels");
    assert_eq!(a.as_deref(), Some("IGO"));
    // Without the organisation, or in a story about Belgium, the capital
    // stays the Belgian government.
    let doc = run("Beijing urged Brussels to drop the measures, the ministry said.");
    assert_eq!(
        actor(&doc, "Brussels").unwrap().0.as_deref(),
        Some("BELGOV")
    );
    let doc = run(
        "Belgium's coalition talks stalled. The EU and the European Union's \
         envoys watched as Brussels named a new mediator.",
    );
    assert_eq!(
        actor(&doc, "Brussels").unwrap().0.as_deref(),
        Some("BELGOV")
    );
}

#[test]
fn relatives_unions_and_an_unnamed_opposition_leader_are_home_groups() {
    let doc = run(
        "LIMA, Nov 5 (Reuters) - Peru's government declared a state of emergency in \
         Peru on Thursday. Relatives of the detained miners held a vigil outside the \
         prison. Transport unions called off their stoppage on Tuesday. The opposition \
         leader accused the government of lying.",
    );
    let (a, rule) = actor(&doc, "Relatives").expect("the relatives are a group");
    assert_eq!(a.as_deref(), Some("PERCVL"));
    assert_eq!(rule, "entities:agent:home_country");
    let (a, _) = actor(&doc, "Transport unions").expect("the unions are a group");
    assert_eq!(a.as_deref(), Some("PERLAB"));
    let (a, _) = actor(&doc, "The opposition leader").expect("the leader is a participant");
    assert_eq!(a.as_deref(), Some("PEROPP"));
}
