//! The read API: everything the HTTP server and the exports ask of the store.
//! All results are plain serde-serializable structs, so an API layer only
//! parses parameters and serializes answers.

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, Row, params_from_iter};
use warta_core::Document;

use crate::util::query_all;
use crate::{Store, StoreError};

mod types;

pub use types::*;

pub(crate) const SUMMARY_COLUMNS: &str = "c.id, c.plover, c.mode, c.cameo, c.quad, c.goldstein,
    c.source_actor, c.source_name, c.source_country, c.target_actor, c.target_name,
    c.target_country, c.date, c.last_date, c.place_name, c.geonameid, c.place_country,
    c.lat, c.lon, c.num_mentions, c.num_sources, c.num_articles, c.first_url, c.first_date,
    c.first_article_id, c.confidence";

pub(crate) fn summary_from_row(r: &Row) -> rusqlite::Result<EventSummary> {
    Ok(EventSummary {
        id: r.get(0)?,
        plover: r.get(1)?,
        mode: r.get(2)?,
        cameo: r.get(3)?,
        quad: r.get(4)?,
        goldstein: r.get(5)?,
        source_actor: r.get(6)?,
        source_name: r.get(7)?,
        source_country: r.get(8)?,
        target_actor: r.get(9)?,
        target_name: r.get(10)?,
        target_country: r.get(11)?,
        date: r.get(12)?,
        last_date: r.get(13)?,
        place_name: r.get(14)?,
        geonameid: r.get(15)?,
        place_country: r.get(16)?,
        lat: r.get(17)?,
        lon: r.get(18)?,
        num_mentions: r.get(19)?,
        num_sources: r.get(20)?,
        num_articles: r.get(21)?,
        first_url: r.get(22)?,
        first_date: r.get(23)?,
        first_article_id: r.get(24)?,
        confidence: r.get(25)?,
    })
}

/// `WHERE` clause (over `clusters c`) and its parameters for a filter.
fn where_clause(f: &EventFilter) -> (String, Vec<Value>) {
    let mut conds: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let arg = |v: Value, args: &mut Vec<Value>| {
        args.push(v);
        format!("?{}", args.len())
    };
    if let Some(a) = f.actor.as_deref().filter(|s| !s.is_empty()) {
        let p = arg(Value::Text(a.to_string()), &mut args);
        conds.push(format!(
            "(c.source_actor = {p} COLLATE NOCASE OR c.target_actor = {p} COLLATE NOCASE
              OR c.source_name = {p} COLLATE NOCASE OR c.target_name = {p} COLLATE NOCASE)"
        ));
    }
    if let Some(cc) = f.country.as_deref().filter(|s| !s.is_empty()) {
        let p = arg(Value::Text(cc.to_uppercase()), &mut args);
        conds.push(format!(
            "(c.source_country = {p} OR c.target_country = {p} OR c.place_country = {p})"
        ));
    }
    if let Some(t) = f.plover.as_deref().filter(|s| !s.is_empty()) {
        let p = arg(Value::Text(t.to_uppercase()), &mut args);
        conds.push(format!("c.plover = {p}"));
    }
    if let Some(q) = f.quad {
        let p = arg(Value::Integer(i64::from(q)), &mut args);
        conds.push(format!("c.quad = {p}"));
    }
    if let Some(d) = &f.date_from {
        let p = arg(Value::Text(d.clone()), &mut args);
        conds.push(format!("c.date >= {p}"));
    }
    if let Some(d) = &f.date_to {
        let p = arg(Value::Text(d.clone()), &mut args);
        conds.push(format!("c.date <= {p}"));
    }
    if let Some([min_lon, min_lat, max_lon, max_lat]) = f.bbox {
        let a = arg(Value::Real(min_lat), &mut args);
        let b = arg(Value::Real(max_lat), &mut args);
        let c = arg(Value::Real(min_lon), &mut args);
        let d = arg(Value::Real(max_lon), &mut args);
        conds.push(format!(
            "c.lat BETWEEN {a} AND {b} AND c.lon BETWEEN {c} AND {d}"
        ));
    }
    if let Some(q) = f.q.as_deref().filter(|s| !s.trim().is_empty()) {
        let p = arg(Value::Text(fts_query(q)), &mut args);
        conds.push(format!(
            "c.id IN (SELECT e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id
                      WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH {p}))"
        ));
    }
    let sql = if conds.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", conds.join(" AND "))
    };
    (sql, args)
}

/// Makes free text safe for FTS5: each word becomes a quoted term, so
/// punctuation in user input cannot be a syntax error.
fn fts_query(q: &str) -> String {
    q.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

fn page_bounds(limit: Option<u32>, offset: Option<u32>) -> (u32, u32) {
    (limit.unwrap_or(50).clamp(1, 1000), offset.unwrap_or(0))
}

impl Store {
    /// Clustered events matching `filter`, one page.
    pub fn list_events(&self, filter: &EventFilter) -> Result<Page<EventSummary>, StoreError> {
        let (wh, args) = where_clause(filter);
        let (limit, offset) = page_bounds(filter.limit, filter.offset);
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM clusters c {wh}"),
            params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let order = match filter.sort {
            EventSort::DateDesc => "c.date DESC, c.id",
            EventSort::DateAsc => "c.date ASC, c.id",
            EventSort::Mentions => "c.num_mentions DESC, c.date DESC, c.id",
            EventSort::Sources => "c.num_sources DESC, c.date DESC, c.id",
        };
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM clusters c {wh} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
        );
        let items = query_all(
            &self.conn,
            &sql,
            params_from_iter(args.iter()),
            summary_from_row,
        )?;
        Ok(Page {
            total: total as u64,
            limit,
            offset,
            items,
        })
    }

    /// One clustered event with all its mentions and their provenance.
    pub fn event(&self, id: i64) -> Result<Option<EventDetail>, StoreError> {
        let Some(event) = self
            .conn
            .query_row(
                &format!("SELECT {SUMMARY_COLUMNS} FROM clusters c WHERE c.id = ?1"),
                [id],
                summary_from_row,
            )
            .optional()?
        else {
            return Ok(None);
        };
        let mentions = self.event_mentions(id)?;
        Ok(Some(EventDetail { event, mentions }))
    }

    /// The mentions (event records) of a clustered event, earliest article first.
    pub fn event_mentions(&self, cluster_id: i64) -> Result<Vec<EventMentionRecord>, StoreError> {
        query_all(
            &self.conn,
            "SELECT e.id, e.article_id, a.url, a.title, a.publisher, a.date, e.sentence, e.start,
                 e.\"end\", substr(a.text, s.start + 1, s.\"end\" - s.start), e.trigger, e.rule,
                 e.confidence, e.date, e.claimed_by, e.source_text, e.target_text
             FROM events e JOIN articles a ON a.id = e.article_id
             LEFT JOIN sentences s ON s.article_id = e.article_id AND s.idx = e.sentence
             WHERE e.cluster_id = ?1
             ORDER BY coalesce(a.date, '~'), e.id",
            [cluster_id],
            |r| {
                let claim: Option<String> = r.get(14)?;
                Ok(EventMentionRecord {
                    event_id: r.get(0)?,
                    article_id: r.get(1)?,
                    url: r.get(2)?,
                    title: r.get(3)?,
                    publisher: r.get(4)?,
                    article_date: r.get(5)?,
                    sentence: r.get(6)?,
                    start: r.get(7)?,
                    end: r.get(8)?,
                    sentence_text: r.get::<_, Option<String>>(9)?.unwrap_or_default(),
                    trigger: r.get(10)?,
                    rule: r.get(11)?,
                    confidence: r.get(12)?,
                    date: r.get(13)?,
                    claimed_by: claim.and_then(|c| serde_json::from_str(&c).ok()),
                    source_text: r.get(15)?,
                    target_text: r.get(16)?,
                })
            },
        )
    }

    /// Entities whose canonical name contains `q` (case-insensitive),
    /// aggregated over articles, most mentioned first.
    pub fn search_entities(&self, q: &str, limit: u32) -> Result<Vec<EntitySummary>, StoreError> {
        let pattern = format!(
            "%{}%",
            q.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        query_all(
            &self.conn,
            "SELECT canonical, type, max(actor), max(country), max(role),
                 count(DISTINCT article_id), sum(num_mentions)
             FROM entities WHERE canonical LIKE ?1 ESCAPE '\\'
             GROUP BY canonical COLLATE NOCASE, type
             ORDER BY sum(num_mentions) DESC, canonical LIMIT ?2",
            rusqlite::params![pattern, limit.clamp(1, 1000)],
            |r| {
                Ok(EntitySummary {
                    canonical: r.get(0)?,
                    kind: r.get(1)?,
                    actor: r.get(2)?,
                    country: r.get(3)?,
                    role: r.get(4)?,
                    articles: r.get(5)?,
                    mentions: r.get(6)?,
                })
            },
        )
    }

    /// Actors taking part in the most clustered events matching `filter`.
    pub fn top_actors(
        &self,
        filter: &EventFilter,
        limit: u32,
    ) -> Result<Vec<ActorCount>, StoreError> {
        let (wh, mut args) = where_clause(filter);
        args.push(Value::Integer(i64::from(limit.clamp(1, 1000))));
        let sql = format!(
            "WITH f AS (SELECT c.* FROM clusters c {wh}),
                  a AS (SELECT source_actor AS actor, source_name AS name, num_mentions FROM f
                        WHERE source_actor IS NOT NULL
                        UNION ALL
                        SELECT target_actor, target_name, num_mentions FROM f
                        WHERE target_actor IS NOT NULL)
             SELECT actor, max(name), count(*), sum(num_mentions) FROM a
             GROUP BY actor ORDER BY count(*) DESC, actor LIMIT ?{}",
            args.len()
        );
        query_all(&self.conn, &sql, params_from_iter(args.iter()), |r| {
            Ok(ActorCount {
                actor: r.get(0)?,
                name: r.get(1)?,
                events: r.get(2)?,
                mentions: r.get(3)?,
            })
        })
    }

    /// One article with every annotation, as `warta extract` printed it.
    pub fn article(&self, id: &str) -> Result<Option<ArticleRecord>, StoreError> {
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT text, doc_json FROM articles WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((text, json)) = row else {
            return Ok(None);
        };
        let mut document: Document = serde_json::from_str(&json)?;
        document.text = text;
        let copies = query_all(
            &self.conn,
            "SELECT copy_key FROM article_copies WHERE article_id = ?1 ORDER BY copy_key",
            [id],
            |r| r.get(0),
        )?;
        let event_ids = query_all(
            &self.conn,
            "SELECT DISTINCT cluster_id FROM events WHERE article_id = ?1 AND cluster_id IS NOT NULL ORDER BY cluster_id",
            [id],
            |r| r.get(0),
        )?;
        Ok(Some(ArticleRecord {
            id: id.to_string(),
            document,
            copies,
            event_ids,
        }))
    }

    /// Full-text search over article titles and texts, best match first.
    pub fn search_articles(
        &self,
        q: &str,
        limit: Option<u32>,
        offset: Option<u32>,
    ) -> Result<Page<ArticleHit>, StoreError> {
        let (limit, offset) = page_bounds(limit, offset);
        let query = fts_query(q);
        if query.is_empty() {
            return Ok(Page {
                total: 0,
                limit,
                offset,
                items: Vec::new(),
            });
        }
        let total: i64 = self.conn.query_row(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1",
            [&query],
            |r| r.get(0),
        )?;
        let items = query_all(
            &self.conn,
            "SELECT a.id, a.title, a.url, a.publisher, a.date, a.language,
                 snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts)
             FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
             WHERE articles_fts MATCH ?1
             ORDER BY bm25(articles_fts), a.id LIMIT ?2 OFFSET ?3",
            rusqlite::params![query, limit, offset],
            |r| {
                Ok(ArticleHit {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    url: r.get(2)?,
                    publisher: r.get(3)?,
                    date: r.get(4)?,
                    language: r.get(5)?,
                    snippet: r.get(6)?,
                    rank: r.get(7)?,
                })
            },
        )?;
        Ok(Page {
            total: total as u64,
            limit,
            offset,
            items,
        })
    }

    /// Clustered events per day and quad class (or PLOVER type).
    pub fn timeline(
        &self,
        filter: &EventFilter,
        group: TimelineGroup,
    ) -> Result<Vec<TimelinePoint>, StoreError> {
        let (wh, args) = where_clause(filter);
        let col = match group {
            TimelineGroup::Quad => "coalesce(CAST(c.quad AS TEXT), '')",
            TimelineGroup::Plover => "c.plover",
        };
        let cond = if wh.is_empty() {
            "WHERE c.date IS NOT NULL".to_string()
        } else {
            format!("{wh} AND c.date IS NOT NULL")
        };
        let sql = format!(
            "SELECT c.date, {col}, count(*), sum(c.num_mentions) FROM clusters c {cond}
             GROUP BY c.date, {col} ORDER BY c.date, {col}"
        );
        query_all(&self.conn, &sql, params_from_iter(args.iter()), |r| {
            Ok(TimelinePoint {
                date: r.get(0)?,
                group: r.get(1)?,
                events: r.get(2)?,
                mentions: r.get(3)?,
            })
        })
    }

    /// Source -> target dyads of the clustered events matching `filter`,
    /// busiest first.
    pub fn network(&self, filter: &EventFilter, limit: u32) -> Result<Vec<Dyad>, StoreError> {
        let (wh, mut args) = where_clause(filter);
        let cond = if wh.is_empty() {
            "WHERE".to_string()
        } else {
            format!("{wh} AND")
        };
        args.push(Value::Integer(i64::from(limit.clamp(1, 10_000))));
        let sql = format!(
            "SELECT coalesce(c.source_actor, c.source_name) AS s, coalesce(c.target_actor, c.target_name) AS t,
                 count(*), sum(c.num_mentions), avg(c.goldstein)
             FROM clusters c {cond} s IS NOT NULL AND t IS NOT NULL
             GROUP BY s, t ORDER BY count(*) DESC, s, t LIMIT ?{}",
            args.len()
        );
        query_all(&self.conn, &sql, params_from_iter(args.iter()), |r| {
            Ok(Dyad {
                source: r.get(0)?,
                target: r.get(1)?,
                events: r.get(2)?,
                mentions: r.get(3)?,
                goldstein: r.get(4)?,
            })
        })
    }

    /// Row counts of the main tables.
    pub fn stats(&self) -> Result<StoreStats, StoreError> {
        let count = |t: &str| -> Result<i64, StoreError> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?)
        };
        Ok(StoreStats {
            articles: count("articles")?,
            copies: count("article_copies")?,
            entities: count("entities")?,
            events: count("events")?,
            clusters: count("clusters")?,
            quotes: count("quotes")?,
        })
    }
}
