//! Runs the quote stage alone over text or TimeML/XML files and prints every
//! quote found (one tab-separated line each), then a summary with the count
//! and the throughput.
//!
//! ```text
//! cargo run --release -p warta-quotes --example quote_corpus -- [--lang id] FILE...
//! ```
//!
//! XML files (`.tml`, `.xml`) are reduced to the content of their `<TEXT>`
//! element with the tags stripped. No entity stage runs here, so speakers are
//! the phrase text (what the stage falls back to without entities).

use std::time::Instant;

use warta_core::{Document, LanguageInfo, SourceInfo, Stage};
use warta_quotes::QuoteStage;

fn strip_xml(raw: &str) -> String {
    let body = match (raw.find("<TEXT>"), raw.find("</TEXT>")) {
        (Some(a), Some(b)) if a < b => &raw[a + "<TEXT>".len()..b],
        _ => raw,
    };
    let mut out = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut lang = "id".to_string();
    if let Some(p) = args.iter().position(|a| a == "--lang") {
        if p + 1 < args.len() {
            lang = args.remove(p + 1);
        }
        args.remove(p);
    }
    if args.is_empty() {
        eprintln!("usage: quote_corpus [--lang id|en] FILE...");
        std::process::exit(2);
    }
    let stage = QuoteStage::new();
    for p in stage.problems() {
        eprintln!("warning: {p}");
    }
    let mut docs = Vec::new();
    for path in &args {
        // Some archives are Windows-1252: read lossily, so their curly quotes
        // become U+FFFD pairs (which the stage understands).
        let raw = match std::fs::read(path) {
            Ok(r) => String::from_utf8_lossy(&r).into_owned(),
            Err(e) => {
                eprintln!("{path}: cannot read ({e}); skipped");
                continue;
            }
        };
        let text = if path.ends_with(".tml") || path.ends_with(".xml") {
            strip_xml(&raw)
        } else {
            raw
        };
        let mut doc = Document::new(
            text,
            SourceInfo {
                path: path.clone(),
                ..Default::default()
            },
        );
        doc.language = LanguageInfo {
            code: lang.clone(),
            confidence: 1.0,
            method: "forced".into(),
        };
        docs.push(doc);
    }
    let chars: usize = docs.iter().map(|d| d.text.chars().count()).sum();
    let started = Instant::now();
    let mut failures = 0;
    for doc in &mut docs {
        if let Err(e) = stage.process(doc) {
            eprintln!("{}: {e}", doc.source.path);
            failures += 1;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    let (mut direct, mut indirect, mut named, mut sources) = (0, 0, 0, 0);
    for doc in &docs {
        for q in &doc.quotes {
            if q.direct {
                direct += 1
            } else {
                indirect += 1
            }
            if q.speaker_name.is_some() {
                named += 1
            }
            let snippet: String = q.text.chars().take(90).collect();
            println!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                doc.source.path.rsplit('/').next().unwrap_or(""),
                q.id,
                if q.direct { "direct" } else { "indirect" },
                q.speaker_name.as_deref().unwrap_or("-"),
                q.via.join(">"),
                q.rule,
                snippet.replace('\n', " ")
            );
        }
        sources += doc.sources.len();
    }
    println!(
        "# docs={} failures={failures} quotes={} direct={direct} indirect={indirect} with_speaker={named} sources={sources} chars={chars} seconds={secs:.4} chars_per_sec={:.0}",
        docs.len(),
        direct + indirect,
        chars as f64 / secs.max(1e-9)
    );
}
