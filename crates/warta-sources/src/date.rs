//! Publication dates from metadata, normalized to `YYYY-MM-DD`.
//!
//! The date kept is the calendar date *as written by the publisher* (the
//! local date in the stated offset), not the UTC date: an article stamped
//! `2025-10-21T06:30:00+07:00` appeared on 21 October in Jakarta, and that
//! is the date its relative expressions ("kemarin") refer to.

use chrono::{DateTime, NaiveDate, NaiveDateTime};

/// `YYYY-MM-DD` for an ISO 8601 / RFC 3339 / RFC 2822 date or date-time,
/// or `None` if `raw` is not one of those.
pub fn normalize_date(raw: &str) -> Option<String> {
    local_datetime(raw).map(|dt| dt.date().format("%Y-%m-%d").to_string())
}

/// The local (as written) date-time of `raw`; a bare date gives midnight.
pub fn local_datetime(raw: &str) -> Option<NaiveDateTime> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.naive_local());
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.naive_local());
    }
    iso_prefix(s)
}

/// A leading `YYYY-MM-DD` (or `YYYY/MM/DD`, `YYYYMMDD`), optionally followed by
/// a time `hh:mm[:ss]` after `T` or a space; anything after is ignored.
fn iso_prefix(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d, rest) = if b.len() >= 10 && matches!(b[4], b'-' | b'/') && b[7] == b[4] {
        (digits(0..4)?, digits(5..7)?, digits(8..10)?, 10)
    } else if b.len() >= 8 && digits(0..8).is_some() && b.get(8).is_none_or(|c| !c.is_ascii_digit())
    {
        (digits(0..4)?, digits(4..6)?, digits(6..8)?, 8)
    } else {
        return None;
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
    let mut time = chrono::NaiveTime::MIN;
    if matches!(b.get(rest), Some(b'T' | b' ')) {
        let h = digits(rest + 1..rest + 3);
        let min = (b.get(rest + 3) == Some(&b':'))
            .then(|| digits(rest + 4..rest + 6))
            .flatten();
        if let (Some(h), Some(min)) = (h, min) {
            time = chrono::NaiveTime::from_hms_opt(h, min, 0).unwrap_or(time);
        }
    }
    Some(date.and_time(time))
}

/// `YYYY-MM-DD` (UTC) of a Unix timestamp in seconds (or milliseconds, when
/// the number is too large to be seconds of a plausible news date).
pub fn from_unix(value: f64) -> Option<String> {
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let secs = if value > 1.0e11 {
        value / 1000.0
    } else {
        value
    };
    DateTime::from_timestamp(secs as i64, 0).map(|d| d.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_and_rfc_dates_normalize_to_local_calendar_date() {
        assert_eq!(normalize_date("2025-10-21").as_deref(), Some("2025-10-21"));
        assert_eq!(
            normalize_date("2025-10-21T06:30:00+07:00").as_deref(),
            Some("2025-10-21")
        );
        assert_eq!(
            normalize_date("2025-10-21T23:30:00-05:00").as_deref(),
            Some("2025-10-21")
        );
        assert_eq!(
            normalize_date("2025-10-21 14:00:00").as_deref(),
            Some("2025-10-21")
        );
        assert_eq!(normalize_date("2025/10/21").as_deref(), Some("2025-10-21"));
        assert_eq!(
            normalize_date("Tue, 21 Oct 2025 02:00:00 +0700").as_deref(),
            Some("2025-10-21")
        );
        assert_eq!(normalize_date("20251021").as_deref(), Some("2025-10-21"));
    }

    #[test]
    fn non_dates_are_rejected() {
        assert_eq!(normalize_date("kemarin"), None);
        assert_eq!(normalize_date("2025-13-40"), None);
        assert_eq!(normalize_date(""), None);
        assert_eq!(normalize_date("123456789012"), None);
    }

    #[test]
    fn unix_timestamps() {
        assert_eq!(from_unix(1_761_004_800.0).as_deref(), Some("2025-10-21"));
        assert_eq!(
            from_unix(1_761_004_800_000.0).as_deref(),
            Some("2025-10-21")
        );
        assert_eq!(from_unix(f64::NAN), None);
    }
}
