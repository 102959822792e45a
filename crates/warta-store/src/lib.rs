//! # warta-store
//!
//! The embedded event database: articles and their annotations in SQLite,
//! cross-article event clustering, and exports.
