//! English possessives across an adjective that is also an agent noun
//! (`Indonesia's national police`), and a town
//! name right after a lower-case title that is the person's first name
//! (`Egypt's intelligence chief Hassan Rashad`). Sentences written for warta.

mod common;

use common::actor_of;

#[test]
fn the_possessor_owns_the_national_police() {
    let text = "Victims said they had been beaten by their captors in Cambodia.\n\n\
                Indonesia's national police said on Tuesday they had arrested four suspects.";
    assert_eq!(
        actor_of(text, "en", "Indonesia's national police").as_deref(),
        Some("IDNCOP")
    );
}

#[test]
fn a_town_after_a_lower_case_title_opens_the_name() {
    let text = "Egypt's intelligence chief Hassan Rashad hosted a delegation in Cairo on Tuesday.";
    let actor = actor_of(text, "en", "Hassan Rashad");
    assert!(
        actor.as_deref().is_some_and(|a| a.starts_with("EGY")),
        "{actor:?}"
    );
}
