//! Prints what warta-sources reads from files or folders, one block per
//! document: format, record, id, date, language, title, url, warnings and
//! the start of the text. Errors go to stderr.
//!
//! `cargo run -p warta-sources --example read_inputs -- samples/`
//! Add `--full` to print whole texts.

use std::path::PathBuf;

use warta_sources::{ReadOptions, expand_inputs, read};

fn main() {
    let mut full = false;
    let mut args: Vec<PathBuf> = Vec::new();
    for a in std::env::args_os().skip(1) {
        if a == "--full" {
            full = true;
        } else {
            args.push(a.into());
        }
    }
    let (inputs, errors) = expand_inputs(&args);
    for e in errors {
        eprintln!("error: {e}");
    }
    let opts = ReadOptions::default();
    let (mut docs, mut failures) = (0, 0);
    for input in inputs {
        for item in read(&input, &opts) {
            match item {
                Ok(doc) => {
                    docs += 1;
                    let s = &doc.source;
                    println!(
                        "== {} [{}{}] id={} date={:?} ({:?}) lang={}({})",
                        s.path,
                        s.format,
                        s.record.map(|r| format!(" #{r}")).unwrap_or_default(),
                        doc.id,
                        doc.date,
                        doc.date_source,
                        doc.language.code,
                        doc.language.method
                    );
                    println!("   title: {:?}", s.title);
                    println!("   url: {:?}  publisher: {:?}", s.url, s.publisher);
                    for w in &doc.warnings {
                        println!("   warning: {w}");
                    }
                    if full {
                        println!("{}", doc.text);
                    } else {
                        let head: String = doc.text.chars().take(160).collect();
                        println!(
                            "   text ({} chars): {}",
                            doc.text.chars().count(),
                            head.replace('\n', " ⏎ ")
                        );
                    }
                }
                Err(e) => {
                    failures += 1;
                    eprintln!("error: {e}");
                }
            }
        }
    }
    eprintln!("{docs} documents, {failures} errors");
}
