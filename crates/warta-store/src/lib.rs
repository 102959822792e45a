//! # warta-store
//!
//! The embedded event database: articles and everything warta extracted from
//! them in one SQLite file, cross-article event clustering, a read API for the
//! HTTP server, and exports (GDELT 2.0 Events/Mentions/GKG, PLOVER JSONL, CSV).
//!
//! ```no_run
//! use warta_store::{Store, StoreOptions, EventFilter};
//! let mut store = Store::open("warta.db", StoreOptions::default())?;
//! # let docs: Vec<warta_core::Document> = Vec::new();
//! let report = store.ingest(&docs)?;
//! let page = store.list_events(&EventFilter { plover: Some("CONSULT".into()), ..Default::default() })?;
//! # Ok::<(), warta_store::StoreError>(())
//! ```
//!
//! ## Design
//!
//! * **Deterministic ids.** Every row id is derived from content: an article is
//!   the XXH3 hash of its text, entities/events are `article:E1`, a cluster is
//!   a hash of its earliest member's id. Two databases built from the same
//!   articles are identical row for row, whatever the order, the batching or
//!   an interruption in between (see `docs/store.md`).
//! * **One transaction per batch, one savepoint per article.** An article and
//!   everything derived from it (sentences, entities, events, the clusters it
//!   touches) are written together or not at all; a failing article is rolled
//!   back to its savepoint and reported, the rest of the batch is kept.
//! * **Clusters are a function of the stored events.** After each batch the
//!   clusters of every key the batch touched are recomputed from scratch (see
//!   [`cluster`]), so the final state never depends on arrival order.
//! * **Full-text search with SQLite FTS5, not tantivy.** FTS5 is compiled into
//!   the bundled SQLite we already build (zero extra build time or binary
//!   size), lives in the same file and, above all, is written in the same
//!   transaction as the article: a crash can never leave the index and the
//!   tables disagreeing. tantivy ranks better and scales further, but would
//!   need its own directory, its own commit protocol and a recovery step to
//!   reconcile the two stores after a crash; for the corpus sizes of one
//!   analyst's machine FTS5's BM25 is plenty.
//!
//! A [`Store`] is `Send` but not `Sync` (it owns one SQLite connection): a
//! server opens one per worker thread with [`Store::open_read_only`], which
//! is cheap, and WAL mode lets those readers run while `warta ingest` writes.

pub mod cluster;
mod dump;
mod error;
pub mod export;
mod ingest;
pub mod query;
mod schema;
mod util;

pub use cluster::ClusterOptions;
pub use error::StoreError;
pub use export::ExportFormat;
pub use ingest::{IngestReport, ItemFailure};
pub use query::{
    ActorCount, ArticleHit, ArticleRecord, Dyad, EntitySummary, EventDetail, EventFilter,
    EventMentionRecord, EventSort, EventSummary, Page, StoreStats, TimelineGroup, TimelinePoint,
};
pub use schema::SCHEMA_VERSION;

use std::path::Path;

use rusqlite::Connection;

/// Options for opening a [`Store`].
#[derive(Debug, Clone, Default)]
pub struct StoreOptions {
    /// Clustering parameters. When they differ from the ones the database was
    /// built with, every cluster is recomputed on open.
    pub cluster: ClusterOptions,
}

/// An open warta database.
pub struct Store {
    conn: Connection,
    options: StoreOptions,
}

impl Store {
    /// Opens (creating and migrating if needed) the database at `path`.
    pub fn open(path: impl AsRef<Path>, options: StoreOptions) -> Result<Self, StoreError> {
        let path = path.as_ref();
        let conn = Connection::open(path).map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            source: e,
        })?;
        Self::with_connection(conn, options)
    }

    /// An in-memory database (for tests and one-shot exports).
    pub fn open_in_memory(options: StoreOptions) -> Result<Self, StoreError> {
        let conn = Connection::open_in_memory()?;
        Self::with_connection(conn, options)
    }

    /// Opens an existing database read-only (no migration, no reclustering).
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        if !path.exists() {
            return Err(StoreError::Missing(path.display().to_string()));
        }
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| StoreError::Open {
                path: path.display().to_string(),
                source: e,
            })?;
        schema::check_version(&conn)?;
        let window = schema::stored_window(&conn)?.unwrap_or_default();
        Ok(Self {
            conn,
            options: StoreOptions {
                cluster: ClusterOptions {
                    window_days: window,
                },
            },
        })
    }

    fn with_connection(conn: Connection, options: StoreOptions) -> Result<Self, StoreError> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers (the API server) never block the writer; NORMAL sync is
        // durable against process crashes, which is what `kill -9` tests.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // A page cache large enough for a batch's working set, and the
        // per-article savepoint journals in memory: without these, ingest
        // spends its time spilling pages to disk (measured: 3x slower).
        conn.pragma_update(None, "cache_size", -65_536)?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // Checkpoint the WAL every ~64 MB rather than every 4 MB: a batch
        // writes several MB, and checkpointing after each one doubled the I/O.
        conn.pragma_update(None, "wal_autocheckpoint", 16_384)?;
        conn.set_prepared_statement_cache_capacity(64);
        schema::migrate(&conn)?;
        let mut store = Self { conn, options };
        let stored = schema::stored_window(&store.conn)?;
        if stored != Some(store.options.cluster.window_days) {
            store.recluster_all()?;
        }
        Ok(store)
    }

    /// The options this store clusters with.
    pub fn options(&self) -> &StoreOptions {
        &self.options
    }

    /// The underlying connection, for ad-hoc read queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Recomputes every cluster from the stored events (after a change of
    /// [`ClusterOptions`]).
    pub fn recluster_all(&mut self) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let keys: Vec<String> =
            util::query_all(&tx, "SELECT DISTINCT cluster_key FROM events", [], |r| {
                r.get(0)
            })?;
        tx.execute("DELETE FROM clusters", [])?;
        cluster::recluster(
            &tx,
            &cluster::Touched::rebuild_all(keys),
            &self.options.cluster,
        )?;
        schema::set_window(&tx, self.options.cluster.window_days)?;
        tx.commit()?;
        Ok(())
    }
}
