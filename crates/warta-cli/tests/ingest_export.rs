//! `warta ingest` + `warta export` end to end on articles written here.

use std::path::Path;
use std::process::Command;

use warta_store::Store;

const ID_REPORT: &str = "JAKARTA (ANTARA) - Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar \
Negeri Australia Penny Wong di Jakarta, Senin (4/9). Keduanya membahas kerja sama maritim.\n\n\
\"Kami sepakat memperkuat patroli bersama,\" kata Retno kepada wartawan.\n";

const EN_REPORT: &str = "CANBERRA - Australian Foreign Minister Penny Wong met Indonesian Foreign \
Minister Retno Marsudi in Jakarta on Monday, officials said. The two ministers agreed to expand \
joint maritime patrols.\n";

fn warta(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(args)
        .output()
        .unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn ingest_reports_bad_inputs_stores_the_rest_and_exports_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("antara.txt"), ID_REPORT).unwrap();
    std::fs::write(corpus.join("salinan.txt"), ID_REPORT).unwrap();
    std::fs::write(corpus.join("abc.txt"), EN_REPORT).unwrap();
    let db = dir.path().join("w.db");
    let missing = dir.path().join("tidak-ada");

    let out = warta(&[
        "ingest",
        s(&corpus),
        s(&missing),
        "--db",
        s(&db),
        "--now",
        "2023-09-20",
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a missing input makes the run partial"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("tidak-ada"), "{stderr}");
    assert!(stderr.contains("2 new articles, 1 new copies"), "{stderr}");
    let stats = Store::open_read_only(&db).unwrap().stats().unwrap();
    assert_eq!((stats.articles, stats.copies), (2, 3));

    // Again: nothing new, and success.
    let out = warta(&["ingest", s(&corpus), "--db", s(&db), "--now", "2023-09-20"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("0 new articles, 0 new copies of known articles, 3 already stored")
    );

    for (format, columns) in [
        ("gdelt-events", 61),
        ("gdelt-mentions", 16),
        ("gdelt-gkg", 27),
    ] {
        let path = dir.path().join(format!("{format}.tsv"));
        let out = warta(&[
            "export",
            "--db",
            s(&db),
            "--format",
            format,
            "--out",
            s(&path),
        ]);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines() {
            assert_eq!(line.split('\t').count(), columns, "{format}: {line}");
        }
        if format == "gdelt-gkg" {
            assert_eq!(text.lines().count(), 3, "one GKG row per copy");
        }
    }
    for format in ["plover", "csv", "parquet"] {
        let path = dir.path().join(format!("out.{format}"));
        let out = warta(&[
            "export",
            "--db",
            s(&db),
            "--format",
            format,
            "--out",
            s(&path),
        ]);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(path.exists());
    }
    let parquet = std::fs::read(dir.path().join("out.parquet")).unwrap();
    assert_eq!(&parquet[..4], b"PAR1");

    let out = warta(&["export", "--db", s(&db), "--format", "gdelt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gdelt-events"));
}
