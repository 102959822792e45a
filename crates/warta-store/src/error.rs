//! Store errors.

/// What went wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database file could not be opened.
    #[error("cannot open database {path}: {source} (check the path and its permissions)")]
    Open {
        /// Database path.
        path: String,
        /// SQLite's error.
        source: rusqlite::Error,
    },
    /// A read-only open of a file that does not exist.
    #[error("database {0} does not exist; create it with `warta ingest --db {0} ...`")]
    Missing(String),
    /// The database was written by a newer warta.
    #[error(
        "database schema version {found} is newer than this warta supports ({supported}); upgrade warta"
    )]
    TooNew {
        /// Version in the file.
        found: i64,
        /// Newest version this build knows.
        supported: i64,
    },
    /// A document failed validation (offsets outside its text, ...).
    #[error("invalid document {id}: {message}")]
    InvalidDocument {
        /// Document id.
        id: String,
        /// What is wrong.
        message: String,
    },
    /// SQLite reported an error.
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    /// (De)serializing a stored JSON column failed.
    #[error("stored JSON is malformed: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing an export failed.
    #[error("cannot write export: {0}")]
    Io(#[from] std::io::Error),
    /// Writing CSV failed.
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// A resource file (e.g. the ISO->FIPS table) is missing or malformed.
    #[error(transparent)]
    Resource(#[from] warta_core::resources::ResourceError),
}
