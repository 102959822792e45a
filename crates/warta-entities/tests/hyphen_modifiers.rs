//! Hyphenated modifiers that name the owner, flag, base or leader of a
//! noun (`a Liberian-flagged tanker`, `Hong Kong-based companies`) give
//! the noun that country; the Indonesian phrase (`berbendera Liberia`)
//! names the country as a word of its own. Sentences written for warta.

mod common;

use common::actor_of;

#[test]
fn english_hyphenated_owners_flags_and_bases_name_a_country() {
    let text = "Yemen's Houthi forces seized a Liberian-flagged tanker in the Red Sea on Sunday, \
                and the Greek-owned ship's manager said the crew were safe.";
    assert_eq!(
        actor_of(text, "en", "Liberian-flagged").as_deref(),
        Some("LBR")
    );
    assert_eq!(actor_of(text, "en", "Greek-owned").as_deref(), Some("GRC"));
    let text = "The Treasury imposed sanctions on two Hong Kong-based companies and \
                warned the Saudi-led coalition.";
    assert_eq!(
        actor_of(text, "en", "Hong Kong-based").as_deref(),
        Some("HKG")
    );
    assert_eq!(actor_of(text, "en", "Saudi-led").as_deref(), Some("SAU"));
}

#[test]
fn english_hyphenated_words_outside_the_list_name_nothing() {
    // `-made` says where a thing was built, not who acts with it.
    let text = "Ukraine shot down 40 Russian-made drones overnight, its air force said.";
    assert_eq!(actor_of(text, "en", "Russian-made"), None);
    // A name the gazetteer does not know gives no country.
    let text = "The Zorblat-based trader denied the charges.";
    assert_eq!(actor_of(text, "en", "Zorblat-based"), None);
}

#[test]
fn indonesian_flag_phrases_name_the_country_as_a_word() {
    let text = "Pasukan Houthi menyita kapal tanker berbendera Liberia di Laut Merah, Minggu.";
    assert_eq!(actor_of(text, "id", "Liberia").as_deref(), Some("LBR"));
}

#[test]
fn common_words_are_no_towns_of_their_own() {
    let text = "BELGRADE, May 4 (Reuters) - Students from the University of Nis \
                rejected the government's offer.";
    let doc = common::run(text, "en", None);
    assert!(
        !doc.entities.iter().any(|e| e.canonical == "University"),
        "University read as a town"
    );
    assert_eq!(actor_of(text, "en", "Students").as_deref(), Some("SRBEDU"));
}
