//! Opening an input: file or stdin, transparent gzip, format detection, and
//! dispatch to the reader for the format.

use std::io::{self, BufRead, BufReader, Cursor, Read};

use crate::detect::{self, SNIFF_BYTES};
use crate::gz::{GzMembers, MemberStarts};
use crate::{DocumentStream, Format, Input, ReadOptions, SourceError};

/// The byte stream a format reader consumes (already decompressed).
pub type Source = Box<dyn BufRead + Send>;

// Below glibc's mmap threshold, so opening many small files stays cheap.
const BUFFER_BYTES: usize = 64 * 1024;

/// Opens `input` and returns the stream of its documents.
pub fn open(input: &Input, opts: &ReadOptions) -> DocumentStream {
    let path = input.display_path();
    let raw: Box<dyn Read + Send> = match input {
        Input::File(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(f),
            Err(e) => return fail(&path, None, format!("cannot open: {e}")),
        },
        Input::Stdin => Box::new(io::stdin()),
        Input::Memory { bytes, .. } => Box::new(Cursor::new(bytes.clone())),
    };
    let name = match input {
        Input::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()),
        Input::Stdin => None,
        Input::Memory { name, .. } => Some(name.clone()),
    };
    open_reader(path, name, raw, opts)
}

/// Reads documents from a byte stream: `path` labels documents and errors,
/// `name` is a file name whose extension hints at the format (`None`: the
/// content alone decides).
fn open_reader(
    path: String,
    mut name: Option<String>,
    raw: Box<dyn Read + Send>,
    opts: &ReadOptions,
) -> DocumentStream {
    let (head, raw) = match peek(raw, SNIFF_BYTES) {
        Ok(x) => x,
        Err(e) => return fail(&path, Some(0), format!("cannot read: {e}")),
    };
    let mut members = None;
    let (head, source): (Vec<u8>, Box<dyn Read + Send>) = if detect::is_gzip(&head) {
        if let Some(n) = &name {
            if n.to_ascii_lowercase().ends_with(".gz") {
                name = Some(n[..n.len() - 3].to_string());
            }
        }
        let compressed = Cursor::new(head).chain(raw);
        let starts = MemberStarts::default();
        let gz = GzMembers::new(
            BufReader::with_capacity(BUFFER_BYTES, compressed),
            starts.clone(),
        );
        members = Some(starts);
        match peek(Box::new(gz), SNIFF_BYTES) {
            Ok(x) => x,
            Err(e) => {
                return fail(
                    &path,
                    Some(0),
                    format!("corrupt gzip data: {e}; check the download or re-compress the file"),
                );
            }
        }
    } else {
        (head, raw)
    };
    let format = match detect::detect(name.as_deref(), &head) {
        Ok(f) => f,
        Err(message) => return fail(&path, None, message),
    };
    let source: Source = Box::new(BufReader::with_capacity(
        BUFFER_BYTES,
        Cursor::new(head).chain(source),
    ));
    match format {
        Format::Txt => crate::txt::read(path, source, opts),
        Format::Jsonl => crate::jsonl::read(path, source, opts),
        Format::Html => crate::html::read(path, source, opts),
        Format::Feed => crate::feed::read(path, source, opts),
        Format::Warc => crate::warc::read(path, source, opts, members),
    }
}

/// A stream with one error.
pub fn fail(path: &str, offset: Option<u64>, message: impl Into<String>) -> DocumentStream {
    Box::new(std::iter::once(Err(SourceError::new(
        path, offset, message,
    ))))
}

/// Reads up to `n` leading bytes and returns them with the (unconsumed)
/// rest. A read error after some bytes is deferred to the rest, so that the
/// records before a damaged spot are still read; an error before any byte
/// is returned at once.
fn peek(mut reader: Box<dyn Read + Send>, n: usize) -> io::Result<(Vec<u8>, Box<dyn Read + Send>)> {
    let mut head = vec![0u8; n];
    let mut len = 0;
    while len < n {
        match reader.read(&mut head[len..]) {
            Ok(0) => break,
            Ok(k) => len += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) if len == 0 => return Err(e),
            Err(e) => {
                head.truncate(len);
                return Ok((head, Box::new(FailingReader(Some(e)))));
            }
        }
    }
    head.truncate(len);
    Ok((head, reader))
}

/// A reader whose first read fails with the stored error; then end of input.
struct FailingReader(Option<io::Error>);

impl Read for FailingReader {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}
