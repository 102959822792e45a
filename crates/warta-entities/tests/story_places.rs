//! The story's own country from the places it happens in (issue #6): a
//! domestic story that names one foreign country once (for an arrested
//! foreigner, a drug's origin) keeps its bare agents (`petugas`, `police`)
//! and titles (`Bupati`) at home. Sentences written for warta.

mod common;

use common::actor_of;

#[test]
fn a_foreigner_named_once_does_not_move_an_indonesian_raid_abroad() {
    let text = "Pontianak (ANTARA) - Kepolisian Daerah Kalimantan Barat menangkap \
                sembilan orang di Kabupaten Sanggau, termasuk seorang warga negara \
                Malaysia, dalam penggerebekan gudang kayu ilegal pada Selasa.\n\
                Kapolda Kalbar mengatakan petugas menyita dua truk dari lokasi di \
                Kecamatan Kapuas.\n\
                Bupati Sanggau meminta aparat menindak pemodal pembalakan liar.";
    assert_eq!(actor_of(text, "id", "petugas").as_deref(), Some("IDNGOV"));
    assert_eq!(actor_of(text, "id", "aparat").as_deref(), Some("IDNCOP"));
}

#[test]
fn an_english_domestic_raid_keeps_its_police_at_home() {
    let text = "SURABAYA (Reuters) - Police raided a warehouse in Sidoarjo, \
                East Java, on Tuesday and arrested nine people, including a Malaysian \
                national, over a methamphetamine shipment.\n\
                Police said the drugs had been hidden in sacks of rice.";
    let doc = common::run(text, "en", None);
    let police: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| m.text == "Police"))
        .map(|e| e.actor.as_deref())
        .collect();
    assert!(!police.is_empty());
    assert!(police.iter().all(|a| *a == Some("IDNCOP")), "{police:?}");
}

#[test]
fn a_foreign_story_keeps_its_country_when_places_are_named() {
    // Places of the story's country add to it; they do not dilute it.
    let text = "DAMASCUS (Reuters) - Syria's government said on Monday that Turkish \
                drones struck a village near Raqqa.\n\
                Turkey denied the report, and Ankara said it targeted militants.\n\
                Police in Hasakah said three people were killed.\n\
                The government called the strike a violation of Syria's sovereignty.";
    assert_eq!(
        actor_of(text, "en", "government").as_deref(),
        Some("SYRGOV")
    );
}

#[test]
fn a_place_in_a_title_is_read_as_its_best_known_namesake() {
    // `Bali` is also a small town in India; the governor is Indonesian.
    let text = "Bali Governor Wayan Koster welcomed the decision to tax foreign tourists.";
    assert_eq!(
        actor_of(text, "en", "Wayan Koster").as_deref(),
        Some("IDNGOV")
    );
    let text = "Gubernur Bali Made Arya mengatakan pungutan itu akan dinaikkan.";
    assert_eq!(actor_of(text, "id", "Made Arya").as_deref(), Some("IDNGOV"));
}

#[test]
fn states_and_provinces_abroad_name_their_country() {
    let text = "Kelompok bersenjata menyerang sebuah desa di Negara Bagian Zamfara dan \
                menculik puluhan warga, kata polisi di Negara Bagian Kano.";
    assert_eq!(
        actor_of(text, "id", "Negara Bagian Zamfara").as_deref(),
        Some("NGA")
    );
    assert_eq!(
        actor_of(text, "id", "Negara Bagian Kano").as_deref(),
        Some("NGA")
    );
    let text = "Gunmen killed six labourers in Balochistan, and the army said militants \
                had crossed from Rakhine State weeks earlier.";
    assert_eq!(actor_of(text, "en", "Balochistan").as_deref(), Some("PAK"));
    assert_eq!(
        actor_of(text, "en", "Rakhine State").as_deref(),
        Some("MMR")
    );
}

#[test]
fn a_possessive_country_owns_a_modified_agent() {
    let text = "Cambodia freed 200 workers on Monday. Thailand's armed forces said they \
                fired back, and Indonesia's federal police said they arrested four people.";
    assert_eq!(
        actor_of(text, "en", "Thailand's armed forces").as_deref(),
        Some("THAMIL")
    );
    assert_eq!(
        actor_of(text, "en", "Indonesia's federal police").as_deref(),
        Some("IDNCOP")
    );
}
