//! Cross-article clustering, idempotency and order independence.

mod common;

use common::*;
use warta_store::{ClusterOptions, EventFilter, Store, StoreOptions};

fn store() -> Store {
    Store::open_in_memory(StoreOptions::default()).expect("in-memory store")
}

fn three_outlets() -> Vec<warta_core::Document> {
    vec![
        shoigu_report(
            0,
            "https://www.antaranews.com/berita/3654321/shoigu-kim",
            "ANTARA",
            "2023-07-26",
        ),
        shoigu_report(
            1,
            "https://news.detik.com/internasional/d-6843210/menhan-rusia",
            "detikNews",
            "2023-07-27",
        ),
        shoigu_report(
            2,
            "https://internasional.kompas.com/read/2023/07/27/shoigu",
            "Kompas",
            "2023-07-27",
        ),
    ]
}

#[test]
fn three_outlets_report_one_event_with_three_sources() {
    let mut s = store();
    let r = s.ingest(&three_outlets()).unwrap();
    assert_eq!((r.stored, r.failed.len()), (3, 0), "{:?}", r.failed);
    let page = s.list_events(&EventFilter::default()).unwrap();
    assert_eq!(page.total, 1, "{page:#?}");
    let ev = &page.items[0];
    assert_eq!(ev.plover, "CONSULT");
    assert_eq!(ev.num_sources, 3);
    assert_eq!(ev.num_articles, 3);
    assert_eq!(ev.num_mentions, 3);
    assert_eq!(ev.date.as_deref(), Some("2023-07-26"));
    assert_eq!(
        ev.first_url.as_deref(),
        Some("https://www.antaranews.com/berita/3654321/shoigu-kim")
    );
    assert_eq!(ev.source_country.as_deref(), Some("RUS"));
    assert_eq!(ev.place_country.as_deref(), Some("KP"));
    let detail = s.event(ev.id).unwrap().unwrap();
    assert_eq!(detail.mentions.len(), 3);
    assert!(
        detail
            .mentions
            .iter()
            .all(|m| m.sentence_text.contains("bertemu"))
    );
    assert!(
        detail
            .mentions
            .iter()
            .all(|m| m.rule == "events:id:bertemu#1")
    );
}

#[test]
fn wire_rereports_count_as_one_source_but_keep_mentions() {
    let mut docs = three_outlets();
    for d in &mut docs {
        d.text
            .push_str(" Mengutip Reuters, pertemuan berlangsung dua jam.");
        d.sentences.push(warta_core::Sentence {
            start: d.sentences.last().unwrap().end + 1,
            end: d.text.chars().count(),
        });
        cite(d, "Mengutip Reuters", "Reuters");
    }
    let mut s = store();
    s.ingest(&docs).unwrap();
    let ev = &s.list_events(&EventFilter::default()).unwrap().items[0];
    assert_eq!(ev.num_sources, 1);
    assert_eq!(ev.num_mentions, 3);
    assert_eq!(ev.num_articles, 3);
}

#[test]
fn same_text_on_several_sites_is_one_article_and_one_source() {
    let base = shoigu_report(
        0,
        "https://www.antaranews.com/berita/1",
        "ANTARA",
        "2023-07-26",
    );
    let mut copy1 = base.clone();
    copy1.source.url = Some("https://www.republika.co.id/berita/xyz".into());
    copy1.source.publisher = Some("Republika".into());
    copy1.date = Some("2023-07-27".into());
    let mut copy2 = base.clone();
    copy2.source.url = Some("https://www.suara.com/news/abc".into());
    let mut s = store();
    let r = s.ingest(&[base, copy1, copy2]).unwrap();
    assert_eq!((r.stored, r.copies), (1, 2));
    let stats = s.stats().unwrap();
    assert_eq!((stats.articles, stats.copies, stats.events), (1, 3, 1));
    let ev = &s.list_events(&EventFilter::default()).unwrap().items[0];
    assert_eq!(ev.num_sources, 1, "copies of one text are one source");
    assert_eq!(ev.num_articles, 3);
    assert_eq!(ev.num_mentions, 3);
    assert_eq!(
        ev.first_url.as_deref(),
        Some("https://www.antaranews.com/berita/1")
    );
}

#[test]
fn reingesting_adds_nothing() {
    let mut s = store();
    s.ingest(&three_outlets()).unwrap();
    let before = s.canonical_dump().unwrap();
    let r = s.ingest(&three_outlets()).unwrap();
    assert_eq!((r.stored, r.copies, r.duplicates), (0, 0, 3));
    // Same URL with edited text: also nothing.
    let mut edited = three_outlets().remove(0);
    edited.text.push_str(" (Pembaruan)");
    let r = s.ingest(&[edited]).unwrap();
    assert_eq!(r.duplicates, 1);
    assert_eq!(before, s.canonical_dump().unwrap());
}

#[test]
fn final_state_does_not_depend_on_order_or_batching() {
    let mut docs = three_outlets();
    docs.push(jakarta_visit(
        "https://www.thejakartapost.com/news/2023/07/03/visit",
        "The Jakarta Post",
        "2023-07-03",
    ));
    docs.push(jakarta_visit(
        "https://www.abc.net.au/news/2023-07-04/albanese-jakarta",
        "ABC News",
        "2023-07-04",
    ));
    let mut a = store();
    a.ingest(&docs).unwrap();
    let mut b = store();
    for d in docs.iter().rev() {
        b.ingest(std::slice::from_ref(d)).unwrap();
    }
    let mut c = store();
    c.ingest(&[docs[3].clone(), docs[1].clone()]).unwrap();
    c.ingest(&[docs[4].clone(), docs[0].clone(), docs[2].clone()])
        .unwrap();
    let dump = a.canonical_dump().unwrap();
    assert_eq!(dump, b.canonical_dump().unwrap());
    assert_eq!(dump, c.canonical_dump().unwrap());
    assert_eq!(a.stats().unwrap().clusters, 3);
}

#[test]
fn window_and_place_split_clusters() {
    let mut late = shoigu_report(1, "https://news.detik.com/later", "detikNews", "2023-08-02");
    late.events[0].date = Some("2023-08-01".into());
    let mut elsewhere = shoigu_report(2, "https://kompas.com/moscow", "Kompas", "2023-07-27");
    elsewhere.events[0].place.as_mut().unwrap().geo = Some(warta_core::Geo {
        geonameid: 524901,
        name: "Moscow".into(),
        country: "RU".into(),
        admin1: Some("48".into()),
        lat: 55.7522,
        lon: 37.6156,
        feature: "PPLC".into(),
    });
    let first = shoigu_report(0, "https://antaranews.com/1", "ANTARA", "2023-07-26");
    let mut s = store();
    s.ingest(&[first.clone(), late.clone(), elsewhere.clone()])
        .unwrap();
    assert_eq!(s.stats().unwrap().clusters, 3);

    // A wider window joins the late report (same place) but not Moscow.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.db");
    {
        let mut s = Store::open(&path, StoreOptions::default()).unwrap();
        s.ingest(&[first, late, elsewhere]).unwrap();
        assert_eq!(s.stats().unwrap().clusters, 3);
    }
    let wide = StoreOptions {
        cluster: ClusterOptions { window_days: 7 },
    };
    let s = Store::open(&path, wide).unwrap();
    assert_eq!(
        s.stats().unwrap().clusters,
        2,
        "reopening with a new window reclusters"
    );
}

#[test]
fn bad_document_is_reported_and_the_rest_is_stored() {
    let mut docs = three_outlets();
    let mut bad = jakarta_visit("https://example.com/broken", "Broken", "2023-07-03");
    bad.entities[0].mentions[0].end = 10_000;
    docs.insert(1, bad);
    let mut dup_ids = jakarta_visit("https://example.com/dup", "Dup", "2023-07-03");
    dup_ids.text.push_str(" Extra.");
    dup_ids.events[1].id = "V1".into();
    docs.push(dup_ids);
    let mut s = store();
    let r = s.ingest(&docs).unwrap();
    assert_eq!(r.stored, 3);
    assert_eq!(r.failed.len(), 2, "{:?}", r.failed);
    assert!(r.failed[0].message.contains("outside the text"));
    assert!(r.failed[1].message.contains("appears twice"));
    let stats = s.stats().unwrap();
    assert_eq!(
        (stats.articles, stats.copies, stats.events),
        (3, 3, 3),
        "nothing of the failed documents is kept"
    );
    // The failed documents can be stored once fixed; nothing is duplicated.
    let r = s.ingest(&three_outlets()).unwrap();
    assert_eq!(r.duplicates, 3);
}

#[test]
fn an_earlier_copy_arriving_later_rewrites_the_article_and_keeps_search_consistent() {
    let later = shoigu_report(0, "https://www.suara.com/news/1", "Suara", "2023-07-28");
    let mut earlier = later.clone();
    earlier.source.url = Some("https://www.antaranews.com/berita/1".into());
    earlier.source.publisher = Some("ANTARA".into());
    earlier.date = Some("2023-07-26".into());
    let mut s = store();
    s.ingest(std::slice::from_ref(&later)).unwrap();
    let r = s.ingest(std::slice::from_ref(&earlier)).unwrap();
    assert_eq!(r.copies, 1);
    let hits = s.search_articles("gencatan", None, None).unwrap();
    assert_eq!(hits.total, 1);
    assert_eq!(
        hits.items[0].url.as_deref(),
        Some("https://www.antaranews.com/berita/1")
    );
    s.connection()
        .execute(
            "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')",
            [],
        )
        .expect("FTS index matches the articles table");
    let ev = &s.list_events(&EventFilter::default()).unwrap().items[0];
    assert_eq!(
        ev.first_url.as_deref(),
        Some("https://www.antaranews.com/berita/1")
    );
    assert_eq!((ev.num_articles, ev.num_sources), (2, 1));

    // Same final state as when the copies arrive the other way round.
    let mut other = store();
    other.ingest(&[earlier, later]).unwrap();
    assert_eq!(s.canonical_dump().unwrap(), other.canonical_dump().unwrap());
}
