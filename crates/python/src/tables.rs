//! The rows of `newsbrief.to_arrow`, read from the article's JSON in Rust.
//!
//! Reading the contract's JSON here and handing Python finished row tuples costs a tenth of
//! `json.loads` plus a Python loop over dicts. Only the JSON is read, so this follows the
//! contract like the rest of the crate. The order of each tuple is the order of the columns
//! in `python/newsbrief/_arrow.py`.

use std::borrow::Cow;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde::Deserialize;
use serde::de::IgnoredAny;

use crate::chars::CharIndex;

#[derive(Deserialize)]
struct Doc<'a> {
    #[serde(borrow)]
    entities: Vec<EntityRow<'a>>,
    #[serde(borrow)]
    quotes: Vec<QuoteRow<'a>>,
    #[serde(borrow)]
    times: Vec<TimeRow<'a>>,
    #[serde(borrow)]
    amounts: Vec<AmountRow<'a>>,
}

#[derive(Deserialize)]
struct EntityRow<'a> {
    id: i64,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    aliases: Vec<Cow<'a, str>>,
    #[serde(borrow)]
    descriptors: Vec<Cow<'a, str>>,
    mentions: Vec<IgnoredAny>,
}

#[derive(Deserialize)]
struct QuoteRow<'a> {
    span: [usize; 2],
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    speaker: Option<i64>,
    #[serde(borrow)]
    speaker_text: Option<Cow<'a, str>>,
    #[serde(borrow)]
    cue: Option<Cow<'a, str>>,
    paragraph: i64,
}

#[derive(Deserialize)]
struct TimeRow<'a> {
    span: [usize; 2],
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow, rename = "type")]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    value: Cow<'a, str>,
    #[serde(borrow)]
    end: Option<Cow<'a, str>>,
    relative: bool,
}

#[derive(Deserialize)]
struct AmountRow<'a> {
    span: [usize; 2],
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    value: f64,
    #[serde(borrow)]
    currency: Option<Cow<'a, str>>,
    #[serde(borrow)]
    unit: Option<Cow<'a, str>>,
    #[serde(borrow)]
    approx: Option<Cow<'a, str>>,
}

/// Lists of row tuples for one article's entities, quotes, times and amounts.
type Rows<'py> =
    (Vec<Bound<'py, PyTuple>>, Vec<Bound<'py, PyTuple>>, Vec<Bound<'py, PyTuple>>, Vec<Bound<'py, PyTuple>>);

/// `table_rows(article_id, json, chars) -> (entities, quotes, times, amounts)`, each a list of
/// tuples; spans as character then byte offsets.
#[pyfunction]
pub fn table_rows<'py>(
    article_id: &Bound<'py, PyAny>,
    json: &str,
    chars: Option<PyRef<'py, CharIndex>>,
) -> PyResult<Rows<'py>> {
    let py = article_id.py();
    let doc: Doc<'_> =
        serde_json::from_str(json).map_err(|e| PyValueError::new_err(format!("not the article JSON: {e}")))?;
    let spans = |[start, end]: [usize; 2]| {
        let (char_start, char_end) =
            chars.as_ref().map_or((start, end), |c| (c.char_offset(start), c.char_offset(end)));
        (char_start, char_end, start, end)
    };
    let name_of = |id: Option<i64>| id.and_then(|id| doc.entities.iter().find(|e| e.id == id)).map(|e| &e.name);
    let entities = doc
        .entities
        .iter()
        .map(|e| (article_id, e.id, &e.kind, &e.name, &e.aliases, &e.descriptors, e.mentions.len()).into_pyobject(py))
        .collect::<PyResult<_>>()?;
    let quotes = doc
        .quotes
        .iter()
        .map(|q| {
            let (cs, ce, bs, be) = spans(q.span);
            let speaker_name = name_of(q.speaker);
            (
                article_id,
                &q.text,
                &q.kind,
                q.speaker,
                speaker_name,
                &q.speaker_text,
                &q.cue,
                q.paragraph,
                cs,
                ce,
                bs,
                be,
            )
                .into_pyobject(py)
        })
        .collect::<PyResult<_>>()?;
    let times = doc
        .times
        .iter()
        .map(|t| {
            let (cs, ce, bs, be) = spans(t.span);
            (article_id, &t.text, &t.kind, &t.value, &t.end, t.relative, cs, ce, bs, be).into_pyobject(py)
        })
        .collect::<PyResult<_>>()?;
    let amounts = doc
        .amounts
        .iter()
        .map(|a| {
            let (cs, ce, bs, be) = spans(a.span);
            (article_id, &a.text, &a.kind, a.value, &a.currency, &a.unit, &a.approx, cs, ce, bs, be).into_pyobject(py)
        })
        .collect::<PyResult<_>>()?;
    Ok((entities, quotes, times, amounts))
}
