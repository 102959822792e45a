//! A debugging aid for rule writers: with the environment variable
//! `WARTA_EXPLAIN_EVENTS` set (to anything), the coder prints to standard
//! error each sentence's triggers and arguments, and each trigger it found but
//! did not code, and why:
//!
//! ```text
//! events-explain: s4 "urged" (urge#h1): absorbed (content of another event)
//! ```
//!
//! Output is for people, not a stable format. The variable is read once per
//! process; when it is unset, each call costs one load of a cached flag.

use std::sync::OnceLock;

use crate::coder::Trigger;
use crate::tables::LanguageTables;
use crate::view::SentenceView;

/// Is `WARTA_EXPLAIN_EVENTS` set? Read once.
pub(crate) fn on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("WARTA_EXPLAIN_EVENTS").is_some())
}

/// `eprintln!` with the `events-explain:` prefix when [`on`].
macro_rules! explain {
    ($($arg:tt)*) => {
        if $crate::explain::on() {
            eprintln!("events-explain: {}", format!($($arg)*));
        }
    };
}
pub(crate) use explain;

/// Reports that trigger `tr` of sentence `view` was dropped, for `why`.
pub(crate) fn dropped(t: &LanguageTables, view: &SentenceView, tr: &Trigger, why: &str) {
    if !on() {
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
    if on() {
        eprintln!("events-explain: s{sentence} {trigger:?} ({rule}): {why}");
    }
}
