//! Reading throughput per format, on synthetic inputs built from the bundled
//! samples (criterion-free; one core, one pass after a warm-up).
//!
//! `cargo run --release -p warta-sources --example read_speed [MB]`
//!
//! Builds, in a scratch folder, about MB megabytes (default 50) of JSONL and
//! of .txt files, and a set of HTML pages and a .warc.gz made from the
//! sample pages, then prints MB/s of raw input per format.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use warta_sources::{Input, ReadOptions, read};

fn main() {
    let megabytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    let target = megabytes << 20;
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let dir = std::env::temp_dir().join(format!("warta-read-speed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch folder");

    let article = std::fs::read_to_string(samples.join("id_antara_sugiono_mohamad_hasan.txt"))
        .expect("samples/ is needed for the benchmark");
    let pages: Vec<String> = [
        "id_kompas_sugiono_malaysia.html",
        "en_asean_summit_kuala_lumpur.html",
    ]
    .iter()
    .map(|n| std::fs::read_to_string(samples.join(n)).expect("sample page"))
    .collect();

    // JSONL: one file.
    let jsonl = dir.join("bench.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&jsonl).expect("create"));
    let mut written = 0;
    let mut i = 0;
    while written < target {
        let line = serde_json::json!({
            "id": format!("a{i}"), "url": format!("https://x.example/{i}"),
            "title": "Menlu bertemu Menlu Malaysia", "date": "2025-10-21T10:00:00+07:00",
            "publisher": "ANTARA", "language": "id", "text": article,
        })
        .to_string();
        writeln!(f, "{line}").expect("write");
        written += line.len() + 1;
        i += 1;
    }
    drop(f);

    // TXT: many small files (one article each), 1/5 of the volume.
    let txt_dir = dir.join("txt");
    std::fs::create_dir_all(&txt_dir).expect("mkdir");
    let txt_files: Vec<PathBuf> = (0..(target / 5) / article.len())
        .map(|i| {
            let p = txt_dir.join(format!("{i:06}.txt"));
            std::fs::write(&p, format!("{article}\nCatatan {i}.\n")).expect("write");
            p
        })
        .collect();

    // HTML: page files, 1/10 of the volume.
    let html_dir = dir.join("html");
    std::fs::create_dir_all(&html_dir).expect("mkdir");
    let mut html_files = Vec::new();
    let mut html_bytes = 0;
    while html_bytes < target / 10 {
        let page = &pages[html_files.len() % pages.len()];
        let p = html_dir.join(format!("{:06}.html", html_files.len()));
        std::fs::write(&p, page).expect("write");
        html_bytes += page.len();
        html_files.push(p);
    }

    // HTML at the size of real news pages (~150 KB: inline scripts and
    // styles, menus, sidebars), same article text.
    let large_dir = dir.join("html-large");
    std::fs::create_dir_all(&large_dir).expect("mkdir");
    let large = heavy_page(&pages[0]);
    let large_files: Vec<PathBuf> = (0..(target / 5) / large.len())
        .map(|i| {
            let p = large_dir.join(format!("{i:06}.html"));
            std::fs::write(&p, &large).expect("write");
            p
        })
        .collect();

    // WARC.gz: the same pages as response records, one gzip member each.
    let warc = dir.join("bench.warc.gz");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&warc).expect("create"));
    let mut warc_raw = 0;
    for (n, page) in pages.iter().cycle().take(html_files.len()).enumerate() {
        let http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{page}",
            page.len()
        );
        let rec = format!(
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2025-10-21T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{n}>\r\nWARC-Target-URI: https://x.example/{n}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{http}\r\n\r\n",
            http.len()
        );
        warc_raw += rec.len();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(rec.as_bytes()).expect("gzip");
        w.write_all(&gz.finish().expect("gzip")).expect("write");
    }
    drop(w);

    let opts = ReadOptions::default();
    // The padding must not change what is extracted.
    let text_of = |p: &Path| {
        read(&Input::File(p.to_path_buf()), &opts)
            .next()
            .and_then(Result::ok)
            .map(|d| d.text)
    };
    let small_text = text_of(&html_files[0]);
    let large_text = text_of(&large_files[0]);
    if small_text != large_text {
        println!("WARNING: the padded page extracts differently:\n{large_text:?}");
    }
    println!("format   input MB   docs   seconds   MB/s");
    measure("jsonl", std::slice::from_ref(&jsonl), &opts);
    measure("txt", &txt_files, &opts);
    measure("html", &html_files, &opts);
    measure("html-150k", &large_files, &opts);
    let (docs, secs) = run(std::slice::from_ref(&warc), &opts);
    report("warc.gz", warc_raw, docs, secs);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `page` padded the way real news pages are: inline configuration scripts,
/// styles, a long navigation menu, a sidebar of headlines and a link footer.
fn heavy_page(page: &str) -> String {
    let script: String = (0..1200)
        .map(|i| format!("window.__cfg[{i}]={{\"slot\":\"div-gpt-ad-{i}\",\"size\":[300,250],\"kv\":{{\"kanal\":\"nasional\",\"pos\":{i}}}}};\n"))
        .collect();
    let style: String = (0..500)
        .map(|i| format!(".c{i}{{margin:{i}px 0;padding:0 {i}px;color:#{i:03x}}}\n"))
        .collect();
    let nav: String = (0..250)
        .map(|i| format!("<li class=\"nav-item\"><a href=\"/kanal/{i}\">Kanal {i}</a></li>"))
        .collect();
    let sidebar: String = (0..60)
        .map(|i| format!("<div class=\"most-item\"><img src=\"/img/{i}.jpg\" alt=\"\"><a href=\"/read/{i}\">Berita terpopuler nomor {i} hari ini yang banyak dibaca</a><span>{i} menit lalu</span></div>"))
        .collect();
    let footer: String = (0..100)
        .map(|i| format!("<a href=\"/tag/{i}\">Topik {i}</a> "))
        .collect();
    page.replacen(
        "</head>",
        &format!("<script>{script}</script><style>{style}</style></head>"),
        1,
    )
    .replacen(
        "<body>",
        &format!("<body><div class=\"megamenu\"><ul>{nav}</ul></div>"),
        1,
    )
    .replacen(
        "</main>",
        &format!("<div class=\"sidebar-most\">{sidebar}</div></main>"),
        1,
    )
    .replacen(
        "</footer>",
        &format!("<div class=\"tags\">{footer}</div></footer>"),
        1,
    )
}

fn run(files: &[PathBuf], opts: &ReadOptions) -> (usize, f64) {
    let start = Instant::now();
    let mut docs = 0;
    for f in files {
        for d in read(&Input::File(f.clone()), opts).flatten() {
            docs += std::hint::black_box(d.text.len()).min(1);
        }
    }
    (docs, start.elapsed().as_secs_f64())
}

fn measure(name: &str, files: &[PathBuf], opts: &ReadOptions) {
    let bytes: usize = files.iter().map(|f| size(f)).sum();
    run(&files[..files.len().min(50)], opts); // warm-up: page cache, lazy tables
    let (docs, secs) = run(files, opts);
    report(name, bytes, docs, secs);
}

fn report(name: &str, bytes: usize, docs: usize, secs: f64) {
    let mb = bytes as f64 / 1e6;
    println!(
        "{name:<8} {mb:>9.1} {docs:>6} {secs:>9.3} {:>6.0}",
        mb / secs
    );
}

fn size(p: &Path) -> usize {
    std::fs::metadata(p).map(|m| m.len() as usize).unwrap_or(0)
}
