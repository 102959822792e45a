//! English actor mentions the event coder needs: countries in the possessive,
//! demonyms standing for their country before a common noun, agent nouns for
//! state bodies, weapons and captives, plural demonyms. Sentences written for
//! warta.

mod common;

use warta_core::{Document, Entity};

fn run(text: &str) -> Document {
    common::run(text, "en", None)
}

fn by_mention<'a>(doc: &'a Document, text: &str) -> &'a Entity {
    doc.entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| m.text == text))
        .unwrap_or_else(|| {
            let all: Vec<&str> = doc
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| m.text.as_str()))
                .collect();
            panic!("no entity mentioned as `{text}` among {all:?}")
        })
}

fn actor(doc: &Document, text: &str) -> Option<String> {
    by_mention(doc, text).actor.clone()
}

#[test]
fn a_country_in_the_possessive_is_an_actor() {
    let doc = run("Drones struck Moldova's power grid overnight.");
    let e = by_mention(&doc, "Moldova's");
    assert_eq!(e.actor.as_deref(), Some("MDA"));
    assert_eq!(e.mentions[0].rule, "entities:gazetteer:country_possessive");
}

#[test]
fn a_demonym_before_a_common_noun_stands_for_its_country() {
    let doc = run("The Chilean proposal was rejected, and a Peruvian trawler left.");
    assert_eq!(actor(&doc, "Chilean").as_deref(), Some("CHL"));
    assert_eq!(actor(&doc, "Peruvian").as_deref(), Some("PER"));
    // A demonym that GeoNames also lists as a town's alternate name.
    let doc = run("Thai officials met on Friday, and a Thai trawler left.");
    assert_eq!(actor(&doc, "Thai").as_deref(), Some("THA"));
    // Before a capitalized title the demonym belongs to the title.
    let doc = run("Chilean President Gabriel Boric spoke on Monday.");
    assert!(
        !doc.entities
            .iter()
            .any(|e| e.mentions.iter().any(|m| m.text == "Chilean")),
        "{:?}",
        doc.entities
    );
}

#[test]
fn ministries_weapons_and_captives_are_agents_of_their_country() {
    let doc = run(
        "Norway's foreign ministry said Syrian jets bombed a market, and Danish hostages \
         were freed while three Chinese companies were fined.",
    );
    assert_eq!(
        actor(&doc, "Norway's foreign ministry").as_deref(),
        Some("NORGOV")
    );
    assert_eq!(actor(&doc, "Syrian jets").as_deref(), Some("SYRMIL"));
    assert_eq!(actor(&doc, "Danish hostages").as_deref(), Some("DNKCVL"));
    assert_eq!(actor(&doc, "Chinese companies").as_deref(), Some("CHNBUS"));
}

#[test]
fn delegations_cabinets_armed_groups_and_civilian_groups_are_agents() {
    let doc = run(
        "A Peruvian delegation met Israel's cabinet after Afghan rebel leaders and \
         Palestinian youths were named.",
    );
    assert_eq!(
        actor(&doc, "Peruvian delegation").as_deref(),
        Some("PERGOV")
    );
    assert_eq!(actor(&doc, "Israel's cabinet").as_deref(), Some("ISRGOV"));
    assert_eq!(
        actor(&doc, "Afghan rebel leaders").as_deref(),
        Some("AFGREB")
    );
    assert_eq!(actor(&doc, "Palestinian youths").as_deref(), Some("PSECVL"));
}

#[test]
fn plural_demonyms_name_the_people_of_a_country() {
    let doc = run("Soldiers fired on Palestinians near the fence.");
    assert_eq!(actor(&doc, "Palestinians").as_deref(), Some("PSE"));
}

#[test]
fn aliases_code_the_country_but_keep_its_canonical_name() {
    let doc = run("Croats marched in Zagreb while Burma and Yugoslavia traded accusations.");
    let croats = by_mention(&doc, "Croats");
    assert_eq!(croats.actor.as_deref(), Some("HRV"));
    assert_eq!(croats.canonical, "Croatia");
    let burma = by_mention(&doc, "Burma");
    assert_eq!(
        (burma.actor.as_deref(), burma.canonical.as_str()),
        (Some("MMR"), "Myanmar")
    );
    assert_eq!(actor(&doc, "Yugoslavia").as_deref(), Some("SRB"));
}

#[test]
fn international_bodies_and_armed_movements_are_known() {
    let doc = run("The European Community and the ILO criticised the Taliban. Al-Qaeda replied.");
    assert_eq!(actor(&doc, "European Community").as_deref(), Some("IGO"));
    assert_eq!(actor(&doc, "ILO").as_deref(), Some("IGO"));
    assert_eq!(actor(&doc, "Taliban").as_deref(), Some("AFGREB"));
    assert_eq!(actor(&doc, "Al-Qaeda").as_deref(), Some("IMG"));
}

#[test]
fn an_international_secretary_general_is_no_soldier_and_has_no_country() {
    let doc = run("Arab League Secretary General Hadi Samir urged Israel to reopen the crossing.");
    let e = by_mention(&doc, "Hadi Samir");
    assert_eq!(e.sector.as_deref(), Some("IGO"));
    assert_eq!(e.actor.as_deref(), Some("IGO"));
}
