//! HTML pages and RSS/Atom feeds: main text without boilerplate, metadata,
//! charsets, hostile markup.

mod common;

use common::{Scratch, docs_of, news_page, read_path};
use warta_core::DateSource;
use warta_sources::ReadOptions;

const FIRST: &str = "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Singapura Lawrence Wong di Istana Bogor, Jawa Barat, Senin (20/10/2025). Kedua pemimpin membahas kerja sama investasi, energi bersih, dan pertahanan, serta menyaksikan penandatanganan tiga nota kesepahaman di bidang pangan dan pendidikan.";
const SECOND: &str = "\u{201C}Singapura adalah investor asing terbesar di Indonesia selama beberapa tahun terakhir,\u{201D} kata Prabowo dalam pernyataan pers bersama seusai pertemuan. Wong mengatakan kedua negara juga sepakat memperkuat kerja sama penanggulangan terorisme dan kejahatan lintas negara di kawasan Selat Malaka.";

#[test]
fn html_main_text_without_boilerplate_and_with_metadata() {
    let dir = Scratch::new("html");
    let meta = "<meta property=\"article:published_time\" content=\"2025-10-20T19:45:00+07:00\">\
                <meta property=\"og:site_name\" content=\"Warta Contoh\">\
                <link rel=\"canonical\" href=\"https://warta.example/politik/prabowo-wong\">";
    let page = news_page("Prabowo terima PM Singapura", meta, FIRST, SECOND);
    let path = dir.file("halaman.html", page.as_bytes());
    let d = &docs_of(&path)[0];
    assert_eq!(d.text, format!("{FIRST}\n{SECOND}"));
    assert_eq!(d.source.format, "html");
    assert_eq!(d.date.as_deref(), Some("2025-10-20"));
    assert_eq!(d.date_source, DateSource::Metadata);
    assert_eq!(d.source.publisher.as_deref(), Some("Warta Contoh"));
    assert_eq!(
        d.source.url.as_deref(),
        Some("https://warta.example/politik/prabowo-wong")
    );
    assert_eq!(
        d.source.title.as_deref(),
        Some("Prabowo terima PM Singapura - Warta Contoh")
    );
}

#[test]
fn html_dates_from_pubdate_time_and_json_ld() {
    let dir = Scratch::new("html-dates");
    let cases = [
        (
            "<meta name=\"pubdate\" content=\"2025-10-18 08:00:00\">",
            "2025-10-18",
        ),
        (
            "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-10-17T23:10:00+07:00\",\"publisher\":{\"name\":\"Tempo\"}}]</script>",
            "2025-10-17",
        ),
    ];
    for (i, (meta, want)) in cases.iter().enumerate() {
        let page = news_page("Judul", meta, FIRST, SECOND);
        let d = &docs_of(&dir.file(&format!("p{i}.html"), page.as_bytes()))[0];
        assert_eq!(d.date.as_deref(), Some(*want), "{meta}");
    }
    let page = news_page("Judul", "", FIRST, SECOND).replace(
        "<h1>",
        "<time datetime=\"2025-10-16T07:00:00+07:00\">16/10/2025</time><h1>",
    );
    let d = &docs_of(&dir.file("time.htm", page.as_bytes()))[0];
    assert_eq!(d.date.as_deref(), Some("2025-10-16"));
}

#[test]
fn legacy_charsets_and_bom_decode_right() {
    let dir = Scratch::new("html-charset");
    let body = "<p>BANDUNG \u{2014} Jos\u{e9} Rahardian, pemilik caf\u{e9} di Dago, berkata: \u{201C}Air naik cepat sekali.\u{201D} Banjir merendam ratusan rumah di Kabupaten Bandung setelah hujan deras sejak Jumat malam, dan warga mengungsi ke masjid serta gedung sekolah terdekat.</p>";
    let cp1252 = format!(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>{body}</body></html>"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&cp1252);
    let d = &docs_of(&dir.file("cp1252.html", &bytes))[0];
    assert!(d.text.contains("\u{2014} Jos\u{e9}"), "{}", d.text);
    assert!(
        d.text.contains("\u{201C}Air naik cepat sekali.\u{201D}"),
        "{}",
        d.text
    );
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);

    let latin1_body = "<p>S\u{e3}o Paulo e Bras\u{ed}lia: o ministro das Rela\u{e7}\u{f5}es Exteriores do Brasil recebeu o chanceler indon\u{e9}sio Sugiono para discutir com\u{e9}rcio, energia e a coopera\u{e7}\u{e3}o entre os pa\u{ed}ses do Sul Global.</p>";
    let latin1 = format!(
        "<html><head><meta charset=\"ISO-8859-1\"></head><body>{latin1_body}</body></html>"
    );
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&latin1);
    let d = &docs_of(&dir.file("latin1.html", &bytes))[0];
    assert!(
        d.text.starts_with("S\u{e3}o Paulo e Bras\u{ed}lia"),
        "{}",
        d.text
    );

    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(format!("<html><body>{body}</body></html>").as_bytes());
    let d = &docs_of(&dir.file("bom.html", &bom))[0];
    assert!(d.text.contains("Jos\u{e9}"), "{}", d.text);

    // UTF-16 with a BOM, no extension: sniffed as HTML after decoding.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in format!("<html><body>{body}</body></html>").encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let d = &docs_of(&dir.file("utf16.html", &utf16))[0];
    assert!(d.text.contains("caf\u{e9} di Dago"), "{}", d.text);
}

#[test]
fn deeply_nested_html_does_not_hang_or_crash() {
    let dir = Scratch::new("html-deep");
    let page = format!(
        "<html><body>{}<p>Teks di dasar halaman.</p>{}</body></html>",
        "<div><b id=x>".repeat(100_000),
        "</b></div>".repeat(100_000)
    );
    let d = &docs_of(&dir.file("dalam.html", page.as_bytes()))[0];
    assert_eq!(d.text, "Teks di dasar halaman.");
    assert!(
        d.warnings.iter().any(|w| w.contains("nested deeper")),
        "{:?}",
        d.warnings
    );
}

#[test]
fn table_layout_cells_stay_apart() {
    let dir = Scratch::new("html-table");
    let page = format!(
        "<html><head><title>Lama</title></head><body><table><tr><td>Beranda<br>Politik</td>\
         <td><font size=3>{FIRST}<br><br>{SECOND}</font></td></tr></table></body></html>"
    );
    let d = &docs_of(&dir.file("tabel.html", page.as_bytes()))[0];
    assert!(
        d.text.contains(&format!("\n{FIRST}\n{SECOND}")),
        "{}",
        d.text
    );
}

#[test]
fn html_without_text_is_an_error() {
    let dir = Scratch::new("html-empty");
    let path = dir.file(
        "kosong.html",
        b"<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>",
    );
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert!(docs.is_empty(), "{docs:?}");
    assert!(errors[0].message.contains("no text"), "{}", errors[0]);
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kabar Contoh - Nasional</title><link>https://kabar.example</link><language>id</language>
<item><title>DPR setujui anggaran pertahanan 2026</title><link>https://kabar.example/1</link>
<pubDate>Tue, 21 Oct 2025 01:30:00 +0700</pubDate>
<description>Ringkasan pendek.</description>
<content:encoded><![CDATA[<p>Jakarta - DPR menyetujui anggaran pertahanan 2026.</p><p>Baca juga: lain</p><p>Menhan menyambut baik.</p>]]></content:encoded></item>
<item><title>Gempa guncang Maluku</title><link>https://kabar.example/2</link>
<pubDate>Mon, 20 Oct 2025 14:00:00 +0700</pubDate>
<description>Ambon - BMKG mencatat gempa M 5,1.
Tidak berpotensi tsunami.</description></item>
<item><title>Hanya judul</title><pubDate>Sun, 19 Oct 2025 10:00:00 +0700</pubDate></item>
</channel></rss>"#;

#[test]
fn rss_items_become_documents() {
    let dir = Scratch::new("rss");
    let docs = docs_of(&dir.file("umpan.xml", RSS.as_bytes()));
    assert_eq!(docs.len(), 3);
    let a = &docs[0];
    assert_eq!(a.source.format, "rss");
    assert_eq!(a.source.record, Some(1));
    assert_eq!(
        a.text,
        "Jakarta - DPR menyetujui anggaran pertahanan 2026.\nMenhan menyambut baik."
    );
    assert_eq!(
        a.source.title.as_deref(),
        Some("DPR setujui anggaran pertahanan 2026")
    );
    assert_eq!(a.source.url.as_deref(), Some("https://kabar.example/1"));
    assert_eq!(
        a.source.publisher.as_deref(),
        Some("Kabar Contoh - Nasional")
    );
    assert_eq!(
        a.date.as_deref(),
        Some("2025-10-21"),
        "local date, not UTC (2025-10-20)"
    );
    assert_eq!(
        (a.language.code.as_str(), a.language.method.as_str()),
        ("id", "input")
    );
    let b = &docs[1];
    assert_eq!(
        b.text,
        "Ambon - BMKG mencatat gempa M 5,1.\nTidak berpotensi tsunami."
    );
    assert_eq!(b.source.record, Some(2));
    let c = &docs[2];
    assert_eq!(c.text, "Hanya judul");
    assert!(c.warnings[0].contains("title"), "{:?}", c.warnings);
}

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Wire Contoh</title><id>urn:x</id><updated>2025-10-22T00:00:00Z</updated>
<entry><title>Russia and North Korea sign pact</title><id>urn:1</id>
<link rel="alternate" href="https://wire.example/1"/>
<updated>2025-10-22T11:00:00+03:00</updated><published>2025-10-21T23:30:00-04:00</published>
<content type="html">&lt;p&gt;MOSCOW, Oct 21 - Russia and North Korea signed an agreement.&lt;/p&gt;</content></entry>
<entry><title>Tariffs</title><id>urn:2</id><link href="https://wire.example/2"/>
<updated>2025-10-20T09:00:00Z</updated>
<summary>WASHINGTON, Oct 20 - The U.S. raised tariffs.</summary></entry>
</feed>"#;

#[test]
fn atom_entries_become_documents() {
    let dir = Scratch::new("atom");
    let docs = docs_of(&dir.file("wire.atom", ATOM.as_bytes()));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].source.format, "atom");
    assert_eq!(
        docs[0].text,
        "MOSCOW, Oct 21 - Russia and North Korea signed an agreement."
    );
    assert_eq!(
        docs[0].date.as_deref(),
        Some("2025-10-21"),
        "published wins over updated"
    );
    assert_eq!(
        docs[0].source.url.as_deref(),
        Some("https://wire.example/1")
    );
    assert_eq!(
        docs[1].text,
        "WASHINGTON, Oct 20 - The U.S. raised tariffs."
    );
    assert_eq!(docs[1].date.as_deref(), Some("2025-10-20"));
    assert_eq!(docs[1].source.record, Some(2));
}

#[test]
fn xml_entity_bomb_is_not_expanded() {
    let dir = Scratch::new("bomb");
    let mut dtd = String::from("<!ENTITY lol \"lol\">");
    let mut prev = "lol".to_string();
    for i in 1..10 {
        let name = format!("lol{i}");
        dtd.push_str(&format!(
            "<!ENTITY {name} \"{}\">",
            format!("&{prev};").repeat(10)
        ));
        prev = name;
    }
    let feed = format!(
        "<?xml version=\"1.0\"?><!DOCTYPE rss [{dtd}]><rss version=\"2.0\"><channel><title>t</title>\
         <item><title>Bom</title><description>Awal &{prev}; akhir</description></item></channel></rss>"
    );
    let (docs, errors) = read_path(
        &dir.file("bom.rss", feed.as_bytes()),
        &ReadOptions::default(),
    );
    for d in &docs {
        assert!(
            d.text.len() < 10_000,
            "entity expanded to {} bytes",
            d.text.len()
        );
    }
    assert!(docs.len() + errors.len() >= 1);
}

#[test]
fn broken_feed_is_one_clear_error() {
    let dir = Scratch::new("feed-broken");
    let path = dir.file(
        "putus.rss",
        b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>a",
    );
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert!(docs.is_empty());
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("RSS or Atom"), "{}", errors[0]);
}

#[test]
fn json_feed_items_become_documents() {
    let dir = Scratch::new("jsonfeed");
    let feed = r#"{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Kabar JSON",
  "language": "id",
  "items": [
    {"id": "1", "url": "https://kabar.example/json/1", "title": "Menlu ke Kairo",
     "content_html": "<p>Kairo - Menlu Sugiono tiba di Kairo.</p><p>Baca juga: lain</p>",
     "date_published": "2025-10-22T08:00:00+07:00"},
    {"id": "2", "title": "Tanpa HTML", "content_text": "Baris satu.\nBaris dua.",
     "date_published": "2025-10-21T23:00:00-03:00"}
  ]
}"#;
    let docs = docs_of(&dir.file("feed.json", feed.as_bytes()));
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].source.format, "json-feed");
    assert_eq!(docs[0].text, "Kairo - Menlu Sugiono tiba di Kairo.");
    assert_eq!(docs[0].date.as_deref(), Some("2025-10-22"));
    assert_eq!(
        docs[0].source.url.as_deref(),
        Some("https://kabar.example/json/1")
    );
    assert_eq!(docs[1].date.as_deref(), Some("2025-10-21"));
}
