//! The document date from the article's dateline: `Rabu (6/9)`,
//! `Jakarta, 6 September 2023 (ANTARA) -`, `WASHINGTON, Oct 3 (Reuters) -`,
//! `Jumat, 18 Oktober 2013`.

use jiff::civil::Date;

use crate::normalizer::{Spec, make_date, most_recent};
use crate::recognizer::{Draft, View};
use crate::tokens::Kind;

/// How far into the text a dateline may sit: a headline and the first
/// lines of the lead.
const DATELINE_MAX_LINES: usize = 4;
const DATELINE_MAX_BYTES: usize = 700;

/// How many years before "now" a dated dateline may be (older dates in the
/// first lines are history, not the publication date).
const DATELINE_MAX_AGE_YEARS: i32 = 60;

/// The dateline's date, if the first lines have one. A day and month
/// without a year take the most recent such date not after `now` whose
/// weekday matches (when a weekday is written).
pub(crate) fn find(v: &View, drafts: &[Draft], now: Date) -> Option<(Date, &'static str)> {
    let limit = window_end(v);
    let mut fallback = None;
    for d in drafts.iter().take_while(|d| d.start < limit) {
        let Spec::Date {
            year,
            month,
            day: Some(day),
            weekday,
            ..
        } = &d.spec
        else {
            continue;
        };
        let date = match year {
            Some(y) => {
                let date = make_date(*y, *month, *day)?;
                if *y < i32::from(now.year()) - DATELINE_MAX_AGE_YEARS {
                    continue;
                }
                date
            }
            None => match most_recent(now, *month, *day, *weekday) {
                Some(date) => date,
                None => continue,
            },
        };
        if weekday.is_some() {
            return Some((date, "time:dateline:weekday_date"));
        }
        // Without a weekday, accept a date that is followed by the agency
        // mark or dash of a dateline: `6 September 2023 (ANTARA) -`.
        let next = |k: usize| (k < v.len()).then(|| v.str(k));
        let datelike = matches!(next(d.end), Some("(" | "-" | "\u{2013}" | "\u{2014}" | ","))
            || year.is_some() && d.start > 0 && next(d.start - 1) == Some(",");
        if datelike && fallback.is_none() {
            fallback = Some((date, "time:dateline:date"));
        }
    }
    fallback
}

/// Index of the first token past the dateline window.
fn window_end(v: &View) -> usize {
    let mut lines = 0;
    for i in 0..v.len() {
        if v.toks[i].start > DATELINE_MAX_BYTES {
            return i;
        }
        if v.toks[i].kind == Kind::LineBreak {
            lines += 1;
            if lines >= DATELINE_MAX_LINES {
                return i;
            }
        }
    }
    v.len()
}
