//! Runs the entity stage alone on a text file and prints the entities as
//! JSON lines: `cargo run -p warta-entities --example entities -- FILE [LANG] [DATE]`.
//! Tokens and sentences come from the stage's fallback tokenizer, so this
//! works without the rest of the pipeline.

use warta_core::{Document, SourceInfo, Stage};
use warta_entities::EntityStage;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: entities FILE [LANG] [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let mut doc = Document::new(text, SourceInfo::default());
    doc.language.code = args.next().unwrap_or_else(|| "id".into());
    doc.date = args.next();
    let stage = match EntityStage::try_new() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = stage.process(&mut doc) {
        eprintln!("{e}");
        std::process::exit(1);
    }
    for e in &doc.entities {
        println!("{}", serde_json::to_string(e).unwrap_or_default());
    }
}
