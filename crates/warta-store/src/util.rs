//! Small helpers: date arithmetic, URL domains, hashing, row queries.

use rusqlite::{Connection, Params, Row};

use crate::StoreError;

/// Prepares `sql` (cached), runs it with `params` and collects every row
/// mapped by `map`.
pub(crate) fn query_all<T, P, F>(
    conn: &Connection,
    sql: &str,
    params: P,
    map: F,
) -> Result<Vec<T>, StoreError>
where
    P: Params,
    F: FnMut(&Row<'_>) -> rusqlite::Result<T>,
{
    Ok(conn
        .prepare_cached(sql)?
        .query_map(params, map)?
        .collect::<Result<_, _>>()?)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` prefix, if it is a valid date.
pub(crate) fn day_number(date: &str) -> Option<i64> {
    let d = date.get(..10)?;
    let b = d.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = d[..4].parse().ok()?;
    let m: i64 = d[5..7].parse().ok()?;
    let day: i64 = d[8..10].parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    // Days from civil (proleptic Gregorian), shifting the year to start in March
    // so the leap day is the last day of the year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The `YYYY-MM-DD` prefix of `value` when it is a full calendar date.
pub(crate) fn full_date(value: &str) -> Option<&str> {
    day_number(value).map(|_| &value[..10])
}

/// Host of a URL without `www.`, lower-cased: `https://www.Antaranews.com/x` -> `antaranews.com`.
pub(crate) fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim().to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty()).then_some(host)
}

/// A positive integer id from a string (GDELT-style numeric ids), kept to
/// 53 bits so that JavaScript clients (the dashboard, any JSON consumer that
/// parses numbers as doubles) read it exactly.
pub(crate) fn id53(s: &str) -> i64 {
    (xxhash_rust::xxh3::xxh3_64(s.as_bytes()) >> 11) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11017));
        assert_eq!(day_number("2023-09-06T10:00"), Some(19606));
        assert_eq!(day_number("2023-09"), None);
        assert_eq!(day_number("PRESENT_REF"), None);
        assert_eq!(day_number("2023-13-01"), None);
        let a = day_number("2024-02-28").unwrap();
        assert_eq!(day_number("2024-03-01").unwrap() - a, 2);
    }

    #[test]
    fn domains() {
        assert_eq!(
            domain("https://www.Antaranews.com/berita/1").as_deref(),
            Some("antaranews.com")
        );
        assert_eq!(
            domain("http://user@example.org:8080/a?b").as_deref(),
            Some("example.org")
        );
        assert_eq!(domain("https:///x"), None);
    }
}
