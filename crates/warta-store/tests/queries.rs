//! The read API the HTTP server builds on.

mod common;

use common::*;
use warta_store::{EventFilter, EventSort, Store, StoreOptions, TimelineGroup};

fn loaded() -> Store {
    let mut s = Store::open_in_memory(StoreOptions::default()).unwrap();
    s.ingest(&[
        shoigu_report(
            0,
            "https://www.antaranews.com/berita/1",
            "ANTARA",
            "2023-07-26",
        ),
        shoigu_report(1, "https://news.detik.com/d-2", "detikNews", "2023-07-27"),
        jakarta_visit(
            "https://www.thejakartapost.com/news/visit",
            "The Jakarta Post",
            "2023-07-03",
        ),
    ])
    .unwrap();
    s
}

#[test]
fn filters_combine() {
    let s = loaded();
    let all = s.list_events(&EventFilter::default()).unwrap();
    assert_eq!(all.total, 3);
    assert_eq!(
        all.items[0].date.as_deref(),
        Some("2023-07-26"),
        "newest first"
    );
    let f = |f: EventFilter| s.list_events(&f).unwrap().total;
    assert_eq!(
        f(EventFilter {
            plover: Some("consult".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        f(EventFilter {
            actor: Some("RUSMIL".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(EventFilter {
            actor: Some("joko widodo".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        f(EventFilter {
            country: Some("AUS".into()),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        f(EventFilter {
            country: Some("KP".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(EventFilter {
            quad: Some(4),
            ..Default::default()
        }),
        0
    );
    assert_eq!(
        f(EventFilter {
            date_from: Some("2023-07-04".into()),
            date_to: Some("2023-07-31".into()),
            ..Default::default()
        }),
        1
    );
    // Around Java.
    assert_eq!(
        f(EventFilter {
            bbox: Some([105.0, -8.0, 115.0, -5.0]),
            ..Default::default()
        }),
        2
    );
    assert_eq!(
        f(EventFilter {
            q: Some("gencatan senjata".into()),
            ..Default::default()
        }),
        1
    );
    assert_eq!(
        f(EventFilter {
            q: Some("batteries \"(".into()),
            ..Default::default()
        }),
        2,
        "stray quotes and brackets are ignored, not a syntax error"
    );
    assert_eq!(
        f(EventFilter {
            q: Some("batteries".into()),
            ..Default::default()
        }),
        2
    );
    let page = s
        .list_events(&EventFilter {
            limit: Some(1),
            offset: Some(1),
            sort: EventSort::DateAsc,
            ..Default::default()
        })
        .unwrap();
    assert_eq!((page.total, page.items.len()), (3, 1));
    assert_eq!(page.items[0].date.as_deref(), Some("2023-07-03"));
    let top = s
        .list_events(&EventFilter {
            sort: EventSort::Mentions,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(top.items[0].num_mentions, 2);
}

#[test]
fn event_article_and_entities() {
    let s = loaded();
    let id = s
        .list_events(&EventFilter {
            actor: Some("PRKGOV".into()),
            ..Default::default()
        })
        .unwrap()
        .items[0]
        .id;
    let detail = s.event(id).unwrap().unwrap();
    assert_eq!(detail.mentions.len(), 2);
    let m = &detail.mentions[0];
    assert_eq!(
        m.url.as_deref(),
        Some("https://www.antaranews.com/berita/1")
    );
    assert!(m.sentence_text.starts_with("Menteri Pertahanan Rusia"));
    assert!(s.event(12345).unwrap().is_none());

    let article = s.article(&m.article_id).unwrap().unwrap();
    assert_eq!(article.document.entities.len(), 3);
    assert_eq!(
        article.document.quotes[0].speaker_name.as_deref(),
        Some("Sergei Shoigu")
    );
    assert!(article.document.text.contains("gencatan senjata"));
    assert_eq!(article.event_ids, vec![id]);

    let ents = s.search_entities("shoigu", 10).unwrap();
    assert_eq!(ents.len(), 1);
    assert_eq!(
        (ents[0].articles, ents[0].actor.as_deref()),
        (2, Some("RUSMIL"))
    );
    assert!(s.search_entities("100%_", 10).unwrap().is_empty());
}

#[test]
fn search_timeline_network_actors() {
    let s = loaded();
    let hits = s.search_articles("Albanese", None, None).unwrap();
    assert_eq!(hits.total, 1);
    assert!(
        hits.items[0].snippet.contains("[Albanese]"),
        "{}",
        hits.items[0].snippet
    );
    assert_eq!(s.search_articles("", None, None).unwrap().total, 0);

    let tl = s
        .timeline(&EventFilter::default(), TimelineGroup::Plover)
        .unwrap();
    let days: Vec<(&str, &str, i64)> = tl
        .iter()
        .map(|p| (p.date.as_str(), p.group.as_str(), p.events))
        .collect();
    assert_eq!(
        days,
        vec![
            ("2023-07-03", "AGREE", 1),
            ("2023-07-03", "CONSULT", 1),
            ("2023-07-26", "CONSULT", 1)
        ]
    );
    let tl = s
        .timeline(&EventFilter::default(), TimelineGroup::Quad)
        .unwrap();
    assert_eq!(tl.iter().map(|p| p.events).sum::<i64>(), 3);

    let net = s.network(&EventFilter::default(), 10).unwrap();
    assert_eq!(
        (
            net[0].source.as_str(),
            net[0].target.as_str(),
            net[0].events
        ),
        ("IDNGOV", "AUSGOV", 2)
    );
    let net = s
        .network(
            &EventFilter {
                plover: Some("CONSULT".into()),
                ..Default::default()
            },
            10,
        )
        .unwrap();
    assert_eq!(net.len(), 2);

    let actors = s.top_actors(&EventFilter::default(), 10).unwrap();
    assert_eq!((actors[0].actor.as_str(), actors[0].events), ("AUSGOV", 2));
    assert_eq!(actors.len(), 4);
    let json = serde_json::to_string(
        &s.event(s.list_events(&EventFilter::default()).unwrap().items[0].id)
            .unwrap(),
    )
    .unwrap();
    assert!(json.contains("\"mentions\""));
}
