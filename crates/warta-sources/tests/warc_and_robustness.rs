//! WARC records, gzip transparency and bad input: truncated archives,
//! corrupt gzip, binary files, invalid UTF-8, oversized texts.

mod common;

use common::{Scratch, docs_of, gzip, http_response, news_page, read_path, warc_record};
use warta_core::DateSource;
use warta_sources::{Input, ReadOptions, expand_inputs, read};

const PARA_1: &str = "Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bermagnitudo 6,0 di Laut Banda, Maluku, Rabu (22/10/2025) pukul 03.15 WIT. Gempa berada di kedalaman 120 kilometer dan tidak berpotensi tsunami, menurut keterangan resmi BMKG di Jakarta.";
const PARA_2: &str = "Kepala Pusat Gempa Bumi dan Tsunami BMKG mengatakan guncangan dirasakan di Ambon dan Tual dengan intensitas III MMI. Hingga pagi hari belum ada laporan kerusakan bangunan maupun korban jiwa dari pemerintah daerah setempat.";
const PARA_3: &str = "WASHINGTON, Oct 21 (Reuters) - The United States and Japan signed an agreement on Tuesday to expand joint production of air defence missiles, the Pentagon said, as both countries seek to counter China's growing military strength in the region and restock supplies sent to Ukraine.";
const PARA_4: &str = "Defense Secretary Pete Hegseth and Japanese Defense Minister Gen Nakatani signed the deal in Washington. Hegseth said the agreement would double the output of interceptors within three years, according to a statement released after the meeting.";

/// A WARC with: warcinfo, request, HTML response (date in page), image,
/// 404, HTML response without a page date.
fn warc_records() -> Vec<Vec<u8>> {
    let page1 = news_page(
        "Gempa Laut Banda",
        "<meta property=\"article:published_time\" content=\"2025-10-22T06:00:00+07:00\">",
        PARA_1,
        PARA_2,
    );
    let page2 = news_page("US Japan missiles", "", PARA_3, PARA_4);
    vec![
        warc_record(
            "warcinfo",
            "x",
            "2025-10-22T00:00:00Z",
            "application/warc-fields",
            b"software: test\r\n",
        ),
        warc_record(
            "request",
            "https://a.example/gempa",
            "2025-10-22T00:00:01Z",
            "application/http; msgtype=request",
            b"GET /gempa HTTP/1.1\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://a.example/gempa",
            "2025-10-23T00:00:02Z",
            "application/http; msgtype=response",
            &http_response("200 OK", "text/html; charset=utf-8", page1.as_bytes()),
        ),
        warc_record(
            "response",
            "https://a.example/foto.jpg",
            "2025-10-22T00:00:03Z",
            "application/http; msgtype=response",
            &http_response("200 OK", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x00\x00"),
        ),
        warc_record(
            "response",
            "https://a.example/hilang",
            "2025-10-22T00:00:04Z",
            "application/http; msgtype=response",
            &http_response(
                "404 Not Found",
                "text/html",
                b"<html><body><p>Tidak ada</p></body></html>",
            ),
        ),
        warc_record(
            "response",
            "https://b.example/missiles",
            "2025-10-21T22:10:00Z",
            "application/http; msgtype=response",
            &http_response("200 OK", "text/html", page2.as_bytes()),
        ),
    ]
}

/// Start offsets of consecutive chunks.
fn starts(chunks: &[Vec<u8>]) -> Vec<u64> {
    chunks
        .iter()
        .scan(0u64, |pos, r| {
            let at = *pos;
            *pos += r.len() as u64;
            Some(at)
        })
        .collect()
}

#[test]
fn warc_html_responses_become_documents_other_records_are_skipped() {
    let records = warc_records();
    let members: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
    let stream_offsets = starts(&records);
    let member_offsets = starts(&members);
    let dir = Scratch::new("warc");
    let cases = [
        // Plain WARC: offsets in the file.
        (
            dir.file("crawl.warc", &records.concat()),
            [stream_offsets[2], stream_offsets[5]],
        ),
        // One gzip member per record: offsets of the members in the .gz file.
        (
            dir.file("crawl.warc.gz", &members.concat()),
            [member_offsets[2], member_offsets[5]],
        ),
        // One member for the whole file: offsets in the decompressed stream.
        (
            dir.gz_file("whole.warc.gz", &records.concat()),
            [stream_offsets[2], stream_offsets[5]],
        ),
    ];
    for (path, want_offsets) in cases {
        let docs = docs_of(&path);
        assert_eq!(docs.len(), 2, "{}", path.display());
        let a = &docs[0];
        assert_eq!(a.source.format, "warc");
        assert_eq!(a.text, format!("{PARA_1}\n{PARA_2}"));
        assert_eq!(a.source.url.as_deref(), Some("https://a.example/gempa"));
        assert_eq!(
            a.date.as_deref(),
            Some("2025-10-22"),
            "the page's date wins over WARC-Date"
        );
        let b = &docs[1];
        assert_eq!(b.text, format!("{PARA_3}\n{PARA_4}"));
        assert_eq!(
            b.date.as_deref(),
            Some("2025-10-21"),
            "WARC-Date when the page has none"
        );
        assert_eq!(b.date_source, DateSource::Metadata);
        assert_eq!(
            [a.source.record, b.source.record],
            want_offsets.map(Some),
            "{}",
            path.display()
        );
    }
}

#[test]
fn a_record_offset_from_a_warc_gz_fetches_that_record_alone() {
    let members: Vec<Vec<u8>> = warc_records().iter().map(|r| gzip(r)).collect();
    let file = members.concat();
    let dir = Scratch::new("warc-seek");
    let docs = docs_of(&dir.file("crawl.warc.gz", &file));
    // What `dd skip=OFFSET` or an HTTP range request would do.
    let offset = docs[1].source.record.unwrap() as usize;
    let alone = docs_of(&dir.file("alone.warc.gz", &file[offset..]));
    assert_eq!(alone[0].text, docs[1].text);
    assert_eq!(alone[0].source.record, Some(0));
}

#[test]
fn truncated_warc_gz_keeps_earlier_records_and_reports_the_offset() {
    let records = warc_records();
    let per_record_gz: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let cut = &per_record_gz[..per_record_gz.len() - 200];
    let dir = Scratch::new("warc-cut");
    let path = dir.file("putus.warc.gz", cut);
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert_eq!(docs.len(), 1, "the first HTML record is still delivered");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].path.ends_with("putus.warc.gz"));
    assert!(errors[0].offset.is_some());
    assert!(
        errors[0].message.contains("truncated") || errors[0].message.contains("cannot read"),
        "{}",
        errors[0]
    );
}

#[test]
fn truncated_plain_warc_names_the_record() {
    let records = warc_records();
    let all = records.concat();
    let last_start = all.len() - records[5].len();
    let dir = Scratch::new("warc-cut-plain");
    let path = dir.file("putus.warc", &all[..all.len() - 500]);
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert_eq!(docs.len(), 1);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].offset, Some(last_start as u64));
    assert!(
        errors[0].message.contains("truncated WARC record"),
        "{}",
        errors[0]
    );
}

#[test]
fn corrupt_gzip_member_ends_the_stream_without_losing_earlier_records() {
    let records = warc_records();
    let mut members: Vec<Vec<u8>> = records.iter().map(|r| gzip(r)).collect();
    // Damage the deflate data of the fifth member (the 404 page).
    let m = &mut members[4];
    let mid = m.len() / 2;
    for b in &mut m[mid..mid + 8] {
        *b ^= 0xA5;
    }
    let dir = Scratch::new("warc-corrupt");
    let path = dir.file("rusak.warc.gz", &members.concat());
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert_eq!(docs.len(), 1);
    assert!(!errors.is_empty());
    assert!(errors[0].offset.is_some(), "{:?}", errors[0]);
}

#[test]
fn garbage_between_records_is_reported_and_skipped() {
    let records = warc_records();
    let mut data = records[..3].concat();
    let garbage_at = data.len() as u64;
    data.extend_from_slice(b"this line is not a WARC record\r\n");
    data.extend_from_slice(&records[5]);
    let dir = Scratch::new("warc-garbage");
    let path = dir.file("sampah.warc", &data);
    let (docs, errors) = read_path(&path, &ReadOptions::default());
    assert_eq!(docs.len(), 2);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].offset, Some(garbage_at));
}

#[test]
fn gzip_is_transparent_for_every_format() {
    let dir = Scratch::new("gz");
    let txt = "Jakarta (ANTARA) - Teks berita singkat.\n";
    let jsonl = "{\"id\":\"a\",\"text\":\"Satu.\"}\n{\"id\":\"b\",\"text\":\"Dua.\"}\n";
    let plain_txt = docs_of(&dir.file("a.txt", txt.as_bytes()));
    let gz_txt = docs_of(&dir.gz_file("a.txt.gz", txt.as_bytes()));
    assert_eq!(plain_txt[0].text, gz_txt[0].text);
    let gz_jsonl = docs_of(&dir.gz_file("b.jsonl.gz", jsonl.as_bytes()));
    assert_eq!(
        gz_jsonl.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
    // No telling extension at all: gzip magic, then content sniffing.
    let sniffed = docs_of(&dir.gz_file("unduhan", jsonl.as_bytes()));
    assert_eq!(sniffed.len(), 2);
    assert_eq!(sniffed[0].source.format, "jsonl");
}

#[test]
fn invalid_utf8_text_is_decoded_lossily_with_a_warning() {
    let dir = Scratch::new("utf8");
    let mut bytes = "Menteri \u{201C}Sugiono\u{201D} tiba di Tokyo "
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(b"\xC3\x28 pada Selasa.");
    let d = &docs_of(&dir.file("rusak.txt", &bytes))[0];
    assert_eq!(
        d.text,
        "Menteri \u{201C}Sugiono\u{201D} tiba di Tokyo \u{FFFD}( pada Selasa."
    );
    assert_eq!(d.warnings.len(), 1);
    assert!(d.warnings[0].contains("U+FFFD"), "{:?}", d.warnings);
}

#[test]
fn legacy_encoded_text_is_guessed_with_a_warning() {
    let dir = Scratch::new("latin1");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(
        "S\u{e3}o Tom\u{e9} e Pr\u{ed}ncipe: o presidente recebeu o embaixador na ter\u{e7}a-feira.",
    );
    let d = &docs_of(&dir.file("pt.txt", &bytes))[0];
    assert!(d.text.starts_with("S\u{e3}o Tom\u{e9}"), "{}", d.text);
    assert!(d.warnings[0].contains("guessed"), "{:?}", d.warnings);
}

#[test]
fn binary_file_is_a_clear_error_and_other_inputs_still_come_out() {
    let dir = Scratch::new("binary");
    dir.file(
        "a_gambar.txt",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
    );
    dir.file("b_berita.txt", b"Jakarta (ANTARA) - Berita yang sah.");
    dir.file("c_arsip.jsonl", b"\x28\xB5\x2F\xFD\x04\x00\x00");
    dir.file("d_catatan.md", b"# not an input: folder walks skip it");
    let (inputs, errors) = expand_inputs(std::slice::from_ref(&dir.0));
    assert!(errors.is_empty());
    assert_eq!(inputs.len(), 3);
    let opts = ReadOptions::default();
    let results: Vec<_> = inputs.iter().flat_map(|i| read(i, &opts)).collect();
    assert_eq!(results.len(), 3);
    let e = results[0].as_ref().unwrap_err();
    assert!(e.message.contains("looks binary"), "{e}");
    assert!(e.path.ends_with("a_gambar.txt"));
    assert_eq!(
        results[1].as_ref().unwrap().text,
        "Jakarta (ANTARA) - Berita yang sah."
    );
    let e = results[2].as_ref().unwrap_err();
    assert!(e.message.contains("zstd"), "{e}");
}

#[test]
fn missing_file_is_an_error_from_expand_and_from_read() {
    let (inputs, errors) = expand_inputs(&["/nonexistent/warta/x.txt".into()]);
    assert!(inputs.is_empty());
    assert!(errors[0].message.contains("no such file"));
    let results: Vec<_> = read(
        &Input::File("/nonexistent/warta/y.txt".into()),
        &ReadOptions::default(),
    )
    .collect();
    assert!(
        results[0]
            .as_ref()
            .unwrap_err()
            .message
            .contains("cannot open")
    );
}

#[test]
fn huge_documents_are_truncated_at_a_char_boundary_with_a_warning() {
    let dir = Scratch::new("huge");
    let opts = ReadOptions {
        max_text_bytes: 1001,
    };
    let text = "é".repeat(3000); // 2 bytes each: the limit falls inside a character
    let (docs, _) = read_path(&dir.file("besar.txt", text.as_bytes()), &opts);
    assert_eq!(docs[0].text.len(), 1000);
    assert!(
        docs[0].warnings[0].contains("truncated"),
        "{:?}",
        docs[0].warnings
    );

    let jsonl = format!(
        "{{\"text\":\"{}\"}}\n{{\"text\":\"kecil\"}}\n",
        "a".repeat(5000)
    );
    let (docs, errors) = read_path(&dir.file("besar.jsonl", jsonl.as_bytes()), &opts);
    assert!(errors.is_empty());
    assert_eq!(docs[0].text.len(), 1001);
    assert!(!docs[0].warnings.is_empty());
    assert_eq!(docs[1].text, "kecil");

    let page = format!("<html><body><p>{}</p></body></html>", "kata ".repeat(2000));
    let (docs, _) = read_path(&dir.file("besar.html", page.as_bytes()), &opts);
    assert!(docs[0].text.len() <= 1001);
    assert!(docs[0].warnings.iter().any(|w| w.contains("truncated")));
}

#[test]
fn huge_line_without_newline_in_txt_is_bounded() {
    let dir = Scratch::new("hugeline");
    let opts = ReadOptions {
        max_text_bytes: 10_000,
    };
    let (docs, _) = read_path(
        &dir.file("satu-baris.txt", "x".repeat(5_000_000).as_bytes()),
        &opts,
    );
    assert_eq!(docs[0].text.len(), 10_000);
}

#[test]
fn memory_inputs_use_the_name_as_format_hint_and_content_otherwise() {
    let opts = ReadOptions::default();
    let mem = |name: &str, bytes: Vec<u8>| -> Vec<warta_core::Document> {
        let input = Input::Memory {
            name: name.into(),
            bytes,
        };
        read(&input, &opts).map(Result::unwrap).collect()
    };
    let jsonl = b"{\"id\":\"x1\",\"text\":\"Satu.\"}\n{\"id\":\"x2\",\"text\":\"Dua.\"}\n".to_vec();
    let docs = mem("api.jsonl", jsonl);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].source.path, "api.jsonl");
    assert_eq!(docs[1].source.record, Some(2));
    let gz_html = gzip(news_page("Judul", "", PARA_1, PARA_2).as_bytes());
    let docs = mem("unggahan", gz_html);
    assert_eq!(docs[0].source.format, "html");
    assert_eq!(docs[0].text, format!("{PARA_1}\n{PARA_2}"));
    let docs = mem("catatan", b"Jakarta - Teks biasa tanpa ekstensi.".to_vec());
    assert_eq!(docs[0].source.format, "txt");
}

#[test]
fn hostile_warc_header_is_bounded_and_reading_resyncs() {
    let records = warc_records();
    let mut data = records[2].clone();
    let bad_at = data.len() as u64;
    data.extend_from_slice(b"WARC/1.1\r\nWARC-Type: response\r\nX-Junk: ");
    data.extend_from_slice(&vec![b'a'; 300_000]);
    data.extend_from_slice(b"\r\n\r\n");
    data.extend_from_slice(&records[5]);
    let dir = Scratch::new("warc-hostile");
    let (docs, errors) = read_path(&dir.file("jahat.warc", &data), &ReadOptions::default());
    assert_eq!(docs.len(), 2, "records on both sides survive: {errors:?}");
    assert!(!errors.is_empty());
    assert_eq!(errors[0].offset, Some(bad_at));
    assert!(errors[0].message.contains("longer than"), "{}", errors[0]);
}

#[test]
fn markup_of_unclosed_angle_brackets_is_handled_quickly() {
    let dir = Scratch::new("angles");
    let page = format!(
        "<html><body><p>Awal.</p>{}<p>Akhir.</p></body></html>",
        "<".repeat(2_000_000)
    );
    let (docs, errors) = read_path(
        &dir.file("sudut.html", page.as_bytes()),
        &ReadOptions::default(),
    );
    assert_eq!(docs.len() + errors.len(), 1);
}
