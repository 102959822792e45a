//! The full pipeline on the hand-written articles in `tests/fixtures/`,
//! scored against their gold files exactly as `warta eval events` does.

use std::path::PathBuf;

use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{Document, SourceInfo};
use warta_events::gold::{GoldFile, Score};

fn score_language(lang: &str) -> Score {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let pipeline = Pipeline::new(PipelineOptions {
        language: LanguageChoice::Force(lang.into()),
        ..Default::default()
    })
    .unwrap();
    let mut score = Score::default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    for path in files {
        let (gold, _, text) = GoldFile::read(&path).unwrap();
        if gold.language != lang {
            continue;
        }
        let doc = Document::new(text, SourceInfo::default());
        let Outcome::Done(doc) = pipeline.process(doc) else {
            panic!("{} was not processed", path.display())
        };
        score.add(&gold, &doc);
    }
    score
}

#[test]
fn indonesian_fixtures_reach_the_minimum_f1() {
    let score = score_language("id");
    let report = score.render(true);
    let (p, r, f) = score.total.prf();
    assert!(score.documents >= 3, "{report}");
    assert!(
        f >= 0.9 && p >= 0.85 && r >= 0.85,
        "f1 {f:.3} p {p:.3} r {r:.3}\n{report}"
    );
}

#[test]
fn english_fixtures_reach_the_minimum_f1() {
    let score = score_language("en");
    let report = score.render(true);
    let (p, _, f) = score.total.prf();
    assert!(score.documents >= 1, "{report}");
    // en_03..en_10 were coded blind (F1 0.25 before any English tuning),
    // en_11..en_12 blind after it (F1 0.56); the floor sits just under the
    // current figure (P 0.76, F1 0.70) to catch regressions.
    assert!(f >= 0.66 && p >= 0.72, "f1 {f:.3} p {p:.3}\n{report}");
}
