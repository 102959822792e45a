//! A debugging aid for dictionary authors: with `WARTA_EXPLAIN` set in the
//! environment, the coder prints on stderr, per sentence, the triggers it
//! found (and whether they were absorbed as another event's content), the
//! arguments, the candidates, and why a trigger yielded no event (no source,
//! nominal event without owner, condition, no target found in discourse).
//! Output is for people, not a stable format.

use std::sync::OnceLock;

/// Is `WARTA_EXPLAIN` set? Read once.
pub(crate) fn on() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("WARTA_EXPLAIN").is_some())
}

/// `eprintln!` when [`on`].
macro_rules! explain {
    ($($arg:tt)*) => {
        if $crate::explain::on() {
            eprintln!("EXPLAIN {}", format!($($arg)*));
        }
    };
}
pub(crate) use explain;
