//! Indonesian recall, session 14 (idrec17): agentless passives of arrests,
//! releases and evacuations that no earlier act of the story explains are
//! the acts of the story's home authorities (`authority_type` rows), and
//! forces put on alert with no agent are their own side's mobilisation
//! (`self_agent_type`). Sentences are our own; entities are placed by the
//! test, as the entity stage would.

mod common;

use common::{L, O, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2026-09-14", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn an_agentless_release_in_a_domestic_story_is_the_home_authorities_act() {
    // Nobody in the story arrested the villagers: the release falls to the
    // authorities of the place, the home country.
    let mut d = doc(
        "Bentrokan pecah antara warga Rempang dan petugas gabungan di Batam pada Kamis.\n\
         Kapolresta Barelang mengatakan delapan warga telah dipulangkan pada Jumat dini hari setelah menjalani pemeriksaan.",
        &[
            ("warga Rempang", O, "IDNCVL"),
            ("petugas gabungan", O, "IDNCOP"),
            ("Batam", L, "IDN"),
            ("Kapolresta Barelang", O, "IDNCOP"),
            ("delapan warga", O, "IDNCVL"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "RETREAT IDN->IDNCVL"), "{got:?}");
}

#[test]
fn an_agentless_arrest_in_a_two_country_story_takes_no_home_authority() {
    // Fishermen of one country held by the other: either may be the home
    // of the story, so neither is guessed.
    let mut d = doc(
        "Kementerian Luar Negeri India memprotes Sri Lanka atas nasib para nelayan Tamil Nadu.\n\
         Sri Lanka menyatakan perairan Jaffna adalah wilayahnya dan India harus menghormatinya.\n\
         Sebanyak 18 nelayan India ditahan di Jaffna sejak Senin.",
        &[
            ("Kementerian Luar Negeri India", O, "INDGOV"),
            ("Sri Lanka", L, "LKA"),
            ("nelayan Tamil Nadu", O, "INDAGR"),
            ("Jaffna", L, "LKA"),
            ("India", L, "IND"),
            ("nelayan India", O, "INDAGR"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE IND->INDAGR"), "{got:?}");
    assert!(!has(&got, "COERCE LKA->INDAGR"), "{got:?}");
}

#[test]
fn an_agentless_arrest_at_a_foreign_place_takes_no_home_authority() {
    // Indonesian workers held in Malaysia, in a story about Indonesia.
    let mut d = doc(
        "Komisi IX DPR memanggil Menteri Ketenagakerjaan di Jakarta pada Rabu.\n\
         Para anggota dewan mendesak pemerintah melindungi pekerja migran Indonesia.\n\
         Sebanyak 40 pekerja migran ditahan di Malaysia sejak bulan lalu.",
        &[
            ("Komisi IX DPR", O, "IDNLEG"),
            ("Menteri Ketenagakerjaan", O, "IDNGOV"),
            ("Jakarta", L, "IDN"),
            ("pemerintah", O, "IDNGOV"),
            ("pekerja migran", O, "IDNLAB"),
            ("Malaysia", L, "MYS"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "COERCE IDN->IDNLAB"), "{got:?}");
}

#[test]
fn forces_put_on_alert_without_an_agent_mobilise_their_own_side() {
    let mut d = doc(
        "Ia memastikan situasi di Kao telah kondusif, meskipun satu peleton Brimob masih disiagakan di sekitar markas.",
        &[("Kao", L, "IDN"), ("Brimob", O, "IDNCOP")],
    );
    let got = run(&mut d);
    assert!(has(&got, "MOBILIZE IDNCOP"), "{got:?}");
}
