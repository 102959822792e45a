//! Events stated as evaluations and quoted ultimatums (`stance.rs`,
//! `events_stance.tsv`): `menilai X lemah`, `called X "a sham"`, `"Kalau
//! ..., kami akan mogok," kata ...`. Sentences written for warta, with
//! sentences where the mechanism must stay silent (neutral evaluations,
//! `called on`, plans in quotes).

mod common;

use common::{L, O, P, add_quote as quote, has};

use warta_core::Document;

fn types(got: &[String], plover: &str) -> usize {
    got.iter()
        .filter(|g| g.starts_with(&format!("{plover} ")))
        .count()
}

/// Whether an event of type `plover` came from rule `rule` (`stance#blame`).
fn by_rule(d: &Document, plover: &str, rule: &str) -> bool {
    d.events
        .iter()
        .any(|e| e.plover == plover && e.rule.contains(rule))
}

#[test]
fn a_negative_evaluation_is_an_accusation_of_the_evaluated_party() {
    let text = "Jakarta (ANTARA) - Puluhan pekerja asing ditemukan bekerja tanpa izin di Morowali.\n\
                Anggota Komisi IX DPR Rahmat Hidayat menilai pengawasan Kementerian Ketenagakerjaan terhadap tenaga kerja asing di kawasan industri itu selama ini lemah.";
    let mut d = common::doc(
        text,
        "id",
        "2026-11-20",
        &[
            ("Rahmat Hidayat", P, "IDNLEG"),
            ("Kementerian Ketenagakerjaan", O, "IDNGOV"),
            ("Morowali", L, "IDN"),
        ],
    );
    let got = common::run(&mut d, true);
    assert!(has(&got, "ACCUSE IDNLEG->IDNGOV 111"), "{got:?}");
    assert!(by_rule(&d, "ACCUSE", "stance#blame"), "{got:?}");
}

#[test]
fn a_neutral_or_negated_evaluation_codes_nothing() {
    let text = "Jayapura (ANTARA) - Kepala Polda Papua Irjen Budi Santoso menilai situasi keamanan di Jayapura kondusif menjelang pemilihan.\n\
                Gubernur Papua Mathius Fakhiri menilai kinerja Polda Papua tidak lemah dalam menangani kerusuhan.";
    let mut d = common::doc(
        text,
        "id",
        "2026-11-20",
        &[
            ("Budi Santoso", P, "IDNCOP"),
            ("Jayapura", L, "IDN"),
            ("Mathius Fakhiri", P, "IDNGOV"),
            ("Polda Papua", O, "IDNCOP"),
        ],
    );
    let got = common::run(&mut d, false);
    assert_eq!(types(&got, "ACCUSE") + types(&got, "SUPPORT"), 0, "{got:?}");
}

#[test]
fn praise_in_quotes_is_support_and_criticism_in_quotes_an_accusation() {
    let text = "BRUSSELS (Reuters) - The European Union called Manila's decision \"an important step for accountability\" on Wednesday.\n\
                China's foreign ministry called Tokyo's new defence plan \"reckless and dangerous\" in a statement.";
    let mut d = common::doc(
        text,
        "en",
        "2026-11-20",
        &[
            ("European Union", O, "IGOEEC"),
            ("Manila", L, "PHL"),
            ("China's foreign ministry", O, "CHNGOV"),
            ("Tokyo", L, "JPN"),
        ],
    );
    let got = common::run(&mut d, true);
    assert!(has(&got, "SUPPORT IGOEEC->PHL 051"), "{got:?}");
    assert!(by_rule(&d, "SUPPORT", "stance#praise"), "{got:?}");
    assert!(has(&got, "ACCUSE CHNGOV->JPN 111"), "{got:?}");
    assert!(by_rule(&d, "ACCUSE", "stance#blame"), "{got:?}");
}

#[test]
fn constructive_talks_are_no_accusation_and_called_on_is_no_evaluation() {
    let text = "WASHINGTON (Reuters) - The State Department called Beijing's proposals \"constructive\" after two days of talks.\n\
                The United Nations called on Israel to lift its illegal blockade of Gaza.";
    let mut d = common::doc(
        text,
        "en",
        "2026-11-20",
        &[
            ("State Department", O, "USAGOV"),
            ("Beijing", L, "CHN"),
            ("United Nations", O, "IGOUNO"),
            ("Israel", L, "ISR"),
            ("Gaza", L, "PSE"),
        ],
    );
    let got = common::run(&mut d, false);
    assert!(has(&got, "SUPPORT USAGOV->CHN"), "{got:?}");
    assert!(by_rule(&d, "SUPPORT", "stance#praise"), "{got:?}");
    assert_eq!(types(&got, "ACCUSE"), 0, "{got:?}");
    assert!(has(&got, "REQUEST IGOUNO->ISR"), "{got:?}");
}

#[test]
fn said_with_a_copula_and_a_judgement_is_an_accusation_and_said_alone_is_none() {
    let text = "BEIRUT (Reuters) - Lebanon's foreign ministry said Israel's strikes on the south were \"a flagrant violation\" of the ceasefire.\n\
                Lebanon's foreign ministry said Israel had sent a delegation to the dangerous border area.\n\
                The ministry said the strikes were being investigated as criminal acts.";
    let mut d = common::doc(
        text,
        "en",
        "2026-11-20",
        &[
            ("Lebanon's foreign ministry", O, "LBNGOV"),
            ("Israel", L, "ISR"),
        ],
    );
    let got = common::run(&mut d, false);
    assert!(has(&got, "ACCUSE LBNGOV->ISR"), "{got:?}");
    // Only the first sentence: `dangerous` has no copula before it, and
    // `criminal` stands too far after one.
    let blames: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.rule.contains("stance#blame"))
        .map(|e| e.sentence)
        .collect();
    assert_eq!(blames, vec![0], "{got:?}");
}

#[test]
fn a_claim_called_absurd_is_dismissed() {
    let text = "CHISINAU (Reuters) - Moldova accused Russia on Monday of funding protests in the capital.\n\
                The Kremlin called the accusations \"absurd\" on Tuesday.";
    let mut d = common::doc(
        text,
        "en",
        "2026-11-20",
        &[
            ("Moldova", L, "MDA"),
            ("Russia", L, "RUS"),
            ("Kremlin", O, "RUSGOV"),
        ],
    );
    let got = common::run(&mut d, false);
    assert!(has(&got, "REJECT RUSGOV->MDA"), "{got:?}");
    assert!(by_rule(&d, "REJECT", "stance#deny"), "{got:?}");
    assert_eq!(
        got.iter()
            .filter(|g| g.starts_with("ACCUSE RUSGOV"))
            .count(),
        0,
        "{got:?}"
    );
}

#[test]
fn a_quoted_ultimatum_is_a_threat_by_its_speaker() {
    let text = "Jakarta (ANTARA) - Ribuan buruh berunjuk rasa di depan Kementerian Ketenagakerjaan, Senin.\n\
                \"Kalau tuntutan kami tidak dipenuhi pemerintah, kami akan mogok nasional selama tiga hari,\" kata Ketua Serikat Pekerja Andi Wibowo.";
    let mut d = common::doc(
        text,
        "id",
        "2026-11-20",
        &[
            ("Kementerian Ketenagakerjaan", O, "IDNGOV"),
            ("Andi Wibowo", P, "IDNLAB"),
        ],
    );
    quote(
        &mut d,
        "Kalau tuntutan kami tidak dipenuhi pemerintah, kami akan mogok nasional selama tiga hari,",
        "E2",
        1,
    );
    let got = common::run(&mut d, true);
    assert!(has(&got, "THREATEN IDNLAB->IDN"), "{got:?}");
    assert!(by_rule(&d, "THREATEN", "stance#threat"), "{got:?}");
}

#[test]
fn a_quoted_plan_with_a_condition_is_no_threat() {
    let text = "Semarang (ANTARA) - Pembangunan jembatan Kali Garang tertunda karena hujan.\n\
                \"Kalau cuaca baik, kami akan melanjutkan pengecoran pekan depan,\" kata Kepala Dinas Pekerjaan Umum Jawa Tengah Hadi Prasetyo.";
    let mut d = common::doc(text, "id", "2026-11-20", &[("Hadi Prasetyo", P, "IDNGOV")]);
    quote(
        &mut d,
        "Kalau cuaca baik, kami akan melanjutkan pengecoran pekan depan,",
        "E1",
        1,
    );
    let got = common::run(&mut d, false);
    assert_eq!(types(&got, "THREATEN"), 0, "{got:?}");
}

#[test]
fn an_english_quoted_ultimatum_aims_at_the_condition_s_actor() {
    let text = "JERUSALEM (Reuters) - Rockets were fired at northern Israel overnight.\n\
                \"If Hezbollah fires at our towns again, we will answer with all the force we have,\" Defence Minister Israel Katz said.";
    let mut d = common::doc(
        text,
        "en",
        "2026-11-20",
        &[("Hezbollah", O, "LBNREB"), ("Israel Katz", P, "ISRGOV")],
    );
    quote(
        &mut d,
        "If Hezbollah fires at our towns again, we will answer with all the force we have,",
        "E2",
        1,
    );
    let got = common::run(&mut d, true);
    assert!(has(&got, "THREATEN ISRGOV->LBNREB 130"), "{got:?}");
    assert!(by_rule(&d, "THREATEN", "stance#threat"), "{got:?}");
}

#[test]
fn a_recommendation_is_a_request() {
    let text = "Jakarta (ANTARA) - Ombudsman Republik Indonesia merekomendasikan Kementerian Kesehatan memperbaiki layanan rujukan pasien BPJS.";
    let mut d = common::doc(
        text,
        "id",
        "2026-11-20",
        &[
            ("Ombudsman Republik Indonesia", O, "IDNGOV"),
            ("Kementerian Kesehatan", O, "IDNGOV"),
        ],
    );
    let got = common::run(&mut d, false);
    assert!(has(&got, "REQUEST IDNGOV->IDNGOV"), "{got:?}");
    assert!(by_rule(&d, "REQUEST", "merekomendasikan#q1"), "{got:?}");
}

#[test]
fn a_coordinated_evaluation_shares_the_subject_of_the_verb_before_it() {
    // The nearest actor left of `menilai` is the object of `menolak`.
    let text = "Jakarta (ANTARA) - Serikat Pekerja Nasional menolak rancangan aturan Kementerian Ketenagakerjaan itu dan menilai pengawasan terhadap perusahaan alih daya selama ini lemah.";
    let mut d = common::doc(
        text,
        "id",
        "2026-11-20",
        &[
            ("Serikat Pekerja Nasional", O, "IDNLAB"),
            ("Kementerian Ketenagakerjaan", O, "IDNGOV"),
        ],
    );
    let got = common::run(&mut d, false);
    let accuse: Vec<_> = d
        .events
        .iter()
        .filter(|e| e.rule.contains("stance#blame"))
        .filter_map(|e| e.source.as_ref().and_then(|s| s.actor.clone()))
        .collect();
    assert_eq!(accuse, ["IDNLAB"], "{got:?}");
}
