//! Throughput of the time stage alone, one core, release build.
//!
//! ```text
//! cargo bench -p warta-time --bench throughput                # our TimeML fixtures
//! cargo bench -p warta-time --bench throughput -- DIR_OR.tml  # any TimeML files
//! ```
//!
//! The article bodies are stripped of tags, each document gets its creation
//! date, and after one warm-up pass the stage runs over the set in seven
//! rounds of about 10 MB; the best round's rate is reported, with the median. MB/s counts the UTF-8
//! bytes of the bodies (1 MB = 10^6 bytes).

use std::path::PathBuf;
use std::time::Instant;

use warta_core::{DateSource, Document, LanguageInfo, SourceInfo};
use warta_time::{TimeOptions, TimeStage, timeml};

fn main() {
    let paths: Vec<PathBuf> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .collect();
    let paths = if paths.is_empty() {
        vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/timeml")]
    } else {
        paths
    };
    let files = timeml::collect_files(&paths).expect("readable TimeML paths");
    let docs: Vec<Document> = files
        .iter()
        .filter_map(|f| timeml::read(f).ok().map(|t| (f, t)))
        .map(|(f, t)| {
            let mut d = Document::new(t.text, SourceInfo::default());
            // Files in an `en` folder are English; everything else Indonesian.
            let lang = if f.components().any(|c| c.as_os_str() == "en") {
                "en"
            } else {
                "id"
            };
            d.language = LanguageInfo {
                code: lang.into(),
                confidence: 1.0,
                method: "forced".into(),
            };
            d.date = t.dct;
            d.date_source = DateSource::Metadata;
            d
        })
        .collect();
    assert!(!docs.is_empty(), "no TimeML documents found");
    let bytes_per_pass: usize = docs.iter().map(|d| d.text.len()).sum();
    let stage = TimeStage::with_options(&TimeOptions {
        now: Some("2026-01-01".into()),
    })
    .expect("time resources");

    let mut expressions = 0usize;
    for d in &docs {
        let mut d = d.clone();
        stage.annotate(&mut d);
        expressions += d.times.len();
    }
    // Seven rounds of about 10 MB each; the best round is reported (the
    // least disturbed by other processes on a busy machine), with the median.
    let passes = (10_000_000 / bytes_per_pass).max(1);
    let mut rates = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        for _ in 0..passes {
            for d in &docs {
                let mut d = d.clone();
                stage.annotate(&mut d);
                std::hint::black_box(&d.times);
            }
        }
        let secs = start.elapsed().as_secs_f64();
        rates.push((bytes_per_pass * passes) as f64 / 1e6 / secs);
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "time stage: {} documents, {:.1} KB per pass, {} expressions per pass, 7 rounds of {passes} passes",
        docs.len(),
        bytes_per_pass as f64 / 1e3,
        expressions
    );
    println!(
        "time_stage_mb_per_s={:.1} (one core, best of 7 rounds; median {:.1})",
        rates[6], rates[3]
    );
}
