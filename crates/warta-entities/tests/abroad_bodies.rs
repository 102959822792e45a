//! Bodies in stories set abroad: a known body whose name any state's body
//! may bear (`Mahkamah Agung`, `House of Representatives`; setting
//! `generic_org_names`) and a headed body naming no country (`Partai
//! Kekuatan Rakyat`) belong to the story's home country, while a domestic
//! story keeps them Indonesian; a place next to a name particle (`Mocimboa
//! da Praia`; setting `name_particles`) is only part of a longer name.
//! Sentences written for warta.

mod common;

use warta_core::Document;

fn actor(doc: &Document, mention: &str) -> Option<String> {
    common::actor_and_rule(doc, mention).and_then(|(a, _)| a)
}

#[test]
fn generic_and_headed_bodies_take_the_home_country_of_a_story_abroad() {
    let doc = common::run(
        "Seoul (ANTARA) - Mahkamah Agung Korea Selatan pada Kamis menolak kasasi mantan menteri \
         pertahanan Korea Selatan dalam perkara darurat militer, kata juru bicara pengadilan di \
         Seoul.\nPartai Kekuatan Rakyat menuduh jaksa bertindak politis, sementara Partai \
         Demokrat mendesak Mahkamah Agung segera memutus perkara lain yang tertunda.\nPresiden \
         Korea Selatan menyatakan pemerintah menghormati putusan itu.",
        "id",
        None,
    );
    assert_eq!(
        actor(&doc, "Partai Kekuatan Rakyat").as_deref(),
        Some("KORPTY")
    );
    assert_eq!(actor(&doc, "Partai Demokrat").as_deref(), Some("KORPTY"));
    assert_eq!(actor(&doc, "Mahkamah Agung").as_deref(), Some("KORJUD"));
}

#[test]
fn a_domestic_story_with_a_foreign_visitor_keeps_its_bodies_indonesian() {
    let doc = common::run(
        "Jakarta (ANTARA) - Mahkamah Agung menolak kasasi mantan bupati dalam perkara korupsi \
         dana hibah, kata juru bicara MA di Jakarta, Kamis.\nPartai Demokrat mendesak Kejaksaan \
         Agung segera mengeksekusi putusan itu, sementara Partai Buruh menuduh jaksa lamban.\n\
         Presiden Korea Selatan yang sedang berkunjung ke Jakarta bertemu Presiden Prabowo \
         Subianto di Istana Merdeka, dan polisi menutup sejumlah jalan di Jakarta.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "Mahkamah Agung").as_deref(), Some("IDNJUD"));
    assert_eq!(actor(&doc, "Partai Demokrat").as_deref(), Some("IDNPTY"));
    assert_eq!(actor(&doc, "Partai Buruh").as_deref(), Some("IDNPTY"));
    assert_eq!(actor(&doc, "polisi").as_deref(), Some("IDNCOP"));
    assert_eq!(
        actor(&doc, "Presiden Korea Selatan").as_deref(),
        Some("KORGOV")
    );
}

#[test]
fn the_house_of_representatives_is_the_story_country_s() {
    let doc = common::run(
        "WASHINGTON, March 3 (Reuters) - The House of Representatives passed a stopgap spending \
         bill on Tuesday, sending it to the Senate days before a U.S. government shutdown \
         deadline. The White House said President Donald Trump would sign the bill.",
        "en",
        None,
    );
    assert_eq!(
        actor(&doc, "House of Representatives").as_deref(),
        Some("USALEG")
    );
    let doc = common::run(
        "JAKARTA, March 3 (Reuters) - Indonesia's House of Representatives passed a revision of \
         the military law on Thursday, as students protested outside the parliament building in \
         Jakarta. The House of Representatives said the law would not restore the armed forces' \
         political role.",
        "en",
        None,
    );
    assert_eq!(
        actor(&doc, "House of Representatives").as_deref(),
        Some("IDNLEG")
    );
}

#[test]
fn a_place_joined_to_a_name_by_a_particle_is_part_of_that_name() {
    let doc = common::run(
        "Maputo (ANTARA) - Kelompok bersenjata menyerang kota Mocimboa da Praia di Provinsi \
         Cabo Delgado, Mozambik, pada Rabu dan menewaskan sedikitnya lima warga sipil.",
        "id",
        None,
    );
    assert_eq!(actor(&doc, "Praia"), None, "{:?}", doc.entities);
    assert_eq!(
        actor(&doc, "Kelompok bersenjata").as_deref(),
        Some("MOZREB")
    );
    // Alone, or as the whole of a known name, the place keeps its reading.
    let doc = common::run(
        "PRAIA, June 5 (Reuters) - Cape Verde's government said on Monday that Praia would host \
         a regional summit on maritime security.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "Praia").as_deref(), Some("CPVGOV"));
    let doc = common::run(
        "RIO DE JANEIRO, June 5 (Reuters) - Police in Rio de Janeiro killed eight suspected gang \
         members in a raid on a favela, Brazilian officials said.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "Police").as_deref(), Some("BRACOP"));
}

#[test]
fn the_army_named_again_is_the_army_it_named_first() {
    let doc = common::run(
        "NIAMEY, May 2 (Reuters) - Niger's military government said on Friday the army had \
         killed 40 militants near the border with Burkina Faso. French troops left the country \
         in 2023 after the junta ordered them out. The army said two soldiers were wounded in \
         the clashes.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "The army").as_deref(), Some("NERMIL"));
    // Used once, after another country's troops, it is still theirs.
    let doc = common::run(
        "NIAMEY, May 2 (Reuters) - Niger's government said on Friday that French troops had \
         left their last base. The army said it handed the base over in good order.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "The army").as_deref(), Some("FRAMIL"));
}

#[test]
fn its_troops_are_the_subject_s_troops() {
    let doc = common::run(
        "JAKARTA, May 2 (AP) - Indonesia protested after a Malaysian patrol boat detained two \
         fishermen. The Israeli military said its troops had fired at suspects near the fence.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "troops").as_deref(), Some("ISRMIL"));
    // Without the pronoun a bare noun keeps the story's country.
    let doc = common::run(
        "JAKARTA, May 2 (AP) - Indonesia said troops had been sent to the border. The Israeli \
         military said police had fired at suspects near the fence.",
        "en",
        None,
    );
    assert_eq!(actor(&doc, "police").as_deref(), Some("IDNCOP"));
}
