//! The Indonesian coder on sentences in the style of unseen wire news
//! (issue #6): events whose object is not a named actor, sports sentences,
//! event nouns that refer back (`serangan itu`), one-country drills,
//! appositive subjects. Entities are filled in by the test, as the entity
//! stage would.

mod common;

use common::{L, O, P};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, "id", "2025-03-14", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_football_match_is_not_an_assault() {
    let mut d = doc(
        "Tim nasional Indonesia menyerang Bahrain sejak menit awal dalam laga kualifikasi Piala Dunia.\nStriker itu menembak bola ke gawang Bahrain.",
        &[("Indonesia", L, "IDN"), ("Bahrain", L, "BHR")],
    );
    assert!(run(&mut d).is_empty(), "{:?}", d.events);
    // The same verb outside a match is still an attack.
    let mut d = doc(
        "Pasukan Israel menyerang Lebanon selatan pada Senin malam.",
        &[("Pasukan Israel", O, "ISRMIL"), ("Lebanon", L, "LBN")],
    );
    assert_eq!(run(&mut d), ["ASSAULT ISRMIL->LBN []"]);
}

#[test]
fn a_sports_word_in_a_name_does_not_make_a_match_report() {
    // `Liga` opens a party's name the entity stage missed, `Kiper` ends a
    // governor's name: neither sentence is about a match.
    let mut d = doc(
        "Pemerintah Bangladesh menuduh India melindungi para pemimpin Liga Awami.\nSerangan drone Rusia di Odesa melukai tujuh orang, kata Gubernur Odesa Oleh Kiper.",
        &[
            ("Pemerintah Bangladesh", O, "BGDGOV"),
            ("India", L, "IND"),
            ("Rusia", L, "RUS"),
            ("Odesa", L, "UKR"),
            ("Oleh Kiper", P, "UKRGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("ACCUSE BGDGOV->IND")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.starts_with("ASSAULT RUS->UKR")),
        "{got:?}"
    );
    // Two sports words in names (`Pelatih Timnas`) still mark a match report.
    let mut d = doc(
        "Pelatih Timnas Indonesia menyerang keputusan wasit melawan Bahrain.",
        &[("Indonesia", L, "IDN"), ("Bahrain", L, "BHR")],
    );
    assert!(run(&mut d).is_empty(), "{:?}", d.events);
}

#[test]
fn a_verb_after_a_reported_clause_shares_the_reporter() {
    // `menegaskan bahwa ..., dan menepis`: the second verb is the
    // minister's, across the reported clause.
    let mut d = doc(
        "Namun, Mirzoyan menegaskan di hadapan wartawan bahwa Armenia tidak akan menyerahkan wilayah itu, dan menepis anggapan bahwa perbatasan akan dijaga pasukan asing.",
        &[("Mirzoyan", P, "ARMGOV"), ("Armenia", L, "ARM")],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("REJECT ARMGOV->")),
        "{got:?}"
    );
}

#[test]
fn an_arrest_or_a_rejection_needs_no_named_target() {
    let mut d = doc(
        "Komisi Pemberantasan Korupsi menangkap seorang kepala dinas di Medan.\nNetanyahu menolak usulan gencatan senjata itu.",
        &[
            ("Komisi Pemberantasan Korupsi", O, "IDNJUD"),
            ("Medan", L, "IDN"),
            ("Netanyahu", P, "ISRGOV"),
        ],
    );
    let got = run(&mut d);
    // No target in the clause; the counterpart step codes a domestic arrest
    // against the home country (counterpart.rs).
    assert!(
        got.contains(&"COERCE IDNJUD->IDN~domestic []".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter().any(|g| g.starts_with("REJECT ISRGOV->")),
        "{got:?}"
    );
}

#[test]
fn idioms_are_not_events() {
    let mut d = doc(
        "Kementerian Luar Negeri menolak berkomentar soal laporan itu.\nPertamina menyita perhatian investor pekan ini.",
        &[
            ("Kementerian Luar Negeri", O, "IDNGOV"),
            ("Pertamina", O, "IDNBUS"),
        ],
    );
    assert!(run(&mut d).is_empty(), "{:?}", d.events);
}

#[test]
fn the_attack_refers_back_to_the_last_attack() {
    let mut d = doc(
        "Rusia menyerang Ukraina dengan rudal pada Selasa malam.\nPresiden Zelensky mengutuk serangan itu.",
        &[
            ("Rusia", L, "RUS"),
            ("Ukraina", L, "UKR"),
            ("Zelensky", P, "UKRGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.contains(&"ACCUSE UKRGOV->RUS []".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_second_verb_after_dan_is_not_the_content_of_the_first() {
    let mut d = doc(
        "Amerika Serikat menyatakan keprihatinan dan meminta China menahan diri.",
        &[("Amerika Serikat", L, "USA"), ("China", L, "CHN")],
    );
    let got = run(&mut d);
    assert!(got.contains(&"REQUEST USA->CHN []".to_string()), "{got:?}");
}

#[test]
fn a_drill_without_partner_is_mobilize_with_one_cooperate() {
    let mut d = doc(
        "China menggelar latihan militer di sekitar Taiwan.\nIndonesia dan Australia menggelar latihan militer bersama di Darwin.",
        &[
            ("China", L, "CHN"),
            ("Taiwan", L, "TWN"),
            ("Indonesia", L, "IDN"),
            ("Australia", L, "AUS"),
            ("Darwin", L, "AUS"),
        ],
    );
    let got = run(&mut d);
    assert!(got.contains(&"MOBILIZE CHN->TWN []".to_string()), "{got:?}");
    assert!(
        got.iter()
            .any(|g| g.starts_with("COOPERATE IDN->AUS") || g.starts_with("COOPERATE AUS->IDN")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|g| g.starts_with("MOBILIZE IDN")),
        "{got:?}"
    );
}

#[test]
fn an_appositive_name_between_commas_keeps_the_subject() {
    let mut d = doc(
        "Sayap bersenjata Hamas, Brigade Al-Qassam, menembakkan roket ke arah Israel selatan.",
        &[("Hamas", O, "PSEREB"), ("Israel", L, "ISR")],
    );
    let got = run(&mut d);
    assert!(
        got.contains(&"ASSAULT PSEREB->ISR []".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_warning_about_facts_is_not_a_threat() {
    let mut d = doc(
        "Badan PBB memperingatkan bahwa persediaan makanan di Gaza menipis.\nBeijing memperingatkan akan mengambil langkah tegas.",
        &[
            ("Badan PBB", O, "IGOUNO"),
            ("Gaza", L, "PSE"),
            ("Beijing", L, "CHNGOV"),
        ],
    );
    let got = run(&mut d);
    assert_eq!(got, ["THREATEN CHNGOV-> []"]);
}

#[test]
fn a_city_and_its_country_are_one_target() {
    let mut d = doc(
        "Presiden Prabowo tiba di Kuala Lumpur, Malaysia, pada Minggu malam.",
        &[
            ("Prabowo", P, "IDNGOV"),
            ("Kuala Lumpur", L, "MYSGOV"),
            ("Malaysia", L, "MYS"),
        ],
    );
    assert_eq!(run(&mut d), ["CONSULT IDNGOV->MYSGOV []"]);
}

#[test]
fn a_request_made_of_someone_takes_dari() {
    let mut d = doc(
        "Pemerintah Indonesia meminta penjelasan dari Pemerintah Malaysia mengenai penangkapan itu.",
        &[
            ("Pemerintah Indonesia", O, "IDNGOV"),
            ("Pemerintah Malaysia", O, "MYSGOV"),
        ],
    );
    assert_eq!(run(&mut d), ["REQUEST IDNGOV->MYSGOV []"]);
}

#[test]
fn a_score_or_the_sentence_after_a_match_is_not_coded() {
    let mut d = doc(
        "Indonesia membantai Brunei 7-0 di Jakarta.\nJepang menghancurkan China dengan skor telak.\nMalaysia menyerang Vietnam sejak awal, tetapi gagal mencetak angka.\nSementara itu, Rusia menyerang Ukraina dengan rudal.",
        &[
            ("Indonesia", L, "IDN"),
            ("Brunei", L, "BRN"),
            ("Jepang", L, "JPN"),
            ("China", L, "CHN"),
            ("Malaysia", L, "MYS"),
            ("Vietnam", L, "VNM"),
            ("Rusia", L, "RUS"),
            ("Ukraina", L, "UKR"),
        ],
    );
    // Only the last sentence, which turns to another topic, is coded.
    assert_eq!(run(&mut d), ["ASSAULT RUS->UKR []"]);
}

#[test]
fn a_double_title_between_preposition_and_name_is_skipped() {
    let mut d = doc(
        "Menteri Luar Negeri Sugiono bertemu dengan Wakil Presiden sekaligus Menteri Luar Negeri Filipina Enrique Manalo di Manila.",
        &[
            ("Sugiono", P, "IDNGOV"),
            ("Filipina", L, "PHL"),
            ("Enrique Manalo", P, "PHLGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(
        got.iter().any(|g| g.starts_with("CONSULT IDNGOV->PHL")),
        "{got:?}"
    );
}

#[test]
fn a_country_and_its_own_judiciary_are_different_actors() {
    let mut d = doc(
        "Kejaksaan Agung menangkap pengusaha Budi Santoso dalam kasus korupsi dana hibah.",
        &[("Kejaksaan Agung", O, "IDNJUD"), ("Budi Santoso", P, "IDN")],
    );
    let got = run(&mut d);
    assert!(got.iter().any(|g| g.ends_with("IDNJUD->IDN []")), "{got:?}");
}
