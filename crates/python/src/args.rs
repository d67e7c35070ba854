//! Python arguments to Rust values, with the errors a Python user expects: `TypeError` for a
//! value of the wrong type, `ValueError` for a bad value, each with the problem in words.

use newsbrief_parser::{Date, Options};
use newsbrief_render::Format;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyInt, PyString};

/// The most key points one may ask for (the command's `--points` allows the same range).
pub const MAX_POINTS: usize = 20;

/// A `str` argument as an owned `String` (it is handed to another thread).
pub fn text(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!("{what} must be str, not {}{}", type_name(obj), decode_hint(obj)))),
    }
}

/// `html=`: a page as `str` (used as UTF-8) or as the bytes it was served or saved as
/// (`bytes`, `bytearray`), whose encoding the extraction works out.
pub fn page(obj: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(s.to_cow()?.into_owned().into_bytes());
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(b.as_bytes().to_vec());
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(b.to_vec());
    }
    Err(PyTypeError::new_err(format!("html must be str or bytes, not {}", type_name(obj))))
}

/// `url=`: `None` or a `str`.
pub fn url(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    obj.filter(|o| !o.is_none()).map(|o| text(o, "url")).transpose()
}

/// `date=`: `None`, a `YYYY-MM-DD` string or a `datetime.date`.
pub fn date(obj: &Bound<'_, PyAny>) -> PyResult<Option<Date>> {
    if obj.is_none() {
        return Ok(None);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        let s = s.to_cow()?;
        return Date::parse_iso(&s)
            .map(Some)
            .ok_or_else(|| PyValueError::new_err(format!("`{s}` is not a calendar date in the form YYYY-MM-DD")));
    }
    let py = obj.py();
    let date_type = py.import("datetime")?.getattr("date")?;
    if obj.is_instance(&date_type)? {
        // Through the ISO form, the one constructor the parser promises to keep.
        let iso: String = obj.call_method0("isoformat")?.extract()?;
        let day = iso.get(..10).and_then(Date::parse_iso);
        return day.map(Some).ok_or_else(|| PyValueError::new_err(format!("`{iso}` is not a calendar date")));
    }
    Err(PyTypeError::new_err(format!(
        "date must be a str in the form YYYY-MM-DD or a datetime.date, not {}",
        type_name(obj)
    )))
}

/// `points=`: how many key points, from 1 to [`MAX_POINTS`].
pub fn points(obj: &Bound<'_, PyAny>) -> PyResult<usize> {
    if obj.is_instance_of::<pyo3::types::PyBool>() || !obj.is_instance_of::<PyInt>() {
        return Err(PyTypeError::new_err(format!("points must be int, not {}", type_name(obj))));
    }
    let n: i64 = obj.extract()?;
    usize::try_from(n)
        .ok()
        .filter(|n| (1..=MAX_POINTS).contains(n))
        .ok_or_else(|| PyValueError::new_err(format!("points must be from 1 to {MAX_POINTS}, not {n}")))
}

/// The parser's options from `date=` and `points=` (either may be absent).
pub fn options(date: Option<&Bound<'_, PyAny>>, points: Option<&Bound<'_, PyAny>>) -> PyResult<Options> {
    let mut options = Options::default();
    if let Some(d) = date {
        options = options.with_reference_date(self::date(d)?);
    }
    if let Some(p) = points {
        options = options.with_key_points(self::points(p)?);
    }
    Ok(options)
}

/// `format=`: `"html"` (the default) or `"md"` (also `"markdown"`, as the command accepts).
pub fn format(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Format> {
    let Some(obj) = obj else { return Ok(Format::Html) };
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!("format must be str, not {}", type_name(obj))));
    };
    match &*s.to_cow()? {
        "html" => Ok(Format::Html),
        "md" | "markdown" => Ok(Format::Markdown),
        other => Err(PyValueError::new_err(format!("format must be \"html\" or \"md\", not {other:?}"))),
    }
}

/// The name of an object's type, for messages.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map_or_else(|_| "an unknown type".to_owned(), |n| n.to_string())
}

/// A hint for `bytes` given where a `str` is wanted.
pub fn decode_hint(obj: &Bound<'_, PyAny>) -> &'static str {
    if obj.is_instance_of::<pyo3::types::PyBytes>() { " (decode it first, e.g. data.decode(\"utf-8\"))" } else { "" }
}
