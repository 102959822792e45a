//! Entity-stage throughput on one thread over the test fixtures, repeated to
//! about 4 MB: `cargo run --release -p warta-entities --example throughput`.
//! Tokens come from the stage's fallback tokenizer (included in the time);
//! for the whole pipeline use `warta bench`.

use std::time::Instant;

use warta_core::{Document, SourceInfo, Stage};
use warta_entities::EntityStage;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let lang = if path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("en"))
        {
            "en"
        } else {
            "id"
        };
        if let Ok(t) = std::fs::read_to_string(&path) {
            texts.push((t, lang));
        }
    }
    let stage = match EntityStage::try_new() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < 4_000_000 && !texts.is_empty() {
        for (t, lang) in &texts {
            let mut d = Document::new(t.clone(), SourceInfo::default());
            d.language.code = lang.to_string();
            bytes += t.len();
            docs.push(d);
        }
    }
    let start = Instant::now();
    for d in &mut docs {
        if let Err(e) = stage.process(d) {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "entities: {} docs, {:.1} MB in {secs:.2} s = {:.1} MB/s (1 thread)",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}
