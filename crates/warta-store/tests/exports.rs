//! Export formats: column counts, escaping, CSV round trip, PLOVER JSONL.

mod common;

use common::*;
use warta_store::export::{CsvEvent, GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, GKG_COLUMNS};
use warta_store::{ExportFormat, Store, StoreOptions};

fn loaded() -> Store {
    let mut tricky = jakarta_visit(
        "https://www.abc.net.au/news/jakarta",
        "ABC\tNews",
        "2023-07-04",
    );
    // Tabs and line breaks inside text fields must not break the TSV rows.
    tricky.text = tricky
        .text
        .replace("The two leaders signed", "The two\tleaders\nsigned");
    tricky.events[1].trigger = "signed\tan\nagreement".into();
    tricky.events[1].source.as_mut().unwrap().text = "The two\tleaders".into();
    tricky.source.title = Some("Albanese in\tJakarta\n<live> & more".into());
    tricky.entities[1].canonical = "Anthony\tAlbanese; PM".into();
    let mut s = Store::open_in_memory(StoreOptions::default()).unwrap();
    let r = s
        .ingest(&[
            shoigu_report(
                0,
                "https://www.antaranews.com/berita/1",
                "ANTARA",
                "2023-07-26",
            ),
            shoigu_report(1, "https://news.detik.com/d-2", "detikNews", "2023-07-27"),
            tricky,
        ])
        .unwrap();
    assert!(r.failed.is_empty(), "{:?}", r.failed);
    s
}

fn export(s: &Store, f: ExportFormat) -> String {
    let mut out = Vec::new();
    s.export(f, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn gdelt_events_have_61_columns_in_gdelt_order() {
    let s = loaded();
    let text = export(&s, ExportFormat::GdeltEvents);
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .all(|r| r.len() == GDELT_EVENT_COLUMNS.len() && r.len() == 61)
    );
    let col = |name: &str| GDELT_EVENT_COLUMNS.iter().position(|c| *c == name).unwrap();
    let shoigu = rows
        .iter()
        .find(|r| r[col("Actor1Code")] == "RUSMIL")
        .unwrap();
    assert_eq!(shoigu[col("SQLDATE")], "20230726");
    assert_eq!(shoigu[col("MonthYear")], "202307");
    assert_eq!(shoigu[col("Actor1Name")], "SERGEI SHOIGU");
    assert_eq!(shoigu[col("Actor1CountryCode")], "RUS");
    assert_eq!(shoigu[col("Actor1Geo_CountryCode")], "RS", "FIPS, not ISO");
    assert_eq!(shoigu[col("EventCode")], "036");
    assert_eq!(shoigu[col("EventRootCode")], "03");
    assert_eq!(shoigu[col("NumSources")], "2");
    assert_eq!(shoigu[col("ActionGeo_Type")], "4");
    assert_eq!(shoigu[col("ActionGeo_CountryCode")], "KN");
    assert_eq!(shoigu[col("ActionGeo_ADM1Code")], "KN12");
    assert_eq!(shoigu[col("ActionGeo_FeatureID")], "1871859");
    assert_eq!(shoigu[col("DATEADDED")], "20230726000000");
    assert_eq!(shoigu[60], "https://www.antaranews.com/berita/1");
    let agree = rows.iter().find(|r| r[col("EventCode")] == "057").unwrap();
    assert_eq!(agree[col("Actor2Name")], "ANTHONY ALBANESE; PM");
    assert_eq!(agree[col("IsRootEvent")], "0");
}

#[test]
fn gdelt_mentions_and_gkg_column_counts_and_escaping() {
    let s = loaded();
    let mentions = export(&s, ExportFormat::GdeltMentions);
    let rows: Vec<Vec<&str>> = mentions.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 4);
    assert!(
        rows.iter()
            .all(|r| r.len() == GDELT_MENTION_COLUMNS.len() && r.len() == 16)
    );
    let detik = rows
        .iter()
        .find(|r| r[5] == "https://news.detik.com/d-2")
        .unwrap();
    assert_eq!(
        (detik[1], detik[2], detik[4], detik[6]),
        ("20230726000000", "20230727000000", "news.detik.com", "1")
    );
    assert_eq!(detik[7], "13", "Actor1CharOffset of `Sergei Shoigu`");

    let gkg = export(&s, ExportFormat::GdeltGkg);
    let rows: Vec<Vec<&str>> = gkg.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 3);
    assert!(
        rows.iter()
            .all(|r| r.len() == GKG_COLUMNS.len() && r.len() == 27)
    );
    let abc = rows
        .iter()
        .find(|r| r[4] == "https://www.abc.net.au/news/jakarta")
        .unwrap();
    assert_eq!(abc[11], "Joko Widodo;Anthony Albanese  PM");
    assert!(abc[9].starts_with("4#Jakarta#ID#ID04#"), "{}", abc[9]);
    assert_eq!(
        abc[26],
        "<PAGE_TITLE>Albanese in Jakarta &lt;live&gt; &amp; more</PAGE_TITLE>"
    );
    let antara = rows
        .iter()
        .find(|r| r[4] == "https://www.antaranews.com/berita/1")
        .unwrap();
    assert!(
        antara[22].contains("|kata|Kami membahas kerja sama pertahanan "),
        "{}",
        antara[22]
    );
    assert_eq!(antara[16], "4#7#26#2023#94");
}

#[test]
fn csv_round_trips() {
    let s = loaded();
    let text = export(&s, ExportFormat::Csv);
    let mut rd = csv::Reader::from_reader(text.as_bytes());
    let back: Vec<CsvEvent> = rd.deserialize().collect::<Result<_, _>>().unwrap();
    let want: Vec<CsvEvent> = s
        .export_rows()
        .unwrap()
        .into_iter()
        .map(CsvEvent::from)
        .collect();
    assert_eq!(back, want);
    let agree = back.iter().find(|e| e.plover == "AGREE").unwrap();
    assert_eq!(
        agree.trigger, "signed\tan\nagreement",
        "CSV keeps text exactly"
    );
    assert_eq!(agree.source_name.as_deref(), Some("Joko Widodo"));
}

#[test]
fn plover_jsonl_uses_plover_field_names() {
    let s = loaded();
    let text = export(&s, ExportFormat::Plover);
    let recs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), 3);
    let consult = recs.iter().find(|r| r["cameo"] == "036").unwrap();
    assert_eq!(consult["event"], "CONSULT");
    assert_eq!(consult["source"][0]["code"], "RUSMIL");
    assert_eq!(consult["target"][0]["actorText"], "Kim Jong Un");
    assert_eq!(consult["eventLoc"]["geonameid"], 1871859);
    assert_eq!(consult["numSources"], 2);
    assert_eq!(consult["mentions"].as_array().unwrap().len(), 2);
    assert_eq!(consult["context"], "military");
}
