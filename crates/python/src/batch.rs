//! `parse_many`: articles parsed on a pool of worker threads, handed back in input order.
//!
//! The iterator pulls items from the Python iterable only to keep a bounded window of jobs in
//! flight, so a generator of millions of texts is read as fast as it is consumed, never ahead of
//! it. Workers never touch Python objects: each job owns a copy of its text and its options, and
//! the interpreter is released while the caller waits for the oldest job.

use std::collections::VecDeque;
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, sync_channel};

use newsbrief_parser::{Date, Options};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyMapping, PyString};

use crate::chars::CharIndex;
use crate::{Parsed, args, guarded, parse_json};

/// Jobs in flight per worker thread when no window is given.
const WINDOW_PER_THREAD: usize = 8;

/// The iterator behind `newsbrief.parse_many`; yields `(id, text, date, json, chars)` tuples.
#[pyclass(frozen, module = "newsbrief._native")]
pub struct ParseMany {
    state: Mutex<State>,
}

struct State {
    /// The caller's iterable; `None` once it is exhausted or has raised.
    items: Option<Py<PyIterator>>,
    pool: rayon::ThreadPool,
    window: usize,
    defaults: Options,
    /// Items taken from `items`, oldest first.
    pending: VecDeque<Slot>,
    /// Position of the next item to take from `items`.
    position: usize,
}

/// One item of the input: a job on its way, or the error its turn will raise.
enum Slot {
    Running(Job),
    Failed(PyErr),
}

struct Job {
    position: usize,
    id: Py<PyAny>,
    text: Py<PyAny>,
    date: Option<Date>,
    result: Receiver<Result<Parsed, String>>,
}

type Item = (Py<PyAny>, Py<PyAny>, Option<String>, String, Option<CharIndex>);

#[pymethods]
impl ParseMany {
    #[new]
    #[pyo3(signature = (items, date=None, points=None, threads=None, window=None))]
    fn new(
        items: &Bound<'_, PyAny>,
        date: Option<&Bound<'_, PyAny>>,
        points: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
        window: Option<usize>,
    ) -> PyResult<ParseMany> {
        if items.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "parse_many takes an iterable of texts, not one str (use parse for a single article)",
            ));
        }
        let items = items.try_iter()?.unbind();
        let defaults = args::options(date, points)?;
        let threads = match threads {
            None => std::thread::available_parallelism().map_or(1, NonZeroUsize::get),
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
        };
        let window = match window {
            None => threads * WINDOW_PER_THREAD,
            Some(0) => return Err(PyValueError::new_err("window must be at least 1")),
            Some(n) => n,
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("newsbrief-{i}"))
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("starting {threads} worker threads: {e}")))?;
        let state = State { items: Some(items), pool, window, defaults, pending: VecDeque::new(), position: 0 };
        Ok(ParseMany { state: Mutex::new(state) })
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Item>> {
        // The lock is never held while the interpreter is released, so two threads sharing one
        // iterator cannot deadlock: the second is told to wait its turn instead.
        let slot = {
            let Ok(mut state) = self.state.try_lock() else {
                return Err(PyRuntimeError::new_err("this parse_many iterator is already in use by another thread"));
            };
            state.fill(py);
            state.pending.pop_front()
        };
        let job = match slot {
            None => return Ok(None),
            Some(Slot::Failed(err)) => return Err(err),
            Some(Slot::Running(job)) => job,
        };
        let Job { position, id, text, date, result } = job;
        let parsed = py
            .detach(move || result.recv())
            .map_err(|_| PyRuntimeError::new_err(format!("item {position}: the worker thread stopped")))?
            .map_err(|msg| PyRuntimeError::new_err(format!("item {position}: {msg}")))?;
        Ok(Some((id, text, date.map(|d| d.to_string()), parsed.json, parsed.chars)))
    }
}

impl State {
    /// Takes items from the caller's iterable until the window is full or the iterable ends.
    fn fill(&mut self, py: Python<'_>) {
        while self.pending.len() < self.window {
            let Some(items) = &self.items else { return };
            let next = items.bind(py).clone().next();
            let item = match next {
                None => {
                    self.items = None;
                    return;
                }
                Some(Err(err)) => {
                    // The iterable itself raised (a generator that failed): it is finished.
                    self.items = None;
                    self.pending.push_back(Slot::Failed(err));
                    return;
                }
                Some(Ok(item)) => item,
            };
            let position = self.position;
            self.position += 1;
            let slot = match self.start(&item, position) {
                Ok(job) => Slot::Running(job),
                Err(err) => Slot::Failed(at_item(py, err, position)),
            };
            self.pending.push_back(slot);
        }
    }

    /// Reads one item (a `str`, or a mapping with `text` and optional `id` and `date`) and
    /// hands it to a worker.
    fn start(&self, item: &Bound<'_, PyAny>, position: usize) -> PyResult<Job> {
        let py = item.py();
        let mut options = self.defaults.clone();
        let (id, text) = if item.is_instance_of::<PyString>() {
            (position.into_pyobject(py)?.into_any(), item.clone())
        } else if let Ok(map) = item.cast::<PyMapping>() {
            let Some(text) = get(map, "text")? else {
                return Err(PyValueError::new_err("a dict item needs a \"text\" key"));
            };
            // A missing or `None` date or id means the default, as from a table with gaps.
            if let Some(date) = get(map, "date")? {
                options = options.with_reference_date(args::date(&date)?);
            }
            let id = get(map, "id")?;
            (id.map_or_else(|| position.into_pyobject(py).map(|p| p.into_any()), Ok)?, text)
        } else {
            return Err(PyTypeError::new_err(format!(
                "items must be str or a dict with \"text\" (and optional \"id\", \"date\"), not {}{}",
                args::type_name(item),
                args::decode_hint(item)
            )));
        };
        let owned = args::text(&text, "the text")?;
        let date = options.reference_date;
        let result = spawn_guarded(&self.pool, move || parse_json(&owned, &options));
        Ok(Job { position, id: id.unbind(), text: text.unbind(), date, result })
    }
}

/// Runs `work` on the pool under [`guarded`]: a panic in a rayon job would abort the process.
/// The result arrives on the returned channel.
pub fn spawn_guarded<T: Send + 'static>(
    pool: &rayon::ThreadPool,
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Receiver<Result<T, String>> {
    let (send, result) = sync_channel(1);
    pool.spawn(move || {
        // The receiver may be gone if the iterator was dropped early; nothing to do then.
        let _ = send.send(guarded(work));
    });
    result
}

/// `map[key]`, or `None` when the key is absent or its value is `None`.
fn get<'py>(map: &Bound<'py, PyMapping>, key: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
    if !map.contains(key)? {
        return Ok(None);
    }
    Ok(Some(map.get_item(key)?).filter(|v| !v.is_none()))
}

/// The same exception, its message prefixed with the item's position.
fn at_item(py: Python<'_>, err: PyErr, position: usize) -> PyErr {
    let message = err.value(py).str().map_or_else(|_| "bad item".to_owned(), |s| s.to_string());
    let res = PyErr::from_type(err.get_type(py), format!("item {position}: {message}"));
    res.set_cause(py, Some(err));
    res
}
