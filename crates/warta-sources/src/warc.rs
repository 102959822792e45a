//! WARC files (Common Crawl, CC-NEWS, crawler archives): one document per
//! `response` record with an HTTP 200 HTML body.
//!
//! Records are framed here, one at a time, so memory stays bounded by one
//! record whatever the archive size; header blocks are parsed with the
//! `warc` crate's parser. Record offsets count bytes of the (decompressed)
//! WARC stream. After a malformed header the reader skips to the next line
//! starting with `WARC/`; after a read error (a corrupt gzip member, a
//! truncated file) it reports the offset and stops, keeping every record
//! read before.

use std::io::{self, BufRead, Read};

use encoding_rs::Encoding;
use warta_core::{DateSource, Document};

use crate::decode::charset_param;
use crate::gz::MemberStarts;
use crate::html::{extract, page_document};
use crate::limits::markup_cap;
use crate::open::Source;
use crate::{DocumentStream, Format, ReadOptions, SourceError};

/// Longest WARC or HTTP header block accepted.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Reads `source` as a WARC file.
pub fn read(
    path: String,
    source: Source,
    opts: &ReadOptions,
    members: Option<MemberStarts>,
) -> DocumentStream {
    Box::new(WarcRecords {
        path,
        source,
        members,
        body_cap: markup_cap(opts),
        opts: opts.clone(),
        pos: 0,
        done: false,
        queued: None,
    })
}

struct WarcRecords {
    path: String,
    source: Source,
    opts: ReadOptions,
    body_cap: usize,
    /// Where gzip members start, for `.warc.gz` input.
    members: Option<MemberStarts>,
    /// Bytes consumed so far (of the decompressed stream).
    pos: u64,
    done: bool,
    /// An error to report before reading further (garbage skipped while resyncing).
    queued: Option<SourceError>,
}

/// The WARC headers a reader needs.
#[derive(Default)]
struct RecordHead {
    offset: u64,
    kind: String,
    target_uri: Option<String>,
    date: Option<String>,
    content_type: String,
    length: u64,
}

impl Iterator for WarcRecords {
    type Item = Result<Document, SourceError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(e) = self.queued.take() {
                return Some(Err(e));
            }
            if self.done {
                return None;
            }
            let head = match self.read_head() {
                Ok(Some(h)) => h,
                Ok(None) => {
                    self.done = true;
                    continue;
                }
                Err(e) => return Some(Err(e)),
            };
            let wanted = head.kind.eq_ignore_ascii_case("response")
                && (head.content_type.is_empty() || head.content_type.contains("application/http"));
            if !wanted || head.length > self.body_cap as u64 {
                if let Err(e) = self.skip_body(&head) {
                    return Some(Err(e));
                }
                continue;
            }
            let body = match self.read_body(&head) {
                Ok(b) => b,
                Err(e) => return Some(Err(e)),
            };
            match self.document(&head, body) {
                Ok(Some(doc)) => return Some(Ok(doc)),
                Ok(None) => continue,
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl WarcRecords {
    fn error(&self, offset: u64, message: String) -> SourceError {
        SourceError::new(&self.path, Some(offset), message)
    }

    /// The offset reported for a record starting at `stream_offset` of the
    /// decompressed stream: its gzip member's offset when it starts one.
    fn record_offset(&self, stream_offset: u64) -> u64 {
        self.members
            .as_ref()
            .and_then(|m| m.compressed_start(stream_offset))
            .unwrap_or(stream_offset)
    }

    /// A read failure ends the stream: inside a compressed or truncated file
    /// there is no reliable place to resume.
    fn fatal(&mut self, offset: u64, e: &io::Error) -> SourceError {
        self.done = true;
        let hint = if e.kind() == io::ErrorKind::UnexpectedEof {
            "the file is truncated"
        } else {
            "corrupt data (a damaged gzip member?); records before this point were read"
        };
        self.error(offset, format!("cannot read WARC record: {e}; {hint}"))
    }

    /// One line of at most `MAX_HEADER_BYTES`, counted into `pos`.
    fn read_line(&mut self, line: &mut Vec<u8>) -> io::Result<usize> {
        line.clear();
        let n = Read::take(&mut self.source, MAX_HEADER_BYTES as u64).read_until(b'\n', line)?;
        self.pos += n as u64;
        Ok(n)
    }

    /// The next record's header, `None` at the end of the input.
    fn read_head(&mut self) -> Result<Option<RecordHead>, SourceError> {
        let mut line = Vec::new();
        let mut garbage_at: Option<u64> = None;
        let stream_offset = loop {
            let start = self.pos;
            let n = match self.read_line(&mut line) {
                Ok(n) => n,
                Err(e) => {
                    // Between records: say which kind of offset this is.
                    let at = self.record_offset(start);
                    let mut err = self.fatal(at, &e);
                    if self.members.is_some() && at == start && start > 0 {
                        err.message
                            .push_str(" (the offset counts decompressed bytes)");
                    }
                    return Err(err);
                }
            };
            if n == 0 {
                if let Some(at) = garbage_at {
                    return Err(
                        self.error(at, "data after the last record is not WARC; ignored".into())
                    );
                }
                return Ok(None);
            }
            if line.starts_with(b"WARC/") {
                break start;
            }
            if !line.iter().all(u8::is_ascii_whitespace) && garbage_at.is_none() {
                garbage_at = Some(start);
            }
        };
        if let Some(at) = garbage_at {
            self.queued = Some(self.error(
                at,
                format!(
                    "bytes {at}..{stream_offset} of the WARC stream are not a WARC record; skipped to the next record"
                ),
            ));
        }
        let offset = self.record_offset(stream_offset);
        let mut block = line.clone();
        loop {
            let n = match self.read_line(&mut line) {
                Ok(n) => n,
                Err(e) => return Err(self.fatal(offset, &e)),
            };
            if n == 0 {
                self.done = true;
                return Err(self.error(
                    offset,
                    "truncated WARC record: the file ends inside its header".into(),
                ));
            }
            block.extend_from_slice(&line);
            if line == b"\r\n" || line == b"\n" {
                break;
            }
            if block.len() > MAX_HEADER_BYTES {
                return Err(self.error(offset, format!(
                    "WARC header longer than {MAX_HEADER_BYTES} bytes; skipped to the next record"
                )));
            }
        }
        parse_head(&block, offset).ok_or_else(|| {
            self.error(offset, "malformed WARC header (bad field line or Content-Length); skipped to the next record".into())
        }).map(Some)
    }

    fn skip_body(&mut self, head: &RecordHead) -> Result<(), SourceError> {
        let copied = io::copy(
            &mut Read::take(&mut self.source, head.length),
            &mut io::sink(),
        );
        match copied {
            Ok(n) => {
                self.pos += n;
                if n < head.length {
                    self.done = true;
                    return Err(self.truncated(head, n));
                }
                Ok(())
            }
            Err(e) => Err(self.fatal(head.offset, &e)),
        }
    }

    fn read_body(&mut self, head: &RecordHead) -> Result<Vec<u8>, SourceError> {
        let mut body = Vec::with_capacity(head.length.min(1 << 20) as usize);
        match Read::take(&mut self.source, head.length).read_to_end(&mut body) {
            Ok(n) => {
                self.pos += n as u64;
                if (n as u64) < head.length {
                    self.done = true;
                    return Err(self.truncated(head, n as u64));
                }
                Ok(body)
            }
            Err(e) => Err(self.fatal(head.offset, &e)),
        }
    }

    fn truncated(&self, head: &RecordHead, got: u64) -> SourceError {
        self.error(
            head.offset,
            format!(
                "truncated WARC record: Content-Length is {} but the file ends after {got} bytes",
                head.length
            ),
        )
    }

    /// The document of a response record; `None` for non-200 or non-HTML.
    fn document(&self, head: &RecordHead, body: Vec<u8>) -> Result<Option<Document>, SourceError> {
        let Some(http) = HttpResponse::parse(&body) else {
            return Ok(None);
        };
        if http.status != 200 {
            return Ok(None);
        }
        let payload = &body[http.body_start..];
        let html_type = http.content_type.as_deref().map(str::to_ascii_lowercase);
        let is_html = match &html_type {
            Some(t) => t.contains("text/html") || t.contains("application/xhtml"),
            None => payload.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<'),
        };
        if !is_html {
            return Ok(None);
        }
        let payload = http
            .decoded_payload(payload, self.body_cap)
            .map_err(|m| self.error(head.offset, m))?;
        let charset: Option<&'static Encoding> = http
            .content_type
            .as_deref()
            .and_then(|t| charset_param(t.as_bytes()));
        let mut page = extract(payload, charset);
        if head.target_uri.is_some() {
            page.url.clone_from(&head.target_uri);
        }
        let warc_date = head.date.as_deref().and_then(crate::date::normalize_date);
        let Some(mut doc) = page_document(
            page,
            &self.path,
            Format::Warc.name(),
            Some(head.offset),
            &self.opts,
        ) else {
            return Ok(None);
        };
        if doc.date.is_none() {
            if let Some(d) = warc_date {
                doc.date = Some(d);
                doc.date_source = DateSource::Metadata;
            }
        }
        Ok(Some(doc))
    }
}

fn parse_head(block: &[u8], offset: u64) -> Option<RecordHead> {
    let (_, (_version, fields, length)) = warc::parser::headers(block).ok()?;
    let mut head = RecordHead {
        offset,
        length: length as u64,
        ..Default::default()
    };
    for (name, value) in fields {
        let value = String::from_utf8_lossy(value).trim().to_string();
        match name.to_ascii_lowercase().as_str() {
            "warc-type" => head.kind = value,
            "warc-target-uri" => head.target_uri = Some(value.trim_matches(['<', '>']).to_string()),
            "warc-date" => head.date = Some(value),
            "content-type" => head.content_type = value.to_ascii_lowercase(),
            _ => {}
        }
    }
    Some(head)
}

/// The parts of an HTTP response a reader needs.
struct HttpResponse {
    status: u16,
    content_type: Option<String>,
    content_encoding: Option<String>,
    chunked: bool,
    body_start: usize,
}

impl HttpResponse {
    fn parse(record: &[u8]) -> Option<Self> {
        let window = &record[..record.len().min(MAX_HEADER_BYTES)];
        let (head_end, body_start) = find(window, b"\r\n\r\n")
            .map(|i| (i, i + 4))
            .or_else(|| find(window, b"\n\n").map(|i| (i, i + 2)))?;
        let head = String::from_utf8_lossy(&window[..head_end]);
        let mut lines = head.lines();
        let status_line = lines.next()?;
        if !status_line.starts_with("HTTP/") {
            return None;
        }
        let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
        let mut r = Self {
            status,
            content_type: None,
            content_encoding: None,
            chunked: false,
            body_start,
        };
        for line in lines {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().to_string();
            match name.trim().to_ascii_lowercase().as_str() {
                "content-type" => r.content_type = Some(value),
                "content-encoding" => r.content_encoding = Some(value.to_ascii_lowercase()),
                "transfer-encoding" => r.chunked = value.to_ascii_lowercase().contains("chunked"),
                _ => {}
            }
        }
        Some(r)
    }

    /// The payload with transfer and content encodings undone.
    fn decoded_payload(&self, payload: &[u8], cap: usize) -> Result<Vec<u8>, String> {
        let dechunked = if self.chunked {
            dechunk(payload)
        } else {
            payload.to_vec()
        };
        let cap64 = cap as u64;
        let mut out = Vec::new();
        let result = match self.content_encoding.as_deref() {
            None | Some("identity") | Some("") => return Ok(dechunked),
            Some("gzip" | "x-gzip") => flate2::read::MultiGzDecoder::new(&dechunked[..])
                .take(cap64)
                .read_to_end(&mut out),
            Some("deflate") => flate2::read::ZlibDecoder::new(&dechunked[..])
                .take(cap64)
                .read_to_end(&mut out),
            Some(other) => {
                return Err(format!(
                    "HTTP body compressed with {other:?}, which warta does not decode; record skipped"
                ));
            }
        };
        result
            .map(|_| out)
            .map_err(|e| format!("HTTP body cannot be decompressed ({e}); record skipped"))
    }
}

/// Undoes HTTP chunked transfer coding; stops at the first malformed chunk.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    while let Some(eol) = find(data, b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..eol]);
        let size_hex = size_text.split(';').next().unwrap_or("").trim();
        let Ok(size) = usize::from_str_radix(size_hex, 16) else {
            break;
        };
        let start = eol + 2;
        if size == 0 || start >= data.len() {
            break;
        }
        let end = (start + size).min(data.len());
        out.extend_from_slice(&data[start..end]);
        data = data.get(end + 2..).unwrap_or(&[]);
    }
    out
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_head_and_chunked_body() {
        let r = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n5\r\nbc</p\r\n1\r\n>\r\n0\r\n\r\n";
        let h = HttpResponse::parse(r).unwrap();
        assert_eq!(h.status, 200);
        assert!(h.chunked);
        assert_eq!(
            h.decoded_payload(&r[h.body_start..], 1000).unwrap(),
            b"<p>abc</p>"
        );
    }

    #[test]
    fn header_block_fields() {
        let block = b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: <https://x.id/a>\r\nContent-Length: 12\r\n\r\n";
        let h = parse_head(block, 7).unwrap();
        assert_eq!((h.kind.as_str(), h.length, h.offset), ("response", 12, 7));
        assert_eq!(h.target_uri.as_deref(), Some("https://x.id/a"));
    }
}
