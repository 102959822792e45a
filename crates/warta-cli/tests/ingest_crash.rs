//! `warta ingest` killed with SIGKILL at a random point, then re-run, ends
//! with exactly the same database content as an uninterrupted run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use warta_store::Store;

const PLACES: &[(&str, &str)] = &[
    ("JAKARTA", "Jakarta"),
    ("SURABAYA", "Surabaya"),
    ("MEDAN", "Medan"),
    ("MAKASSAR", "Makassar"),
    ("BANDUNG", "Bandung"),
];

const MINISTERS: &[(&str, &str)] = &[
    ("Retno Marsudi", "Penny Wong"),
    ("Prabowo Subianto", "Richard Marles"),
    ("Sri Mulyani", "Janet Yellen"),
    ("Budi Gunadi Sadikin", "Ong Ye Kung"),
];

/// Writes `n` distinct wire-style articles, Indonesian and English, some of
/// them copies of others (same text, another file) and some citing Reuters.
fn write_corpus(dir: &Path, n: usize) {
    for i in 0..n {
        let (city_caps, city) = PLACES[i % PLACES.len()];
        let (host, guest) = MINISTERS[(i / 5) % MINISTERS.len()];
        let day = 1 + i % 9;
        let text = if i % 3 == 2 {
            format!(
                "{city} - Indonesian minister {host} met {guest} in {city} on Tuesday, \
                 officials said, in talks on a regional trade package numbered {i}.\n\n\
                 \"We agreed to move quickly,\" {host} told reporters, according to Reuters."
            )
        } else {
            format!(
                "{city_caps} (ANTARA) - Menteri {host} bertemu {guest} di {city}, Senin ({day}/9). \
                 Pertemuan itu membahas kerja sama ekonomi paket nomor {i}.\n\n\
                 \"Kami sepakat mempercepat kerja sama,\" kata {host} kepada wartawan."
            )
        };
        std::fs::write(dir.join(format!("artikel_{i:04}.txt")), &text).unwrap();
        if i % 10 == 0 {
            // The same story republished elsewhere.
            std::fs::write(dir.join(format!("salinan_{i:04}.txt")), &text).unwrap();
        }
    }
    // A binary file is skipped without harming the rest.
    std::fs::write(dir.join("rusak.txt"), [0xffu8, 0xfe, 0x00, 0x00, 0xc3]).unwrap();
}

fn ingest(corpus: &Path, db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_warta"));
    cmd.arg("ingest")
        .arg(corpus)
        .arg("--db")
        .arg(db)
        .args(["--batch-size", "2", "--jobs", "2", "--now", "2023-09-20"])
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

/// Articles committed so far (0 while the database does not exist yet).
fn committed(db: &Path) -> i64 {
    if !db.exists() {
        return 0;
    }
    Store::open_read_only(db)
        .and_then(|s| s.stats())
        .map_or(0, |s| s.articles)
}

fn dump(db: &Path) -> String {
    Store::open_read_only(db).unwrap().canonical_dump().unwrap()
}

/// A small deterministic generator, seeded from the clock (the seed is
/// printed so a failure can be replayed with WARTA_CRASH_SEED).
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn killed_ingest_resumes_to_the_same_database() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write_corpus(&corpus, 240);

    let reference = dir.path().join("reference.db");
    // Time the part of the run after the first commit: loading the models
    // takes most of a short run and grows with the resources, so a kill
    // delay drawn from the whole run's length could miss every commit.
    let started = Instant::now();
    let mut child = ingest(&corpus, &reference).spawn().unwrap();
    let mut first_commit = None;
    let status = loop {
        if first_commit.is_none() && committed(&reference) > 0 {
            first_commit = Some(started.elapsed());
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let full_run = started.elapsed();
    let after_first_commit = full_run - first_commit.unwrap_or_default();
    assert!(status.success(), "uninterrupted ingest: {status}");
    let want = dump(&reference);
    assert!(
        want.contains("## articles (240 rows)"),
        "every distinct text stored once"
    );

    let mut seed = std::env::var("WARTA_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    eprintln!("WARTA_CRASH_SEED={seed}");
    let mut interrupted = 0;
    for trial in 0..3 {
        let db = dir.path().join(format!("crash{trial}.db"));
        let mut child = ingest(&corpus, &db).spawn().unwrap();
        // Loading the models takes most of a short run: wait for the first
        // commit, then kill somewhere in the rest of the run.
        let wait_start = Instant::now();
        while committed(&db) == 0 && wait_start.elapsed() < full_run * 2 {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        // Somewhere in the first half of what follows the first commit.
        let delay_ms = next(&mut seed) % (after_first_commit.as_millis() as u64 / 2).max(1);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        // Whatever was committed is consistent and readable.
        let partial = committed(&db);
        eprintln!(
            "trial {trial}: killed {delay_ms} ms after the first commit, \
             {partial} of 240 articles committed"
        );
        if running && partial < 240 {
            interrupted += 1;
        }
        let status = ingest(&corpus, &db).status().unwrap();
        assert!(status.success(), "resumed ingest: {status}");
        assert_eq!(dump(&db), want, "trial {trial}: killed after {delay_ms} ms");
        // And once more: nothing is added.
        ingest(&corpus, &db).status().unwrap();
        assert_eq!(
            dump(&db),
            want,
            "trial {trial}: third run changed the database"
        );
    }
    assert!(
        interrupted > 0,
        "no trial killed an ingest between commits; make the corpus larger"
    );
}
