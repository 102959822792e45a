//! Schema creation and explicit, numbered migrations (`PRAGMA user_version`).
//!
//! `docs/store.md` documents every table. To change the schema, append a
//! migration to [`MIGRATIONS`]; never edit one that has shipped.

use rusqlite::{Connection, OptionalExtension, params};

use crate::StoreError;

/// Schema version this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = 1;

/// Migration `i` brings a database from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[V1];

const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
    id                  TEXT PRIMARY KEY,
    url                 TEXT,
    title               TEXT,
    publisher           TEXT,
    path                TEXT NOT NULL,
    format              TEXT NOT NULL,
    record              INTEGER,
    language            TEXT NOT NULL,
    language_confidence REAL NOT NULL,
    date                TEXT,
    date_source         TEXT NOT NULL,
    wire                TEXT,
    source_key          TEXT,
    num_copies          INTEGER NOT NULL DEFAULT 0,
    first_copy          TEXT,
    first_url           TEXT,
    first_date          TEXT,
    text                TEXT NOT NULL,
    doc_json            TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
-- Covers the clustering query's per-article lookups.
CREATE INDEX articles_copy_summary ON articles(id, source_key, num_copies, first_date,
    first_copy, first_url);

CREATE TABLE article_copies (
    copy_key   TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    url        TEXT,
    publisher  TEXT,
    domain     TEXT,
    path       TEXT NOT NULL,
    record     INTEGER,
    date       TEXT
) WITHOUT ROWID;
CREATE INDEX article_copies_article ON article_copies(article_id);
CREATE INDEX article_copies_url ON article_copies(url);

CREATE TABLE sentences (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    country   TEXT NOT NULL,
    admin1    TEXT,
    lat       REAL NOT NULL,
    lon       REAL NOT NULL,
    feature   TEXT NOT NULL
);

CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id   TEXT NOT NULL,
    type       TEXT NOT NULL,
    canonical  TEXT NOT NULL,
    role       TEXT,
    country    TEXT,
    sector     TEXT,
    actor      TEXT,
    geonameid  INTEGER REFERENCES places(geonameid),
    rule       TEXT NOT NULL,
    num_mentions INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_canonical ON entities(canonical COLLATE NOCASE);
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE entity_mentions (
    entity_id TEXT NOT NULL REFERENCES entities(id),
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    sentence  INTEGER NOT NULL,
    rule      TEXT NOT NULL,
    PRIMARY KEY (entity_id, idx)
) WITHOUT ROWID;

CREATE TABLE times (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sentence   INTEGER NOT NULL,
    type       TEXT NOT NULL,
    value      TEXT NOT NULL,
    anchor     TEXT,
    modifier   TEXT,
    rule       TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE quotes (
    id             TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id),
    local_id       TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           TEXT NOT NULL,
    direct         INTEGER NOT NULL,
    speaker_entity TEXT,
    speaker_name   TEXT,
    speaker_role   TEXT,
    verb           TEXT,
    via            TEXT NOT NULL,
    sentence       INTEGER NOT NULL,
    rule           TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);

CREATE TABLE sources (
    article_id TEXT NOT NULL REFERENCES articles(id),
    idx        INTEGER NOT NULL,
    name       TEXT NOT NULL,
    entity_id  TEXT,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    sentence   INTEGER NOT NULL,
    rule       TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id),
    local_id       TEXT NOT NULL,
    plover         TEXT NOT NULL,
    mode           TEXT,
    context        TEXT NOT NULL,
    aux            TEXT NOT NULL,
    cameo          TEXT,
    quad           INTEGER,
    goldstein      REAL,
    source_entity  TEXT,
    source_actor   TEXT,
    source_text    TEXT,
    target_entity  TEXT,
    target_actor   TEXT,
    target_text    TEXT,
    date           TEXT,
    event_date     TEXT,
    place_entity   TEXT,
    place_name     TEXT,
    geonameid      INTEGER REFERENCES places(geonameid),
    sentence       INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    trigger        TEXT NOT NULL,
    claimed_by     TEXT,
    rule           TEXT NOT NULL,
    confidence     REAL NOT NULL,
    num_mentions   INTEGER NOT NULL,
    cluster_key    TEXT NOT NULL,
    cluster_id     INTEGER
) WITHOUT ROWID;
CREATE INDEX events_article ON events(article_id);
-- Covers the clustering query, which reads every event of a key per batch.
CREATE INDEX events_cluster_key ON events(cluster_key, event_date, geonameid, place_name,
    num_mentions, confidence, cluster_id, article_id);
CREATE INDEX events_cluster ON events(cluster_id);

CREATE TABLE event_mentions (
    event_id TEXT NOT NULL REFERENCES events(id),
    idx      INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    trigger  TEXT NOT NULL,
    rule     TEXT NOT NULL,
    PRIMARY KEY (event_id, idx)
) WITHOUT ROWID;

CREATE TABLE clusters (
    id               INTEGER PRIMARY KEY,
    cluster_key      TEXT NOT NULL,
    plover           TEXT NOT NULL,
    mode             TEXT,
    cameo            TEXT,
    quad             INTEGER,
    goldstein        REAL,
    source_actor     TEXT,
    source_name      TEXT,
    source_country   TEXT,
    source_sector    TEXT,
    target_actor     TEXT,
    target_name      TEXT,
    target_country   TEXT,
    target_sector    TEXT,
    date             TEXT,
    last_date        TEXT,
    place_name       TEXT,
    geonameid        INTEGER,
    place_country    TEXT,
    place_admin1     TEXT,
    place_feature    TEXT,
    lat              REAL,
    lon              REAL,
    num_mentions     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    first_url        TEXT,
    first_date       TEXT,
    first_article_id TEXT NOT NULL,
    first_event_id   TEXT NOT NULL,
    confidence       REAL NOT NULL
);
CREATE INDEX clusters_key ON clusters(cluster_key);
CREATE INDEX clusters_date ON clusters(date);
CREATE INDEX clusters_plover_date ON clusters(plover, date);
CREATE INDEX clusters_quad_date ON clusters(quad, date);
CREATE INDEX clusters_source ON clusters(source_actor);
CREATE INDEX clusters_target ON clusters(target_actor);
CREATE INDEX clusters_source_country ON clusters(source_country);
CREATE INDEX clusters_target_country ON clusters(target_country);
CREATE INDEX clusters_place_country ON clusters(place_country);
CREATE INDEX clusters_latlon ON clusters(lat, lon);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
"#;

/// Brings the database to [`SCHEMA_VERSION`], one migration per transaction.
pub(crate) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let mut version = check_version(conn)?;
    while version < SCHEMA_VERSION {
        let sql = MIGRATIONS[version as usize];
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {sql}; PRAGMA user_version = {}; COMMIT;",
            version + 1
        ))?;
        version += 1;
    }
    Ok(())
}

/// The file's schema version, refusing files newer than this build.
pub(crate) fn check_version(conn: &Connection) -> Result<i64, StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(version)
}

/// The clustering window the clusters were computed with, if any.
pub(crate) fn stored_window(conn: &Connection) -> Result<Option<u32>, StoreError> {
    let v: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'cluster_window_days'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(v.and_then(|s| s.parse().ok()))
}

/// Records the clustering window.
pub(crate) fn set_window(conn: &Connection, days: u32) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('cluster_window_days', ?1)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![days.to_string()],
    )?;
    Ok(())
}
