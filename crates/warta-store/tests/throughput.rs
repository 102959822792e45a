//! Storage throughput (not a timed test: it only prints). Run with
//! `cargo test -p warta-store --release --test throughput -- --ignored --nocapture`.

mod common;

use std::time::Instant;

use common::*;
use warta_store::{Store, StoreOptions};

const ACTORS: &[(&str, &str)] = &[
    ("RUSMIL", "Sergei Shoigu"),
    ("PRKGOV", "Kim Jong Un"),
    ("IDNGOV", "Joko Widodo"),
    ("AUSGOV", "Anthony Albanese"),
    ("USAGOV", "Antony Blinken"),
    ("CHNGOV", "Wang Yi"),
    ("JPNGOV", "Fumio Kishida"),
    ("MYSGOV", "Anwar Ibrahim"),
    ("SGPGOV", "Lee Hsien Loong"),
    ("PHLGOV", "Ferdinand Marcos Jr"),
    ("THAGOV", "Srettha Thavisin"),
    ("VNMGOV", "Pham Minh Chinh"),
    ("INDGOV", "Narendra Modi"),
    ("KORGOV", "Yoon Suk Yeol"),
    ("GBRGOV", "Rishi Sunak"),
    ("FRAGOV", "Emmanuel Macron"),
];

const TYPES: &[(&str, &str, &str, u8)] = &[
    ("CONSULT", "040", "bertemu", 1),
    ("COOPERATE", "060", "bekerja sama dengan", 2),
    ("DISAPPROVE", "112", "mengkritik", 3),
    ("AID", "070", "membantu", 2),
];

/// A distinct article: one of `types` event types between two of the first
/// `actors` [`ACTORS`] on one of 56 days.
fn article(i: usize, actors: usize, types: usize) -> warta_core::Document {
    let (a_code, a) = ACTORS[i % actors];
    let (b_code, b) = ACTORS[(i / actors + 1 + i) % actors];
    let (plover, cameo, verb, quad) = TYPES[(i / 3) % types];
    let day = 1 + (i / 7) % 28;
    let month = 7 + (i / 200) % 2;
    let date = format!("2023-{month:02}-{day:02}");
    let text = format!(
        "{a} {verb} {b} di Jakarta pada Senin ({day}/{month}) untuk membahas kerja sama kawasan. \
         Pertemuan berlangsung tertutup selama dua jam, menurut laporan nomor {i}. \
         \"Kami sepakat memperkuat hubungan,\" kata {a} kepada wartawan setelah pertemuan."
    );
    let mut d = doc(
        &text,
        Some(&format!("https://news{}.example.id/berita/{i}", i % 40)),
        "Contoh",
        &date,
        "id",
    );
    entity(
        &mut d,
        warta_core::EntityType::Person,
        a,
        a,
        Some(a_code),
        Some(&a_code[..3]),
        None,
    );
    if b != a {
        entity(
            &mut d,
            warta_core::EntityType::Person,
            b,
            b,
            Some(b_code),
            Some(&b_code[..3]),
            None,
        );
    }
    entity(
        &mut d,
        warta_core::EntityType::Location,
        "Jakarta",
        "Jakarta",
        None,
        Some("IDN"),
        Some(jakarta()),
    );
    event(
        &mut d,
        plover,
        cameo,
        quad,
        verb,
        (a_code, a),
        (b_code, b),
        Some(("Jakarta", jakarta())),
        Some(&date),
    );
    time(&mut d, &format!("Senin ({day}/{month})"), &date);
    quote(&mut d, "Kami sepakat memperkuat hubungan,", a, "kata");
    d
}

/// CPU seconds (user + system) this process used so far, from /proc (Linux);
/// unlike wall time it does not depend on what else the machine runs.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let after = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // USER_HZ is 100 on Linux.
    Some(ticks / 100.0)
}

fn run(label: &str, actors: usize, types: usize, batch: usize) {
    let n = 20_000;
    let docs: Vec<_> = (0..n).map(|i| article(i, actors, types)).collect();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("bench.db"), StoreOptions::default()).unwrap();
    let t = Instant::now();
    let cpu0 = cpu_seconds();
    for chunk in docs.chunks(batch) {
        let r = store.ingest(chunk).unwrap();
        assert!(r.failed.is_empty());
    }
    let secs = t.elapsed().as_secs_f64();
    let cpu = cpu0.zip(cpu_seconds()).map(|(a, b)| b - a);
    let stats = store.stats().unwrap();
    println!(
        "storage throughput ({label}): {n} articles in {secs:.2} s = {:.0} articles/s \
         ({} events in {} clusters, batches of {batch}, WAL, file-backed)",
        n as f64 / secs,
        stats.events,
        stats.clusters
    );
    if let Some(cpu) = cpu {
        println!(
            "  CPU time: {cpu:.2} s = {:.0} articles per CPU-second",
            n as f64 / cpu.max(0.01)
        );
    }
    let t = Instant::now();
    let r = store.ingest(&docs[..5000]).unwrap();
    assert_eq!(r.duplicates, 5000);
    println!(
        "re-ingest of 5000 known articles ({label}): {:.0} articles/s",
        5000.0 / t.elapsed().as_secs_f64()
    );
}

#[test]
#[ignore = "prints storage throughput; run in release mode"]
fn storage_throughput() {
    run("16 actors x 4 event types", ACTORS.len(), TYPES.len(), 256);
    run("16 actors x 4 event types", ACTORS.len(), TYPES.len(), 1024);
    run(
        "stress: 8 actors x 1 type, long chained clusters",
        8,
        1,
        1024,
    );
}
