//! The bundled `samples/` folder: every file reads without errors and gives
//! the documents `samples/README.md` promises.

mod common;

use std::path::PathBuf;

use warta_sources::{ReadOptions, expand_inputs, read};

fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

#[test]
fn samples_read_cleanly_with_the_promised_counts() {
    let (inputs, errors) = expand_inputs(&[samples_dir()]);
    assert!(errors.is_empty(), "{errors:?}");
    let opts = ReadOptions::default();
    let mut docs = Vec::new();
    for input in &inputs {
        for item in read(input, &opts) {
            docs.push(item.unwrap_or_else(|e| panic!("sample error: {e}")));
        }
    }
    assert_eq!(docs.len(), 26);
    let count = |format: &str| docs.iter().filter(|d| d.source.format == format).count();
    assert_eq!(
        [
            count("txt"),
            count("jsonl"),
            count("html"),
            count("rss"),
            count("atom"),
            count("warc")
        ],
        [6, 6, 3, 4, 3, 4]
    );
    // The only warning is the JSONL line with an unparseable date.
    let warned: Vec<_> = docs.iter().filter(|d| !d.warnings.is_empty()).collect();
    assert_eq!(
        warned.len(),
        1,
        "{:?}",
        warned.iter().map(|d| &d.warnings).collect::<Vec<_>>()
    );
    assert_eq!(warned[0].source.record, Some(6));
    // Boilerplate is dropped from markup; plain text is never altered.
    for d in docs.iter().filter(|d| d.source.format != "txt") {
        assert!(
            !d.text.contains("Baca juga"),
            "{}: boilerplate left",
            d.source.path
        );
        assert!(!d.text.contains("SCROLL TO CONTINUE"), "{}", d.source.path);
    }
}

#[test]
fn three_outlets_report_the_same_meeting_on_the_same_day() {
    let dir = samples_dir();
    let opts = ReadOptions::default();
    let first = |name: &str| {
        let input = warta_sources::Input::File(dir.join(name));
        read(&input, &opts).next().unwrap().unwrap()
    };
    let kompas = first("id_kompas_sugiono_malaysia.html");
    let tempo = first("articles.jsonl");
    let antara = first("id_antara_sugiono_mohamad_hasan.txt");
    assert_eq!(kompas.date.as_deref(), Some("2025-10-21"));
    assert_eq!(tempo.date.as_deref(), Some("2025-10-21"));
    assert_eq!(kompas.source.publisher.as_deref(), Some("Kompas.com"));
    assert_eq!(tempo.source.publisher.as_deref(), Some("Tempo"));
    for d in [&kompas, &tempo, &antara] {
        assert!(
            d.text.contains("Sugiono") && d.text.contains("Mohamad Hasan"),
            "{}",
            d.source.path
        );
    }
    assert!(antara.text.contains("Selasa (21/10/2025)"));
}
