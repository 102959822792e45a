//! Sentence and clause context around an expression: which sentence a
//! token is in, whether it opens one, and the clause's tense (from the
//! `past_cue` / `future_cue` words of the lexicon).

use crate::lexicon::Class;
use crate::normalizer::Lean;
use crate::tokens::Kind;
use crate::view::View;

/// For each token, the number of sentence breaks (`.`, `!`, `?`, line
/// breaks) before it: tokens with equal ids share a sentence.
pub(crate) fn sentence_ids(v: &View) -> Vec<u32> {
    let mut id = 0u32;
    let mut out = Vec::with_capacity(v.len());
    let mut after_break = false;
    for k in 0..v.len() {
        out.push(id);
        // A run of breaks (`.` then a blank line) ends one sentence.
        let brk = is_break(v, k);
        if brk && !after_break {
            id += 1;
        }
        after_break = brk;
    }
    out
}

fn is_break(v: &View, k: usize) -> bool {
    match v.kind(k) {
        Some(Kind::LineBreak) => true,
        Some(Kind::Punct) => matches!(v.str(k), "." | "!" | "?" | ";"),
        _ => false,
    }
}

/// The tense of the clause around tokens `start..end`: the nearest past or
/// future cue between the surrounding sentence breaks.
pub(crate) fn clause_lean(v: &View, start: usize, end: usize) -> Lean {
    let is_break = |k: usize| is_break(v, k);
    let mut best: Option<(usize, Lean)> = None;
    let mut consider = |k: usize, distance: usize| {
        let lean = if v.has(k, Class::FutureCue) {
            Lean::Future
        } else if v.has(k, Class::PastCue) {
            Lean::Past
        } else {
            return;
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, lean));
        }
    };
    let mut k = start;
    while k > 0 && start - k < 40 {
        k -= 1;
        if is_break(k) {
            break;
        }
        consider(k, start - k);
    }
    let mut k = end;
    while k < v.len() && k - end < 40 && !is_break(k) {
        consider(k, k - end + 1);
        k += 1;
    }
    best.map_or(Lean::Nearest, |(_, l)| l)
}

/// True when token `i` opens a sentence (or follows a quote or bracket there).
pub(crate) fn starts_sentence(v: &View, i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        k -= 1;
        if is_break(v, k) {
            return true;
        }
        if v.kind(k) != Some(Kind::Punct) || matches!(v.str(k), ",") {
            return false;
        }
    }
    true
}
