//! The Indonesian coder on targets (issue #6, session 6, dev set 4): objects
//! that are no actor, content clauses of threats, places named with the
//! object. Sentences are our own; entities are placed by the test, as the
//! entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-03-10", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_pronoun_opening_a_threat_content_is_the_threatener_not_the_target() {
    // `pihaknya` would resolve to the last organisation or place named
    // (Doha); in a threat's content it is the speaker, and the condition
    // names the target.
    let mut d = doc(
        "Israel mengkritik pertemuan di Doha dan memperingatkan bahwa pihaknya akan menyerang lagi jika Hizbullah memindahkan roket ke selatan.",
        &[
            ("Israel", L, "ISR"),
            ("Doha", L, "QAT"),
            ("Hizbullah", O, "LBNREB"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN ISR->LBNREB"), "{got:?}");
    assert!(!has(&got, "THREATEN ISR->QAT"), "{got:?}");
}

#[test]
fn an_attack_on_a_ship_takes_the_flag_country_of_its_clause() {
    // The ship is no actor; the country named with it is the counterpart.
    let mut d = doc(
        "Milisi Al-Shabaab menyerang sebuah kapal nelayan berbendera Kenya di lepas pantai Kismayo pada Kamis.",
        &[("Al-Shabaab", O, "SOMREB"), ("Kenya", L, "KEN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT SOMREB->KEN"), "{got:?}");
}

#[test]
fn aid_to_people_at_a_place_is_aid_to_its_country() {
    let mut d = doc(
        "Jepang mengirimkan beras kepada 12.000 pengungsi di Herat pada Senin.",
        &[("Jepang", L, "JPN"), ("Herat", L, "AFG")],
    );
    let got = run(&mut d);
    assert!(has(&got, "AID JPN->AFG"), "{got:?}");
}

#[test]
fn a_request_for_access_to_a_place_is_aimed_at_its_country() {
    let mut d = doc(
        "Komite Internasional Palang Merah meminta akses kemanusiaan tanpa syarat ke Mariupol.",
        &[
            ("Komite Internasional Palang Merah", O, "NGOHLH"),
            ("Mariupol", L, "UKR"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST NGOHLH->UKR"), "{got:?}");
}

#[test]
fn a_place_after_a_second_verb_or_a_sea_name_is_not_the_object_place() {
    // The place goes with `membangun`; a sea named after a country is no
    // place of that country.
    let mut d = doc(
        "Jepang mengirimkan beras dan membangun sekolah di Herat.\nSeoul meminta bantuan pencarian ke Laut Jepang.",
        &[
            ("Jepang", L, "JPN"),
            ("Herat", L, "AFG"),
            ("Seoul", L, "KOR"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "AID JPN->AFG"), "{got:?}");
    assert!(!has(&got, "REQUEST KOR->JPN"), "{got:?}");
}

#[test]
fn the_actors_of_a_denied_act_are_not_the_denial_target() {
    // Moscow denies supplying North Korea: North Korea is part of what is
    // denied; the denial answers the side it goes on to criticise.
    let mut d = doc(
        "Rusia membantah memasok rudal kepada Korea Utara dan mengkritik latihan militer AS di kawasan itu.",
        &[
            ("Rusia", L, "RUS"),
            ("Korea Utara", L, "PRK"),
            ("AS", L, "USA"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT RUS->PRK"), "{got:?}");
    assert!(has(&got, "REJECT RUS->USA"), "{got:?}");
}

#[test]
fn a_promise_in_a_domestic_story_is_made_to_the_home_country() {
    // A ministry promises what the government will pay: no party is named,
    // the story is a domestic one, so the promise is made at home.
    let mut d = doc(
        "Dinas Kesehatan Garut merawat 40 siswa yang keracunan makanan.\nKementerian Kesehatan berjanji pemerintah akan menanggung seluruh biaya perawatan korban.",
        &[
            ("Dinas Kesehatan Garut", O, "IDNGOV"),
            ("Kementerian Kesehatan", O, "IDNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "AGREE IDNGOV->IDN"), "{got:?}");
}
