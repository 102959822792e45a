//! # warta-server
//!
//! The HTTP API and web dashboard over a warta store, in one binary with no
//! set-up: the dashboard's assets (HTML, JavaScript, CSS, the Natural Earth
//! world outline) are compiled in and nothing is loaded from a CDN.
//!
//! * `GET /` — the dashboard (map, timeline, actor network, event table,
//!   event and article views).
//! * `GET /api/...` — JSON API, described by the OpenAPI document at
//!   `/api/openapi.json`.
//! * `POST /api/articles` — ingest articles; needs `Authorization: Bearer
//!   <token>`, and is disabled when no token is configured.
//!
//! Reads open their own read-only SQLite connection on a blocking thread
//! (SQLite in WAL mode lets them run while a write is in progress); writes go
//! through one shared read-write connection. All SQL is parametrized inside
//! `warta-store`. Request bodies are size-limited and every request has a
//! timeout.

mod api;
mod assets;
mod params;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use warta::Pipeline;
use warta_store::{Store, StoreOptions};

/// Server settings.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The SQLite database file.
    pub db: PathBuf,
    /// Address to listen on.
    pub addr: SocketAddr,
    /// Bearer token for writes; `None` disables `POST /api/articles`.
    pub token: Option<String>,
    /// Largest accepted request body, in bytes.
    pub max_body_bytes: usize,
    /// Time limit for one request.
    pub request_timeout: Duration,
}

impl ServerConfig {
    /// Defaults for `db`: loopback port 8080, no token, 4 MiB bodies, 30 s timeout.
    pub fn new(db: PathBuf) -> Self {
        Self {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token: None,
            max_body_bytes: 4 * 1024 * 1024,
            request_timeout: Duration::from_secs(30),
        }
    }
}

/// Starting the server failed.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    /// The database could not be opened or created.
    #[error("cannot open database {path}: {source}")]
    Store {
        /// Database path.
        path: String,
        /// Cause.
        source: warta_store::StoreError,
    },
    /// The address could not be bound.
    #[error(
        "cannot listen on {addr}: {source}; is another server running there? choose one with --addr"
    )]
    Bind {
        /// Address.
        addr: SocketAddr,
        /// Cause.
        source: std::io::Error,
    },
    /// The server stopped with an I/O error.
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// Shared state of all handlers.
pub(crate) struct AppState {
    db: PathBuf,
    token: Option<String>,
    /// The one read-write connection, for ingestion.
    writer: Mutex<Store>,
    /// The extraction pipeline, for ingested articles.
    pipeline: Pipeline,
}

/// Builds the router (API + dashboard) for `config`, creating the database if
/// needed. Exposed for tests and for embedding.
pub fn router(config: &ServerConfig, pipeline: Pipeline) -> Result<Router, ServerError> {
    let store =
        Store::open(&config.db, StoreOptions::default()).map_err(|source| ServerError::Store {
            path: config.db.display().to_string(),
            source,
        })?;
    let state = Arc::new(AppState {
        db: config.db.clone(),
        token: config.token.clone().filter(|t| !t.is_empty()),
        writer: Mutex::new(store),
        pipeline,
    });
    Ok(api::routes()
        .merge(assets::routes())
        .with_state(state)
        .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        )))
}

/// Serves until Ctrl-C. Calls `on_ready` with the bound address once listening
/// (port 0 picks a free port).
pub async fn serve(
    config: ServerConfig,
    pipeline: Pipeline,
    on_ready: impl FnOnce(SocketAddr),
) -> Result<(), ServerError> {
    let app = router(&config, pipeline)?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.addr,
            source,
        })?;
    on_ready(listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
