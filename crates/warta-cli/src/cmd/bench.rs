//! `warta bench`: extraction throughput.
//!
//! Runs the pipeline over a corpus held in memory (so disk speed does not
//! count) and prints MB/s and documents/s: language detection and each stage
//! on one thread (where the time goes), the pipeline up to entities
//! (language detection, segmentation, times, entities) on one thread, then
//! the whole pipeline on one thread and on `--jobs` threads (how it scales).
//! Every figure is the fastest of several runs (at least `--runs`, and until
//! the line has taken `--min-secs`), so one noisy run does not decide it.
//! The corpus is either the documents read from the given inputs or a
//! deterministic synthetic wire-news corpus (Indonesian and English
//! sentences with varied names, places, numbers and dates).

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Args;
use warta::{LanguageChoice, Outcome, Pipeline, PipelineOptions};
use warta_core::{DateSource, Document, SourceInfo};
use warta_sources::ReadOptions;

use crate::Status;

/// Options of `warta bench`.
#[derive(Args, Debug)]
#[command(
    after_help = "Lines: `language` is language detection alone; one line per stage \
(each stage timed separately while the stages run in order on each document); \
`up to entities` is language detection, segmentation, times and entities run back to \
back on each document (a pipeline stopped after the entity stage); `pipeline` is every \
stage, on 1 and on --jobs threads, through the same streaming runner as `warta extract` \
(output discarded). Each figure is the fastest of at least --runs runs, repeated until \
the line has taken --min-secs; the number of runs is printed. Other processes on the \
machine slow every figure down: compare runs made back to back."
)]
pub struct BenchArgs {
    /// Inputs to benchmark on (files or folders); default: a generated corpus.
    pub inputs: Vec<PathBuf>,
    /// Size of the generated corpus in MB.
    #[arg(long, default_value_t = 8)]
    pub size_mb: usize,
    /// Threads for the parallel run (default: all cores).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Language of the generated corpus: `id` or `en`.
    #[arg(long, default_value = "id")]
    pub lang: String,
    /// Run each measurement at least this many times and print the fastest.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Keep repeating each measurement until it has taken this many seconds in all.
    #[arg(long, default_value_t = 3.0)]
    pub min_secs: f64,
    /// Write the benchmark corpus to this file as JSONL (fields `id`, `date`,
    /// `text`) and exit, e.g. to compare `warta extract` outputs on it.
    #[arg(long)]
    pub dump_corpus: Option<PathBuf>,
}

/// Repeats a measurement: at least `min_runs` times, and until `min_time`
/// has been spent.
struct Repeat {
    min_runs: usize,
    min_time: Duration,
    runs: usize,
    spent: Duration,
}

impl Repeat {
    fn new(args: &BenchArgs) -> Self {
        Self {
            min_runs: args.runs.max(1),
            min_time: Duration::from_secs_f64(args.min_secs.max(0.0)),
            runs: 0,
            spent: Duration::ZERO,
        }
    }

    /// Whether to run once more.
    fn again(&self) -> bool {
        self.runs < self.min_runs || self.spent < self.min_time
    }

    /// Records one run that took `t`.
    fn record(&mut self, t: Duration) {
        self.runs += 1;
        self.spent += t;
    }
}

/// Runs the benchmark and prints its figures.
pub fn run(args: BenchArgs) -> anyhow::Result<Status> {
    let docs = if args.inputs.is_empty() {
        synthetic_corpus(&args.lang, args.size_mb * 1_000_000)
    } else {
        read_corpus(&args.inputs)
    };
    anyhow::ensure!(!docs.is_empty(), "no documents to benchmark on");
    if let Some(path) = &args.dump_corpus {
        dump_corpus(path, &docs)?;
        println!("wrote {} documents to {}", docs.len(), path.display());
        return Ok(Status::Ok);
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    // A generated corpus's language is known: force it, and time language
    // detection on its own (below). Real inputs are detected, as in
    // `warta extract`.
    let language = if args.inputs.is_empty() {
        LanguageChoice::Force(args.lang.clone())
    } else {
        LanguageChoice::Auto
    };
    let pipeline = Pipeline::new(PipelineOptions {
        language,
        ..Default::default()
    })?;
    println!(
        "corpus: {} documents, {:.1} MB{}",
        docs.len(),
        bytes as f64 / 1e6,
        if args.inputs.is_empty() {
            format!(" (generated, {})", args.lang)
        } else {
            String::new()
        }
    );

    // Language detection, one thread.
    let detector = warta_text::LanguageIdentifier::new();
    let mut detected: Vec<Option<String>> = Vec::new();
    let (best, runs) = best_time(&args, || {
        let t = Instant::now();
        detected = docs
            .iter()
            .map(|d| detector.detect(&d.text).map(|(code, _)| code))
            .collect();
        Ok(t.elapsed())
    })?;
    print_line("language   1 thread", bytes, docs.len(), best, runs);
    if args.inputs.is_empty() {
        let right = detected
            .iter()
            .filter(|c| c.as_deref() == Some(&args.lang))
            .count();
        println!("  (detected as `{}`: {right} of {})", args.lang, docs.len());
    }

    // Documents the pipeline skips (unsupported language) are left out of
    // every figure below; `raw` keeps them as read, for the runs that
    // include language detection.
    let (raw, docs): (Vec<Document>, Vec<Document>) = docs
        .into_iter()
        .filter_map(|d| pipeline.prepare(d.clone()).ok().map(|p| (d, p)))
        .unzip();
    anyhow::ensure!(
        !docs.is_empty(),
        "every document was skipped (unsupported language?)"
    );
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();

    // Per stage, one thread: the stages in order on each document, each
    // timed separately; the fastest run of each stage.
    let stages: Vec<_> = pipeline.stages().collect();
    let mut best_stage = vec![Duration::MAX; stages.len()];
    let mut rep = Repeat::new(&args);
    while rep.again() {
        let mut per_stage = vec![Duration::ZERO; stages.len()];
        for doc in &docs {
            let mut d = doc.clone();
            for (i, stage) in stages.iter().enumerate() {
                let t = Instant::now();
                stage
                    .process(&mut d)
                    .map_err(|e| anyhow::anyhow!("stage {} failed: {e}", stage.name()))?;
                per_stage[i] += t.elapsed();
            }
        }
        for (b, t) in best_stage.iter_mut().zip(&per_stage) {
            *b = (*b).min(*t);
        }
        rep.record(per_stage.iter().sum());
    }
    for (stage, t) in stages.iter().zip(&best_stage) {
        print_line(
            &format!("{:<10} 1 thread", stage.name()),
            bytes,
            docs.len(),
            *t,
            rep.runs,
        );
    }

    // Up to entities, one thread: detection (always on, even for the
    // generated corpus), segmentation, times, entities, back to back on each
    // document, as one pipeline stopped after the entity stage.
    let upto = Pipeline::new(PipelineOptions::default())?
        .stop_after("entities")
        .ok_or_else(|| anyhow::anyhow!("the pipeline has no `entities` stage"))?;
    let (best, runs) = best_time(&args, || {
        let input: Vec<Document> = raw.clone();
        let t = Instant::now();
        let mut done = 0usize;
        for d in input {
            if let Outcome::Done(_) = upto.process(d) {
                done += 1;
            }
        }
        let elapsed = t.elapsed();
        anyhow::ensure!(
            done == raw.len(),
            "up to entities: only {done} of {} documents were processed",
            raw.len()
        );
        Ok(elapsed)
    })?;
    print_line("up to entities 1 thread", bytes, docs.len(), best, runs);

    let mut one_thread = None;
    for threads in [1, jobs] {
        let (best, runs) = best_time(&args, || {
            let t = Instant::now();
            let mut done = 0usize;
            warta::run(
                &pipeline,
                docs.iter().cloned().map(Ok),
                threads,
                64 * threads,
                |r| {
                    if let Ok(Outcome::Done(_)) = r {
                        done += 1;
                    }
                },
            );
            let elapsed = t.elapsed();
            anyhow::ensure!(
                done == docs.len(),
                "only {done} of {} documents were processed",
                docs.len()
            );
            Ok(elapsed)
        })?;
        print_line(
            &format!("pipeline {threads} thread(s)"),
            bytes,
            docs.len(),
            best,
            runs,
        );
        match one_thread {
            None => one_thread = Some(best),
            Some(one) => println!(
                "  ({threads} threads: {:.2}x one thread)",
                one.as_secs_f64() / best.as_secs_f64().max(1e-9)
            ),
        }
        if threads == jobs {
            break;
        }
    }
    Ok(Status::Ok)
}

/// The fastest of repeated runs of `f` (which returns the time of one run),
/// with the number of runs.
fn best_time(
    args: &BenchArgs,
    mut f: impl FnMut() -> anyhow::Result<Duration>,
) -> anyhow::Result<(Duration, usize)> {
    let mut rep = Repeat::new(args);
    let mut best = Duration::MAX;
    while rep.again() {
        let t = f()?;
        best = best.min(t);
        rep.record(t);
    }
    Ok((best, rep.runs))
}

fn print_line(label: &str, bytes: usize, docs: usize, t: Duration, runs: usize) {
    let secs = t.as_secs_f64().max(1e-9);
    println!(
        "{label:<28} {:>8.1} MB/s {:>10.0} docs/s  ({:.2} s, best of {runs})",
        bytes as f64 / 1e6 / secs,
        docs as f64 / secs,
        secs
    );
}

/// Writes `docs` as JSONL that `warta extract` reads back.
fn dump_corpus(path: &std::path::Path, docs: &[Document]) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for (i, d) in docs.iter().enumerate() {
        let row = serde_json::json!({
            "id": format!("bench-{}", i + 1),
            "date": d.date,
            "text": d.text,
        });
        serde_json::to_writer(&mut out, &row)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

fn read_corpus(inputs: &[PathBuf]) -> Vec<Document> {
    let (inputs, errors) = warta_sources::expand_inputs(inputs);
    for e in errors {
        eprintln!("warta: {e}");
    }
    let opts = ReadOptions::default();
    inputs
        .iter()
        .flat_map(|i| warta_sources::read(i, &opts))
        .filter_map(|r| r.map_err(|e| eprintln!("warta: {e}")).ok())
        .collect()
}

/// Sentence templates for the generated corpus. `{P}` person, `{R}` role,
/// `{C}`/`{D}` countries, `{T}` city, `{N}` number, `{W}` weekday, `{M}` month.
const ID_TEMPLATES: &[&str] = &[
    "{R} {P} mengatakan pada {W} ({N}/9) bahwa pemerintah {C} akan memperkuat kerja sama pertahanan dengan {D}.",
    "Pertemuan itu berlangsung di {T} selama dua hari dan dihadiri {N} delegasi dari {C} dan {D}.",
    "“Kami tidak akan mundur dari komitmen ini,” kata {P} kepada wartawan di {T}, Selasa (12/3/2024) pukul 14.00 WIB.",
    "Menurut {P}, kedua negara telah menandatangani nota kesepahaman tentang perdagangan senilai 2,5 miliar dolar AS.",
    "Polisi menangkap {N} orang yang diduga terlibat dalam unjuk rasa di depan gedung DPR, {T}, pada {N} {M} lalu.",
    "{C} mengecam uji coba rudal balistik yang dilakukan {D} minggu lalu dan mendesak Dewan Keamanan PBB untuk bersidang.",
    "Kementerian Luar Negeri {C} memanggil duta besar {D} setelah insiden di perbatasan pada awal bulan ini.",
    "Latihan militer bersama itu akan digelar di perairan dekat {T} pada pekan depan, ujarnya.",
    "Sejak 2006, {D} telah melakukan enam uji coba nuklir meskipun mendapat sanksi dari berbagai negara.",
    "Presiden {P} dijadwalkan berkunjung ke {T} bulan depan untuk bertemu dengan {R} {C}.",
];

const EN_TEMPLATES: &[&str] = &[
    "{R} {P} said on {W} that {C} would strengthen defence cooperation with {D}.",
    "The talks in {T} lasted two days and were attended by {N} delegates from {C} and {D}.",
    "\"We will not step back from this commitment,\" {P} told reporters in {T} on Tuesday.",
    "According to {P}, the two countries signed a memorandum on trade worth $2.5 billion.",
    "Police arrested {N} people suspected of taking part in protests outside parliament in {T} on {M} {N}.",
    "{C} condemned the ballistic missile test carried out by {D} last week and urged the U.N. Security Council to meet.",
    "The foreign ministry of {C} summoned the ambassador of {D} after an incident on the border earlier this month.",
    "The joint military exercise will be held in waters near {T} next week, he said.",
    "Since 2006, {D} has conducted six nuclear tests despite sanctions from many countries.",
    "President {P} is scheduled to visit {T} next month to meet the {R} of {C}.",
];

const PEOPLE: &[&str] = &[
    "Sugiono",
    "Sergei Lavrov",
    "Wang Yi",
    "Marco Rubio",
    "Penny Wong",
    "Sjafrie Sjamsoeddin",
    "Anwar Ibrahim",
    "Yoko Kamikawa",
    "Retno Marsudi",
    "Kim Jong Un",
    "Ferdinand Marcos Jr.",
];
const ID_ROLES: &[&str] = &[
    "Menteri Luar Negeri",
    "Menteri Pertahanan",
    "Juru bicara",
    "Presiden",
    "Perdana Menteri",
];
const EN_ROLES: &[&str] = &[
    "Foreign Minister",
    "Defence Minister",
    "Spokesman",
    "President",
    "Prime Minister",
];
const ID_COUNTRIES: &[&str] = &[
    "Indonesia",
    "Rusia",
    "Korea Utara",
    "Amerika Serikat",
    "China",
    "Jepang",
    "Australia",
    "Malaysia",
    "Filipina",
];
const EN_COUNTRIES: &[&str] = &[
    "Indonesia",
    "Russia",
    "North Korea",
    "the United States",
    "China",
    "Japan",
    "Australia",
    "Malaysia",
    "the Philippines",
];
const CITIES: &[&str] = &[
    "Jakarta",
    "Vladivostok",
    "Beijing",
    "Canberra",
    "Kuala Lumpur",
    "Manila",
    "Surabaya",
    "Tokyo",
    "Pyongyang",
];
const ID_WEEKDAYS: &[&str] = &["Senin", "Selasa", "Rabu", "Kamis", "Jumat"];
const EN_WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const ID_MONTHS: &[&str] = &["Januari", "Maret", "Juli", "Agustus", "Oktober"];
const EN_MONTHS: &[&str] = &["January", "March", "July", "August", "October"];

/// A deterministic corpus of about `target_bytes` of wire-style news.
fn synthetic_corpus(lang: &str, target_bytes: usize) -> Vec<Document> {
    let (templates, roles, countries, weekdays, months) = if lang == "en" {
        (EN_TEMPLATES, EN_ROLES, EN_COUNTRIES, EN_WEEKDAYS, EN_MONTHS)
    } else {
        (ID_TEMPLATES, ID_ROLES, ID_COUNTRIES, ID_WEEKDAYS, ID_MONTHS)
    };
    // A small linear congruential generator: deterministic, no dependency.
    let mut state: u64 = 0x5eed_1234_abcd_0001;
    let mut next = move |n: usize| -> usize {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let mut docs = Vec::new();
    let mut total = 0;
    while total < target_bytes {
        let mut text = String::with_capacity(4096);
        let city = CITIES[next(CITIES.len())].to_uppercase();
        text.push_str(&format!("{city} (warta) - "));
        let sentences = 8 + next(12);
        for s in 0..sentences {
            let t = templates[next(templates.len())];
            let c = next(countries.len());
            let d = (c + 1 + next(countries.len() - 1)) % countries.len();
            let line = t
                .replace("{P}", PEOPLE[next(PEOPLE.len())])
                .replace("{R}", roles[next(roles.len())])
                .replace("{C}", countries[c])
                .replace("{D}", countries[d])
                .replace("{T}", CITIES[next(CITIES.len())])
                .replace("{W}", weekdays[next(weekdays.len())])
                .replace("{M}", months[next(months.len())])
                .replace("{N}", &(1 + next(28)).to_string());
            text.push_str(&line);
            text.push(if s % 3 == 2 { '\n' } else { ' ' });
        }
        total += text.len();
        let mut doc = Document::new(
            text,
            SourceInfo {
                path: "<generated>".into(),
                format: "txt".into(),
                ..Default::default()
            },
        );
        doc.date = Some("2024-03-13".into());
        doc.date_source = DateSource::Metadata;
        docs.push(doc);
    }
    docs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_corpus_is_deterministic_and_sized() {
        let a = synthetic_corpus("id", 50_000);
        let b = synthetic_corpus("id", 50_000);
        assert_eq!(a.len(), b.len());
        assert!(a.iter().zip(&b).all(|(x, y)| x.text == y.text));
        let bytes: usize = a.iter().map(|d| d.text.len()).sum();
        assert!((50_000..60_000).contains(&bytes), "{bytes}");
        assert!(a[0].text.contains(" (warta) - "));
        assert!(!a.iter().any(|d| d.text.contains('{')), "unfilled slot");
        let en = synthetic_corpus("en", 10_000);
        assert!(en.iter().any(|d| d.text.contains(" said ")));
        assert!(!en.iter().any(|d| d.text.contains(" bahwa ")));
    }
}
