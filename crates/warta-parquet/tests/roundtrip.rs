//! Parquet export read back with the parquet crate's Arrow reader.

use arrow_array::{Array, Int64Array, StringArray, UInt8Array};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use warta_core::{ActorRef, Document, Event, LanguageInfo, Sentence, SourceInfo};
use warta_store::{Store, StoreOptions};

fn report(url: &str, publisher: &str, date: &str, lead: &str) -> Document {
    let text = format!("{lead} Pertemuan berlangsung tertutup selama dua jam.");
    let lead_len = lead.chars().count();
    let mut d = Document::new(
        text.clone(),
        SourceInfo {
            path: format!("{publisher}.txt"),
            url: Some(url.into()),
            title: Some(lead.into()),
            publisher: Some(publisher.into()),
            format: "txt".into(),
            record: None,
        },
    );
    d.language = LanguageInfo {
        code: "id".into(),
        confidence: 0.9,
        method: "detected".into(),
    };
    d.date = Some(date.into());
    d.sentences = vec![
        Sentence {
            start: 0,
            end: lead_len,
        },
        Sentence {
            start: lead_len + 1,
            end: text.chars().count(),
        },
    ];
    let actor = |code: &str, text: &str| ActorRef {
        entity: None,
        actor: Some(code.into()),
        text: text.into(),
    };
    d.events.push(Event {
        id: "V1".into(),
        plover: "CONSULT".into(),
        mode: Some("visit".into()),
        context: vec!["military".into()],
        aux: vec![],
        cameo: Some("042".into()),
        quad: Some(1),
        score: Some(1.9),
        source: Some(actor("RUSMIL", "Sergei Shoigu")),
        target: Some(actor("PRKGOV", "Kim Jong Un")),
        date: Some("2023-07-26".into()),
        place: None,
        sentence: 0,
        start: 0,
        end: lead_len,
        trigger: "mengunjungi".into(),
        claimed_by: None,
        rule: "events:id:kunjungi#1".into(),
        confidence: 0.85,
        mentions: vec![],
    });
    d
}

#[test]
fn parquet_round_trip() {
    let mut store = Store::open_in_memory(StoreOptions::default()).unwrap();
    store
        .ingest(&[
            report(
                "https://www.antaranews.com/a",
                "ANTARA",
                "2023-07-26",
                "Sergei Shoigu mengunjungi Kim Jong Un di Pyongyang, Rabu (26/7).",
            ),
            report(
                "https://www.kompas.com/b",
                "Kompas",
                "2023-07-27",
                "Menhan Rusia Sergei Shoigu mengunjungi Kim Jong Un, Rabu malam.",
            ),
        ])
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.parquet");
    let n = warta_parquet::write_events(&store, std::fs::File::create(&path).unwrap()).unwrap();
    assert_eq!(n, 1);

    let reader = ParquetRecordBatchReaderBuilder::try_new(std::fs::File::open(&path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let batches: Vec<_> = reader.collect::<Result<_, _>>().unwrap();
    assert_eq!(batches.len(), 1);
    let b = &batches[0];
    assert_eq!((b.num_rows(), b.num_columns()), (1, 33));
    let col = |name: &str| b.column(b.schema().index_of(name).unwrap()).clone();
    let plover = col("plover");
    assert_eq!(
        plover
            .as_any()
            .downcast_ref::<StringArray>()
            .unwrap()
            .value(0),
        "CONSULT"
    );
    let sources = col("num_sources");
    assert_eq!(
        sources
            .as_any()
            .downcast_ref::<Int64Array>()
            .unwrap()
            .value(0),
        2
    );
    let quad = col("quad");
    assert_eq!(
        quad.as_any().downcast_ref::<UInt8Array>().unwrap().value(0),
        1
    );
    let place = col("place_name");
    assert!(place.is_null(0), "unknown place stays null");
    let url = col("first_url");
    assert_eq!(
        url.as_any().downcast_ref::<StringArray>().unwrap().value(0),
        "https://www.antaranews.com/a"
    );
}
