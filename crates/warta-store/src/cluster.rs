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
//! a cluster row is a function of its members only, so the cluster tables end
//! in the same state whatever the ingest order, batching or interruptions.
//! After each batch, the components of every key the batch touched are
//! recomputed from the stored events; only the components containing a
//! touched article (new, or seen at a new URL) are rewritten, since only
//! those can differ from the stored rows (components only ever grow when
//! events are added).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rusqlite::{Connection, params};

use crate::StoreError;
use crate::util::{day_number, id53, query_all};

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

/// What a batch changed: the articles written and the keys of their events.
#[derive(Debug, Default)]
pub(crate) struct Touched {
    articles: HashSet<String>,
    keys: BTreeSet<String>,
    /// Keys whose events were replaced (not only added): rebuilt entirely.
    rebuild: BTreeSet<String>,
}

impl Touched {
    pub(crate) fn add(&mut self, article: String, keys: Vec<String>, rebuild: bool) {
        self.articles.insert(article);
        if rebuild {
            self.rebuild.extend(keys.iter().cloned());
        }
        self.keys.extend(keys);
    }

    /// Every key rebuilt entirely (for [`crate::Store::recluster_all`]).
    pub(crate) fn rebuild_all(keys: Vec<String>) -> Self {
        Self {
            articles: HashSet::new(),
            rebuild: keys.iter().cloned().collect(),
            keys: keys.into_iter().collect(),
        }
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
    cluster_id: Option<i64>,
    /// The article's source for `num_sources`.
    source: String,
    copies: i64,
    /// (date or `~`, copy key) of the article's first copy.
    first_copy: (String, String),
    first_url: Option<String>,
    first_date: Option<String>,
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

/// Recomputes the clusters a batch may have changed.
pub(crate) fn recluster(
    conn: &Connection,
    touched: &Touched,
    options: &ClusterOptions,
) -> Result<(), StoreError> {
    for key in &touched.keys {
        recluster_key(conn, key, touched, options)?;
    }
    Ok(())
}

fn load_members(conn: &Connection, key: &str) -> Result<Vec<Member>, StoreError> {
    let mut members: Vec<Member> = query_all(
        conn,
        "SELECT e.id, e.article_id, e.event_date, e.geonameid, lower(trim(e.place_name)),
                 e.num_mentions, e.confidence, e.cluster_id, a.source_key, a.num_copies,
                 coalesce(a.first_date, '~'), coalesce(a.first_copy, ''), a.first_url, a.first_date
             FROM events e JOIN articles a INDEXED BY articles_copy_summary ON a.id = e.article_id
             WHERE e.cluster_key = ?1",
        [key],
        |r| {
            let date: Option<String> = r.get(2)?;
            let article: String = r.get(1)?;
            Ok(Member {
                id: r.get(0)?,
                day: date.as_deref().and_then(day_number),
                date,
                geonameid: r.get(3)?,
                place_name: r.get::<_, Option<String>>(4)?.filter(|s| !s.is_empty()),
                mentions: r.get(5)?,
                confidence: r.get(6)?,
                cluster_id: r.get(7)?,
                source: r
                    .get::<_, Option<String>>(8)?
                    .unwrap_or_else(|| format!("article:{article}")),
                article,
                copies: r.get::<_, i64>(9)?.max(1),
                first_copy: (r.get(10)?, r.get(11)?),
                first_url: r.get(12)?,
                first_date: r.get(13)?,
            })
        },
    )?;
    // Dated events first, by day; undated ones last; ties by id.
    members.sort_by(|a, b| (a.day.is_none(), a.day, &a.id).cmp(&(b.day.is_none(), b.day, &b.id)));
    Ok(members)
}

fn recluster_key(
    conn: &Connection,
    key: &str,
    touched: &Touched,
    options: &ClusterOptions,
) -> Result<(), StoreError> {
    let members = load_members(conn, key)?;
    let rebuild = touched.rebuild.contains(key);
    if rebuild {
        conn.prepare_cached("DELETE FROM clusters WHERE cluster_key = ?1")?
            .execute([key])?;
    }
    let mut delete = conn.prepare_cached("DELETE FROM clusters WHERE id = ?1")?;
    for group in components(&members, i64::from(options.window_days)) {
        let changed = rebuild
            || group.iter().any(|&i| {
                members[i].cluster_id.is_none() || touched.articles.contains(&members[i].article)
            });
        if !changed {
            continue;
        }
        // Components only grow, so every old cluster of these members is
        // replaced by this one.
        let old: BTreeSet<i64> = group
            .iter()
            .filter_map(|&i| members[i].cluster_id)
            .collect();
        for id in old {
            delete.execute([id])?;
        }
        write_cluster(conn, key, &members, &group)?;
    }
    Ok(())
}

fn write_cluster(
    conn: &Connection,
    key: &str,
    members: &[Member],
    group: &[usize],
) -> Result<(), StoreError> {
    let first = &members[group[0]];
    let cluster_id = id53(&format!("cluster:{}", first.id));
    // Per distinct article: its copies and its source.
    let mut articles: BTreeMap<&str, &Member> = BTreeMap::new();
    for &i in group {
        articles
            .entry(members[i].article.as_str())
            .or_insert(&members[i]);
    }
    let num_articles: i64 = articles.values().map(|m| m.copies).sum();
    let num_sources = articles
        .values()
        .map(|m| m.source.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    let num_mentions: i64 = group
        .iter()
        .map(|&i| members[i].mentions * members[i].copies)
        .sum();
    let confidence = group
        .iter()
        .map(|&i| members[i].confidence)
        .fold(0.0, f64::max);
    let first_report = articles
        .values()
        .min_by(|a, b| (&a.first_copy, &a.article).cmp(&(&b.first_copy, &b.article)))
        .copied()
        .unwrap_or(first);
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
             e.source_actor, coalesce(se.canonical, e.source_text), se.country, se.sector,
             e.target_actor, coalesce(te.canonical, e.target_text), te.country, te.sector,
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
        num_articles,
        first_report.first_url,
        first_report.first_date,
        first_report.article,
        confidence,
        placed,
        first.id
    ])?;
    let mut up = conn.prepare_cached("UPDATE events SET cluster_id = ?1 WHERE id = ?2")?;
    for &i in group {
        if members[i].cluster_id != Some(cluster_id) {
            up.execute(params![cluster_id, members[i].id])?;
        }
    }
    Ok(())
}
