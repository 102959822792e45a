//! Turns a recognised expression ([`Spec`]) into a TIMEX3 value, resolving
//! relative expressions against the document date or the story's last told
//! date (narrative anchor). Calendar arithmetic is done with `jiff`.

use jiff::Span;
use jiff::civil::Date;

use crate::lexicon::Unit;

/// Which way an underspecified date leans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lean {
    /// The most recent such date on or before the anchor.
    Past,
    /// The next such date on or after the anchor.
    Future,
    /// Whichever is nearest the anchor.
    Nearest,
}

/// What a recognised expression means, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Spec {
    /// A value written as is (`PRESENT_REF`, `P1W`, `XXXX-WXX-1`).
    Literal(String),
    /// A phrase template from `phrases.tsv` (`D-1`, `N:D+1`, `W+0-WE`).
    Template(std::sync::Arc<str>),
    /// A calendar date, month or day with missing parts.
    Date {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
        weekday: Option<u32>,
        lean: Lean,
    },
    /// A year.
    Year(i32),
    /// A month of the anchor's year shifted by `shift` (`Juni tahun lalu`).
    MonthOfYearShift { month: u32, shift: i64 },
    /// A decade, as its first three digits (199 for the 1990s).
    Decade(i32),
    /// `amount` units from the anchor (`dua hari lalu` = Day, -2). `None`
    /// amount: an unknown number of units in that direction (sign in `sign`).
    Shift {
        unit: Unit,
        amount: Option<i64>,
        sign: i64,
        narrative: bool,
    },
    /// A weekday relative to the anchor.
    Weekday { weekday: u32, lean: Lean },
    /// A length of time; `None` amount is `X`.
    Duration { amount: Option<f64>, unit: Unit },
    /// A clock time on a date (`None` date: the story's day).
    Clock {
        date: Option<Box<Spec>>,
        hour: u32,
        minute: u32,
        zone: Option<String>,
    },
    /// A quarter (`Q`) or half (`H`) of a year; no year: the anchor's.
    Period {
        kind: char,
        n: u32,
        year: Option<i32>,
    },
    /// A part of day on a date.
    PartOfDay { date: Box<Spec>, part: String },
}

impl Spec {
    /// True when resolving needs the clause's tense (an underspecified
    /// date or weekday that may lie before or after the anchor).
    pub(crate) fn needs_tense(&self) -> bool {
        match self {
            Spec::Date {
                year: None, lean, ..
            }
            | Spec::Weekday { lean, .. } => *lean == Lean::Nearest,
            Spec::Template(t) => t.starts_with("--"),
            Spec::PartOfDay { date, .. } => date.needs_tense(),
            Spec::Clock { date: Some(d), .. } => d.needs_tense(),
            _ => false,
        }
    }
}

/// The anchors an expression may be resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Anchors {
    /// The document date.
    pub document: Option<Date>,
    /// The last full date told in the story so far.
    pub narrative: Option<Date>,
    /// The first day of the last month told (a full date counts too).
    pub narrative_month: Option<Date>,
    /// The first day of the last year told (a month or full date counts too).
    pub narrative_year: Option<Date>,
}

impl Anchors {
    /// Records an absolute expression as the story's current time.
    pub fn tell(&mut self, told: (Date, Unit)) {
        let (d, unit) = told;
        if unit == Unit::Day {
            self.narrative = Some(d);
        }
        if matches!(unit, Unit::Day | Unit::Month) {
            self.narrative_month = Some(d.first_of_month());
        }
        self.narrative_year = make_date(i32::from(d.year()), 1, 1);
    }

    /// The narrative anchor fine enough for shifts by `unit`.
    fn narrative_for(&self, unit: Unit) -> Option<Date> {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Week => self.narrative,
            Unit::Month | Unit::Quarter => self.narrative_month,
            _ => self.narrative_year,
        }
    }
}

/// A resolved value and what it was computed from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Resolved {
    pub value: String,
    pub anchor: Option<String>,
    /// The full date this expression denotes, if it denotes one day.
    pub day: Option<Date>,
}

fn plain(value: String) -> Resolved {
    Resolved {
        value,
        anchor: None,
        day: None,
    }
}

/// What an absolute expression tells the story's time line: the start of
/// the period it names and that period's unit.
pub(crate) fn told(spec: &Spec, r: &Resolved) -> Option<(Date, Unit)> {
    match spec {
        Spec::Year(y) => Some((make_date(*y, 1, 1)?, Unit::Year)),
        Spec::Date { day: None, .. } | Spec::MonthOfYearShift { .. } => {
            let (y, m) = r.value.split_once('-')?;
            let date = make_date(y.parse().ok()?, m.get(..2)?.parse().ok()?, 1)?;
            Some((date, Unit::Month))
        }
        Spec::Date { .. } | Spec::Weekday { .. } => r.day.map(|d| (d, Unit::Day)),
        _ => None,
    }
}

pub(crate) fn ymd(d: Date) -> String {
    let mut out = String::with_capacity(10);
    push_ymd(&mut out, d);
    out
}

/// Appends `YYYY-MM-DD` (as `format!("{:04}-{:02}-{:02}")`) to `out`.
/// Written digit by digit: every time expression gets one or two dates
/// and `format!` was a visible share of the stage's cost.
fn push_ymd(out: &mut String, d: Date) {
    let year = d.year();
    if !(0..=9999).contains(&year) {
        // Negative years: keep `format!`'s sign-aware zero padding.
        out.push_str(&format!("{year:04}-{:02}-{:02}", d.month(), d.day()));
        return;
    }
    push_digits(out, year.unsigned_abs().into(), 4);
    out.push('-');
    push_digits(out, d.month().unsigned_abs().into(), 2);
    out.push('-');
    push_digits(out, d.day().unsigned_abs().into(), 2);
}

/// Appends the last `width` decimal digits of `v`, zero padded.
fn push_digits(out: &mut String, v: u32, width: u32) {
    for k in (0..width).rev() {
        let digit = (v / 10u32.pow(k)) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

fn label(kind: &str, d: Date) -> Option<String> {
    let mut out = String::with_capacity(kind.len() + 11);
    out.push_str(kind);
    out.push(':');
    push_ymd(&mut out, d);
    Some(out)
}

/// Parses `YYYY-MM-DD`.
pub(crate) fn parse_date(s: &str) -> Option<Date> {
    let s = s.get(..10)?;
    let y: i16 = s.get(0..4)?.parse().ok()?;
    let m: i8 = s.get(5..7)?.parse().ok()?;
    let d: i8 = s.get(8..10)?.parse().ok()?;
    Date::new(y, m, d).ok()
}

pub(crate) fn make_date(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

fn add(d: Date, span: Span) -> Option<Date> {
    d.checked_add(span).ok()
}

fn weekday_number(d: Date) -> u32 {
    d.weekday().to_monday_one_offset() as u32
}

fn iso_week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

/// `d` shifted by `n` units, written at that unit's precision.
fn shifted(d: Date, unit: Unit, n: i64) -> Option<(String, Option<Date>)> {
    Some(match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => {
            let day = if unit == Unit::Day {
                add(d, Span::new().try_days(n).ok()?)?
            } else {
                d
            };
            (ymd(day), Some(day))
        }
        Unit::Week => (iso_week(add(d, Span::new().try_weeks(n).ok()?)?), None),
        Unit::Month => {
            let m = add(d.first_of_month(), Span::new().try_months(n).ok()?)?;
            (format!("{:04}-{:02}", m.year(), m.month()), None)
        }
        Unit::Quarter => {
            let m = add(
                d.first_of_month(),
                Span::new().try_months(n.checked_mul(3)?).ok()?,
            )?;
            (
                format!("{:04}-Q{}", m.year(), (m.month() - 1) / 3 + 1),
                None,
            )
        }
        Unit::Year => (
            format!("{:04}", i64::from(d.year()).saturating_add(n)),
            None,
        ),
        Unit::Decade => (
            format!("{:03}", (i64::from(d.year()) / 10).saturating_add(n)),
            None,
        ),
        Unit::Century => (
            format!("{:02}", (i64::from(d.year()) / 100).saturating_add(n)),
            None,
        ),
    })
}

fn unit_code(unit: Unit) -> (&'static str, &'static str) {
    match unit {
        Unit::Second => ("T", "S"),
        Unit::Minute => ("T", "M"),
        Unit::Hour => ("T", "H"),
        Unit::Day => ("", "D"),
        Unit::Week => ("", "W"),
        Unit::Month => ("", "M"),
        Unit::Quarter => ("", "Q"),
        Unit::Year => ("", "Y"),
        Unit::Decade => ("", "DE"),
        Unit::Century => ("", "CE"),
    }
}

/// A TIMEX3 duration value (`P3Y`, `PT2H`, `PXY`).
pub(crate) fn duration_value(amount: Option<f64>, unit: Unit) -> String {
    let (t, code) = unit_code(unit);
    let n = match amount {
        None => "X".to_string(),
        Some(a) if a.fract() == 0.0 => format!("{}", a as i64),
        Some(a) => format!("{a}"),
    };
    format!("P{t}{n}{code}")
}

fn ref_for(sign: i64) -> String {
    match sign.signum() {
        -1 => "PAST_REF",
        1 => "FUTURE_REF",
        _ => "PRESENT_REF",
    }
    .to_string()
}

/// The date with `month`/`day` (and `weekday`, if given) whose year puts it
/// where `lean` asks relative to `anchor`.
fn place_in_year(
    anchor: Date,
    month: u32,
    day: Option<u32>,
    weekday: Option<u32>,
    lean: Lean,
) -> Option<Date> {
    let year = i32::from(anchor.year());
    let mut best: Option<(i64, Date)> = None;
    for y in (year - 1)..=(year + 1) {
        let Some(d) = make_date(y, month, day.unwrap_or(1)) else {
            continue;
        };
        if let (Some(w), Some(_)) = (weekday, day)
            && weekday_number(d) != w
        {
            continue;
        }
        // Months compare by month index, days by day distance.
        let distance = match day {
            Some(_) => (d - anchor).get_days() as i64,
            None => (y as i64 * 12 + month as i64) - (year as i64 * 12 + i64::from(anchor.month())),
        };
        let allowed = match lean {
            Lean::Past => distance <= 0,
            Lean::Future => distance >= 0,
            Lean::Nearest => true,
        };
        if allowed && best.is_none_or(|(b, _)| distance.abs() < b.abs()) {
            best = Some((distance, d));
        }
    }
    if best.is_none() && weekday.is_some() {
        // The weekday fits no nearby year: trust the day and month.
        return place_in_year(anchor, month, day, None, lean);
    }
    best.map(|(_, d)| d)
}

/// The most recent `month`/`day` not after `now`, matching `weekday` when
/// given (searching back up to 40 years). Used for undated datelines.
pub(crate) fn most_recent(now: Date, month: u32, day: u32, weekday: Option<u32>) -> Option<Date> {
    let year = i32::from(now.year());
    (year - 40..=year)
        .rev()
        .filter_map(|y| make_date(y, month, day))
        .filter(|d| *d <= now)
        .find(|d| weekday.is_none_or(|w| weekday_number(*d) == w))
}

fn resolve_weekday(anchor: Date, weekday: u32, lean: Lean) -> Option<Date> {
    let today = weekday_number(anchor) as i64;
    let w = weekday as i64;
    let back = (today - w).rem_euclid(7);
    let forward = (w - today).rem_euclid(7);
    let offset = match lean {
        Lean::Future => forward,
        Lean::Past | Lean::Nearest => -back,
    };
    add(anchor, Span::new().days(offset))
}

fn format_date_spec(year: Option<i32>, month: u32, day: Option<u32>) -> String {
    // Digit by digit when every field fits its width (always, for dates
    // read from text): this runs for most time expressions.
    if year.is_none_or(|y| (0..=9999).contains(&y)) && month <= 99 && day.is_none_or(|d| d <= 99) {
        let mut out = String::with_capacity(10);
        match year {
            Some(y) => push_digits(&mut out, y.unsigned_abs(), 4),
            None => out.push_str("XXXX"),
        }
        out.push('-');
        push_digits(&mut out, month, 2);
        if let Some(d) = day {
            out.push('-');
            push_digits(&mut out, d, 2);
        }
        return out;
    }
    let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
    match day {
        Some(d) => format!("{y}-{month:02}-{d:02}"),
        None => format!("{y}-{month:02}"),
    }
}

/// Resolves `spec`; `lean` is the clause's tense, for specs that lean
/// `Nearest`; `holidays` maps a feast key to its dates.
pub(crate) fn resolve(
    spec: &Spec,
    anchors: Anchors,
    lean: Lean,
    holidays: &dyn Fn(&str) -> Option<Vec<Date>>,
) -> Resolved {
    match spec {
        Spec::Literal(v) => plain(v.clone()),
        Spec::Year(y) => plain(format!("{y:04}")),
        Spec::Decade(d) => plain(format!("{d:03}")),
        Spec::Duration { amount, unit } => plain(duration_value(*amount, *unit)),
        Spec::Date {
            year: Some(y),
            month,
            day,
            ..
        } => {
            let d = day.and_then(|d| make_date(*y, *month, d));
            Resolved {
                value: format_date_spec(Some(*y), *month, *day),
                anchor: None,
                day: d,
            }
        }
        Spec::Date {
            year: None,
            month,
            day,
            weekday,
            lean: own,
        } => {
            let lean = if *own == Lean::Nearest { lean } else { *own };
            match anchors
                .document
                .and_then(|a| place_in_year(a, *month, *day, *weekday, lean).map(|d| (a, d)))
            {
                Some((a, d)) => Resolved {
                    value: format_date_spec(Some(i32::from(d.year())), *month, *day),
                    anchor: label("document_date", a),
                    day: day.map(|_| d),
                },
                None => plain(format_date_spec(None, *month, *day)),
            }
        }
        Spec::Shift {
            unit,
            amount,
            sign,
            narrative,
        } => {
            let (base, kind) = match (narrative, anchors.narrative_for(*unit)) {
                (true, Some(n)) => (Some(n), "narrative"),
                _ => (anchors.document, "document_date"),
            };
            match (base, amount) {
                (Some(b), Some(n)) => match shifted(b, *unit, *n) {
                    Some((value, day)) => Resolved {
                        value,
                        anchor: label(kind, b),
                        day,
                    },
                    None => plain(ref_for(*sign)),
                },
                _ => plain(ref_for(*sign)),
            }
        }
        Spec::Weekday { weekday, lean: own } => {
            let lean = if *own == Lean::Nearest { lean } else { *own };
            match anchors
                .document
                .and_then(|a| resolve_weekday(a, *weekday, lean).map(|d| (a, d)))
            {
                Some((a, d)) => Resolved {
                    value: ymd(d),
                    anchor: label("document_date", a),
                    day: Some(d),
                },
                None => plain(format!("XXXX-WXX-{weekday}")),
            }
        }
        Spec::Clock {
            date,
            hour,
            minute,
            zone,
        } => {
            let base = match date {
                Some(d) => resolve(d, anchors, lean, holidays),
                None => match anchors.narrative.or(anchors.document) {
                    Some(d) => Resolved {
                        value: ymd(d),
                        anchor: label(
                            if anchors.narrative.is_some() {
                                "narrative"
                            } else {
                                "document_date"
                            },
                            d,
                        ),
                        day: Some(d),
                    },
                    None => plain("XXXX-XX-XX".into()),
                },
            };
            let zone = zone.as_deref().unwrap_or("");
            Resolved {
                value: format!("{}T{hour:02}:{minute:02}{zone}", base.value),
                anchor: base.anchor,
                day: None,
            }
        }
        Spec::PartOfDay { date, part } => {
            let base = resolve(date, anchors, lean, holidays);
            Resolved {
                value: format!("{}T{part}", base.value),
                anchor: base.anchor,
                day: None,
            }
        }
        Spec::Template(t) => resolve_template(t, anchors, lean, holidays),
        Spec::MonthOfYearShift { month, shift } => match anchors.document {
            Some(a) => Resolved {
                value: format!(
                    "{:04}-{month:02}",
                    i64::from(a.year()).saturating_add(*shift)
                ),
                anchor: label("document_date", a),
                day: None,
            },
            None => plain(format!("XXXX-{month:02}")),
        },
        Spec::Period {
            kind,
            n,
            year: Some(y),
        } => plain(format!("{y:04}-{kind}{n}")),
        Spec::Period {
            kind,
            n,
            year: None,
        } => match anchors.document {
            Some(a) => Resolved {
                value: format!("{:04}-{kind}{n}", a.year()),
                anchor: label("document_date", a),
                day: None,
            },
            None => plain(format!("XXXX-{kind}{n}")),
        },
    }
}

/// Resolves a `phrases.tsv` value template (see that file's header).
fn resolve_template(
    template: &str,
    anchors: Anchors,
    lean: Lean,
    holidays: &dyn Fn(&str) -> Option<Vec<Date>>,
) -> Resolved {
    let (narrative, t) = match template.strip_prefix("N:") {
        Some(rest) => (true, rest),
        None => (false, template),
    };
    if let Some(key) = t.strip_prefix("holiday:") {
        let found = anchors.document.and_then(|a| {
            let dates = holidays(key)?;
            dates
                .into_iter()
                .min_by_key(|d| (*d - a).get_days().abs())
                .map(|d| (a, d))
        });
        return match found {
            Some((a, d)) => Resolved {
                value: ymd(d),
                anchor: label("document_date", a),
                day: Some(d),
            },
            None => plain("XXXX-XX-XX".into()),
        };
    }
    if let Some(md) = t.strip_prefix("--") {
        // --MM-DD[Tpart]
        let (md, part) = md.split_once('T').map_or((md, None), |(a, b)| (a, Some(b)));
        let mut it = md.split('-').filter_map(|x| x.parse::<u32>().ok());
        if let (Some(m), Some(d)) = (it.next(), it.next()) {
            let spec = Spec::Date {
                year: None,
                month: m,
                day: Some(d),
                weekday: None,
                lean: Lean::Nearest,
            };
            let r = resolve(&spec, anchors, lean, holidays);
            return match part {
                Some(p) => Resolved {
                    value: format!("{}T{p}", r.value),
                    anchor: r.anchor,
                    day: None,
                },
                None => r,
            };
        }
        return plain(t.to_string());
    }
    let bytes = t.as_bytes();
    let unit = match bytes.first() {
        Some(b'D') => Unit::Day,
        Some(b'W') => Unit::Week,
        Some(b'M') => Unit::Month,
        Some(b'Y') => Unit::Year,
        _ => return plain(t.to_string()),
    };
    if !matches!(bytes.get(1), Some(b'+' | b'-')) {
        return plain(t.to_string());
    }
    let digits_end = t[2..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(t.len(), |i| i + 2);
    let Ok(n) = t[1..digits_end].parse::<i64>() else {
        return plain(t.to_string());
    };
    let suffix = &t[digits_end..];
    let r = resolve(
        &Spec::Shift {
            unit,
            amount: Some(n),
            sign: n,
            narrative,
        },
        anchors,
        lean,
        holidays,
    );
    if r.value.ends_with("_REF") {
        return r;
    }
    Resolved {
        value: format!("{}{suffix}", r.value),
        anchor: r.anchor,
        day: if suffix.is_empty() { r.day } else { None },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_spec_matches_format() {
        for year in [
            None,
            Some(0),
            Some(7),
            Some(2025),
            Some(9999),
            Some(10_000),
            Some(-5),
        ] {
            for month in [1, 9, 12, 100] {
                for day in [None, Some(1), Some(31), Some(123)] {
                    let y = year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
                    let want = match day {
                        Some(d) => format!("{y}-{month:02}-{d:02}"),
                        None => format!("{y}-{month:02}"),
                    };
                    assert_eq!(format_date_spec(year, month, day), want);
                }
            }
        }
    }

    #[test]
    fn ymd_matches_format() {
        for (y, m, d) in [
            (2024, 3, 9),
            (1999, 12, 31),
            (0, 1, 1),
            (-44, 3, 15),
            (9999, 12, 31),
            (7, 10, 5),
        ] {
            let date = Date::new(y, m, d).unwrap();
            let want = format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
            assert_eq!(ymd(date), want);
            assert_eq!(label("x", date), Some(format!("x:{want}")));
        }
    }

    fn at(date: &str) -> Anchors {
        Anchors {
            document: parse_date(date),
            ..Default::default()
        }
    }
    fn none(_: &str) -> Option<Vec<Date>> {
        None
    }
    fn value(spec: Spec, date: &str, lean: Lean) -> String {
        resolve(&spec, at(date), lean, &none).value
    }

    #[test]
    fn relative_units_use_their_precision() {
        let shift = |unit, n| Spec::Shift {
            unit,
            amount: Some(n),
            sign: n,
            narrative: false,
        };
        assert_eq!(
            value(shift(Unit::Day, -1), "2023-09-06", Lean::Nearest),
            "2023-09-05"
        );
        assert_eq!(
            value(shift(Unit::Week, -1), "2023-09-06", Lean::Nearest),
            "2023-W35"
        );
        assert_eq!(
            value(shift(Unit::Month, 0), "2023-09-06", Lean::Nearest),
            "2023-09"
        );
        assert_eq!(
            value(shift(Unit::Year, 1), "2023-09-06", Lean::Nearest),
            "2024"
        );
        assert_eq!(
            value(shift(Unit::Month, -1), "2023-01-15", Lean::Nearest),
            "2022-12"
        );
        assert_eq!(
            resolve(
                &shift(Unit::Day, -1),
                Anchors::default(),
                Lean::Nearest,
                &none
            )
            .value,
            "PAST_REF"
        );
    }

    #[test]
    fn month_without_year_follows_tense() {
        let july = Spec::Date {
            year: None,
            month: 7,
            day: None,
            weekday: None,
            lean: Lean::Nearest,
        };
        assert_eq!(value(july.clone(), "2023-09-06", Lean::Nearest), "2023-07");
        assert_eq!(value(july.clone(), "2023-09-06", Lean::Future), "2024-07");
        assert_eq!(value(july, "2023-02-01", Lean::Past), "2022-07");
    }

    #[test]
    fn weekdays_and_durations() {
        let monday = Spec::Weekday {
            weekday: 1,
            lean: Lean::Nearest,
        };
        assert_eq!(
            value(monday.clone(), "2023-09-06", Lean::Nearest),
            "2023-09-04"
        );
        assert_eq!(value(monday, "2023-09-06", Lean::Future), "2023-09-11");
        assert_eq!(duration_value(Some(6.0), Unit::Year), "P6Y");
        assert_eq!(duration_value(None, Unit::Year), "PXY");
        assert_eq!(duration_value(Some(2.0), Unit::Hour), "PT2H");
        assert_eq!(
            most_recent(parse_date("2026-11-27").unwrap(), 9, 6, Some(3)),
            parse_date("2023-09-06")
        );
    }

    #[test]
    fn templates() {
        let t = |s: &str| value(Spec::Template(s.into()), "2023-09-06", Lean::Nearest);
        assert_eq!(t("D-1TNI"), "2023-09-05TNI");
        assert_eq!(t("W+0-WE"), "2023-W36-WE");
        assert_eq!(t("--12-25"), "2023-12-25");
        assert_eq!(t("PRESENT_REF"), "PRESENT_REF");
    }
}
