//! Opening an input: file or stdin, transparent gzip, format detection, and
//! dispatch to the reader for the format.

use std::io::{self, BufRead, BufReader, Cursor, Read};

use crate::detect::{self, SNIFF_BYTES};
use crate::{DocumentStream, Format, Input, ReadOptions, SourceError};

/// The byte stream a format reader consumes (already decompressed).
pub type Source = Box<dyn BufRead + Send>;

const BUFFER_BYTES: usize = 256 * 1024;

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
    let (head, raw) = match peek(raw, SNIFF_BYTES) {
        Ok(x) => x,
        Err(e) => return fail(&path, Some(0), format!("cannot read: {e}")),
    };
    let mut name = match input {
        Input::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()),
        Input::Stdin => None,
        Input::Memory { name, .. } => Some(name.clone()),
    };
    let (head, source): (Vec<u8>, Box<dyn Read + Send>) = if detect::is_gzip(&head) {
        if let Some(n) = &name {
            if n.to_ascii_lowercase().ends_with(".gz") {
                name = Some(n[..n.len() - 3].to_string());
            }
        }
        let compressed = Cursor::new(head).chain(raw);
        let gz =
            flate2::read::MultiGzDecoder::new(BufReader::with_capacity(BUFFER_BYTES, compressed));
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
        Format::Warc => crate::warc::read(path, source, opts),
    }
}

/// A stream with one error.
pub fn fail(path: &str, offset: Option<u64>, message: impl Into<String>) -> DocumentStream {
    Box::new(std::iter::once(Err(SourceError::new(
        path, offset, message,
    ))))
}

/// Reads up to `n` leading bytes and returns them with the (unconsumed) rest.
fn peek(mut reader: Box<dyn Read + Send>, n: usize) -> io::Result<(Vec<u8>, Box<dyn Read + Send>)> {
    let mut head = Vec::with_capacity(n);
    (&mut reader).take(n as u64).read_to_end(&mut head)?;
    Ok((head, reader))
}
