//! False events of a wrong type on unseen news (issue #6, session 10,
//! prec13): refusals of meetings and help that the gold codes as no event,
//! planned coercion that is the act itself and not a threat, warnings of a
//! state of affairs, what suspects are alleged to have done, and mediation
//! coded as a consultation. Each test also holds a sentence that must still
//! be coded. Sentences are our own; entities are placed by the test, as the
//! entity stage would.

mod common;

use common::{L, O, P, has};

use warta_core::{Document, EntityType};

/// One line per sentence; entities found by exact search: (name, type, actor).
fn doc(text: &str, lang: &str, ents: &[(&str, EntityType, &str)]) -> Document {
    common::doc(text, lang, "2026-03-10", ents)
}

/// `TYPE SOURCE->TARGET [aux]` per event.
fn run(d: &mut Document) -> Vec<String> {
    common::run(d, false)
}

#[test]
fn a_meeting_that_will_not_happen_is_no_refusal_but_refused_talks_are() {
    let mut d = doc(
        "Presiden Vietnam tidak akan bertemu Presiden Filipina di sela-sela KTT ASEAN pekan depan.\nMyanmar tidak akan berunding dengan Arakan Army selama serangan berlanjut.",
        "id",
        &[
            ("Presiden Vietnam", P, "VNMGOV"),
            ("Presiden Filipina", P, "PHLGOV"),
            ("Myanmar", L, "MMR"),
            ("Arakan Army", O, "MMRREB"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT VNMGOV"), "{got:?}");
    assert!(has(&got, "REJECT MMR->MMRREB"), "{got:?}");
}

#[test]
fn help_not_planned_is_no_refusal_and_an_open_choice_is_none() {
    let mut d = doc(
        "Jepang tidak akan berbagi data intelijen dengan Korea Utara, kata pejabat Tokyo.",
        "id",
        &[
            ("Jepang", L, "JPN"),
            ("Korea Utara", L, "PRK"),
            ("Tokyo", L, "JPN"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT JPN"), "{got:?}");

    let mut d = doc(
        "Shell said it had not yet decided whether to withdraw its staff from Nigeria.\nThe M23 rebels said they would not withdraw from Goma.",
        "en",
        &[
            ("Shell", O, "NLDBUS"),
            ("Nigeria", L, "NGA"),
            ("M23 rebels", O, "CODREB"),
            ("Goma", L, "COD"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "REJECT NLDBUS"), "{got:?}");
    assert!(has(&got, "REJECT CODREB"), "{got:?}");
}

#[test]
fn announced_coercion_is_the_act_and_a_conditional_one_a_threat() {
    let mut d = doc(
        "Malaysia will deport 60 Indonesian workers arrested at a palm oil plantation in Sabah, the immigration department said.",
        "en",
        &[("Malaysia", L, "MYS"), ("Indonesian workers", O, "IDNLAB")],
    );
    let got = run(&mut d);
    assert!(!has(&got, "THREATEN MYS"), "{got:?}");
    assert!(has(&got, "COERCE MYS"), "{got:?}");

    let mut d = doc(
        "Penyidik akan menjemput paksa Bupati Kolaka apabila ia kembali mangkir dari pemeriksaan.",
        "id",
        &[("Penyidik", O, "IDNJUD"), ("Bupati Kolaka", P, "IDNGOV")],
    );
    let got = run(&mut d);
    assert!(has(&got, "THREATEN IDNJUD"), "{got:?}");
}

#[test]
fn a_warning_that_states_a_fact_is_no_threat() {
    let mut d = doc(
        "The World Health Organization warned on Monday that hospitals in Khartoum are running out of fuel.\nThe Houthis warned that they would attack any ship bound for Israel.",
        "en",
        &[
            ("World Health Organization", O, "IGOWHO"),
            ("Khartoum", L, "SDN"),
            ("Houthis", O, "YEMREB"),
            ("Israel", L, "ISR"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "THREATEN IGOWHO"), "{got:?}");
    assert!(has(&got, "THREATEN YEMREB"), "{got:?}");

    let mut d = doc(
        "Program Pangan Dunia (WFP) memperingatkan bahwa stok beras di Port Sudan hanya cukup untuk dua minggu.\nKorea Utara memperingatkan bahwa pihaknya akan membalas setiap latihan militer Korea Selatan.",
        "id",
        &[
            ("Program Pangan Dunia", O, "IGOWFP"),
            ("Port Sudan", L, "SDN"),
            ("Korea Utara", L, "PRK"),
            ("Korea Selatan", L, "KOR"),
        ],
    );
    let got = run(&mut d);
    assert!(!has(&got, "THREATEN IGOWFP"), "{got:?}");
    assert!(has(&got, "THREATEN PRK"), "{got:?}");
}

#[test]
fn what_suspects_are_alleged_to_have_done_is_not_coded_but_their_arrest_is() {
    let mut d = doc(
        "Polisi menangkap empat orang yang diduga memasok senjata kepada kelompok separatis di Papua.",
        "id",
        &[("Polisi", O, "IDNCOP"), ("Papua", L, "IDN")],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE IDNCOP"), "{got:?}");
    assert!(!has(&got, "AID"), "{got:?}");

    let mut d = doc(
        "Philippine police arrested three men suspected of supplying explosives to Abu Sayyaf.",
        "en",
        &[
            ("Philippine police", O, "PHLCOP"),
            ("Abu Sayyaf", O, "PHLREB"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "COERCE PHLCOP"), "{got:?}");
    assert!(!has(&got, "AID"), "{got:?}");
}

#[test]
fn mediation_is_consultation_and_a_promise_to_mediate_agreement() {
    let mut d = doc(
        "Qatar menengahi perundingan antara Kongo dan M23 di Doha pekan lalu.\nTurki siap menengahi Rusia dan Ukraina jika kedua pihak meminta.",
        "id",
        &[
            ("Qatar", L, "QAT"),
            ("Kongo", L, "COD"),
            ("M23", O, "CODREB"),
            ("Doha", L, "QAT"),
            ("Turki", L, "TUR"),
            ("Rusia", L, "RUS"),
            ("Ukraina", L, "UKR"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "CONSULT QAT"), "{got:?}");
    assert!(!has(&got, "AGREE QAT"), "{got:?}");
    assert!(has(&got, "AGREE TUR"), "{got:?}");
}

#[test]
fn an_apology_is_a_concession_not_a_request() {
    let mut d = doc(
        "\"Kami memohon maaf kepada masyarakat Maluku,\" kata Panglima Kodam Pattimura.\nPanglima Kodam Pattimura memohon kepada pemerintah pusat agar mengirim bantuan.",
        "id",
        &[
            ("Panglima Kodam Pattimura", P, "IDNMIL"),
            ("pemerintah pusat", O, "IDNGOV"),
        ],
    );
    let got = run(&mut d);
    assert!(has(&got, "REQUEST IDNMIL->IDNGOV"), "{got:?}");
    assert_eq!(
        got.iter().filter(|g| g.starts_with("REQUEST")).count(),
        1,
        "{got:?}"
    );
}
