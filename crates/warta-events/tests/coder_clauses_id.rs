//! The Indonesian coder on clause structure (issue #6, session 5, dev set 3
//! recall): subjects behind comma-set appositives and asides. Sentences are
//! our own; entities are placed by the test, as the entity stage would.

mod common;

use common::{L, O, P, has};

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
fn an_appositive_name_between_commas_is_the_subject() {
    let mut d = doc(
        "Pengacara mantan gubernur itu, Budi Santoso, membantah kliennya menerima suap dari kontraktor.",
        &[("Budi Santoso", P, "IDNJUD")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REJECT IDNJUD"), "{got:?}");
}

#[test]
fn a_place_set_off_by_commas_far_from_the_verb_is_no_subject() {
    // The commas set off a place; the verb is a purpose clause further on.
    let mut d = doc(
        "Presiden tiba di Hanoi, Vietnam, pada Senin malam untuk menghadiri KTT.",
        &[("Hanoi", L, "VNM"), ("Vietnam", L, "VNM")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "CONSULT VNM"), "{got:?}");
}

#[test]
fn an_aside_opened_by_a_preposition_or_a_clause_word_is_skipped() {
    let mut d = doc(
        "Hizbullah, dalam pernyataan di situs resminya, membantah telah menembakkan roket.\nJuru bicara Kemlu Jepang Kenji Sato, ketika berbicara di Tokyo pada Selasa, meminta Beijing dan Manila menahan diri.",
        &[
            ("Hizbullah", O, "LBNREB"),
            ("Kenji Sato", P, "JPNGOV"),
            ("Tokyo", L, "JPN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REJECT LBNREB"), "{got:?}");
    assert!(has(&got, "REQUEST JPNGOV"), "{got:?}");
}

#[test]
fn a_serial_clause_shares_the_main_verb_subject_not_its_object() {
    // `seraya` opens a clause of the same subject: Egypt demands, not Israel
    // (the object of the condemnation).
    let mut d = doc(
        "Mesir mengecam Israel atas serangan itu, seraya menuntut Israel membuka perlintasan Rafah.",
        &[("Mesir", L, "EGY"), ("Israel", L, "ISR")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST EGY->ISR"), "{got:?}");
    assert!(!has(&got, "REQUEST ISR"), "{got:?}");
}

#[test]
fn a_quotation_does_not_end_the_clause_a_serial_verb_shares() {
    let mut d = doc(
        "Houthi membantah menyerang kapal itu dan menyebut tuduhan tersebut \"propaganda\", sembari menawarkan gencatan senjata apabila Arab Saudi menghentikan serangan udara.",
        &[("Houthi", O, "YEMREB"), ("Arab Saudi", L, "SAU")],
    );
    let got = run(&mut d);
    assert!(has(&got, "AGREE YEMREB->SAU"), "{got:?}");
}

#[test]
fn a_decimal_number_does_not_end_the_subject_search() {
    let mut d = doc(
        "Buruh mulai berkumpul pukul 09.30 WIB dan menuntut agar Kemnaker mencabut aturan baru itu.",
        &[("Buruh", O, "IDNLAB"), ("Kemnaker", O, "IDNGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST IDNLAB->IDNGOV"), "{got:?}");
}

#[test]
fn a_verb_after_a_comma_and_dan_shares_the_clause_opening_subject() {
    // The first predicate (`menyebut`) is no trigger; the second verb still
    // belongs to the actor the clause opens with, not to the quoted phrase's
    // addressees.
    let mut d = doc(
        "Media pemerintah Iran IRNA menyebut latihan itu \"provokasi terbuka\" bagi Teheran, dan mengancam akan menutup Selat Hormuz jika Amerika Serikat terus mengirim kapal perang.",
        &[
            ("Iran", L, "IRN"),
            ("IRNA", O, "IRNMED"),
            ("Teheran", L, "IRNGOV"),
            ("Amerika Serikat", L, "USA"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN IRN"), "{got:?}");
    assert!(!has(&got, "THREATEN IRNGOV"), "{got:?}");
}

#[test]
fn an_accusation_after_dan_and_an_adverb_is_no_content_of_a_denial() {
    let mut d = doc(
        "Pemerintah Venezuela membantah tuduhan itu dan balik menuding Kolombia melindungi kelompok bersenjata.",
        &[("Venezuela", L, "VEN"), ("Kolombia", L, "COL")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE VEN->COL"), "{got:?}");
}

#[test]
fn an_incident_named_late_in_the_story_refers_to_its_lead_event() {
    // `insiden itu` five sentences after the shooting of the first sentence.
    let mut d = doc(
        "Penjaga pantai Vietnam menembaki kapal nelayan Malaysia di dekat Pulau Layang-Layang pada Senin.\nNelayan itu berasal dari Sabah.\nKapal mereka rusak parah.\nDua nelayan dirawat di rumah sakit.\nPara nelayan telah kembali ke pelabuhan.\nThailand dan Singapura menyatakan keprihatinan atas insiden itu.",
        &[
            ("Vietnam", L, "VNM"),
            ("Malaysia", L, "MYS"),
            ("Sabah", L, "MYS"),
            ("Thailand", L, "THA"),
            ("Singapura", L, "SGP"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE THA->VNM"), "{got:?}");
}

#[test]
fn a_modifier_may_stand_between_concern_and_its_preposition() {
    let mut d = doc(
        "Iran meluncurkan rudal balistik ke Teluk Oman pada Minggu.\nKementerian Luar Negeri Oman menyatakan keprihatinan mendalam atas peluncuran tersebut.",
        &[("Iran", L, "IRN"), ("Oman", L, "OMN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE OMN->IRN"), "{got:?}");
}

#[test]
fn the_owner_of_the_noun_after_a_target_preposition_is_the_target() {
    let mut d = doc(
        "Presiden Palau menyampaikan terima kasih atas bantuan Jepang setelah topan melanda negara itu.\nFiji menegaskan dukungannya terhadap posisi Australia dalam perundingan iklim.",
        &[
            ("Palau", L, "PLW"),
            ("Jepang", L, "JPN"),
            ("Fiji", L, "FJI"),
            ("Australia", L, "AUS"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "SUPPORT PLW->JPN"), "{got:?}");
    assert!(has(&got, "SUPPORT FJI->AUS"), "{got:?}");
}

#[test]
fn a_verb_after_a_target_preposition_is_no_noun_owned_by_the_target() {
    // `dengan menyerang Israel`: the attack is another act; Israel is its
    // object, not the partner of the agreement.
    let mut d = doc(
        "Hizbullah sepakat dengan menyerang Israel bila perlu.",
        &[("Hizbullah", O, "LBNREB"), ("Israel", L, "ISR")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "AGREE LBNREB->ISR"), "{got:?}");
}

#[test]
fn talks_framed_by_setelah_belong_to_a_coordinated_subject() {
    let mut d = doc(
        "Armenia dan Azerbaijan sepakat membuka kembali jalur kereta setelah perundingan di Abu Dhabi pada Jumat.\nTurki mengecam Suriah setelah perundingan di Ankara.",
        &[
            ("Armenia", L, "ARM"),
            ("Azerbaijan", L, "AZE"),
            ("Abu Dhabi", L, "ARE"),
            ("Turki", L, "TUR"),
            ("Suriah", L, "SYR"),
            ("Ankara", L, "TURGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT ARM->AZE"), "{got:?}");
    // One actor has no partner in the talks.
    assert!(!has(&got, "CONSULT TUR"), "{got:?}");
}

#[test]
fn both_sides_are_the_pair_named_after_antara_not_the_mediators() {
    let mut d = doc(
        "Gencatan senjata antara Armenia dan Azerbaijan yang dijamin Rusia dan Prancis terus goyah, dengan kedua pihak saling menuduh melanggar kesepakatan.",
        &[
            ("Armenia", L, "ARM"),
            ("Azerbaijan", L, "AZE"),
            ("Rusia", L, "RUS"),
            ("Prancis", L, "FRA"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ACCUSE ARM->AZE"), "{got:?}");
    assert!(!has(&got, "ACCUSE FRA"), "{got:?}");
}

#[test]
fn an_owned_request_takes_its_target_from_its_content_clause() {
    let mut d = doc(
        "Desakan Uni Eropa agar Serbia mengakui kemerdekaan Kosovo belum mendapat jawaban dari Beograd.",
        &[
            ("Uni Eropa", O, "IGO"),
            ("Serbia", L, "SRB"),
            ("Kosovo", L, "XKX"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST IGO->SRB"), "{got:?}");
}

#[test]
fn a_title_may_open_the_second_conjunct_of_a_coordinated_subject() {
    // The entity stage gives each person the title before the name as role;
    // `dan` joins the names across the second one's title.
    let mut d = doc(
        "Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Australia Penny Wong bertemu di Jakarta pada Selasa.\nPresiden Prabowo Subianto dan Presiden China Xi Jinping menggelar pembicaraan di Beijing pada Senin.",
        &[
            ("Sugiono", P, "IDNGOV"),
            ("Australia", L, "AUS"),
            ("Penny Wong", P, "AUSGOV"),
            ("Prabowo Subianto", P, "IDNGOV"),
            ("China", L, "CHN"),
            ("Xi Jinping", P, "CHNGOV"),
            ("Jakarta", L, "IDN"),
            ("Beijing", L, "CHN"),
        ],
    );
    let without_roles = run(&mut d.clone());
    assert!(
        !has(&without_roles, "CONSULT IDNGOV->AUSGOV"),
        "{without_roles:?}"
    );
    for (name, role) in [
        ("Sugiono", "Menteri Luar Negeri"),
        ("Penny Wong", "Menteri Luar Negeri Australia"),
        ("Prabowo Subianto", "Presiden"),
        ("Xi Jinping", "Presiden China"),
    ] {
        let e = d.entities.iter_mut().find(|e| e.canonical == name).unwrap();
        e.role = Some(role.into());
    }
    let got = run(&mut d);
    assert!(has(&got, "CONSULT IDNGOV->AUSGOV"), "{got:?}");
    assert!(has(&got, "CONSULT IDNGOV->CHNGOV"), "{got:?}");
}

#[test]
fn a_relative_clause_on_an_attack_takes_the_attacker_not_the_place() {
    // `yang menewaskan` describes the strikes on Gaza: Israel kills, not
    // Gaza; after a person the relative clause is about that person.
    let mut d = doc(
        "Israel melancarkan serangan udara ke Jalur Gaza yang menewaskan sedikitnya 20 warga Palestina.",
        &[
            ("Israel", L, "ISR"),
            ("Jalur Gaza", L, "PSE"),
            ("warga Palestina", O, "PSECVL"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "ASSAULT ISR->PSECVL"), "{got:?}");
    assert!(!has(&got, "ASSAULT PSE->"), "{got:?}");
}

#[test]
fn the_owner_of_a_longer_noun_phrase_after_a_target_preposition_is_the_target() {
    let mut d = doc(
        "Amerika Serikat menjatuhkan sanksi terhadap tiga perusahaan minyak Iran pada Senin.",
        &[("Amerika Serikat", L, "USA"), ("Iran", L, "IRN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "SANCTION USA->IRN"), "{got:?}");
}

#[test]
fn a_fronted_meeting_frame_belongs_to_the_main_clause_subject() {
    // The talks open the sentence; their owner is the subject after the
    // frame's comma (a date between commas may come first), their partner
    // the actor after `dengan`.
    let mut d = doc(
        "Dalam pertemuan bilateral dengan Perdana Menteri Malaysia Anwar Ibrahim, Senin (26/5), Prabowo membahas batas laut di Laut Sulawesi.",
        &[
            ("Anwar Ibrahim", P, "MYSGOV"),
            ("Prabowo", P, "IDNGOV"),
            ("Laut Sulawesi", L, "IDN"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT IDNGOV->MYSGOV"), "{got:?}");
}

#[test]
fn a_fronted_frame_takes_no_owner_without_a_subject_verb_after_it() {
    // After the comma comes an actor that is not the subject of a verb
    // (`tampak` is no event verb): no owner.
    let mut d = doc(
        "Dalam pertemuan dengan Perdana Menteri Malaysia Anwar Ibrahim, Prabowo tampak santai dan banyak tersenyum.",
        &[("Anwar Ibrahim", P, "MYSGOV"), ("Prabowo", P, "IDNGOV")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "CONSULT IDNGOV"), "{got:?}");
}

#[test]
fn a_definite_fronted_frame_is_not_a_new_meeting() {
    let mut d = doc(
        "Dalam pertemuan tersebut dengan Menteri Pertahanan Prancis Catherine Vautrin, Sjafrie menandatangani perjanjian pengadaan kapal selam.",
        &[("Catherine Vautrin", P, "FRAGOV"), ("Sjafrie", P, "IDNGOV")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "CONSULT"), "{got:?}");
}

#[test]
fn attending_leading_or_witnessing_an_event_makes_the_subject_its_owner() {
    // `menghadiri`, `memimpin`, `menyaksikan` are light verbs: the noun after
    // them carries the event, their subject owns it.
    let mut d = doc(
        "Menteri Luar Negeri Sugiono menghadiri pertemuan dengan Menteri Luar Negeri Jepang Takeshi Iwaya di Tokyo.\nPresiden Prabowo menyaksikan penandatanganan perjanjian investasi dengan Uni Emirat Arab di Abu Dhabi.",
        &[
            ("Sugiono", P, "IDNGOV"),
            ("Takeshi Iwaya", P, "JPNGOV"),
            ("Tokyo", L, "JPN"),
            ("Prabowo", P, "IDNGOV"),
            ("Uni Emirat Arab", L, "ARE"),
            ("Abu Dhabi", L, "ARE"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT IDNGOV->JPNGOV"), "{got:?}");
    assert!(has(&got, "AGREE IDNGOV->ARE"), "{got:?}");
}
