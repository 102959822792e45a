//! Prints the sentences and tokens of a text file, one sentence a line with
//! tokens separated by `|` and clitics marked `+`:
//! `cargo run -p warta-text --example segment -- FILE [LANG]`.

use warta_text::{LanguageIdentifier, Segmenter};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: segment FILE [LANG]   (LANG defaults to the detected language)");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let lang = args.next().unwrap_or_else(|| {
        let detected = LanguageIdentifier::new().detect(&text);
        eprintln!("detected: {detected:?}");
        detected.map_or_else(|| "und".to_string(), |(code, _)| code)
    });
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    let seg = Segmenter::new().segment(&text, &lang);
    // Tokens are in sentence order: one pass groups them.
    let mut lines: Vec<Vec<String>> = vec![Vec::new(); seg.sentences.len()];
    for t in &seg.tokens {
        let w = slice(t.start, t.end);
        lines[t.sentence].push(if t.clitic { format!("+{w}") } else { w });
    }
    for (i, toks) in lines.iter().enumerate() {
        println!("[{i}] {}", toks.join("|"));
    }
}
