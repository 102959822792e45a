//! Finds time expressions in a token stream. Patterns are written over word
//! classes from the lexicon (month, unit, direction, ...), never over words,
//! so the same code serves Indonesian (`dua hari lalu`) and English
//! (`two days ago`, `last week`).

use warta_core::TimeType;

use crate::lexicon::{Class, Unit};
use crate::normalizer::{Lean, Spec};
use crate::relative::{period, set, units};
use crate::tokens::{Kind, eq_lower};
pub(crate) use crate::view::View;
use crate::view::unit_at;

/// A recognised expression over tokens `start..end`.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub start: usize,
    pub end: usize,
    pub kind: TimeType,
    pub spec: Spec,
    pub modifier: Option<String>,
    pub rule: &'static str,
    /// Introduced by `sejak`/`since` (not in the span).
    pub since: bool,
}

pub(crate) fn draft(
    start: usize,
    end: usize,
    kind: TimeType,
    spec: Spec,
    rule: &'static str,
) -> Option<Draft> {
    Some(Draft {
        start,
        end,
        kind,
        spec,
        modifier: None,
        rule,
        since: false,
    })
}

/// Fixed phrases from `phrases.tsv`, longest first.
fn phrase(v: &View, i: usize) -> Option<Draft> {
    let list = v.phrases(i);
    if list.is_empty() {
        return None;
    }
    let cap = v.capitalised(i);
    'phrases: for p in list {
        let Some(kind) = p.kind else {
            continue;
        };
        if p.capitalised_only && !cap {
            continue;
        }
        for (k, w) in p.words.iter().enumerate().skip(1) {
            let j = i + k;
            if j >= v.len() || v.kind(j) != Some(Kind::Word) || !eq_lower(v.str(j), w) {
                continue 'phrases;
            }
        }
        let end = i + p.words.len();
        // A feast with its year: `Tahun Baru 2015`, `Natal 2014`.
        if let Some(md) = p.template.strip_prefix("--")
            && !md.contains('T')
            && let Some(y) = v.year_number(end)
            && let Some((m, d)) = md.split_once('-')
            && let (Ok(m), Ok(d)) = (m.parse::<u32>(), d.parse::<u32>())
        {
            return draft(
                i,
                end + 1,
                kind,
                date_spec(Some(y), m, Some(d), None),
                "phrase_year",
            );
        }
        // A day phrase with its date: `kemarin (19/11)`, `hari ini (6/9/2023)`.
        if is_day_template(&p.template)
            && v.is_punct(end, "(")
            && let Some((y, m, d)) = numeric_date(v, end + 1)
            && v.is_punct(end + 2, ")")
        {
            let spec = date_spec(y, m, Some(d), None);
            return draft(i, end + 3, TimeType::Date, spec, "phrase_with_date");
        }
        // A day with a part of day after it: `kemarin sore`, `besok malam`.
        if is_day_template(&p.template)
            && let Some(part) = v.get(end, Class::PartOfDay)
        {
            let template = format!("{}T{}", p.template, part.text);
            let spec = Spec::Template(template.into());
            return draft(i, end + 1, TimeType::Time, spec, "phrase_part_of_day");
        }
        let mut d = draft(i, end, kind, Spec::Template(p.template.clone()), "phrase")?;
        d.modifier = p.modifier.clone();
        return Some(d);
    }
    None
}

/// True for a plain day template (`D-1`, `N:D+1`), which a part of day may refine.
fn is_day_template(t: &str) -> bool {
    let t = t.strip_prefix("N:").unwrap_or(t);
    t.strip_prefix('D')
        .and_then(|r| r.strip_prefix(['+', '-']))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A part of day before a day phrase: `sore kemarin`, `pagi besok`.
fn part_of_day_before_day(v: &View, i: usize) -> Option<Draft> {
    let part = v.get(i, Class::PartOfDay)?;
    let d = phrase(v, i + 1)?;
    let Spec::Template(t) = &d.spec else {
        return None;
    };
    if !is_day_template(t) {
        return None;
    }
    let template = format!("{t}T{}", part.text);
    draft(
        i,
        d.end,
        TimeType::Time,
        Spec::Template(template.into()),
        "part_of_day_phrase",
    )
}

/// `6/9`, `17/10/2013`, `06-09-2023`, `2023-09-06` in token `i`.
fn numeric_date(v: &View, i: usize) -> Option<(Option<i32>, u32, u32)> {
    if v.kind(i)? != Kind::Number {
        return None;
    }
    let s = v.str(i);
    let sep = if s.contains('/') {
        '/'
    } else if s.contains('-') {
        '-'
    } else {
        return None;
    };
    let parts: Vec<&str> = s.split(sep).collect();
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n = |p: &str| p.parse::<u32>().ok();
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (Some(n(y)? as i32), n(m)?, n(d)?),
        [d, m, y] if y.len() == 4 || (y.len() == 2 && sep == '/') => {
            let y = n(y)? as i32;
            (Some(if y < 100 { 2000 + y } else { y }), n(m)?, n(d)?)
        }
        [d, m] if sep == '/' && d.len() <= 2 && m.len() <= 2 => (None, n(m)?, n(d)?),
        _ => return None,
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

fn date_spec(year: Option<i32>, month: u32, day: Option<u32>, weekday: Option<u32>) -> Spec {
    Spec::Date {
        year,
        month,
        day,
        weekday,
        lean: Lean::Nearest,
    }
}

/// Day-month-year in words: `6 September 2023`, `17 Agustus`, `September 6, 2023`,
/// `Sept. 6`. Returns (year, month, day, next token).
fn written_date(v: &View, i: usize) -> Option<(Option<i32>, u32, u32, usize)> {
    if let Some(day) = v.day_number(i)
        && let Some(m) = v.get(i + 1, Class::Month)
    {
        let mut j = i + 2;
        if v.is_punct(j, ".") && v.str(i + 1).len() <= 4 {
            j += 1;
        }
        let year = v.year_number(j);
        return Some((
            year,
            m.number as u32,
            day,
            if year.is_some() { j + 1 } else { i + 2 },
        ));
    }
    let m = v.get(i, Class::Month)?;
    let mut j = i + 1;
    if v.is_punct(j, ".") {
        j += 1;
    }
    let day = v.day_number(j)?;
    let mut k = j + 1;
    if v.is_punct(k, ",") {
        k += 1;
    }
    let year = v.year_number(k);
    Some((
        year,
        m.number as u32,
        day,
        if year.is_some() { k + 1 } else { j + 1 },
    ))
}

/// Weekday with a date (`Rabu (6/9)`, `Jumat, 18 Oktober 2013`), with a
/// direction (`Senin lalu`), a part of day (`Minggu pagi`) or alone.
fn weekday(v: &View, i: usize) -> Option<Draft> {
    let w = v.get(i, Class::Weekday)?.number as u32;
    let mut j = i + 1;
    if v.is_punct(j, ",") {
        j += 1;
    }
    let open = v.is_punct(j, "(");
    let k = if open { j + 1 } else { j };
    if let Some((y, m, d)) = numeric_date(v, k) {
        let mut end = k + 1;
        if open && v.is_punct(end, ")") {
            end += 1;
        }
        return with_part_of_day(v, i, end, date_spec(y, m, Some(d), Some(w)), "weekday_dm");
    }
    if let Some((y, m, d, end)) = written_date(v, k) {
        return with_part_of_day(v, i, end, date_spec(y, m, Some(d), Some(w)), "weekday_date");
    }
    if v.has(i + 1, Class::AfterPast) {
        return draft(
            i,
            i + 2,
            TimeType::Date,
            Spec::Weekday {
                weekday: w,
                lean: Lean::Past,
            },
            "weekday_past",
        );
    }
    if v.has(i + 1, Class::AfterFuture) {
        return draft(
            i,
            i + 2,
            TimeType::Date,
            Spec::Weekday {
                weekday: w,
                lean: Lean::Future,
            },
            "weekday_future",
        );
    }
    with_part_of_day(
        v,
        i,
        i + 1,
        Spec::Weekday {
            weekday: w,
            lean: Lean::Nearest,
        },
        "weekday",
    )
}

/// Extends a date ending before `end` with a following part of day (`pagi`).
fn with_part_of_day(
    v: &View,
    start: usize,
    end: usize,
    spec: Spec,
    rule: &'static str,
) -> Option<Draft> {
    if let Some(p) = v.get(end, Class::PartOfDay) {
        let spec = Spec::PartOfDay {
            date: Box::new(spec),
            part: p.text.to_string(),
        };
        // `(Rabu pagi WIB)`: a zone after a part of day belongs to the span.
        let end = if v.has(end + 1, Class::TimeZone) {
            end + 2
        } else {
            end + 1
        };
        return draft(start, end, TimeType::Time, spec, "date_part_of_day");
    }
    draft(start, end, TimeType::Date, spec, rule)
}

/// Dates written with a month: `6 September 2023`, `September 2023`,
/// `bulan Juli`, `Juli lalu`, `tanggal 17 Agustus`.
fn month_date(v: &View, i: usize) -> Option<Draft> {
    let mut j = i;
    let marker = v.has(j, Class::DateMarker) || v.has(j, Class::MonthMarker);
    if marker {
        j += 1;
    }
    if let Some((y, m, d, end)) = written_date(v, j) {
        return with_part_of_day(v, i, end, date_spec(y, m, Some(d), None), "day_month");
    }
    if v.has(i, Class::DateMarker)
        && let Some((y, m, d)) = numeric_date(v, j)
    {
        return draft(
            i,
            j + 1,
            TimeType::Date,
            date_spec(y, m, Some(d), None),
            "numeric_date",
        );
    }
    let m = v.get(j, Class::Month)?.number as u32;
    let mut k = j + 1;
    if v.has(k, Class::YearMarker) && v.year_number(k + 1).is_some() {
        k += 1;
    }
    if let Some(y) = v.year_number(k) {
        return draft(
            i,
            k + 1,
            TimeType::Date,
            date_spec(Some(y), m, None, None),
            "month_year",
        );
    }
    // `Juni tahun lalu`, `Januari tahun depan`, `July last year`.
    if let Some((shift, end)) = year_shift(v, j + 1) {
        let spec = Spec::MonthOfYearShift { month: m, shift };
        return draft(i, end, TimeType::Date, spec, "month_year_shift");
    }
    let lean = |l| Spec::Date {
        year: None,
        month: m,
        day: None,
        weekday: None,
        lean: l,
    };
    if v.has(j + 1, Class::AfterPast) {
        return draft(i, j + 2, TimeType::Date, lean(Lean::Past), "month_past");
    }
    if v.has(j + 1, Class::AfterFuture) {
        return draft(i, j + 2, TimeType::Date, lean(Lean::Future), "month_future");
    }
    if v.has(j + 1, Class::AfterThis) || v.has(j + 1, Class::AfterThat) {
        return draft(i, j + 2, TimeType::Date, lean(Lean::Nearest), "month_this");
    }
    draft(i, j + 1, TimeType::Date, lean(Lean::Nearest), "month")
}

/// `tahun lalu` / `last year` right after a month: the year's shift from
/// the anchor and the token after the phrase.
fn year_shift(v: &View, i: usize) -> Option<(i64, usize)> {
    let direction = |k: usize, after: bool| -> Option<i64> {
        let classes = if after {
            [Class::AfterPast, Class::AfterFuture, Class::AfterThis]
        } else {
            [Class::BeforePast, Class::BeforeFuture, Class::BeforeThis]
        };
        classes
            .iter()
            .zip([-1, 1, 0])
            .find(|(c, _)| v.has(k, **c))
            .map(|(_, s)| s)
    };
    if unit_at(v, i) == Some(Unit::Year) {
        return direction(i + 1, true).map(|s| (s, i + 2));
    }
    if unit_at(v, i + 1) == Some(Unit::Year) {
        return direction(i, false).map(|s| (s, i + 2));
    }
    None
}

/// English direction before a month: `last July`, `next March`.
fn month_with_direction_before(v: &View, i: usize) -> Option<Draft> {
    let l = if v.has(i, Class::BeforePast) {
        Lean::Past
    } else if v.has(i, Class::BeforeFuture) {
        Lean::Future
    } else if v.has(i, Class::BeforeThis) {
        Lean::Nearest
    } else {
        return None;
    };
    let m = v.get(i + 1, Class::Month)?.number as u32;
    draft(
        i,
        i + 2,
        TimeType::Date,
        Spec::Date {
            year: None,
            month: m,
            day: None,
            weekday: None,
            lean: l,
        },
        "month_direction",
    )
}

/// Numeric dates alone: `(6/9)`, `17/10/2013`, `2023-09-06`.
fn numeric_alone(v: &View, i: usize) -> Option<Draft> {
    let open = v.is_punct(i, "(");
    let k = if open { i + 1 } else { i };
    let (y, m, d) = numeric_date(v, k)?;
    let closed = open && v.is_punct(k + 1, ")");
    // A bare `3/4` is too often a fraction or a score: require a year,
    // parentheses or a date preposition before it (`pada 6/9`).
    if y.is_none() && !closed && !(k > 0 && v.has(k - 1, Class::DateSignal)) {
        return None;
    }
    draft(
        k,
        k + 1,
        TimeType::Date,
        date_spec(y, m, Some(d), None),
        "numeric_date",
    )
}

/// Years and decades: `2006`, `tahun 2006`, `1990-an`, `the 1990s`.
fn year(v: &View, i: usize) -> Option<Draft> {
    let marker = v.has(i, Class::YearMarker);
    let j = if marker { i + 1 } else { i };
    if v.kind(j)? != Kind::Number {
        return None;
    }
    let s = v.str(j);
    let decade = s
        .strip_suffix("-an")
        .or_else(|| s.strip_suffix('s'))
        .filter(|d| d.len() == 4 && d.ends_with('0'));
    if let Some(d) = decade.and_then(|d| d.parse::<i32>().ok()) {
        return draft(i, j + 1, TimeType::Date, Spec::Decade(d / 10), "decade");
    }
    let y = v.year_number(j)?;
    if !marker {
        let blocked_before = j > 0 && v.has(j - 1, Class::NotYearBefore);
        let blocked_after = v.has(j + 1, Class::NotYearAfter) || v.has(j + 1, Class::Unit);
        if blocked_before || blocked_after || !(1900..=2100).contains(&y) {
            return None;
        }
    }
    draft(
        i,
        j + 1,
        TimeType::Date,
        Spec::Year(y),
        if marker { "year_marked" } else { "year" },
    )
}

/// Clock times: `pukul 06.18 WIB`, `14:00 WITA`, `pukul 10 pagi`.
fn clock(v: &View, i: usize) -> Option<Draft> {
    let marker = v.has(i, Class::TimeMarker);
    let j = if marker { i + 1 } else { i };
    if v.kind(j)? != Kind::Number {
        return None;
    }
    let s = v.str(j);
    let (h, m, colon) = match s.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 && h.len() <= 2 => (
            h.parse::<u32>().ok()?,
            m.parse::<u32>().ok()?,
            s.contains(':'),
        ),
        None if marker && s.len() <= 2 => (s.parse::<u32>().ok()?, 0, false),
        // `0940 GMT`: four digits are a time only with a zone after them.
        None if s.len() == 4
            && s.bytes().all(|b| b.is_ascii_digit())
            && v.has(j + 1, Class::TimeZone) =>
        {
            (
                s[..2].parse::<u32>().ok()?,
                s[2..].parse::<u32>().ok()?,
                true,
            )
        }
        _ => return None,
    };
    if h > 24 || m > 59 {
        return None;
    }
    let mut end = j + 1;
    let mut hour = h;
    if let Some(p) = v.get(end, Class::PartOfDay) {
        if matches!(&*p.text, "AF" | "EV" | "NI")
            && hour < 12
            && !(p.text.as_ref() == "NI" && hour <= 4)
        {
            hour += 12;
        }
        end += 1;
    }
    // `7 a.m.`, `3:05 pm`: the meridiem word, with the dots around its letters.
    if let Some(mer) = v.get(end, Class::Meridiem) {
        let mut k = end + 1;
        if v.str(end).len() == 1 {
            // a . m .
            if v.is_punct(k, ".") && v.kind(k + 1) == Some(Kind::Word) {
                k += 2;
            }
        }
        if v.is_punct(k, ".") {
            k += 1;
        }
        if v.str(end).len() == 1 && k == end + 1 {
            // A lone `a`/`p` without dots is not a meridiem.
        } else {
            if &*mer.text == "PM" && hour < 12 {
                hour += 12;
            } else if &*mer.text == "AM" && hour == 12 {
                hour = 0;
            }
            end = k;
        }
    }
    let zone_word = v.get(end, Class::TimeZone);
    if zone_word.is_some() {
        end += 1;
    }
    // A zone whose offset is `-` in words.tsv is recognised but not written.
    let zone = zone_word.map(|z| z.text.to_string()).filter(|z| z != "-");
    if !marker && !colon && zone_word.is_none() && hour == h {
        return None;
    }
    let spec = Spec::Clock {
        date: None,
        hour,
        minute: m,
        zone,
    };
    draft(i, end, TimeType::Time, spec, "clock")
}

/// `hari Minggu`, `hari Rabu (6/9)`: the weekday with its `hari`.
fn day_word_weekday(v: &View, i: usize) -> Option<Draft> {
    if unit_at(v, i)? != Unit::Day {
        return None;
    }
    let mut d = weekday(v, i + 1)?;
    d.start = i;
    Some(d)
}

/// The longest expression starting at token `i` (without modifiers).
fn core(v: &View, i: usize) -> Option<Draft> {
    // Order breaks ties between equally long matches: relative units before
    // weekdays, so that sentence-initial `Minggu lalu` is "last week". The
    // finders run one at a time (not collected into an array of drafts
    // first): most triggers match nothing, and moving twelve `Option<Draft>`
    // around per token was a visible cost.
    const FINDERS: [fn(&View, usize) -> Option<Draft>; 12] = [
        phrase,
        set,
        units,
        weekday,
        day_word_weekday,
        part_of_day_before_day,
        period,
        month_date,
        month_with_direction_before,
        numeric_alone,
        clock,
        year,
    ];
    let mut best: Option<Draft> = None;
    for find in FINDERS {
        if let Some(c) = find(v, i)
            && best.as_ref().is_none_or(|b| c.end > b.end)
        {
            best = Some(c);
        }
    }
    best
}

/// A modifier starting at token `i`: a multi-word one from `phrases.tsv`
/// (`kurang lebih`), else one word with an optional link (`lebih dari`).
/// Returns the TIMEX3 `mod` value and the token after the modifier.
fn modifier_at(v: &View, i: usize) -> Option<(String, usize)> {
    for p in v.phrases(i).iter().filter(|p| p.kind.is_none()) {
        let fits = p.words.iter().enumerate().skip(1).all(|(k, w)| {
            let j = i + k;
            j < v.len() && v.kind(j) == Some(Kind::Word) && eq_lower(v.str(j), w)
        });
        if fits {
            return Some((p.template.to_string(), i + p.words.len()));
        }
    }
    let m = v.get(i, Class::Modifier)?;
    let next = if v.has(i + 1, Class::Link) {
        i + 2
    } else {
        i + 1
    };
    Some((m.text.to_string(), next))
}

/// Finds all expressions, left to right, without overlaps.
pub(crate) fn recognize(v: &View) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < v.len() {
        // `UU Nomor 31 Tahun 1999`: the year of a numbered act is part of its name.
        if v.has(i, Class::NotYearBefore)
            && v.kind(i + 1) == Some(Kind::Number)
            && v.has(i + 2, Class::YearMarker)
            && v.year_number(i + 3).is_some()
        {
            i += 4;
            continue;
        }
        let trigger = match v.kind(i) {
            Some(Kind::Number) => true,
            Some(Kind::Punct) => v.is_punct(i, "("),
            Some(Kind::Word) => !v.readings(i).is_empty() || !v.phrases(i).is_empty(),
            _ => false,
        };
        if !trigger {
            i += 1;
            continue;
        }
        let mut found = core(v, i);
        // A modifier before an expression: awal tahun depan, hampir tiga
        // minggu kemudian, kurang lebih dua jam.
        if let Some((modifier, next)) = modifier_at(v, i)
            && let Some(mut d) = core(v, next)
            && found.as_ref().is_none_or(|f| d.end > f.end)
        {
            d.start = i;
            d.modifier = Some(modifier);
            found = Some(d);
        }
        match found {
            Some(mut d) if d.end > i => {
                d.since = d.start > 0 && v.has(d.start - 1, Class::Since);
                i = d.end;
                out.push(d);
            }
            _ => i += 1,
        }
    }
    share_range_zones(v, &mut out);
    out
}

/// `pukul 10.00-12.00 WIB`, `Juni-Juli 2014`: the first part of a range
/// takes the zone or year written after the second.
fn share_range_zones(v: &View, drafts: &mut [Draft]) {
    for k in 1..drafts.len() {
        let (left, right) = drafts.split_at_mut(k);
        let (a, b) = (&mut left[k - 1], &right[0]);
        let joined = b.start == a.end + 1
            && (v.is_punct(a.end, "-")
                || v.is_punct(a.end, "\u{2013}")
                || v.has(a.end, Class::DateSignal));
        if let (
            true,
            Spec::Date {
                year: year_a @ None,
                ..
            },
            Spec::Date {
                year: Some(year_b), ..
            },
        ) = (joined, &mut a.spec, &b.spec)
        {
            *year_a = Some(*year_b);
        }
        if let (
            true,
            Spec::Clock {
                zone: zone_a @ None,
                ..
            },
            Spec::Clock {
                zone: Some(zone_b), ..
            },
        ) = (joined, &mut a.spec, &b.spec)
        {
            *zone_a = Some(zone_b.clone());
        }
    }
}
