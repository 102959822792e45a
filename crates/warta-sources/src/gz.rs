//! Gzip decompression member by member, remembering where each member
//! starts in the compressed file.
//!
//! Common Crawl and most crawlers write a `.warc.gz` as one gzip member per
//! record, and their indexes give a record's position as the offset of its
//! member in the compressed file: with that offset, `dd` or an HTTP range
//! request fetches the record alone. Decoding member by member (instead of
//! with `MultiGzDecoder`) lets the WARC reader report those offsets.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read};
use std::sync::{Arc, Mutex};

use flate2::bufread::GzDecoder;

/// At most this many member starts are remembered; beyond, the oldest are
/// dropped (only a reader far behind the decoder would miss them).
const MAX_REMEMBERED: usize = 1 << 20;

/// Where gzip members start: (offset in the decompressed stream, offset in
/// the compressed file), in stream order. Shared between the decoder, which
/// adds, and the WARC reader, which looks up record starts.
#[derive(Debug, Clone, Default)]
pub struct MemberStarts(Arc<Mutex<VecDeque<(u64, u64)>>>);

impl MemberStarts {
    fn push(&self, decompressed: u64, compressed: u64) {
        if let Ok(mut q) = self.0.lock() {
            if q.len() >= MAX_REMEMBERED {
                q.pop_front();
            }
            q.push_back((decompressed, compressed));
        }
    }

    /// The compressed offset of the member that starts exactly at
    /// decompressed offset `at`, if one does. Starts before `at` are
    /// forgotten: lookups come in increasing order.
    pub fn compressed_start(&self, at: u64) -> Option<u64> {
        let mut q = self.0.lock().ok()?;
        while q.front().is_some_and(|&(d, _)| d < at) {
            q.pop_front();
        }
        q.front().filter(|&&(d, _)| d == at).map(|&(_, c)| c)
    }
}

/// A multi-member gzip decoder that records member starts.
pub struct GzMembers<R: BufRead> {
    decoder: Option<GzDecoder<Counting<R>>>,
    produced: u64,
    starts: MemberStarts,
}

impl<R: BufRead> GzMembers<R> {
    /// Decodes `compressed`, which must be at the start of the file.
    pub fn new(compressed: R, starts: MemberStarts) -> Self {
        starts.push(0, 0);
        Self {
            decoder: Some(GzDecoder::new(Counting {
                inner: compressed,
                consumed: 0,
            })),
            produced: 0,
            starts,
        }
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            let Some(decoder) = self.decoder.as_mut() else {
                return Ok(0);
            };
            let n = decoder.read(buf)?;
            if n > 0 {
                self.produced += n as u64;
                return Ok(n);
            }
            // End of a member: another one follows unless the input ends.
            let Some(decoder) = self.decoder.take() else {
                return Ok(0);
            };
            let mut rest = decoder.into_inner();
            if rest.fill_buf()?.is_empty() {
                return Ok(0);
            }
            self.starts.push(self.produced, rest.consumed);
            self.decoder = Some(GzDecoder::new(rest));
        }
    }
}

/// A buffered reader that counts the bytes its user consumed.
struct Counting<R> {
    inner: R,
    consumed: u64,
}

impl<R: BufRead> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.consumed += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, amt: usize) {
        self.consumed += amt as u64;
        self.inner.consume(amt);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(data).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn members_are_decoded_in_order_with_their_offsets() {
        let (a, b, c) = (gzip(b"satu "), gzip(b"dua "), gzip(b"tiga"));
        let file = [a.clone(), b.clone(), c].concat();
        let starts = MemberStarts::default();
        let mut out = String::new();
        GzMembers::new(&file[..], starts.clone())
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "satu dua tiga");
        assert_eq!(starts.compressed_start(0), Some(0));
        assert_eq!(starts.compressed_start(3), None, "not a member start");
        assert_eq!(starts.compressed_start(5), Some(a.len() as u64));
        assert_eq!(starts.compressed_start(9), Some((a.len() + b.len()) as u64));
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        let mut file = gzip(b"isi");
        file.extend_from_slice(b"bukan gzip");
        let mut out = Vec::new();
        let r = GzMembers::new(&file[..], MemberStarts::default()).read_to_end(&mut out);
        assert!(r.is_err());
        assert_eq!(out, b"isi");
    }
}
