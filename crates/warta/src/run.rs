//! Streaming documents through a [`Pipeline`] on worker threads, results in
//! input order.
//!
//! Why not one rayon `par_iter` per batch: every batch ends with a barrier
//! (the threads that finish early wait for the slowest document of the
//! batch), and the caller's sink (JSON serialization, the store) ran while
//! the workers sat idle. Here each worker pulls the next document as soon as
//! it is free, and the sink runs on the calling thread at the same time,
//! so two cores stay busy on two threads.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, mpsc};

use warta_core::Document;
use warta_sources::SourceError;

use crate::{Outcome, Pipeline};

/// The input, shared by the workers: whoever holds the lock reads the next
/// document (reading is sequential anyway: one decompressor, one parser).
struct Feed<I> {
    docs: I,
    /// Index of the next document to hand out.
    next: usize,
    /// The input is exhausted.
    done: bool,
}

/// How far the sink has got, so workers never run more than `window`
/// documents ahead of it (memory stays bounded even when one document is
/// slow and the others race past it).
struct Progress {
    sunk: Mutex<usize>,
    advanced: Condvar,
    /// Set when a worker or the sink panicked: everyone stops waiting.
    aborted: AtomicBool,
}

impl Progress {
    fn abort(&self) {
        self.aborted.store(true, Ordering::SeqCst);
        let _guard = lock(&self.sunk);
        self.advanced.notify_all();
    }
}

/// Marks the run aborted when dropped during a panic of the sink, so the
/// workers waiting for room do not wait forever.
struct AbortOnUnwind<'a>(&'a Progress);

impl Drop for AbortOnUnwind<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.abort();
        }
    }
}

/// A poisoned lock only means another thread panicked; its panic is
/// re-raised when the threads are joined, so keep going meanwhile.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `docs` through `pipeline` on `jobs` worker threads and calls `sink`
/// with each result in input order, on the calling thread. Reading happens
/// on the workers, one at a time; at most `window` documents are in flight
/// (read but not yet handed to `sink`), so memory is bounded by the window,
/// not the input size. A panic in a stage or in `sink` is re-raised here.
pub fn run<I, F>(pipeline: &Pipeline, docs: I, jobs: usize, window: usize, mut sink: F)
where
    I: Iterator<Item = Result<Document, SourceError>> + Send,
    F: FnMut(Result<Outcome, SourceError>),
{
    let jobs = jobs.max(1);
    let window = window.max(jobs);
    let feed = Mutex::new(Feed {
        docs,
        next: 0,
        done: false,
    });
    let progress = Progress {
        sunk: Mutex::new(0),
        advanced: Condvar::new(),
        aborted: AtomicBool::new(false),
    };
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, Result<Outcome, SourceError>)>();
        for _ in 0..jobs {
            let tx = tx.clone();
            let (feed, progress) = (&feed, &progress);
            scope.spawn(move || {
                let work = catch_unwind(AssertUnwindSafe(|| {
                    while let Some((i, item)) = next_item(feed, progress, window) {
                        let result = item.map(|doc| pipeline.process(doc));
                        if tx.send((i, result)).is_err() {
                            break;
                        }
                    }
                }));
                if let Err(panic) = work {
                    progress.abort();
                    resume_unwind(panic);
                }
            });
        }
        drop(tx);
        let _abort = AbortOnUnwind(&progress);
        // Results arrive in any order; slot `k` of `pending` holds document
        // `sunk + k` until every earlier one has been handed to the sink.
        let mut pending: VecDeque<Option<Result<Outcome, SourceError>>> = VecDeque::new();
        let mut sunk = 0usize;
        for (i, r) in rx {
            let k = i - sunk;
            if pending.len() <= k {
                pending.resize_with(k + 1, || None);
            }
            pending[k] = Some(r);
            let before = sunk;
            while let Some(Some(_)) = pending.front() {
                if let Some(Some(r)) = pending.pop_front() {
                    sink(r);
                    sunk += 1;
                }
            }
            if sunk != before {
                *lock(&progress.sunk) = sunk;
                progress.advanced.notify_all();
            }
        }
    });
}

/// The next document and its index, once there is room in the window;
/// `None` at the end of the input or after an abort.
fn next_item<I>(
    feed: &Mutex<Feed<I>>,
    progress: &Progress,
    window: usize,
) -> Option<(usize, Result<Document, SourceError>)>
where
    I: Iterator<Item = Result<Document, SourceError>>,
{
    let mut f = lock(feed);
    if f.done {
        return None;
    }
    {
        let mut sunk = lock(&progress.sunk);
        while f.next >= *sunk + window {
            if progress.aborted.load(Ordering::SeqCst) {
                return None;
            }
            sunk = progress
                .advanced
                .wait(sunk)
                .unwrap_or_else(|e| e.into_inner());
        }
    }
    if progress.aborted.load(Ordering::SeqCst) {
        return None;
    }
    match f.docs.next() {
        Some(item) => {
            let i = f.next;
            f.next += 1;
            Some((i, item))
        }
        None => {
            f.done = true;
            None
        }
    }
}
