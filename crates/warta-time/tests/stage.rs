//! The time stage on sentences we wrote: recognition, values, anchors and
//! the document date.

use warta_core::{DateSource, Document, LanguageInfo, SourceInfo, TimeType};
use warta_time::{TimeOptions, TimeStage};

fn stage(now: &str) -> TimeStage {
    TimeStage::with_options(&TimeOptions {
        now: Some(now.into()),
    })
    .expect("time resources load")
}

fn run(lang: &str, text: &str, date: Option<&str>, source: DateSource) -> Document {
    let mut doc = Document::new(text.to_string(), SourceInfo::default());
    doc.language = LanguageInfo {
        code: lang.into(),
        confidence: 1.0,
        method: "forced".into(),
    };
    doc.date = date.map(str::to_string);
    doc.date_source = source;
    stage("2026-11-27").annotate(&mut doc);
    doc
}

fn values(doc: &Document) -> Vec<(String, String)> {
    doc.times
        .iter()
        .map(|t| (t.text.clone(), t.value.clone()))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn undated_weekday_dateline_sets_the_document_date() {
    let text = "Menteri Luar Negeri dijadwalkan berkunjung ke Tokyo bulan ini\n\
        Dikutip dari Antara, Rabu (6/9), kunjungan itu membahas kerja sama energi.\n\
        Juru bicara kementerian mengatakan pada 30 Agustus bahwa persiapan sudah rampung.\n\
        Menteri terakhir ke Jepang pada bulan Juli, ketika ia telah menandatangani nota kesepahaman.\n\
        Pemerintah mengumumkan rencana itu minggu lalu. Indonesia telah menjadi mitra dagang Jepang sejak 2006.";
    let doc = run("id", text, None, DateSource::None);
    assert_eq!(doc.date.as_deref(), Some("2023-09-06"));
    assert_eq!(doc.date_source, DateSource::Dateline);
    assert_eq!(
        values(&doc),
        pairs(&[
            ("bulan ini", "2023-09"),
            ("Rabu (6/9)", "2023-09-06"),
            ("30 Agustus", "2023-08-30"),
            ("bulan Juli", "2023-07"),
            ("minggu lalu", "2023-W35"),
            ("2006", "2006"),
        ])
    );
    let since = &doc.times[5];
    assert!(since.rule.ends_with("+since"), "{}", since.rule);
    assert_eq!(
        doc.times[0].anchor.as_deref(),
        Some("document_date:2023-09-06")
    );
}

#[test]
fn metadata_date_wins_over_the_dateline_and_option_loses_to_it() {
    let text =
        "JAKARTA, KOMPAS.com - Rapat digelar Jumat (18/10/2013). Hasilnya diumumkan kemarin.";
    let meta = run("id", text, Some("2013-10-20"), DateSource::Metadata);
    assert_eq!(meta.date.as_deref(), Some("2013-10-20"));
    assert_eq!(meta.times[1].value, "2013-10-19");
    let option = run("id", text, Some("2020-01-01"), DateSource::Option);
    assert_eq!(option.date.as_deref(), Some("2013-10-18"));
    assert_eq!(option.date_source, DateSource::Dateline);
    assert_eq!(option.times[1].value, "2013-10-17");
}

#[test]
fn datelines_in_wire_styles() {
    let cases = [
        (
            "id",
            "Jakarta, 6 September 2023 (ANTARA) - Harga beras naik.",
            "2023-09-06",
        ),
        (
            "id",
            "Jumat, 18 Oktober 2013\nJAKARTA, KOMPAS.com - Harga cabai turun.",
            "2013-10-18",
        ),
        (
            "id",
            "JAKARTA, KOMPAS.com - Selasa (21/10/2025), DPR menggelar rapat.",
            "2025-10-21",
        ),
        (
            "en",
            "WASHINGTON, Oct 3 (Reuters) - The Senate voted.",
            "2026-10-03",
        ),
    ];
    for (lang, text, want) in cases {
        let doc = run(lang, text, None, DateSource::None);
        assert_eq!(doc.date.as_deref(), Some(want), "{text}");
    }
}

#[test]
fn without_a_date_relative_values_stay_underspecified() {
    let doc = run(
        "id",
        "Ia tiba kemarin dan bertemu Presiden pada 6 September.",
        None,
        DateSource::None,
    );
    assert_eq!(doc.date, None);
    assert_eq!(
        values(&doc),
        pairs(&[("kemarin", "PAST_REF"), ("6 September", "XXXX-09-06")])
    );
}

#[test]
fn indonesian_relative_durations_sets_and_numbers() {
    let text = "Harga cabai naik dua hari lalu dan akan turun lusa. Petani menanam cabai setiap minggu \
        selama dua minggu, dan harga naik dalam tiga tahun terakhir serta beberapa tahun terakhir. \
        Proyek itu berjalan bertahun-tahun, sebelas tahun, dua puluh hari, dan 7 hari. \
        Sebanyak 2.500 orang hadir dan Pasal 2006 dibahas. Rapat dimulai pukul 06.18 WIB dan berakhir 14:00 WITA. \
        Ia memprediksi harga naik awal tahun depan, pekan depan, dan tahun depan. \
        Pada 1990-an dan tahun 1998, krisis melanda; saat ini ekonomi pulih.";
    let doc = run("id", text, Some("2023-09-06"), DateSource::Option);
    let got = values(&doc);
    let want = pairs(&[
        ("dua hari lalu", "2023-09-04"),
        ("lusa", "2023-09-08"),
        ("setiap minggu", "P1W"),
        ("dua minggu", "P2W"),
        ("tiga tahun terakhir", "P3Y"),
        ("beberapa tahun terakhir", "PXY"),
        ("bertahun-tahun", "PXY"),
        ("sebelas tahun", "P11Y"),
        ("dua puluh hari", "P20D"),
        ("7 hari", "P7D"),
        ("pukul 06.18 WIB", "2023-09-06T06:18"),
        ("14:00 WITA", "2023-09-06T14:00"),
        ("awal tahun depan", "2024"),
        ("pekan depan", "2023-W37"),
        ("tahun depan", "2024"),
        ("1990-an", "199"),
        ("tahun 1998", "1998"),
        ("saat ini", "PRESENT_REF"),
    ]);
    assert_eq!(got, want);
    let early = doc
        .times
        .iter()
        .find(|t| t.text == "awal tahun depan")
        .unwrap();
    assert_eq!(early.modifier.as_deref(), Some("START"));
    let set = doc
        .times
        .iter()
        .find(|t| t.text == "setiap minggu")
        .unwrap();
    assert_eq!(set.kind, TimeType::Set);
}

#[test]
fn narrative_anchor_for_later_and_next_day() {
    let text = "Tersangka ditangkap pada 11 Februari 2014. Keesokan harinya, rumahnya digeledah. \
        Hampir tiga minggu kemudian, ia ditahan. Sehari kemudian berkasnya dilimpahkan.";
    let doc = run("id", text, Some("2015-06-01"), DateSource::Metadata);
    let got = values(&doc);
    assert_eq!(
        got[1],
        ("Keesokan harinya".to_string(), "2014-02-12".to_string())
    );
    assert_eq!(
        got[2],
        (
            "Hampir tiga minggu kemudian".to_string(),
            "2014-W10".to_string()
        )
    );
    assert_eq!(doc.times[2].anchor.as_deref(), Some("narrative:2014-02-11"));
    assert_eq!(doc.times[2].modifier.as_deref(), Some("LESS_THAN"));
    assert_eq!(
        got[3],
        ("Sehari kemudian".to_string(), "2014-02-12".to_string())
    );
}

#[test]
fn month_year_follows_tense() {
    let past = run(
        "id",
        "Ia telah berkunjung ke Beijing pada Juli.",
        Some("2023-02-10"),
        DateSource::Option,
    );
    assert_eq!(past.times[0].value, "2022-07");
    let future = run(
        "id",
        "Ia akan berkunjung ke Beijing pada Juli.",
        Some("2023-09-10"),
        DateSource::Option,
    );
    assert_eq!(future.times[0].value, "2024-07");
    let more = run(
        "id",
        "Rapat digelar seminggu sekali sejak abad ke-21 dimulai.",
        Some("2023-09-01"),
        DateSource::Option,
    );
    assert_eq!(
        values(&more),
        pairs(&[("seminggu sekali", "P1W"), ("abad ke-21", "20")])
    );
    let parts = run(
        "id",
        "Ia tiba sore kemarin dan pergi besok malam.",
        Some("2023-09-06"),
        DateSource::Option,
    );
    assert_eq!(
        values(&parts),
        pairs(&[
            ("sore kemarin", "2023-09-05TAF"),
            ("besok malam", "2023-09-07TNI")
        ])
    );
    let dated = run(
        "id",
        "Rapat digelar kemarin (5/9) di Jakarta.",
        Some("2023-09-06"),
        DateSource::Option,
    );
    assert_eq!(values(&dated), pairs(&[("kemarin (5/9)", "2023-09-05")]));
    let shifted = run(
        "id",
        "Harga turun sejak Juni tahun lalu.",
        Some("2015-01-16"),
        DateSource::Option,
    );
    assert_eq!(values(&shifted), pairs(&[("Juni tahun lalu", "2014-06")]));
    let approx = run(
        "id",
        "Evakuasi berlangsung kurang lebih dua jam.",
        Some("2015-01-16"),
        DateSource::Option,
    );
    assert_eq!(values(&approx), pairs(&[("kurang lebih dua jam", "PT2H")]));
    assert_eq!(approx.times[0].modifier.as_deref(), Some("APPROX"));
    let range = run(
        "id",
        "Rapat berlangsung pukul 10.00-12.00 WIB.",
        Some("2015-01-16"),
        DateSource::Option,
    );
    assert_eq!(
        values(&range),
        pairs(&[
            ("pukul 10.00", "2015-01-16T10:00"),
            ("12.00 WIB", "2015-01-16T12:00")
        ])
    );
    let months = run(
        "id",
        "Harga pada Juni-Juli 2014 stabil (Rabu pagi WIB).",
        Some("2014-12-16"),
        DateSource::Option,
    );
    assert_eq!(
        values(&months),
        pairs(&[
            ("Juni", "2014-06"),
            ("Juli 2014", "2014-07"),
            ("Rabu pagi WIB", "2014-12-10TMO")
        ])
    );
    let bare = run(
        "id",
        "Rapat digelar pada 6/9 dan skor akhir 3/1.",
        Some("2023-09-01"),
        DateSource::Option,
    );
    assert_eq!(values(&bare), pairs(&[("6/9", "2023-09-06")]));
    let range = run(
        "id",
        "Harga naik antara Januari hingga Maret.",
        Some("2023-05-10"),
        DateSource::Option,
    );
    assert_eq!(
        values(&range),
        pairs(&[("Januari", "2023-01"), ("Maret", "2023-03")])
    );
}

#[test]
fn english_relative_expressions() {
    let text = "The minister said on Tuesday that prices rose last week and would fall next month. \
        Exports fell two years ago. The board meets every Monday. Yesterday, shares fell 3%.";
    let doc = run("en", text, Some("2023-09-06"), DateSource::Metadata);
    assert_eq!(
        values(&doc),
        pairs(&[
            ("Tuesday", "2023-09-05"),
            ("last week", "2023-W35"),
            ("next month", "2023-10"),
            ("two years ago", "2021"),
            ("every Monday", "XXXX-WXX-1"),
            ("Yesterday", "2023-09-05"),
        ])
    );
}

#[test]
fn bad_now_is_an_error_not_a_panic() {
    assert!(
        TimeStage::with_options(&TimeOptions {
            now: Some("27/11/2026".into())
        })
        .is_err()
    );
    let mut doc = Document::new(
        "\u{0}\u{FFFF} (31/2) pukul 99.99 ((".into(),
        SourceInfo::default(),
    );
    stage("2026-11-27").annotate(&mut doc);
}

#[test]
fn random_token_soup_never_panics() {
    // A fixed-seed generator over time words, numbers and punctuation, so
    // every pattern sees odd neighbours; the test fails only by panicking.
    const POOL: &[&str] = &[
        "Rabu",
        "(",
        ")",
        "6/9",
        "31/2",
        "2023",
        "tahun",
        "bulan",
        "minggu",
        "Minggu",
        "lalu",
        "depan",
        "ini",
        "itu",
        "kemudian",
        "sebelumnya",
        "pukul",
        "06.18",
        "24:00",
        "0940",
        "WIB",
        "GMT",
        "pagi",
        "malam",
        "sekitar",
        "awal",
        "lebih",
        "dari",
        "setiap",
        "sekali",
        "seminggu",
        "beberapa",
        "dua",
        "puluh",
        "belas",
        "ribu",
        "1990-an",
        "ke-21",
        "abad",
        "kuartal",
        "III",
        "Natal",
        "Tahun",
        "Baru",
        "keesokan",
        "harinya",
        "sejak",
        "pada",
        ",",
        ".",
        "\n",
        "Sept",
        "6",
        "last",
        "next",
        "week",
        "a",
        "m",
        "p",
        "at",
        "7",
        "ago",
        "the",
        "past",
        "three",
        "years",
        "every",
        "Monday",
        "9999",
        "2.500",
        "orang",
        "Nomor",
        "31",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let stage = stage("2026-11-27");
    for round in 0..400 {
        let mut text = String::new();
        for _ in 0..40 {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(POOL[(state >> 33) as usize % POOL.len()]);
            text.push(' ');
        }
        let mut doc = Document::new(text, SourceInfo::default());
        doc.language.code = if round % 2 == 0 { "id" } else { "en" }.into();
        if round % 3 == 0 {
            doc.date = Some("2014-12-28".into());
            doc.date_source = DateSource::Metadata;
        }
        stage.annotate(&mut doc);
        for t in &doc.times {
            assert!(t.start < t.end && t.end <= doc.text.chars().count());
        }
    }
}
