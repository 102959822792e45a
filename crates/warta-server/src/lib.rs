//! # warta-server
//!
//! The HTTP API and web dashboard over a warta store.
