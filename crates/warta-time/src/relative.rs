//! Counted and relative expressions: `dua hari lalu`, `minggu lalu`,
//! `tiga tahun terakhir`, `enam tahun`, `last week`, recurrences
//! (`setiap minggu`) and parts of a year (`kuartal III 2014`).

use warta_core::TimeType;

use crate::clause::starts_sentence;
use crate::lexicon::{Class, Unit};
use crate::normalizer::Spec;
use crate::recognizer::{Draft, draft};
use crate::tokens::Kind;
use crate::view::{View, after_links, count, unit_at};

/// A bare unit with a direction: `minggu lalu`, `bulan ini`, `tahun depan`,
/// `tahun itu` (the year the story is about), `pekan berikutnya`.
pub(crate) fn bare_unit(v: &View, i: usize) -> Option<Draft> {
    let u = unit_at(v, i)?;
    // A capitalised `Minggu` inside a sentence is the weekday, not "week".
    if v.capitalised(i) && v.has(i, Class::Weekday) && !starts_sentence(v, i) {
        return None;
    }
    let (k, sign, narrative, rule) = if let Some(k) = after_links(v, i + 1, Class::AfterPast) {
        (k, -1, false, "unit_past")
    } else if let Some(k) = after_links(v, i + 1, Class::AfterFuture) {
        (k, 1, false, "unit_future")
    } else if v.has(i + 1, Class::AfterThis) {
        (i + 1, 0, false, "unit_this")
    } else if v.has(i + 1, Class::AfterThat) {
        (i + 1, 0, true, "unit_that")
    } else if v.has(i + 1, Class::AfterLater) {
        (i + 1, 1, true, "unit_later")
    } else if v.has(i + 1, Class::AfterEarlier) {
        (i + 1, -1, true, "unit_earlier")
    } else {
        return None;
    };
    let spec = Spec::Shift {
        unit: u,
        amount: Some(sign),
        sign,
        narrative,
    };
    draft(i, k + 1, TimeType::Date, spec, rule)
}

/// Counted and relative units: `dua hari lalu`, `tiga minggu kemudian`,
/// `tiga tahun terakhir`, `enam tahun`, `minggu lalu`, `bulan ini`,
/// `last week`, `the past three years`, `setahun lalu`, `bertahun-tahun`.
pub(crate) fn units(v: &View, i: usize) -> Option<Draft> {
    // English direction first: last week, next month, this year, the past 3 years.
    let before = [
        (Class::BeforePast, -1i64),
        (Class::BeforeFuture, 1),
        (Class::BeforeThis, 0),
    ];
    if let Some(&(_, sign)) = before.iter().find(|(c, _)| v.has(i, *c))
        && let Some(u) = unit_at(v, i + 1)
    {
        // `the next week`: with a determiner it is a stretch of time.
        if i > 0 && v.has(i - 1, Class::Link) && sign != 0 {
            let spec = Spec::Duration {
                amount: Some(1.0),
                unit: u,
            };
            return draft(
                i - 1,
                i + 2,
                TimeType::Duration,
                spec,
                "determiner_direction_unit",
            );
        }
        let spec = Spec::Shift {
            unit: u,
            amount: Some(sign),
            sign,
            narrative: false,
        };
        return draft(i, i + 2, TimeType::Date, spec, "direction_unit");
    }
    if v.has(i, Class::BeforeThat)
        && let Some(u) = unit_at(v, i + 1)
    {
        let spec = Spec::Shift {
            unit: u,
            amount: Some(0),
            sign: 0,
            narrative: true,
        };
        return draft(i, i + 2, TimeType::Date, spec, "that_unit");
    }
    if v.has(i, Class::BeforeRecent)
        && let Some((n, j)) = count(v, i + 1)
        && let Some(u) = unit_at(v, j)
    {
        return draft(
            i,
            j + 1,
            TimeType::Duration,
            Spec::Duration { amount: n, unit: u },
            "recent_duration",
        );
    }
    if let Some(u) = v.get(i, Class::RepeatUnit).and_then(|e| e.unit) {
        return draft(
            i,
            i + 1,
            TimeType::Duration,
            Spec::Duration {
                amount: None,
                unit: u,
            },
            "repeat_unit",
        );
    }
    // `seminggu sekali`, `sekali sebulan`, `once a week`: a recurrence.
    if v.has(i, Class::Once) {
        let (u, end) = if let Some(u) = v.get(i + 1, Class::OneUnit).and_then(|e| e.unit) {
            (u, i + 2)
        } else {
            let (n, j) = count(v, i + 1)?;
            (unit_at(v, j).filter(|_| n == Some(1.0))?, j + 1)
        };
        let value = crate::normalizer::duration_value(Some(1.0), u);
        return draft(i, end, TimeType::Set, Spec::Literal(value), "once_unit");
    }
    if let Some(u) = v.get(i, Class::OneUnit).and_then(|e| e.unit)
        && v.has(i + 1, Class::Once)
    {
        let value = crate::normalizer::duration_value(Some(1.0), u);
        return draft(i, i + 2, TimeType::Set, Spec::Literal(value), "unit_once");
    }
    // `abad ke-21`: a century by its ordinal (the 21st century is 20xx).
    if unit_at(v, i) == Some(Unit::Century)
        && let Some(n) = v
            .toks
            .get(i + 1)
            .and_then(|_| v.str(i + 1).strip_prefix("ke-"))
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| (1..=30).contains(n))
    {
        let value = format!("{:02}", n - 1);
        return draft(
            i,
            i + 2,
            TimeType::Date,
            Spec::Literal(value),
            "century_ordinal",
        );
    }
    // `sehari`, `setahun`: one unit in a word; otherwise a count and a unit.
    let (amount, unit, j) = if let Some(u) = v.get(i, Class::OneUnit).and_then(|e| e.unit) {
        (Some(1.0), u, i + 1)
    } else if let Some((n, j)) = count(v, i) {
        // `Kepulauan Seribu Minggu`: capitalised number and unit are a name.
        if v.capitalised(i)
            && v.capitalised(j)
            && v.kind(i) == Some(Kind::Word)
            && !starts_sentence(v, i)
        {
            return None;
        }
        (n, unit_at(v, j)?, j + 1)
    } else {
        return bare_unit(v, i);
    };
    let whole = amount.filter(|a| a.fract() == 0.0).map(|a| a as i64);
    let sub_day = matches!(unit, Unit::Hour | Unit::Minute | Unit::Second);
    if let Some(k) = after_links(v, j, Class::AfterPast) {
        let spec = Spec::Shift {
            unit,
            amount: whole.map(|n| n.saturating_neg()),
            sign: -1,
            narrative: false,
        };
        return draft(i, k + 1, TimeType::Date, spec, "count_unit_past");
    }
    if !sub_day && (v.has(j, Class::AfterLater) || v.has(j, Class::AfterEarlier)) {
        let sign: i64 = if v.has(j, Class::AfterLater) { 1 } else { -1 };
        let spec = Spec::Shift {
            unit,
            amount: whole.map(|n: i64| n.saturating_mul(sign)),
            sign,
            narrative: true,
        };
        return draft(i, j + 1, TimeType::Date, spec, "count_unit_narrative");
    }
    let duration = Spec::Duration { amount, unit };
    if let Some(k) =
        after_links(v, j, Class::AfterFuture).or_else(|| after_links(v, j, Class::AfterRecent))
    {
        return draft(i, k + 1, TimeType::Duration, duration, "count_unit_span");
    }
    draft(i, j, TimeType::Duration, duration, "duration")
}

/// Recurrences: `setiap minggu` (P1W), `tiap dua tahun` (P2Y), `every Monday`.
pub(crate) fn set(v: &View, i: usize) -> Option<Draft> {
    if !v.has(i, Class::Set) {
        return None;
    }
    if let Some(w) = v.get(i + 1, Class::Weekday) {
        return draft(
            i,
            i + 2,
            TimeType::Set,
            Spec::Literal(format!("XXXX-WXX-{}", w.number)),
            "set_weekday",
        );
    }
    if let Some(p) = v.get(i + 1, Class::PartOfDay) {
        return draft(
            i,
            i + 2,
            TimeType::Set,
            Spec::Literal(format!("XXXX-XX-XXT{}", p.text)),
            "set_part_of_day",
        );
    }
    if let Some(u) = unit_at(v, i + 1) {
        return draft(
            i,
            i + 2,
            TimeType::Set,
            Spec::Literal(crate::normalizer::duration_value(Some(1.0), u)),
            "set_unit",
        );
    }
    let (n, j) = count(v, i + 1)?;
    let u = unit_at(v, j)?;
    draft(
        i,
        j + 1,
        TimeType::Set,
        Spec::Literal(crate::normalizer::duration_value(n, u)),
        "set_count_unit",
    )
}

/// Quarters and halves: `kuartal III 2014`, `semester pertama`, `third quarter`.
pub(crate) fn period(v: &View, i: usize) -> Option<Draft> {
    let (kind, n, j) = if let Some(p) = v.get(i, Class::Period) {
        (
            p.text.chars().next()?,
            v.get(i + 1, Class::Ordinal)?.number as u32,
            i + 2,
        )
    } else {
        let o = v.get(i, Class::OrdinalBefore)?;
        (
            v.get(i + 1, Class::Period)?.text.chars().next()?,
            o.number as u32,
            i + 2,
        )
    };
    let mut k = j;
    if v.has(k, Class::Link) || v.has(k, Class::YearMarker) {
        k += 1;
    }
    let year = v.year_number(k);
    let end = if year.is_some() { k + 1 } else { j };
    draft(
        i,
        end,
        TimeType::Date,
        Spec::Period { kind, n, year },
        "period",
    )
}
