//! Segmentation and language-id throughput on one core, on articles built
//! from the crate's own test fixtures (no external data), segmented one
//! article at a time as the pipeline does:
//! `cargo run --release -p warta-text --example throughput [MEGABYTES]`.

use std::hint::black_box;
use std::time::Instant;

use warta_text::{LanguageIdentifier, Segmenter};

const BERITA: &str = include_str!("../tests/fixtures/berita_id.txt");
const NEWS: &str = include_str!("../tests/fixtures/news_en.txt");

/// A news-length article (about 4 KB): the fixture repeated.
fn article(seed: &str) -> String {
    let mut text = String::new();
    while text.len() < 4000 {
        text.push_str(seed);
        text.push('\n');
    }
    text
}

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let segmenter = Segmenter::new();
    for (lang, seed) in [("id", BERITA), ("en", NEWS)] {
        let text = article(seed);
        let runs = (megabytes << 20) / text.len();
        // Warm-up, then the best of five measured rounds (the machine is shared).
        black_box(segmenter.segment(&text, lang));
        let (mut sentences, mut tokens) = (0, 0);
        let mut secs = f64::INFINITY;
        for _ in 0..5 {
            let t = Instant::now();
            sentences = 0;
            tokens = 0;
            for _ in 0..runs {
                let seg = segmenter.segment(black_box(&text), lang);
                sentences += seg.sentences.len();
                tokens += seg.tokens.len();
            }
            secs = secs.min(t.elapsed().as_secs_f64());
        }
        let mb = (text.len() * runs) as f64 / 1e6;
        println!(
            "segment {lang}: {runs} articles, {mb:.1} MB in {secs:.3} s = {:.1} MB/s ({sentences} sentences, {tokens} tokens)",
            mb / secs
        );
    }
    let identifier = LanguageIdentifier::new();
    let t = Instant::now();
    black_box(identifier.detect(BERITA));
    println!(
        "langid: first call (loads models) {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    let docs = 200;
    let articles = [article(BERITA), article(NEWS)];
    for max_chars in [250, 500, 1000, warta_text::MAX_DETECT_CHARS] {
        let t = Instant::now();
        for i in 0..docs {
            black_box(identifier.detect_prefix(black_box(&articles[i % 2]), max_chars));
        }
        let per_doc = t.elapsed().as_secs_f64() / docs as f64;
        println!(
            "langid, first {max_chars} chars: {:.3} ms per article ({:.0} articles/s)",
            per_doc * 1e3,
            1.0 / per_doc
        );
    }
}
