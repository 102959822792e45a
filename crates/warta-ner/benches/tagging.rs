//! Tagging throughput and model load time of the compiled-in Indonesian model.
//!
//! ```text
//! cargo bench -p warta-ner --bench tagging                 # built-in fixture sentences
//! cargo bench -p warta-ner --bench tagging -- FILE.txt     # any column-format corpus
//! ```
//!
//! Throughput counts the bytes of the sentence text (tokens joined by
//! spaces), one core, after one warm-up pass. It is printed against wall
//! time and, on Linux, against the CPU time the process actually ran
//! (`/proc/self/schedstat`), which stays meaningful on a busy machine.

use std::time::Instant;

use warta_core::LanguagePack;
use warta_ner::NerModel;
use warta_ner::corpus::read_columns;

const FIXTURE: &str = include_str!("../tests/fixtures/train_id_en.txt");

/// Nanoseconds this process has run on a CPU, if the OS tells us.
fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() {
    let file = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let text = match &file {
        Some(path) => std::fs::read_to_string(path).expect("readable corpus file"),
        None => FIXTURE.to_string(),
    };
    let sentences: Vec<Vec<String>> = read_columns(&text)
        .expect("column-format corpus")
        .into_iter()
        .map(|s| s.tokens)
        .collect();
    let pack = LanguagePack::get("id").expect("Indonesian pack");

    let runs = 5;
    let start = Instant::now();
    let mut model = None;
    for _ in 0..runs {
        model = NerModel::load(&pack).expect("valid model");
    }
    let load_ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let model = model.expect("the Indonesian pack has ner.model");

    let bytes: usize = sentences
        .iter()
        .map(|s| s.iter().map(|t| t.len() + 1).sum::<usize>())
        .sum();
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    // Repeat small inputs so each measurement takes a while.
    let reps = (20_000_000 / bytes.max(1)).clamp(1, 10_000);
    let mut entities = 0usize;
    for s in &sentences {
        entities += model.tag_tokens(s).len();
    }
    let start = Instant::now();
    let cpu_start = cpu_ns();
    for _ in 0..reps {
        for s in &sentences {
            entities += model.tag_tokens(s).iter().filter(|t| t.begin).count();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = match (cpu_start, cpu_ns()) {
        (Some(a), Some(b)) => Some((b - a) as f64 / 1e9),
        _ => None,
    };
    let mb = (bytes * reps) as f64 / 1e6;
    println!(
        "ner load: {load_ms:.1} ms ({} features, {} gazetteer phrases)",
        model.feature_count(),
        model.lexicon().gazetteer_len()
    );
    println!(
        "ner tag (wall): {:.1} MB/s, {:.0} tokens/s ({} sentences x {reps}, {:.1} MB; checksum {entities})",
        mb / secs,
        (tokens * reps) as f64 / secs,
        sentences.len(),
        mb
    );
    if let Some(cpu) = cpu_secs {
        println!(
            "ner tag (cpu):  {:.1} MB/s, {:.0} tokens/s",
            mb / cpu,
            (tokens * reps) as f64 / cpu
        );
    }
}
