//! Writing documents: one transaction per batch, one savepoint per article.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use warta_core::{Document, EntityType, Geo, TimeType};

use crate::util::{domain, full_date, query_all};
use crate::{Store, StoreError, cluster};

/// What an ingest of a batch did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct IngestReport {
    /// New articles stored.
    pub stored: usize,
    /// Known texts seen at a new URL or path: recorded as a copy, no new events.
    pub copies: usize,
    /// Articles already in the database (same text and location, or same URL): nothing added.
    pub duplicates: usize,
    /// Documents that could not be stored (nothing of them was written).
    pub failed: Vec<ItemFailure>,
}

impl IngestReport {
    /// Adds another batch's counts to this one.
    pub fn merge(&mut self, other: IngestReport) {
        self.stored += other.stored;
        self.copies += other.copies;
        self.duplicates += other.duplicates;
        self.failed.extend(other.failed);
    }
}

/// A document that failed to store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ItemFailure {
    /// Input path of the document.
    pub path: String,
    /// Record inside the input, if any.
    pub record: Option<u64>,
    /// Why.
    pub message: String,
}

/// What writing one document did: the article id, the cluster keys whose
/// clusters must be recomputed, and whether all of a key's clusters must be
/// rebuilt (events were replaced, not only added).
enum Written {
    New(String, Vec<String>),
    Copy(String, Vec<String>, bool),
    Duplicate,
}

impl Store {
    /// Stores a batch of documents in one transaction (each document atomic
    /// on its own savepoint) and updates the clusters they touch. A document
    /// that fails is rolled back alone and listed in [`IngestReport::failed`].
    pub fn ingest(&mut self, docs: &[Document]) -> Result<IngestReport, StoreError> {
        let mut report = IngestReport::default();
        let mut touched = cluster::Touched::default();
        let mut tx = self.conn.transaction()?;
        for doc in docs {
            let outcome = {
                let sp = tx.savepoint()?;
                match write_document(&sp, doc) {
                    // Dropping the savepoint unfinished rolls the document back.
                    Ok(w) => sp.commit().map(|()| w).map_err(StoreError::from),
                    Err(e) => Err(e),
                }
            };
            match outcome {
                Ok(Written::New(aid, keys)) => {
                    report.stored += 1;
                    touched.add(aid, keys, false);
                }
                Ok(Written::Copy(aid, keys, rewritten)) => {
                    report.copies += 1;
                    touched.add(aid, keys, rewritten);
                }
                Ok(Written::Duplicate) => report.duplicates += 1,
                Err(e) => report.failed.push(ItemFailure {
                    path: doc.source.path.clone(),
                    record: doc.source.record,
                    message: e.to_string(),
                }),
            }
        }
        cluster::recluster(&tx, &touched, &self.options.cluster)?;
        tx.commit()?;
        Ok(report)
    }
}

/// Where this copy of a text was seen: its URL, else its path and record.
fn copy_key(doc: &Document) -> String {
    match &doc.source.url {
        Some(u) if !u.is_empty() => u.clone(),
        _ => match doc.source.record {
            Some(r) => format!("file:{}#{r}", doc.source.path),
            None => format!("file:{}", doc.source.path),
        },
    }
}

/// The key that groups events into cluster candidates: PLOVER type, source
/// and target actor (actor code, else the lower-cased name).
pub(crate) fn cluster_key_of(doc: &Document, ev: &warta_core::Event) -> String {
    let actor = |a: &Option<warta_core::ActorRef>| -> String {
        let Some(a) = a else { return String::new() };
        if let Some(code) = a.actor.as_deref().filter(|c| !c.is_empty()) {
            return code.to_string();
        }
        let name = a
            .entity
            .as_deref()
            .and_then(|id| doc.entity(id))
            .map_or(a.text.as_str(), |e| e.canonical.as_str());
        format!("~{}", name.trim().to_lowercase())
    };
    format!("{}|{}|{}", ev.plover, actor(&ev.source), actor(&ev.target))
}

fn validate(doc: &Document) -> Result<(), StoreError> {
    let len = doc.text.chars().count();
    let bad = |what: &str, s: usize, e: usize| StoreError::InvalidDocument {
        id: doc.id.clone(),
        message: format!(
            "{what} span {s}..{e} lies outside the text ({len} code points); re-run `warta extract` on the source"
        ),
    };
    let check = |what: &str, s: usize, e: usize| {
        if s > e || e > len {
            Err(bad(what, s, e))
        } else {
            Ok(())
        }
    };
    for s in &doc.sentences {
        check("sentence", s.start, s.end)?;
    }
    for e in &doc.entities {
        for m in &e.mentions {
            check("entity mention", m.start, m.end)?;
        }
    }
    for t in &doc.times {
        check("time", t.start, t.end)?;
    }
    for q in &doc.quotes {
        check("quote", q.start, q.end)?;
    }
    for s in &doc.sources {
        check("source citation", s.start, s.end)?;
    }
    for ev in &doc.events {
        check("event", ev.start, ev.end)?;
        if ev.plover.trim().is_empty() {
            return Err(StoreError::InvalidDocument {
                id: doc.id.clone(),
                message: format!("event {} has no PLOVER type", ev.id),
            });
        }
    }
    Ok(())
}

fn entity_type(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "PERSON",
        EntityType::Organization => "ORGANIZATION",
        EntityType::Location => "LOCATION",
    }
}

fn time_type(t: TimeType) -> &'static str {
    match t {
        TimeType::Date => "DATE",
        TimeType::Time => "TIME",
        TimeType::Duration => "DURATION",
        TimeType::Set => "SET",
    }
}

fn insert_place(tx: &Connection, g: &Geo) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO places(geonameid, name, country, admin1, lat, lon, feature)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        g.geonameid as i64,
        g.name,
        g.country,
        g.admin1,
        g.lat,
        g.lon,
        g.feature
    ])?;
    Ok(())
}

fn write_document(tx: &Connection, doc: &Document) -> Result<Written, StoreError> {
    validate(doc)?;
    let article_id = Document::content_id(&doc.text);
    let copy = copy_key(doc);
    let copy_known: bool = tx
        .prepare_cached("SELECT 1 FROM article_copies WHERE copy_key = ?1")?
        .query_row([&copy], |_| Ok(()))
        .optional()?
        .is_some();
    if copy_known {
        return Ok(Written::Duplicate);
    }
    let article_known = tx
        .prepare_cached("SELECT 1 FROM articles WHERE id = ?1")?
        .query_row([&article_id], |_| Ok(()))
        .optional()?
        .is_some();
    let mut keys: Vec<String> = doc.events.iter().map(|e| cluster_key_of(doc, e)).collect();
    let mut rewritten = false;
    if !article_known {
        write_article(tx, doc, &article_id, &keys)?;
    } else if precedes_stored_copies(tx, &article_id, doc, &copy)? {
        // The article row always describes its earliest copy (by date, then
        // URL/path), so the final state does not depend on which copy came
        // first: rewrite it from this earlier one.
        let old_keys = delete_article_annotations(tx, &article_id)?;
        write_article(tx, doc, &article_id, &keys)?;
        keys.extend(old_keys);
        rewritten = true;
    }
    let url = doc.source.url.as_deref().filter(|u| !u.is_empty());
    tx.prepare_cached(
        "INSERT INTO article_copies(copy_key, article_id, url, publisher, domain, path, record, date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        copy,
        article_id,
        url,
        doc.source.publisher,
        url.and_then(domain),
        doc.source.path,
        doc.source.record.map(|r| r as i64),
        doc.date
    ])?;
    refresh_copy_summary(tx, &article_id)?;
    Ok(if article_known {
        Written::Copy(article_id, keys, rewritten)
    } else {
        Written::New(article_id, keys)
    })
}

/// Recomputes the article's copy summary (count, first copy, the source it
/// counts as in `num_sources`) from its copies.
fn refresh_copy_summary(tx: &Connection, aid: &str) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE articles SET
             num_copies = (SELECT count(*) FROM article_copies c WHERE c.article_id = articles.id),
             first_copy = f.copy_key, first_url = f.url, first_date = f.date,
             -- A cited wire service is the source; else whoever published the
             -- text first: copies of one text on several sites are one source.
             source_key = CASE WHEN articles.wire IS NOT NULL THEN 'wire:' || articles.wire
                 ELSE coalesce(f.domain, lower(trim(f.publisher)), f.copy_key) END
         FROM (SELECT copy_key, url, date, domain, publisher FROM article_copies
               WHERE article_id = ?1 ORDER BY coalesce(date, '~'), copy_key LIMIT 1) AS f
         WHERE articles.id = ?1",
    )?
    .execute([aid])?;
    Ok(())
}

/// True when this copy sorts before every stored copy of the article.
fn precedes_stored_copies(
    tx: &Connection,
    aid: &str,
    doc: &Document,
    copy: &str,
) -> Result<bool, StoreError> {
    let first: Option<(String, String)> = tx
        .prepare_cached(
            "SELECT coalesce(date, '~'), copy_key FROM article_copies WHERE article_id = ?1
             ORDER BY coalesce(date, '~'), copy_key LIMIT 1",
        )?
        .query_row([aid], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let mine = (
        doc.date.clone().unwrap_or_else(|| "~".into()),
        copy.to_string(),
    );
    Ok(first.is_none_or(|f| mine < f))
}

/// Deletes everything derived from an article's text (not the article row
/// nor its copies); returns the cluster keys its events had.
fn delete_article_annotations(tx: &Connection, aid: &str) -> Result<Vec<String>, StoreError> {
    let keys: Vec<String> = query_all(
        tx,
        "SELECT DISTINCT cluster_key FROM events WHERE article_id = ?1",
        [aid],
        |r| r.get(0),
    )?;
    for sql in [
        "DELETE FROM event_mentions WHERE event_id IN (SELECT id FROM events WHERE article_id = ?1)",
        "DELETE FROM events WHERE article_id = ?1",
        "DELETE FROM entity_mentions WHERE entity_id IN (SELECT id FROM entities WHERE article_id = ?1)",
        "DELETE FROM entities WHERE article_id = ?1",
        "DELETE FROM quotes WHERE article_id = ?1",
        "DELETE FROM sources WHERE article_id = ?1",
        "DELETE FROM times WHERE article_id = ?1",
        "DELETE FROM sentences WHERE article_id = ?1",
        // External-content FTS5 tables are told what to forget with the old values.
        "INSERT INTO articles_fts(articles_fts, rowid, title, text)
         SELECT 'delete', rowid, title, text FROM articles WHERE id = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([aid])?;
    }
    Ok(keys)
}

fn write_article(
    tx: &Connection,
    doc: &Document,
    aid: &str,
    keys: &[String],
) -> Result<(), StoreError> {
    // The story's wire service: the first story-wide citation in text order.
    let wire = doc
        .sources
        .iter()
        .min_by_key(|s| s.start)
        .map(|s| s.name.trim().to_lowercase())
        .filter(|s| !s.is_empty());
    let mut stored = doc.clone();
    stored.text = String::new();
    stored.tokens.clear();
    let date_source = serde_json::to_value(doc.date_source)?;
    tx.prepare_cached(
        "INSERT INTO articles(id, url, title, publisher, path, format, record, language,
             language_confidence, date, date_source, wire, text, doc_json)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
         ON CONFLICT(id) DO UPDATE SET url = excluded.url, title = excluded.title,
             publisher = excluded.publisher, path = excluded.path, format = excluded.format,
             record = excluded.record, language = excluded.language,
             language_confidence = excluded.language_confidence, date = excluded.date,
             date_source = excluded.date_source, wire = excluded.wire, doc_json = excluded.doc_json",
    )?
    .execute(params![
        aid,
        doc.source.url,
        doc.source.title,
        doc.source.publisher,
        doc.source.path,
        doc.source.format,
        doc.source.record.map(|r| r as i64),
        doc.language.code,
        doc.language.confidence as f64,
        doc.date,
        date_source.as_str().unwrap_or("none"),
        wire,
        doc.text,
        serde_json::to_string(&stored)?
    ])?;
    tx.prepare_cached(
        "INSERT INTO articles_fts(rowid, title, text)
         SELECT rowid, title, text FROM articles WHERE id = ?1",
    )?
    .execute([aid])?;
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO sentences(article_id, idx, start, \"end\") VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (i, s) in doc.sentences.iter().enumerate() {
            st.execute(params![aid, i as i64, s.start as i64, s.end as i64])?;
        }
    }
    write_entities(tx, doc, aid)?;
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO times(article_id, idx, start, \"end\", text, sentence, type, value,
                 anchor, modifier, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (i, t) in doc.times.iter().enumerate() {
            st.execute(params![
                aid,
                i as i64,
                t.start as i64,
                t.end as i64,
                t.text,
                t.sentence as i64,
                time_type(t.kind),
                t.value,
                t.anchor,
                t.modifier,
                t.rule
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO quotes(id, article_id, local_id, start, \"end\", text, direct,
                 speaker_entity, speaker_name, speaker_role, verb, via, sentence, rule)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        for (i, q) in doc.quotes.iter().enumerate() {
            let local = if q.id.is_empty() {
                format!("Q{}", i + 1)
            } else {
                q.id.clone()
            };
            st.execute(params![
                format!("{aid}:{local}"),
                aid,
                local,
                q.start as i64,
                q.end as i64,
                q.text,
                q.direct,
                q.speaker.as_ref().map(|s| format!("{aid}:{s}")),
                q.speaker_name,
                q.speaker_role,
                q.verb,
                serde_json::to_string(&q.via)?,
                q.sentence as i64,
                q.rule
            ])?;
        }
    }
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO sources(article_id, idx, name, entity_id, start, \"end\", text, sentence, rule)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (i, s) in doc.sources.iter().enumerate() {
            st.execute(params![
                aid,
                i as i64,
                s.name,
                s.entity.as_ref().map(|e| format!("{aid}:{e}")),
                s.start as i64,
                s.end as i64,
                s.text,
                s.sentence as i64,
                s.rule
            ])?;
        }
    }
    write_events(tx, doc, aid, keys)
}

fn write_entities(tx: &Connection, doc: &Document, aid: &str) -> Result<(), StoreError> {
    let mut st = tx.prepare_cached(
        "INSERT INTO entities(id, article_id, local_id, type, canonical, role, country, sector,
             actor, geonameid, rule, num_mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let mut mst = tx.prepare_cached(
        "INSERT INTO entity_mentions(entity_id, idx, start, \"end\", text, sentence, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for e in &doc.entities {
        if let Some(g) = &e.geo {
            insert_place(tx, g)?;
        }
        let eid = format!("{aid}:{}", e.id);
        st.execute(params![
            eid,
            aid,
            e.id,
            entity_type(e.kind),
            e.canonical,
            e.role,
            e.country,
            e.sector,
            e.actor,
            e.geo.as_ref().map(|g| g.geonameid as i64),
            e.rule,
            e.mentions.len() as i64
        ])
        .map_err(|err| duplicate_hint(err, doc, "entity", &e.id))?;
        for (i, m) in e.mentions.iter().enumerate() {
            mst.execute(params![
                eid,
                i as i64,
                m.start as i64,
                m.end as i64,
                m.text,
                m.sentence as i64,
                m.rule
            ])?;
        }
    }
    Ok(())
}

fn write_events(
    tx: &Connection,
    doc: &Document,
    aid: &str,
    keys: &[String],
) -> Result<(), StoreError> {
    let mut st = tx.prepare_cached(
        "INSERT INTO events(id, article_id, local_id, plover, mode, context, aux, cameo, quad,
             goldstein, source_entity, source_actor, source_text, target_entity, target_actor,
             target_text, date, event_date, place_entity, place_name, geonameid, sentence,
             start, \"end\", trigger, claimed_by, rule, confidence, num_mentions, cluster_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
             ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)",
    )?;
    let mut mst = tx.prepare_cached(
        "INSERT INTO event_mentions(event_id, idx, sentence, start, \"end\", trigger, rule)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (ev, key) in doc.events.iter().zip(keys) {
        let place_geo = ev.place.as_ref().and_then(|p| {
            p.geo.clone().or_else(|| {
                p.entity
                    .as_deref()
                    .and_then(|id| doc.entity(id))
                    .and_then(|e| e.geo.clone())
            })
        });
        if let Some(g) = &place_geo {
            insert_place(tx, g)?;
        }
        // The event's own date when it is a full calendar date, else the article's.
        let event_date = ev
            .date
            .as_deref()
            .and_then(full_date)
            .or_else(|| doc.date.as_deref().and_then(full_date));
        let ent = |id: &Option<String>| id.as_ref().map(|e| format!("{aid}:{e}"));
        let eid = format!("{aid}:{}", ev.id);
        st.execute(params![
            eid,
            aid,
            ev.id,
            ev.plover,
            ev.mode,
            serde_json::to_string(&ev.context)?,
            serde_json::to_string(&ev.aux)?,
            ev.cameo,
            ev.quad,
            ev.score.map(f64::from),
            ev.source.as_ref().and_then(|a| ent(&a.entity)),
            ev.source.as_ref().and_then(|a| a.actor.clone()),
            ev.source.as_ref().map(|a| a.text.clone()),
            ev.target.as_ref().and_then(|a| ent(&a.entity)),
            ev.target.as_ref().and_then(|a| a.actor.clone()),
            ev.target.as_ref().map(|a| a.text.clone()),
            ev.date,
            event_date,
            ev.place.as_ref().and_then(|p| ent(&p.entity)),
            ev.place.as_ref().map(|p| p.name.clone()),
            place_geo.as_ref().map(|g| g.geonameid as i64),
            ev.sentence as i64,
            ev.start as i64,
            ev.end as i64,
            ev.trigger,
            ev.claimed_by
                .as_ref()
                .map(serde_json::to_string)
                .transpose()?,
            ev.rule,
            ev.confidence as f64,
            1 + ev.mentions.len() as i64,
            key
        ])
        .map_err(|err| duplicate_hint(err, doc, "event", &ev.id))?;
        mst.execute(params![
            eid,
            0i64,
            ev.sentence as i64,
            ev.start as i64,
            ev.end as i64,
            ev.trigger,
            ev.rule
        ])?;
        for (i, m) in ev.mentions.iter().enumerate() {
            mst.execute(params![
                eid,
                i as i64 + 1,
                m.sentence as i64,
                m.start as i64,
                m.end as i64,
                m.trigger,
                m.rule
            ])?;
        }
    }
    Ok(())
}

/// Turns a primary-key clash into a message naming the duplicated local id.
fn duplicate_hint(err: rusqlite::Error, doc: &Document, what: &str, id: &str) -> StoreError {
    if let rusqlite::Error::SqliteFailure(e, _) = &err
        && e.code == rusqlite::ErrorCode::ConstraintViolation
    {
        return StoreError::InvalidDocument {
            id: doc.id.clone(),
            message: format!("{what} id `{id}` appears twice in the document; ids must be unique"),
        };
    }
    StoreError::Sql(err)
}
