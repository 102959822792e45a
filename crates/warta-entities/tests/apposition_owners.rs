//! A person named with a role in apposition whose owner stands in the
//! possessive (`Esmaeil Baghaei, Iran's foreign ministry spokesman,`,
//! `X, the Taliban administration's chief spokesman,`) takes the owner's
//! country. Sentences written for warta.

mod common;

use common::actor_of;

#[test]
fn a_possessive_country_opens_the_apposition() {
    let text =
        "Kamran Dehghani, Iran's foreign ministry spokesman, rejected the French accusation.";
    assert_eq!(
        actor_of(text, "en", "Kamran Dehghani").as_deref(),
        Some("IRNGOV")
    );
}

#[test]
fn a_possessive_noun_after_an_organisation_takes_its_country() {
    let text =
        "Abdul Rahim Sadiq, the Taliban administration's deputy spokesman, denied the report.";
    let actor = actor_of(text, "en", "Abdul Rahim Sadiq");
    assert_eq!(actor.as_deref().map(|a| &a[..3]), Some("AFG"));
}

#[test]
fn indonesian_appositions_keep_their_country() {
    let text =
        "Kamran Dehghani, juru bicara Kementerian Luar Negeri Iran, menolak tuduhan Prancis.";
    assert_eq!(
        actor_of(text, "id", "Kamran Dehghani").as_deref(),
        Some("IRNGOV")
    );
}
