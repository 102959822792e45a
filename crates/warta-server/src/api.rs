//! JSON API handlers. Each parses its parameters (`params`), runs one store
//! query on a blocking thread with its own read-only connection, and returns
//! the store's serializable answer. Errors are JSON `{"error": "..."}` with a
//! fitting status code.

use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use warta::Outcome;
use warta_store::Store;

use crate::AppState;
use crate::params::{BadParam, EventQuery, number};

/// `/api/*`.
pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/health", get(health))
        .route(
            "/api/openapi.json",
            get(|| async { crate::assets::openapi() }),
        )
        .route("/api/events", get(events))
        .route("/api/events/{id}", get(event))
        .route("/api/entities", get(entities))
        .route("/api/actors/top", get(top_actors))
        .route("/api/articles", axum::routing::post(post_articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/search", get(search))
        .route("/api/timeline", get(timeline))
        .route("/api/network", get(network))
}

/// An API error: status plus a message for the client.
pub(crate) struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<BadParam> for ApiError {
    fn from(e: BadParam) -> Self {
        ApiError(StatusCode::BAD_REQUEST, e.0)
    }
}

impl From<warta_store::StoreError> for ApiError {
    fn from(e: warta_store::StoreError) -> Self {
        tracing::error!("store error: {e}");
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("database error: {e}"),
        )
    }
}

type ApiResult = Result<Json<Value>, ApiError>;

/// Runs `f` with a fresh read-only connection on a blocking thread.
async fn read<T, F>(state: &Arc<AppState>, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, ApiError> + Send + 'static,
{
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || {
        let store = Store::open_read_only(&db)?;
        f(&store)
    })
    .await
    .map_err(|e| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("worker failed: {e}"),
        )
    })?
}

fn to_json<T: serde::Serialize>(v: T) -> ApiResult {
    serde_json::to_value(v)
        .map(Json)
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

async fn health(State(state): State<Arc<AppState>>) -> ApiResult {
    let stats = read(&state, |s| Ok(s.stats()?)).await?;
    Ok(Json(json!({ "status": "ok", "stats": stats })))
}

async fn events(State(state): State<Arc<AppState>>, Query(q): Query<EventQuery>) -> ApiResult {
    let filter = q.filter()?;
    to_json(read(&state, move |s| Ok(s.list_events(&filter)?)).await?)
}

async fn event(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> ApiResult {
    let id: i64 = id.parse().map_err(|_| {
        ApiError(
            StatusCode::BAD_REQUEST,
            format!("`{id}` is not an event id"),
        )
    })?;
    match read(&state, move |s| Ok(s.event(id)?)).await? {
        Some(detail) => to_json(detail),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no event {id}"))),
    }
}

#[derive(Deserialize)]
struct TextQuery {
    q: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
}

async fn entities(State(state): State<Arc<AppState>>, Query(q): Query<TextQuery>) -> ApiResult {
    let limit = number("limit", &q.limit)?.unwrap_or(50);
    let text = q.q.unwrap_or_default();
    to_json(read(&state, move |s| Ok(s.search_entities(&text, limit)?)).await?)
}

async fn top_actors(State(state): State<Arc<AppState>>, Query(q): Query<EventQuery>) -> ApiResult {
    let limit = q.limit()?.unwrap_or(20);
    let filter = q.filter()?;
    to_json(read(&state, move |s| Ok(s.top_actors(&filter, limit)?)).await?)
}

async fn article(State(state): State<Arc<AppState>>, Path(id): Path<String>) -> ApiResult {
    let key = id.clone();
    match read(&state, move |s| Ok(s.article(&key)?)).await? {
        Some(record) => to_json(record),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no article {id}"))),
    }
}

async fn search(State(state): State<Arc<AppState>>, Query(q): Query<TextQuery>) -> ApiResult {
    let limit = number("limit", &q.limit)?;
    let offset = number("offset", &q.offset)?;
    let text =
        q.q.filter(|t| !t.trim().is_empty())
            .ok_or_else(|| ApiError(StatusCode::BAD_REQUEST, "`q` is required".into()))?;
    to_json(
        read(
            &state,
            move |s| Ok(s.search_articles(&text, limit, offset)?),
        )
        .await?,
    )
}

async fn timeline(State(state): State<Arc<AppState>>, Query(q): Query<EventQuery>) -> ApiResult {
    let group = q.timeline_group()?;
    let filter = q.filter()?;
    to_json(read(&state, move |s| Ok(s.timeline(&filter, group)?)).await?)
}

async fn network(State(state): State<Arc<AppState>>, Query(q): Query<EventQuery>) -> ApiResult {
    let limit = q.limit()?.unwrap_or(100);
    let filter = q.filter()?;
    to_json(read(&state, move |s| Ok(s.network(&filter, limit)?)).await?)
}

/// `POST /api/articles`: a JSON article or an array of them, with the fields
/// `warta extract` reads from JSONL (`id, url, title, date, text, language,
/// publisher`). Runs the pipeline and stores the results.
async fn post_articles(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> ApiResult {
    let Some(token) = state.token.as_deref() else {
        return Err(ApiError(
            StatusCode::FORBIDDEN,
            "writes are disabled: start `warta serve` with --token or WARTA_TOKEN".into(),
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or("");
    if !constant_time_eq(given.as_bytes(), token.as_bytes()) {
        return Err(ApiError(
            StatusCode::UNAUTHORIZED,
            "missing or wrong bearer token".into(),
        ));
    }
    let value: Value = serde_json::from_slice(&body)
        .map_err(|e| ApiError(StatusCode::BAD_REQUEST, format!("body is not JSON: {e}")))?;
    let articles = match value {
        Value::Array(items) => items,
        v @ Value::Object(_) => vec![v],
        _ => {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                "body must be an article object or an array of them".into(),
            ));
        }
    };
    let state2 = state.clone();
    let report = tokio::task::spawn_blocking(move || ingest_json(&state2, articles))
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))??;
    Ok(Json(report))
}

fn ingest_json(state: &AppState, articles: Vec<Value>) -> Result<Value, ApiError> {
    // The JSONL reader of warta-sources is the one parser of article
    // objects; feed it the posted articles as JSONL.
    let mut jsonl = Vec::new();
    for a in &articles {
        serde_json::to_writer(&mut jsonl, a)
            .map_err(|e| ApiError(StatusCode::BAD_REQUEST, e.to_string()))?;
        jsonl.push(b'\n');
    }
    let input = warta_sources::Input::Memory {
        name: "api.jsonl".into(),
        bytes: jsonl,
    };
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for item in warta_sources::read(&input, &warta_sources::ReadOptions::default()) {
        match item {
            Ok(doc) => match state.pipeline.process(doc) {
                Outcome::Done(d) => docs.push(*d),
                Outcome::Skipped { record, reason, .. } => {
                    problems.push(json!({ "record": record, "skipped": reason }))
                }
                Outcome::Failed { record, error, .. } => {
                    problems.push(json!({ "record": record, "error": error.to_string() }))
                }
            },
            Err(e) => problems.push(json!({ "record": e.offset, "error": e.message })),
        }
    }
    let mut store = state.writer.lock().map_err(|_| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "writer lock poisoned".into(),
        )
    })?;
    let report = store.ingest(&docs)?;
    Ok(json!({ "received": articles.len(), "report": report, "problems": problems }))
}

/// Compares secrets without an early exit on the first differing byte.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::constant_time_eq;

    #[test]
    fn token_comparison() {
        assert!(constant_time_eq(b"secret", b"secret"));
        assert!(!constant_time_eq(b"secret", b"secreT"));
        assert!(!constant_time_eq(b"secret", b"secret2"));
        assert!(!constant_time_eq(b"", b"x"));
    }
}
