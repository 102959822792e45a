//! Plain text and JSON Lines: text kept exactly, metadata mapped, bad lines
//! reported with their line number.

mod common;

use common::{Scratch, docs_of, read_path};
use warta_core::DateSource;
use warta_sources::ReadOptions;

const KOMPAS_TXT: &str = "Polri tangkap 12 tersangka perdagangan orang di Batam\n\nBATAM, KOMPAS.com - Kepolisian Daerah Kepulauan Riau menangkap 12 tersangka tindak pidana perdagangan orang di Batam, Rabu (15/10/2025).\r\nKapolda Kepri mengatakan para korban akan diberangkatkan ke Kamboja.\n";

#[test]
fn txt_keeps_text_exactly_minus_one_trailing_newline() {
    let dir = Scratch::new("txt");
    let path = dir.file("berita.txt", KOMPAS_TXT.as_bytes());
    let docs = docs_of(&path);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d.text, KOMPAS_TXT.strip_suffix('\n').unwrap());
    assert!(d.text.contains("\r\n"), "CRLF inside .txt is kept");
    assert_eq!(d.source.format, "txt");
    assert_eq!(d.source.record, None);
    assert_eq!(
        d.source.title.as_deref(),
        Some("Polri tangkap 12 tersangka perdagangan orang di Batam")
    );
    assert_eq!(d.id, warta_core::Document::content_id(&d.text));
    assert_eq!(d.date, None);
    assert!(d.warnings.is_empty());
}

#[test]
fn txt_strips_bom_and_only_one_newline() {
    let dir = Scratch::new("txt-bom");
    let path = dir.file("a.txt", b"\xEF\xBB\xBFJakarta (ANTARA) - Teks.\n\n");
    let d = &docs_of(&path)[0];
    assert_eq!(d.text, "Jakarta (ANTARA) - Teks.\n");
}

#[test]
fn empty_txt_is_an_error_not_an_empty_document() {
    let dir = Scratch::new("txt-empty");
    let path = dir.file("kosong.txt", b"\n  \n");
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert!(docs.is_empty());
    assert!(errors[0].message.contains("empty"), "{}", errors[0]);
}

const JSONL: &str = concat!(
    r#"{"id":"ant-1","url":"https://antara.example/a","title":"Menlu bertemu Menlu Jepang","date":"2025-10-21T09:00:00+07:00","publisher":"ANTARA","language":"id","text":"Jakarta (ANTARA) - Menteri Luar Negeri Sugiono bertemu Menlu Jepang di Tokyo, Selasa (21/10/2025)."}"#,
    "\n",
    r#"{"title": "rusak", "text": "kalimat tanpa penutup"#,
    "\n\n",
    r#"{"link":"https://wire.example/b","headline":"Kim meets Putin","published":"Wed, 13 Sep 2023 10:00:00 +0900","source":{"name":"Example Wire"},"lang":"en-US","body":"VLADIVOSTOK, Sept 13 - North Korean leader Kim Jong Un met Russian President Vladimir Putin."}"#,
    "\n",
    r#"{"id": 7, "title": "tanpa teks"}"#,
    "\n",
    r#"{"content":"<p>JAKARTA - Paragraf satu.</p><p>Baca juga: lain</p><p>Paragraf dua.</p>","pubdate":1761004800}"#,
    "\n"
);

#[test]
fn jsonl_maps_fields_and_reports_bad_lines_with_their_number() {
    let dir = Scratch::new("jsonl");
    let path = dir.file("berita.jsonl", JSONL.as_bytes());
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert_eq!(docs.len(), 3, "{errors:?}");
    assert_eq!(errors.len(), 2);

    let a = &docs[0];
    assert_eq!(a.id, "ant-1");
    assert_eq!(a.source.record, Some(1));
    assert_eq!(a.source.format, "jsonl");
    assert_eq!(a.source.url.as_deref(), Some("https://antara.example/a"));
    assert_eq!(
        a.source.title.as_deref(),
        Some("Menlu bertemu Menlu Jepang")
    );
    assert_eq!(a.source.publisher.as_deref(), Some("ANTARA"));
    assert_eq!(a.date.as_deref(), Some("2025-10-21"));
    assert_eq!(a.date_source, DateSource::Metadata);
    assert_eq!(
        (a.language.code.as_str(), a.language.method.as_str()),
        ("id", "input")
    );

    let b = &docs[1];
    assert_eq!(b.source.record, Some(4), "blank line 3 still counts");
    assert_eq!(
        b.id,
        warta_core::Document::content_id(&b.text),
        "no id field: content hash"
    );
    assert_eq!(b.date.as_deref(), Some("2023-09-13"));
    assert_eq!(b.language.code, "en");
    assert_eq!(b.source.publisher.as_deref(), Some("Example Wire"));
    assert_eq!(b.source.title.as_deref(), Some("Kim meets Putin"));

    let c = &docs[2];
    assert_eq!(c.source.record, Some(6));
    assert_eq!(
        c.text, "JAKARTA - Paragraf satu.\nParagraf dua.",
        "HTML content flattened, boilerplate dropped"
    );
    assert_eq!(c.date.as_deref(), Some("2025-10-21"), "Unix time");

    assert_eq!(errors[0].offset, Some(2));
    assert!(errors[0].message.contains("line 2"), "{}", errors[0]);
    assert!(errors[0].to_string().contains("berita.jsonl"));
    assert_eq!(errors[1].offset, Some(5));
    assert!(errors[1].message.contains("no text"), "{}", errors[1]);
}

#[test]
fn jsonl_unparseable_date_and_language_become_warnings() {
    let dir = Scratch::new("jsonl-warn");
    let line = r#"{"text":"Teks berita.","date":"kemarin","language":"bahasa planet"}"#;
    let path = dir.file("a.ndjson", line.as_bytes());
    let d = &docs_of(&path)[0];
    assert_eq!(d.date, None);
    assert_eq!(d.language.code, "und");
    assert_eq!(d.warnings.len(), 2, "{:?}", d.warnings);
}

#[test]
fn jsonl_overlong_line_is_skipped_and_reading_goes_on() {
    let dir = Scratch::new("jsonl-long");
    let opts = ReadOptions {
        max_text_bytes: 1000,
    };
    // The line limit is 2 x max_text_bytes + 1 MiB.
    let long = format!(
        "{{\"text\":\"{}\"}}\n",
        "a".repeat(2 * 1000 + (1 << 20) + 10)
    );
    let content = format!("{long}{{\"text\":\"pendek\"}}\n");
    let path = dir.file("long.jsonl", content.as_bytes());
    let (docs, errors) = read_path(&path, &opts);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].text, "pendek");
    assert_eq!(docs[0].source.record, Some(2));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].offset, Some(1));
    assert!(errors[0].message.contains("longer than"), "{}", errors[0]);
}

#[test]
fn jsonl_invalid_utf8_line_is_decoded_lossily_with_warning() {
    let dir = Scratch::new("jsonl-utf8");
    let path = dir.file("a.jsonl", b"{\"text\":\"Menlu \xff bertemu\"}\n");
    let d = &docs_of(&path)[0];
    assert_eq!(d.text, "Menlu \u{FFFD} bertemu");
    assert!(d.warnings[0].contains("UTF-8"), "{:?}", d.warnings);
}
