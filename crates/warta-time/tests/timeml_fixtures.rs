//! Scores the time stage on our own TimeML articles (tests/fixtures/timeml)
//! with the same library function `warta eval time` uses, and fails when
//! quality drops below the floors measured when the fixtures were written.

use std::path::PathBuf;

use warta_time::{TimeOptions, TimeStage, eval, timeml};

fn run(lang: &str) -> eval::Report {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/timeml")
        .join(lang);
    let files = timeml::collect_files(&[dir]).expect("fixture folder");
    assert!(!files.is_empty(), "no fixtures for {lang}");
    let docs: Vec<_> = files
        .iter()
        .map(|f| timeml::read(f).expect("fixture parses"))
        .collect();
    let stage = TimeStage::with_options(&TimeOptions {
        now: Some("2026-01-01".into()),
    })
    .expect("time resources load");
    let report = eval::evaluate(&docs, |d| eval::annotate(d, lang, &[], &stage));
    // Shown on failure, with the misses, to say what regressed.
    println!("{}", eval::render(&report));
    for (doc, file) in docs.iter().zip(&report.files) {
        for g in &doc.timexes {
            let hit = file
                .predictions
                .iter()
                .find(|p| p.start < g.end && g.start < p.end);
            match hit {
                None => println!("{}: missed `{}` {}", doc.name, g.text, g.value),
                Some(p) if p.value != g.value => {
                    println!(
                        "{}: `{}` gold {} got `{}` {}",
                        doc.name, g.text, g.value, p.text, p.value
                    )
                }
                _ => {}
            }
        }
    }
    report
}

#[test]
fn indonesian_fixtures_meet_the_floor() {
    let r = run("id");
    assert!(
        r.total.gold >= 130,
        "fixtures lost annotations: {}",
        r.total.gold
    );
    let (_, _, recognition) = r.total.lenient_prf();
    let (_, _, normalization) = r.total.value_prf();
    assert!(recognition >= 0.95, "recognition F1 {recognition:.4}");
    assert!(normalization >= 0.92, "normalization F1 {normalization:.4}");
    assert!(r.total.type_accuracy() >= 0.97);
}

#[test]
fn english_fixtures_meet_the_floor() {
    let r = run("en");
    assert!(
        r.total.gold >= 40,
        "fixtures lost annotations: {}",
        r.total.gold
    );
    let (_, _, recognition) = r.total.lenient_prf();
    let (_, _, normalization) = r.total.value_prf();
    assert!(recognition >= 0.90, "recognition F1 {recognition:.4}");
    assert!(normalization >= 0.80, "normalization F1 {normalization:.4}");
}
