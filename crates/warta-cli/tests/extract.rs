//! End-to-end tests of `warta extract` through the real binary, on fixtures
//! written for these tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn warta(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(args)
        .env_remove("WARTA_DATA")
        .output()
        .expect("run warta")
}

fn documents(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON document"))
        .collect()
}

/// Code point slice, as a Python or JavaScript user would take it.
fn slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn indonesian_article_gives_one_document_with_line_bounded_sentences() {
    let path = fixture("kunjungan_id.txt");
    let out = warta(&["extract", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = documents(&out);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["schema"], "warta/1");
    assert_eq!(doc["language"]["code"], "id", "{}", doc["language"]);
    let text = doc["text"].as_str().unwrap();
    let file = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text, file.trim_end_matches('\n'));
    let sentences = doc["sentences"].as_array().unwrap();
    // Seven lines, one sentence each: abbreviations (Prof., Dr., H., M.,
    // S.H.), decimals (2,5; 5,95), times (17.00), dates (14/11), URLs and
    // e-mails must not split them, and the unpunctuated lines still end.
    assert_eq!(sentences.len(), 7, "{sentences:?}");
    for s in sentences {
        let piece = slice(
            text,
            s["start"].as_u64().unwrap(),
            s["end"].as_u64().unwrap(),
        );
        assert!(
            !piece.contains('\n'),
            "sentence spans a line break: {piece:?}"
        );
        assert_eq!(
            piece.trim(),
            piece,
            "sentence has outer whitespace: {piece:?}"
        );
    }
    // The id is the content hash, stable across runs.
    let again = documents(&warta(&["extract", path.to_str().unwrap()]));
    assert_eq!(again[0]["id"], doc["id"]);
}

#[test]
fn english_article_is_detected_and_split() {
    let out = warta(&["extract", fixture("summit_en.txt").to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = &documents(&out)[0];
    assert_eq!(doc["language"]["code"], "en");
    let text = doc["text"].as_str().unwrap();
    let sentences: Vec<String> = doc["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            slice(
                text,
                s["start"].as_u64().unwrap(),
                s["end"].as_u64().unwrap(),
            )
        })
        .collect();
    // Line 2 and line 3 hold two sentences each; "Mr.", "U.S.", "Jan." and
    // "$5.95" do not end sentences.
    assert_eq!(sentences.len(), 6, "{sentences:#?}");
    assert!(sentences[3].starts_with("\"We want"), "{sentences:#?}");
}

#[test]
fn forced_language_and_pretty_output() {
    let out = warta(&[
        "extract",
        "--lang",
        "en",
        "--pretty",
        fixture("kunjungan_id.txt").to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["language"]["method"], "forced");
    assert!(String::from_utf8_lossy(&out.stdout).lines().count() > 10);
}

#[test]
fn unknown_forced_language_is_a_usage_error() {
    let out = warta(&[
        "extract",
        "--lang",
        "xx",
        fixture("summit_en.txt").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--lang"));
}

#[test]
fn stdin_is_read_when_no_input_is_given() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_warta"))
        .args(["extract", "--lang", "id"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "Presiden meresmikan bendungan di Jawa Tengah.\nAcara berlangsung meriah.".as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let docs = documents(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"]["path"], "-");
    assert_eq!(docs[0]["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn bad_inputs_are_reported_and_the_rest_still_comes_out() {
    let dir = tempdir();
    // A truncated .warc.gz: a valid gzip member cut in half.
    let record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.id/a\r\n\
        WARC-Date: 2024-03-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n\
        Content-Type: application/http; msgtype=response\r\nContent-Length: 120\r\n\r\n\
        HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Berita terpotong di tengah jalan.</p></body></html>\r\n\r\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(record.as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    std::fs::write(dir.join("cut.warc.gz"), &bytes[..bytes.len() / 2]).unwrap();
    std::fs::copy(fixture("binary.txt"), dir.join("binary.txt")).unwrap();
    std::fs::copy(fixture("summit_en.txt"), dir.join("good.txt")).unwrap();

    let out = warta(&["extract", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "stderr: {stderr}");
    assert!(stderr.contains("cut.warc.gz"), "stderr: {stderr}");
    assert!(stderr.contains("binary.txt"), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    let docs = documents(&out);
    assert_eq!(docs.len(), 1, "only the good article comes out");
    assert!(docs[0]["text"].as_str().unwrap().starts_with("JAKARTA"));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn output_order_and_content_do_not_depend_on_jobs() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let one = warta(&["extract", "--jobs", "1", samples.to_str().unwrap()]);
    let four = warta(&["extract", "--jobs", "4", samples.to_str().unwrap()]);
    assert!(
        one.status.success(),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
    assert_eq!(one.stdout, four.stdout);
    assert!(
        documents(&one).len() >= 20,
        "samples give at least 20 documents"
    );
}

fn tempdir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "warta-cli-test-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
