//! Scene targets (`scene` way of `events_counterparts.tsv`): aid from a
//! foreign source whose clause names no recipient goes to the story's home
//! country, the country the disaster or war happens in. The sentences are
//! written for these tests; entities are filled in as the entity stage would.

mod common;

use common::{L, O, run};

use warta_core::{Document, EntityType};

/// A test document in English, one sentence per line.
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "en", "2026-08-19", ents)
}

#[test]
fn a_foreign_pledge_in_a_disaster_story_goes_to_the_home_country() {
    let mut d = doc(
        "Floods swept through northern Bangladesh on Monday, officials in Bangladesh said.\n\
         The Bangladesh government opened shelters in Sylhet.\n\
         Germany pledged a further $4 million in emergency funds.",
        &[
            ("Bangladesh", L, "BGD"),
            ("Bangladesh government", O, "BGDGOV"),
            ("Sylhet", L, "BGD"),
            ("Germany", L, "DEU"),
        ],
    );
    let got = run(&mut d, false);
    assert!(
        got.iter().any(|e| e.starts_with("AID DEU->BGD~scene")),
        "{got:?}"
    );
}

#[test]
fn the_home_country_gets_no_scene_target_for_its_own_aid() {
    // The home country's own relief is no aid to itself.
    let mut d = doc(
        "Floods swept through northern Bangladesh on Monday.\n\
         Bangladesh pledged a further $4 million in emergency funds.",
        &[("Bangladesh", L, "BGD"), ("Bangladesh", L, "BGD")],
    );
    let got = run(&mut d, false);
    assert!(!got.iter().any(|e| e.contains("~scene")), "{got:?}");
}

#[test]
fn foreign_sanctions_in_a_story_about_one_country_go_to_it() {
    let mut d = doc(
        "Iran launched a new enrichment site near Isfahan, Iranian officials said.\n\
         Iran said the site would open next year.\n\
         The United States imposed fresh sanctions on Friday.",
        &[
            ("Iran", L, "IRN"),
            ("Isfahan", L, "IRN"),
            ("Iranian officials", O, "IRNGOV"),
            ("Iran", L, "IRN"),
            ("United States", L, "USA"),
        ],
    );
    let got = run(&mut d, false);
    assert!(
        got.iter().any(|e| e.starts_with("SANCTION USA->IRN~")),
        "{got:?}"
    );
}

#[test]
fn a_foreign_appeal_in_a_story_about_one_country_goes_to_it() {
    let mut d = doc(
        "Gunmen attacked a village in northern Nigeria, Nigerian police said.\n\
         Nigerian police said the search went on in Zamfara.\n\
         The United Nations called for an independent inquiry.",
        &[
            ("Nigeria", L, "NGA"),
            ("Nigerian police", O, "NGACOP"),
            ("Nigerian police", O, "NGACOP"),
            ("Zamfara", L, "NGA"),
            ("United Nations", O, "IGOUNO"),
        ],
    );
    let got = run(&mut d, false);
    assert!(
        got.iter().any(|e| e.starts_with("REQUEST IGOUNO->NGA~")),
        "{got:?}"
    );
}
