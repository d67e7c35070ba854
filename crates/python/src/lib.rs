//! The native half of the `newsbrief` Python package: the extension module `newsbrief._native`.
//!
//! It calls the public API of `newsbrief-parser`, `newsbrief-render` and `newsbrief-extract`
//! and hands Python the article as the JSON of the `newsbrief/article@1` contract, exactly as
//! the command prints it, and a web page as the serialized `Page`. The typed Python objects are
//! built from that JSON by `python/newsbrief/_model.py` and `_page.py`, so this crate depends on
//! the contract, not on the model's Rust types.
//!
//! Nothing here may panic across the boundary: every parse and render runs under
//! `catch_unwind`, and a panic becomes a `RuntimeError` carrying its message.

mod args;
mod batch;
mod chars;
mod tables;

use std::panic::{AssertUnwindSafe, catch_unwind};

use newsbrief_parser::{Options, parse_with};
use newsbrief_render::{RenderOptions, render};
use pyo3::create_exception;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::batch::ParseMany;
use crate::chars::CharIndex;

/// An article parsed off the interpreter: its JSON, and the byte-to-character map when the text
/// is not ASCII.
struct Parsed {
    json: String,
    chars: Option<CharIndex>,
}

/// Parses `text` and serializes the article as the command does (`serde_json`, compact).
/// Callers run it under [`guarded`].
fn parse_json(text: &str, options: &Options) -> Result<Parsed, String> {
    let article = parse_with(text, options);
    let json = serde_json::to_string(&article).map_err(|e| format!("serializing the article: {e}"))?;
    Ok(Parsed { json, chars: CharIndex::new(text) })
}

/// Runs `f`, turning a panic into an error message so that it never unwinds into Python.
fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        Err(format!("internal error in newsbrief (please report it): {what}"))
    })
}

/// `parse(text, date=None, points=4) -> (json, chars)`: one article, with the GIL released.
#[pyfunction]
#[pyo3(signature = (text, date=None, points=None))]
fn parse(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    date: Option<&Bound<'_, PyAny>>,
    points: Option<&Bound<'_, PyAny>>,
) -> PyResult<(String, Option<CharIndex>)> {
    let text = args::text(text, "text")?;
    let options = args::options(date, points)?;
    let parsed = py.detach(move || guarded(|| parse_json(&text, &options))).map_err(PyRuntimeError::new_err)?;
    Ok((parsed.json, parsed.chars))
}

/// `brief(text, format="html", date=None, points=4, short=False) -> str`.
#[pyfunction]
#[pyo3(signature = (text, format=None, date=None, points=None, short=false))]
fn brief(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    format: Option<&Bound<'_, PyAny>>,
    date: Option<&Bound<'_, PyAny>>,
    points: Option<&Bound<'_, PyAny>>,
    short: bool,
) -> PyResult<String> {
    let text = args::text(text, "text")?;
    let render_options = RenderOptions { format: args::format(format)?, short };
    let options = args::options(date, points)?;
    py.detach(move || guarded(|| render(&parse_with(&text, &options), &render_options).map_err(|e| e.to_string())))
        .map_err(PyRuntimeError::new_err)
}

create_exception!(
    newsbrief,
    ExtractError,
    PyValueError,
    "A web page that gave no article. `code` says why, with the command's error codes: `empty`, \
     `binary`, `not_html`, `too_deep` or `no_text`."
);

/// `extract(html, url=None) -> (page_json, text)`: the article of a web page (the serialized
/// `Page`, and `Page::to_text`), with the GIL released; `ExtractError` when there is none.
#[pyfunction]
#[pyo3(signature = (html, url=None))]
fn extract(py: Python<'_>, html: &Bound<'_, PyAny>, url: Option<&Bound<'_, PyAny>>) -> PyResult<(String, String)> {
    let html = args::page(html)?;
    let url = args::url(url)?;
    let res = py
        .detach(move || {
            guarded(|| match newsbrief_extract::extract(&html, url.as_deref()) {
                Ok(page) => {
                    let json = serde_json::to_string(&page).map_err(|e| format!("serializing the page: {e}"))?;
                    Ok(Ok((json, page.to_text())))
                }
                Err(err) => Ok(Err((extract_code(&err), err.to_string()))),
            })
        })
        .map_err(PyRuntimeError::new_err)?;
    res.map_err(|(code, message)| {
        let err = ExtractError::new_err(message);
        match err.value(py).setattr("code", code) {
            Ok(()) => err,
            Err(e) => e,
        }
    })
}

/// The command's error code for a page that gave no article.
fn extract_code(err: &newsbrief_extract::Error) -> &'static str {
    use newsbrief_extract::Error;
    match err {
        Error::Empty => "empty",
        Error::Binary(_) => "binary",
        Error::NoMarkup => "not_html",
        Error::TooDeep(_) => "too_deep",
        Error::NoText => "no_text",
    }
}

/// `char_index(text) -> CharIndex | None`: the byte-to-character map of a text (None for ASCII).
#[pyfunction]
fn char_index(text: &Bound<'_, PyString>) -> PyResult<Option<CharIndex>> {
    Ok(CharIndex::new(&text.to_cow()?))
}

/// For the test suite: panics on the calling thread or in a pool job, the two ways the parser
/// runs, to show that either becomes a `RuntimeError` rather than an abort.
#[pyfunction]
fn _panic_for_tests(py: Python<'_>, in_worker: bool) -> PyResult<()> {
    let boom = || -> Result<(), String> { panic!("a panic raised on purpose") };
    let res = if in_worker {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        let result = batch::spawn_guarded(&pool, boom);
        py.detach(move || result.recv()).map_err(|e| PyRuntimeError::new_err(e.to_string()))?
    } else {
        guarded(boom)
    };
    res.map_err(PyRuntimeError::new_err)
}

#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(brief, m)?)?;
    m.add_function(wrap_pyfunction!(char_index, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add("ExtractError", m.py().get_type::<ExtractError>())?;
    m.add_function(wrap_pyfunction!(tables::table_rows, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_class::<CharIndex>()?;
    m.add_class::<ParseMany>()?;
    m.add("SCHEMA", newsbrief_parser::SCHEMA)?;
    m.add("DEFAULT_POINTS", Options::default().key_points)?;
    m.add("MAX_POINTS", args::MAX_POINTS)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
