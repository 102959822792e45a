//! The API and dashboard through the real router, on a database filled with
//! hand-built documents.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use warta::{LanguageChoice, Pipeline, PipelineOptions};
use warta_core::{
    ActorRef, Document, Entity, EntityType, Event, Geo, Mention, PlaceRef, SourceInfo,
};
use warta_server::{ServerConfig, router};
use warta_store::{Store, StoreOptions};

fn geo(name: &str, lat: f64, lon: f64, cc: &str) -> Geo {
    Geo {
        geonameid: 1,
        name: name.into(),
        country: cc.into(),
        admin1: None,
        lat,
        lon,
        feature: "PPLA".into(),
    }
}

fn entity(id: &str, kind: EntityType, name: &str, actor: &str, start: usize) -> Entity {
    Entity {
        id: id.into(),
        kind,
        canonical: name.into(),
        role: None,
        country: Some(actor[..3].into()),
        sector: None,
        actor: Some(actor.into()),
        mentions: vec![Mention {
            start,
            end: start + name.chars().count(),
            text: name.into(),
            sentence: 0,
            rule: "test".into(),
        }],
        geo: None,
        rule: "test".into(),
    }
}

/// A report of a Russia–North Korea meeting in Vladivostok by `outlet`.
fn report(outlet: &str, url: &str, wording: &str) -> Document {
    let text = format!("Putin bertemu Kim Jong Un di Vladivostok pada Rabu (13/9). {wording}");
    let mut doc = Document::new(
        text.clone(),
        SourceInfo {
            path: format!("{outlet}.txt"),
            url: Some(url.into()),
            title: Some(format!("{outlet}: Putin dan Kim bertemu")),
            publisher: Some(outlet.into()),
            format: "txt".into(),
            record: None,
        },
    );
    doc.date = Some("2023-09-13".into());
    doc.language.code = "id".into();
    let end = text.chars().count();
    doc.sentences = vec![warta_core::Sentence { start: 0, end }];
    let mut place = entity("E3", EntityType::Location, "Vladivostok", "RUS", 29);
    place.geo = Some(geo("Vladivostok", 43.1, 131.9, "RU"));
    doc.entities = vec![
        entity("E1", EntityType::Person, "Putin", "RUSGOV", 0),
        entity("E2", EntityType::Person, "Kim Jong Un", "PRKGOV", 14),
        place.clone(),
    ];
    doc.events = vec![Event {
        id: "V1".into(),
        plover: "CONSULT".into(),
        mode: Some("visit".into()),
        context: vec![],
        aux: vec![],
        cameo: Some("040".into()),
        quad: Some(1),
        score: Some(1.0),
        source: Some(ActorRef {
            entity: Some("E1".into()),
            actor: Some("RUSGOV".into()),
            text: "Putin".into(),
        }),
        target: Some(ActorRef {
            entity: Some("E2".into()),
            actor: Some("PRKGOV".into()),
            text: "Kim Jong Un".into(),
        }),
        date: Some("2023-09-13".into()),
        place: Some(PlaceRef {
            entity: Some("E3".into()),
            name: "Vladivostok".into(),
            geo: place.geo.clone(),
        }),
        sentence: 0,
        start: 0,
        end: 40,
        trigger: "bertemu".into(),
        claimed_by: None,
        rule: "events:id:bertemu#1".into(),
        confidence: 0.9,
        mentions: vec![],
    }];
    doc
}

fn setup(token: Option<&str>) -> (axum::Router, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!(
        "warta-server-test-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("t.db");
    let mut store = Store::open(&db, StoreOptions::default()).unwrap();
    store
        .ingest(&[
            report(
                "antaranews",
                "https://antaranews.com/a",
                "Keduanya membahas kerja sama.",
            ),
            report(
                "kompas",
                "https://kompas.com/b",
                "Pertemuan berlangsung tertutup.",
            ),
            report(
                "tempo",
                "https://tempo.co/c",
                "Media setempat menyebut pertemuan itu bersejarah.",
            ),
        ])
        .unwrap();
    drop(store);
    let mut config = ServerConfig::new(db);
    config.token = token.map(str::to_string);
    config.max_body_bytes = 64 * 1024;
    let pipeline = Pipeline::new(PipelineOptions {
        language: LanguageChoice::Force("id".into()),
        ..Default::default()
    })
    .unwrap();
    (router(&config, pipeline).unwrap(), dir)
}

fn rand_suffix() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    N.fetch_add(1, Ordering::Relaxed)
}

async fn call(app: &axum::Router, req: Request<Body>) -> (StatusCode, Value, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get(header::CONTENT_TYPE)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, json, ctype)
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, Value) {
    let (s, v, _) = call(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    (s, v)
}

#[tokio::test]
async fn three_reports_are_one_event_with_three_sources() {
    let (app, dir) = setup(None);
    let (s, page) = get(&app, "/api/events?type=CONSULT&actor=RUSGOV").await;
    assert_eq!(s, StatusCode::OK, "{page}");
    assert_eq!(page["total"], 1, "{page}");
    let e = &page["items"][0];
    assert_eq!(e["num_sources"], 3);
    assert_eq!(e["num_articles"], 3);
    assert_eq!(e["place_name"], "Vladivostok");

    let id = e["id"].as_i64().unwrap();
    let (s, detail) = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    let mentions = detail["mentions"].as_array().unwrap();
    assert_eq!(mentions.len(), 3);
    assert!(mentions.iter().all(|m| m["rule"] == "events:id:bertemu#1"));
    assert!(
        mentions[0]["sentence_text"]
            .as_str()
            .unwrap()
            .starts_with("Putin bertemu")
    );

    let article_id = mentions[0]["article_id"].as_str().unwrap();
    let (s, art) = get(&app, &format!("/api/articles/{article_id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(art["document"]["events"][0]["trigger"], "bertemu");

    let (_, none) = get(&app, "/api/events?type=ASSAULT").await;
    assert_eq!(none["total"], 0);
    let (_, bbox) = get(&app, "/api/events?bbox=100,0,140,60").await;
    assert_eq!(bbox["total"], 1);
    let (_, outside) = get(&app, "/api/events?bbox=-10,0,10,10").await;
    assert_eq!(outside["total"], 0);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn search_timeline_network_entities_and_health() {
    let (app, dir) = setup(None);
    let (s, hits) = get(&app, "/api/search?q=bersejarah").await;
    assert_eq!(s, StatusCode::OK, "{hits}");
    assert_eq!(hits["total"], 1, "{hits}");
    let (_, tl) = get(&app, "/api/timeline").await;
    assert_eq!(tl[0]["date"], "2023-09-13", "{tl}");
    assert_eq!(tl[0]["group"], "1");
    let (_, net) = get(&app, "/api/network").await;
    assert_eq!(net[0]["source"], "RUSGOV", "{net}");
    assert_eq!(net[0]["target"], "PRKGOV");
    let (_, ents) = get(&app, "/api/entities?q=Kim").await;
    assert!(
        ents.as_array()
            .unwrap()
            .iter()
            .any(|e| e["canonical"] == "Kim Jong Un"),
        "{ents}"
    );
    let (_, top) = get(&app, "/api/actors/top?limit=5").await;
    assert!(!top.as_array().unwrap().is_empty());
    let (s, health) = get(&app, "/api/health").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(health["stats"]["articles"], 3);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn bad_parameters_are_rejected_with_reasons() {
    let (app, dir) = setup(None);
    for uri in [
        "/api/events?quad=9",
        "/api/events?from=13/09/2023",
        "/api/events?bbox=1,2",
        "/api/events/not-a-number",
        "/api/search",
        "/api/timeline?group=hour",
    ] {
        let (s, v) = get(&app, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {v}");
        assert!(
            v["error"].as_str().is_some_and(|m| !m.is_empty()),
            "{uri}: {v}"
        );
    }
    let (s, _) = get(&app, "/api/events/12345").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = get(&app, "/api/articles/nope").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    std::fs::remove_dir_all(dir).ok();
}

fn post(token: Option<&str>, body: &str) -> Request<Body> {
    let mut b = Request::post("/api/articles").header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    b.body(Body::from(body.to_string())).unwrap()
}

#[tokio::test]
async fn writes_need_a_configured_token() {
    let article = r#"{"id":"api-1","url":"https://example.id/x","title":"Uji","date":"2024-03-01",
        "text":"Presiden Prabowo Subianto bertemu Perdana Menteri Anwar Ibrahim di Jakarta."}"#;
    let (app, dir) = setup(None);
    let (s, v, _) = call(&app, post(Some("x"), article)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
    std::fs::remove_dir_all(dir).ok();

    let (app, dir) = setup(Some("s3cret"));
    let (s, _, _) = call(&app, post(None, article)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, _, _) = call(&app, post(Some("wrong"), article)).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, v, _) = call(&app, post(Some("s3cret"), "{not json")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    let (s, v, _) = call(&app, post(Some("s3cret"), article)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["report"]["stored"], 1, "{v}");
    // Idempotent: the same article again adds nothing.
    let (_, v, _) = call(&app, post(Some("s3cret"), &format!("[{article}]"))).await;
    assert_eq!(v["report"]["stored"], 0, "{v}");
    let (_, health) = get(&app, "/api/health").await;
    assert_eq!(health["stats"]["articles"], 4);
    // Too large a body is refused before it is read.
    let big = format!(r#"{{"text":"{}"}}"#, "a".repeat(100 * 1024));
    let (s, _, _) = call(&app, post(Some("s3cret"), &big)).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn dashboard_assets_and_openapi_are_served() {
    let (app, dir) = setup(None);
    for (uri, ctype, needle) in [
        ("/", "text/html", "warta"),
        ("/assets/app.js", "text/javascript", "drawMap"),
        ("/assets/app.css", "text/css", "--q1"),
    ] {
        let res = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{uri}");
        assert!(
            res.headers()[header::CONTENT_TYPE]
                .to_str()
                .unwrap()
                .starts_with(ctype)
        );
        let body = res.into_body().collect().await.unwrap().to_bytes();
        assert!(String::from_utf8_lossy(&body).contains(needle), "{uri}");
    }
    let (s, world) = get(&app, "/assets/world-110m.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(world["countries"].as_array().unwrap().len() > 150);
    let (s, spec) = get(&app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    for path in [
        "/api/health",
        "/api/events",
        "/api/events/{id}",
        "/api/entities",
        "/api/actors/top",
        "/api/articles",
        "/api/articles/{id}",
        "/api/search",
        "/api/timeline",
        "/api/network",
    ] {
        assert!(spec["paths"].get(path).is_some(), "openapi lacks {path}");
    }
    let (s, _) = get(&app, "/assets/nope.js").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    std::fs::remove_dir_all(dir).ok();
}
