//! Helpers shared by the integration tests: a scratch folder per test and
//! reading an input into documents and errors.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use warta_core::Document;
use warta_sources::{Input, ReadOptions, SourceError, read};

/// A fresh, empty folder under the system temp dir, removed on drop.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "warta-sources-{}-{}-{}",
            name,
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Self(dir)
    }

    /// Writes `bytes` to `name` in the folder and returns the path.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write fixture");
        p
    }

    /// Writes `bytes` gzip-compressed to `name`.
    pub fn gz_file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        self.file(name, &gzip(bytes))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One gzip member.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).expect("gzip");
    enc.finish().expect("gzip")
}

/// All documents and errors of one file.
pub fn read_path(path: &Path, opts: &ReadOptions) -> (Vec<Document>, Vec<SourceError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for item in read(&Input::File(path.to_path_buf()), opts) {
        match item {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        }
    }
    (docs, errors)
}

/// All documents of one file with default options; panics on any error.
pub fn docs_of(path: &Path) -> Vec<Document> {
    let (docs, errors) = read_path(path, &ReadOptions::default());
    assert!(errors.is_empty(), "unexpected errors: {errors:?}");
    docs
}

/// A WARC record (uncompressed).
pub fn warc_record(kind: &str, uri: &str, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: {date}\r\nWARC-Record-ID: <urn:uuid:{kind}-{uri}>\r\nWARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// An HTTP response with `body`.
pub fn http_response(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

/// A short news page with boilerplate around two paragraphs.
pub fn news_page(title: &str, date_meta: &str, first: &str, second: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title} - Warta Contoh</title>{date_meta}\
         <script>var ads = [1,2,3];</script></head><body>\
         <nav><a href=\"/\">Beranda</a> | <a href=\"/politik\">Politik</a></nav>\
         <article><h1>{title}</h1><div class=\"content\"><p>{first}</p>\
         <p>Baca juga: Berita lain yang tidak relevan</p><p>{second}</p>\
         <p>Editor: Budi Santoso</p></div></article>\
         <footer>Hak cipta 2025 Warta Contoh</footer></body></html>"
    )
}
