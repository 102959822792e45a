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
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, mpsc};

use warta_core::Document;
use warta_sources::SourceError;

use crate::{Outcome, Pipeline};

/// The input, shared by the workers: whoever holds the lock reads the next
/// document (reading is sequential anyway: one decompressor, one parser).
/// The lock is never held while waiting for room in the window.
struct Feed<I> {
    docs: I,
    /// The input is exhausted.
    done: bool,
}

/// How far the sink has got, so workers never run much more than `window`
/// documents ahead of it (memory stays bounded even when one document is
/// slow and the others race past it).
struct Progress {
    /// Documents handed out to workers.
    taken: AtomicUsize,
    /// Documents handed to the sink (written under `lock`, for `advanced`).
    sunk: AtomicUsize,
    lock: Mutex<()>,
    advanced: Condvar,
    /// Set when a worker or the sink panicked: everyone stops waiting.
    aborted: AtomicBool,
}

impl Progress {
    fn abort(&self) {
        self.aborted.store(true, Ordering::SeqCst);
        let _guard = lock(&self.lock);
        self.advanced.notify_all();
    }

    fn aborted(&self) -> bool {
        self.aborted.load(Ordering::SeqCst)
    }

    /// Blocks until the window has room for one more document; false after
    /// an abort. `before_blocking` runs first when it has to wait (the
    /// worker flushes its results there); false from it gives up.
    fn wait_for_room(&self, window: usize, before_blocking: impl FnOnce() -> bool) -> bool {
        let room = || self.taken.load(Ordering::SeqCst) < self.sunk.load(Ordering::SeqCst) + window;
        if room() {
            return !self.aborted();
        }
        if !before_blocking() {
            return false;
        }
        let mut guard = lock(&self.lock);
        while !room() && !self.aborted() {
            guard = self.advanced.wait(guard).unwrap_or_else(|e| e.into_inner());
        }
        !self.aborted()
    }

    /// Called by the sink's thread after handing documents up to `sunk` over.
    fn advance(&self, sunk: usize) {
        let _guard = lock(&self.lock);
        self.sunk.store(sunk, Ordering::SeqCst);
        self.advanced.notify_all();
    }
}

/// Results a worker sends in one message: one wake-up of the sink's thread
/// per few documents instead of per document.
const SEND_BATCH: usize = 8;

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

type Indexed = (usize, Result<Outcome, SourceError>);

/// Runs `docs` through `pipeline` on `jobs` worker threads and calls `sink`
/// with each result in input order, on the calling thread. Reading happens
/// on the workers, one at a time; about `window` documents (at most
/// `window + jobs`) are in flight, read but not yet handed to `sink`, so
/// memory is bounded by the window, not the input size. A panic in a stage
/// or in `sink` is re-raised here.
pub fn run<I, F>(pipeline: &Pipeline, docs: I, jobs: usize, window: usize, mut sink: F)
where
    I: Iterator<Item = Result<Document, SourceError>> + Send,
    F: FnMut(Result<Outcome, SourceError>),
{
    let jobs = jobs.max(1);
    let window = window.max(jobs);
    let feed = Mutex::new(Feed { docs, done: false });
    let progress = Progress {
        taken: AtomicUsize::new(0),
        sunk: AtomicUsize::new(0),
        lock: Mutex::new(()),
        advanced: Condvar::new(),
        aborted: AtomicBool::new(false),
    };
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<Vec<Indexed>>();
        for _ in 0..jobs {
            let tx = tx.clone();
            let (feed, progress) = (&feed, &progress);
            scope.spawn(move || {
                let work = catch_unwind(AssertUnwindSafe(|| {
                    worker(pipeline, feed, progress, window, &tx)
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
        for batch in rx {
            for (i, r) in batch {
                let k = i - sunk;
                if pending.len() <= k {
                    pending.resize_with(k + 1, || None);
                }
                pending[k] = Some(r);
            }
            let before = sunk;
            while let Some(Some(_)) = pending.front() {
                if let Some(Some(r)) = pending.pop_front() {
                    sink(r);
                    sunk += 1;
                }
            }
            if sunk != before {
                progress.advance(sunk);
            }
        }
    });
}

/// One worker: takes documents while there is room, processes them and
/// sends the results in small batches. It flushes its batch before it ever
/// waits, so the sink is never left waiting for a result a sleeping worker
/// holds.
fn worker<I>(
    pipeline: &Pipeline,
    feed: &Mutex<Feed<I>>,
    progress: &Progress,
    window: usize,
    tx: &mpsc::Sender<Vec<Indexed>>,
) where
    I: Iterator<Item = Result<Document, SourceError>>,
{
    let mut out: Vec<Indexed> = Vec::with_capacity(SEND_BATCH);
    let flush = |out: &mut Vec<Indexed>| {
        out.is_empty()
            || tx
                .send(std::mem::replace(out, Vec::with_capacity(SEND_BATCH)))
                .is_ok()
    };
    loop {
        if !progress.wait_for_room(window, || flush(&mut out)) {
            return;
        }
        let next = {
            let mut f = lock(feed);
            if f.done {
                None
            } else {
                match f.docs.next() {
                    Some(item) => Some((progress.taken.fetch_add(1, Ordering::SeqCst), item)),
                    None => {
                        f.done = true;
                        None
                    }
                }
            }
        };
        let Some((i, item)) = next else {
            break;
        };
        out.push((i, item.map(|doc| pipeline.process(doc))));
        if out.len() >= SEND_BATCH && !flush(&mut out) {
            return;
        }
    }
    flush(&mut out);
}
