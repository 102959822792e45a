//! A debugging aid for rule writers: with the environment variable
//! `WARTA_EXPLAIN_EVENTS` set (to anything), the coder prints each trigger it
//! found but did not code, and why, to standard error:
//!
//! ```text
//! events-explain: s4 "urged" (urge#h1): absorbed (content of another event)
//! ```
//!
//! The variable is read once per process; when it is unset, each drop costs
//! one load of a cached flag.

use std::sync::OnceLock;

use crate::coder::Trigger;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("WARTA_EXPLAIN_EVENTS").is_some())
}

/// Reports that trigger `tr` of sentence `view` was dropped, for `why`.
pub(crate) fn dropped(t: &LanguageTables, view: &SentenceView, tr: &Trigger, why: &str) {
    if !enabled() {
        return;
    }
    let words: Vec<&str> = (tr.light.unwrap_or(tr.head)..=tr.last)
        .filter_map(|k| view.words.get(k).map(|w| w.lower))
        .collect();
    let id = t.entries.get(tr.entry).map_or("?", |e| e.id.as_str());
    eprintln!(
        "events-explain: s{} {:?} ({id}): {why}",
        view.sentence,
        words.join(" ")
    );
}

/// Reports that an event was dropped after coding (`why` says at which step).
pub(crate) fn dropped_event(sentence: usize, trigger: &str, rule: &str, why: &str) {
    if enabled() {
        eprintln!("events-explain: s{sentence} {trigger:?} ({rule}): {why}");
    }
}
