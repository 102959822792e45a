//! Cross-article event clustering.
//!
//! Events are candidates for the same real-world event when they share a
//! *cluster key*: PLOVER type, source actor and target actor (actor code, else
//! the lower-cased name). Inside one key, two events are linked when their
//! dates (the event's own full date, else its article's date) are at most
//! [`ClusterOptions::window_days`] apart and their places agree (same GeoNames
//! id, or same name when not geocoded, or one of them unknown). A cluster is
//! a connected component of that graph; undated events stay alone.
//!
//! Components of a graph do not depend on the order its edges arrive in, and
//! a key's clusters are always recomputed from all of its stored events, so
//! the cluster tables end in the same state whatever the ingest order,
//! batching or interruptions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rusqlite::{Connection, OptionalExtension, params};

use crate::StoreError;
use crate::util::{day_number, id63};

/// Clustering parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClusterOptions {
    /// Largest gap, in days, between linked events' dates.
    pub window_days: u32,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        Self { window_days: 2 }
    }
}

struct Member {
    id: String,
    article: String,
    date: Option<String>,
    day: Option<i64>,
    geonameid: Option<i64>,
    place_name: Option<String>,
    mentions: i64,
    confidence: f64,
}

/// One place an article's text was seen.
struct Copy {
    key: String,
    url: Option<String>,
    domain: Option<String>,
    publisher: Option<String>,
    date: Option<String>,
}

struct ArticleInfo {
    copies: Vec<Copy>,
    /// Who counts as the article's source in `num_sources`.
    source: String,
}

fn places_agree(a: &Member, b: &Member) -> bool {
    match (a.geonameid, b.geonameid) {
        (Some(x), Some(y)) => x == y,
        (None, None) => match (&a.place_name, &b.place_name) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        },
        _ => true,
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Groups `members` (sorted by day then id) into connected components, each
/// sorted the same way.
fn components(members: &[Member], window: i64) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..members.len()).collect();
    for i in 0..members.len() {
        let Some(di) = members[i].day else { continue };
        for j in i + 1..members.len() {
            let Some(dj) = members[j].day else { break };
            if dj - di > window {
                break;
            }
            if places_agree(&members[i], &members[j]) {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..members.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    groups.into_values().collect()
}

fn article_info(conn: &Connection, id: &str) -> Result<ArticleInfo, StoreError> {
    let wire: Option<String> = conn
        .prepare_cached("SELECT wire FROM articles WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?
        .flatten();
    let mut st = conn.prepare_cached(
        "SELECT copy_key, url, domain, publisher, date FROM article_copies
         WHERE article_id = ?1 ORDER BY coalesce(date, '~'), copy_key",
    )?;
    let copies: Vec<Copy> = st
        .query_map([id], |r| {
            Ok(Copy {
                key: r.get(0)?,
                url: r.get(1)?,
                domain: r.get(2)?,
                publisher: r.get(3)?,
                date: r.get(4)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    // A cited wire service is the source; else whoever published the text
    // first: copies of one text on several sites are one source.
    let source = wire.map(|w| format!("wire:{w}")).unwrap_or_else(|| {
        copies.first().map_or_else(
            || format!("article:{id}"),
            |c| {
                c.domain
                    .clone()
                    .or_else(|| c.publisher.as_ref().map(|p| p.trim().to_lowercase()))
                    .unwrap_or_else(|| c.key.clone())
            },
        )
    });
    Ok(ArticleInfo { copies, source })
}

/// Recomputes every cluster of `key` from its stored events.
pub(crate) fn recluster_key(
    conn: &Connection,
    key: &str,
    options: &ClusterOptions,
) -> Result<(), StoreError> {
    let mut members: Vec<Member> = conn
        .prepare_cached(
            "SELECT e.id, e.article_id, e.event_date, e.geonameid, lower(trim(e.place_name)),
                 (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id), e.confidence
             FROM events e WHERE e.cluster_key = ?1",
        )?
        .query_map([key], |r| {
            let date: Option<String> = r.get(2)?;
            Ok(Member {
                id: r.get(0)?,
                article: r.get(1)?,
                day: date.as_deref().and_then(day_number),
                date,
                geonameid: r.get(3)?,
                place_name: r.get::<_, Option<String>>(4)?.filter(|s| !s.is_empty()),
                mentions: r.get(5)?,
                confidence: r.get(6)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    // Dated events first, by day; undated ones last; ties by id.
    members.sort_by(|a, b| (a.day.is_none(), a.day, &a.id).cmp(&(b.day.is_none(), b.day, &b.id)));
    conn.prepare_cached("DELETE FROM clusters WHERE cluster_key = ?1")?
        .execute([key])?;
    let mut articles: HashMap<String, ArticleInfo> = HashMap::new();
    for group in components(&members, i64::from(options.window_days)) {
        for &i in &group {
            let a = &members[i].article;
            if !articles.contains_key(a) {
                articles.insert(a.clone(), article_info(conn, a)?);
            }
        }
        write_cluster(conn, key, &members, &group, &articles)?;
    }
    Ok(())
}

fn write_cluster(
    conn: &Connection,
    key: &str,
    members: &[Member],
    group: &[usize],
    articles: &HashMap<String, ArticleInfo>,
) -> Result<(), StoreError> {
    let first = &members[group[0]];
    let cluster_id = id63(&format!("cluster:{}", first.id));
    let distinct: BTreeSet<&str> = group.iter().map(|&i| members[i].article.as_str()).collect();
    let num_articles: usize = distinct
        .iter()
        .map(|a| articles[*a].copies.len().max(1))
        .sum();
    let num_sources = distinct
        .iter()
        .map(|a| articles[*a].source.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    let num_mentions: i64 = group
        .iter()
        .map(|&i| members[i].mentions * articles[&members[i].article].copies.len().max(1) as i64)
        .sum();
    let confidence = group
        .iter()
        .map(|&i| members[i].confidence)
        .fold(0.0, f64::max);
    let first_copy = distinct
        .iter()
        .flat_map(|a| articles[*a].copies.iter().map(move |c| (c, *a)))
        .min_by(|(x, _), (y, _)| {
            (x.date.as_deref().unwrap_or("~"), &x.key)
                .cmp(&(y.date.as_deref().unwrap_or("~"), &y.key))
        });
    let last_date = group.iter().filter_map(|&i| members[i].date.clone()).max();
    let placed = group
        .iter()
        .map(|&i| &members[i])
        .find(|m| m.geonameid.is_some())
        .or_else(|| {
            group
                .iter()
                .map(|&i| &members[i])
                .find(|m| m.place_name.is_some())
        })
        .map(|m| m.id.clone());
    conn.prepare_cached(
        "INSERT INTO clusters(id, cluster_key, plover, mode, cameo, quad, goldstein,
             source_actor, source_name, source_country, source_sector,
             target_actor, target_name, target_country, target_sector,
             date, last_date, place_name, geonameid, place_country, place_admin1, place_feature,
             lat, lon, num_mentions, num_sources, num_articles, first_url, first_date,
             first_article_id, first_event_id, confidence)
         SELECT ?1, ?2, e.plover, e.mode, e.cameo, e.quad, e.goldstein,
             e.source_actor, coalesce(se.canonical, e.source_text),
             se.country,
             se.sector,
             e.target_actor, coalesce(te.canonical, e.target_text),
             te.country,
             te.sector,
             e.event_date, ?3, pe.place_name, p.geonameid, p.country, p.admin1, p.feature,
             p.lat, p.lon, ?4, ?5, ?6, ?7, ?8, ?9, e.id, ?10
         FROM events e
         LEFT JOIN entities se ON se.id = e.source_entity
         LEFT JOIN entities te ON te.id = e.target_entity
         LEFT JOIN events pe ON pe.id = ?11
         LEFT JOIN places p ON p.geonameid = pe.geonameid
         WHERE e.id = ?12",
    )?
    .execute(params![
        cluster_id,
        key,
        last_date,
        num_mentions,
        num_sources as i64,
        num_articles as i64,
        first_copy.and_then(|(c, _)| c.url.clone()),
        first_copy.and_then(|(c, _)| c.date.clone()),
        first_copy.map_or(first.article.as_str(), |(_, a)| a),
        confidence,
        placed,
        first.id
    ])?;
    let mut up = conn.prepare_cached("UPDATE events SET cluster_id = ?1 WHERE id = ?2")?;
    for &i in group {
        up.execute(params![cluster_id, members[i].id])?;
    }
    Ok(())
}
