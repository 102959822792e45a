//! Agreement nouns (`the pact`, `the treaty`, `the signing`) refer back to a
//! signing (CAMEO 057, filed under PLOVER SUPPORT) as well as to AGREE and
//! COOPERATE events, and prefer a signing over a more recent agreement of
//! another kind (issue #6, session 9). Sentences written for warta; entities
//! are placed by the test, as the entity stage would.

mod common;

use common::{L, O, P, has};

use warta_core::{Document, EntityType};

fn en(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2026-03-14", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_pact_or_treaty_refers_back_to_the_signing() {
    let mut d = en(
        "Japan and the Philippines signed a defence pact in Manila on Monday.\n\
         Australia welcomed the pact.\n\
         China criticised the treaty as a threat to regional peace.\n\
         The European Union applauded the signing.",
        &[
            ("Japan", L, "JPN"),
            ("Philippines", L, "PHL"),
            ("Manila", L, "PHLGOV"),
            ("Australia", L, "AUS"),
            ("China", L, "CHN"),
            ("European Union", O, "IGO"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT AUS->JPN"), "{got:?}");
    assert!(has(&got, "ACCUSE CHN->JPN"), "{got:?}");
    assert!(has(&got, "SUPPORT IGO->JPN"), "{got:?}");
}

#[test]
fn a_signing_is_preferred_over_a_later_agreement_of_another_kind() {
    let mut d = en(
        "Armenia and Azerbaijan signed a peace treaty on Friday.\n\
         Washington agreed to ease restrictions on arms sales to Armenia.\n\
         Tehran criticised the treaty.",
        &[
            ("Armenia", L, "ARM"),
            ("Azerbaijan", L, "AZE"),
            ("Washington", L, "USAGOV"),
            ("Tehran", L, "IRNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE IRNGOV->ARM"), "{got:?}");
    assert!(!has(&got, "ACCUSE IRNGOV->USA"), "{got:?}");
}

#[test]
fn an_agreement_noun_does_not_refer_to_other_acts_or_as_a_generic_plural() {
    // An earlier event of another kind is not what `the pact` names.
    let mut d = en(
        "Russian drones attacked Ukraine overnight.\nBeijing criticised the pact on Tuesday.",
        &[
            ("Russian", L, "RUS"),
            ("Ukraine", L, "UKR"),
            ("Beijing", L, "CHNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT RUS->UKR"), "{got:?}");
    assert!(!has(&got, "ACCUSE CHNGOV->RUS"), "{got:?}");
    // A generic plural is no reference to the signing.
    let mut d = en(
        "Japan and the Philippines signed a defence pact on Monday.\n\
         Foreign Minister Wang Yi criticised pacts with outside powers.",
        &[
            ("Japan", L, "JPN"),
            ("Philippines", L, "PHL"),
            ("Wang Yi", P, "CHNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "ACCUSE CHNGOV->JPN"), "{got:?}");
}
