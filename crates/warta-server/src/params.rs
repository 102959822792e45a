//! Query-string parameters of the API and their validation. Every value is
//! checked here and handed to `warta-store` as typed data; nothing from the
//! request is ever spliced into SQL.

use serde::Deserialize;
use warta_store::{EventFilter, EventSort, TimelineGroup};

/// Event filters shared by `/api/events`, `/api/timeline`, `/api/network`
/// and `/api/actors/top`.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct EventQuery {
    actor: Option<String>,
    country: Option<String>,
    #[serde(rename = "type")]
    plover: Option<String>,
    quad: Option<String>,
    from: Option<String>,
    to: Option<String>,
    bbox: Option<String>,
    q: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
    sort: Option<String>,
    /// `/api/timeline` only: `quad` (default) or `type`.
    pub group: Option<String>,
}

/// A parameter was malformed; the message says which and what is expected.
#[derive(Debug)]
pub(crate) struct BadParam(pub String);

fn non_empty(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn date(name: &str, v: &Option<String>) -> Result<Option<String>, BadParam> {
    match non_empty(v) {
        None => Ok(None),
        Some(d) if is_date_prefix(&d) => Ok(Some(d)),
        Some(d) => Err(BadParam(format!(
            "`{name}`: `{d}` is not a date; use YYYY-MM-DD (or YYYY-MM, YYYY)"
        ))),
    }
}

fn is_date_prefix(d: &str) -> bool {
    let b = d.as_bytes();
    matches!(b.len(), 4 | 7 | 10)
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Parses an unsigned number parameter.
pub(crate) fn number(name: &str, v: &Option<String>) -> Result<Option<u32>, BadParam> {
    match non_empty(v) {
        None => Ok(None),
        Some(n) => n
            .parse()
            .map(Some)
            .map_err(|_| BadParam(format!("`{name}`: `{n}` is not a whole number"))),
    }
}

impl EventQuery {
    /// The store filter these parameters ask for.
    pub(crate) fn filter(&self) -> Result<EventFilter, BadParam> {
        let quad = match number("quad", &self.quad)? {
            None => None,
            Some(q @ 1..=4) => Some(q as u8),
            Some(q) => return Err(BadParam(format!("`quad`: {q} is not 1, 2, 3 or 4"))),
        };
        let bbox = match non_empty(&self.bbox) {
            None => None,
            Some(b) => {
                let v: Vec<f64> = b
                    .split(',')
                    .map(|x| x.trim().parse::<f64>())
                    .collect::<Result<_, _>>()
                    .map_err(|_| BadParam(format!("`bbox`: `{b}` is not four numbers")))?;
                match v[..] {
                    [a, b2, c, d] if a <= c && b2 <= d => Some([a, b2, c, d]),
                    _ => {
                        return Err(BadParam(
                            "`bbox`: expected min_lon,min_lat,max_lon,max_lat".into(),
                        ));
                    }
                }
            }
        };
        let sort = match non_empty(&self.sort).as_deref() {
            None | Some("-date") => EventSort::DateDesc,
            Some("date") => EventSort::DateAsc,
            Some("mentions") | Some("-mentions") => EventSort::Mentions,
            Some("sources") | Some("-sources") => EventSort::Sources,
            Some(s) => {
                return Err(BadParam(format!(
                    "`sort`: `{s}` is not one of -date, date, mentions, sources"
                )));
            }
        };
        Ok(EventFilter {
            actor: non_empty(&self.actor),
            country: non_empty(&self.country),
            plover: non_empty(&self.plover),
            quad,
            date_from: date("from", &self.from)?,
            date_to: date("to", &self.to)?,
            bbox,
            q: non_empty(&self.q),
            limit: number("limit", &self.limit)?,
            offset: number("offset", &self.offset)?,
            sort,
        })
    }

    /// The timeline grouping.
    pub(crate) fn timeline_group(&self) -> Result<TimelineGroup, BadParam> {
        match non_empty(&self.group).as_deref() {
            None | Some("quad") => Ok(TimelineGroup::Quad),
            Some("type") | Some("plover") => Ok(TimelineGroup::Plover),
            Some(g) => Err(BadParam(format!("`group`: `{g}` is not quad or type"))),
        }
    }

    /// The `limit` parameter alone.
    pub(crate) fn limit(&self) -> Result<Option<u32>, BadParam> {
        number("limit", &self.limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(pairs: &[(&str, &str)]) -> EventQuery {
        let s: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        serde_urlencoded_like(&s.join("&"))
    }

    /// Builds the struct the way axum's `Query` does, through serde.
    fn serde_urlencoded_like(qs: &str) -> EventQuery {
        let map: serde_json::Map<String, serde_json::Value> = qs
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.to_string())))
            .collect();
        serde_json::from_value(serde_json::Value::Object(map)).unwrap()
    }

    #[test]
    fn parses_every_filter() {
        let f = q(&[
            ("actor", "RUSGOV"),
            ("type", "AGREE"),
            ("quad", "1"),
            ("from", "2023-09-01"),
            ("to", "2023-09"),
            ("bbox", "100,-10,140,50"),
            ("q", "Vladivostok"),
            ("limit", "20"),
            ("offset", "40"),
            ("sort", "mentions"),
        ])
        .filter()
        .unwrap();
        assert_eq!(f.actor.as_deref(), Some("RUSGOV"));
        assert_eq!(f.plover.as_deref(), Some("AGREE"));
        assert_eq!(f.quad, Some(1));
        assert_eq!(f.bbox, Some([100.0, -10.0, 140.0, 50.0]));
        assert_eq!((f.limit, f.offset), (Some(20), Some(40)));
        assert_eq!(f.sort, EventSort::Mentions);
    }

    #[test]
    fn rejects_malformed_values_with_a_reason() {
        for (k, v, needle) in [
            ("quad", "5", "quad"),
            ("from", "6/9/2023", "YYYY-MM-DD"),
            ("bbox", "1,2,3", "bbox"),
            ("bbox", "10,0,5,1", "min_lon"),
            ("limit", "-1", "whole number"),
            ("sort", "random", "sort"),
            ("to", "2023-09-06'; DROP TABLE events; --", "not a date"),
        ] {
            let err = q(&[(k, v)]).filter().unwrap_err();
            assert!(err.0.contains(needle), "{k}={v}: {}", err.0);
        }
    }

    #[test]
    fn empty_values_mean_no_filter() {
        let f = q(&[("actor", ""), ("quad", ""), ("from", "")])
            .filter()
            .unwrap();
        assert_eq!(f, EventFilter::default());
    }
}
