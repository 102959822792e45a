//! Schema versioning and opening errors.

use warta_store::{SCHEMA_VERSION, Store, StoreError, StoreOptions};

#[test]
fn new_database_gets_the_current_version_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    drop(Store::open(&path, StoreOptions::default()).unwrap());
    let store = Store::open_read_only(&path).unwrap();
    let v: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, SCHEMA_VERSION);
    let mode: String = store
        .connection()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    drop(store);
    // Opening again migrates nothing and keeps working.
    Store::open(&path, StoreOptions::default()).unwrap();
}

#[test]
fn newer_database_is_refused_with_advice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
    }
    let err = Store::open(&path, StoreOptions::default()).err().unwrap();
    assert!(matches!(err, StoreError::TooNew { .. }));
    assert!(err.to_string().contains("upgrade warta"));
}

#[test]
fn missing_database_for_reading_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open_read_only(dir.path().join("none.db"))
        .err()
        .unwrap();
    assert!(err.to_string().contains("warta ingest --db"), "{err}");
}
