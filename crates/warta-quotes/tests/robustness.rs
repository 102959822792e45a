//! Bad or odd input never panics: random mixes of quote marks, broken
//! encodings, punctuation, reporting verbs and cues.

mod common;

use common::*;

#[test]
fn random_mixes_do_not_panic_and_offsets_stay_valid() {
    let pieces = [
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "\u{fffd}",
        "â€œ",
        "â€",
        "â€™",
        ",",
        ".",
        ":",
        "(",
        ")",
        " - ",
        "\n",
        "\n\n",
        "kata",
        "mengatakan",
        "bahwa",
        "Menurut",
        "mengutip",
        "ia",
        "katanya",
        "said",
        "that",
        "according to",
        "citing",
        "Kirby",
        "Menteri",
        "yang",
        "dan",
        "(Reuters)",
        "Mengutip",
        "seperti dikutip dari",
        "AS",
        "…",
        "dia",
        "ujarnya",
    ];
    // A small linear congruential generator: deterministic, no dependency.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..150 {
        let mut text = String::new();
        for _ in 0..(5 + round % 40) {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            if (state >> 20) % 3 == 0 {
                text.push(' ');
            }
        }
        for lang in ["id", "en", "und"] {
            let mut d = doc(&text, lang);
            run(&mut d);
            offsets_consistent(&d);
            for q in &d.quotes {
                assert!(q.start <= q.end, "{text:?}");
            }
        }
    }
}

#[test]
fn empty_and_whitespace_documents() {
    for text in ["", " ", "\n\n", "“", "”,” kata"] {
        let mut d = doc(text, "id");
        run(&mut d);
        offsets_consistent(&d);
    }
}
