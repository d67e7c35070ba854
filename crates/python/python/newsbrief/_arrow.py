"""Arrow tables of entities, quotes, times and amounts (needs the optional ``pyarrow``).

One row per item, each with the id of its article, so the tables go straight into pandas
(``table.to_pandas()``), polars (``polars.from_arrow``) or Spark (``mapInArrow``). Spans are
given twice: ``char_start``/``char_end`` index the Python ``str``, ``byte_start``/``byte_end``
its UTF-8 bytes as in the JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, NamedTuple, Optional, Tuple

from ._model import Article

if TYPE_CHECKING:
    import pyarrow

_SPAN = [("char_start", "int64"), ("char_end", "int64"), ("byte_start", "int64"), ("byte_end", "int64")]

# Column names and types of each table, after `article_id`. One description serves both the
# pyarrow schema and the Spark DDL, so the two cannot drift apart.
_COLUMNS: Dict[str, List[Tuple[str, str]]] = {
    "entities": [
        ("entity_id", "int64"),
        ("kind", "string"),
        ("name", "string"),
        ("aliases", "list<string>"),
        ("descriptors", "list<string>"),
        ("mentions", "int64"),
    ],
    "quotes": [
        ("text", "string"),
        ("kind", "string"),
        ("speaker", "int64"),
        ("speaker_name", "string"),
        ("speaker_text", "string"),
        ("cue", "string"),
        ("paragraph", "int64"),
        *_SPAN,
    ],
    "times": [
        ("text", "string"),
        ("type", "string"),
        ("value", "string"),
        ("end", "string"),
        ("relative", "bool"),
        *_SPAN,
    ],
    "amounts": [
        ("text", "string"),
        ("kind", "string"),
        ("value", "float64"),
        ("currency", "string"),
        ("unit", "string"),
        ("approx", "string"),
        *_SPAN,
    ],
}

_SPARK_TYPES = {
    "int64": "bigint",
    "string": "string",
    "float64": "double",
    "bool": "boolean",
    "list<string>": "array<string>",
}


class Tables(NamedTuple):
    """The four tables :func:`to_arrow` returns."""

    entities: "pyarrow.Table"
    quotes: "pyarrow.Table"
    times: "pyarrow.Table"
    amounts: "pyarrow.Table"


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as err:
        raise ImportError("newsbrief.to_arrow needs pyarrow: pip install pyarrow") from err
    return pyarrow


def arrow_schema(table: str, id_type: str = "int64") -> "pyarrow.Schema":
    """The pyarrow schema of one table (``entities``, ``quotes``, ``times``, ``amounts``);
    ``id_type`` is the type of ``article_id``: ``"int64"`` or ``"string"``."""
    pa = _pyarrow()
    types = {
        "int64": pa.int64(),
        "string": pa.string(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "list<string>": pa.list_(pa.string()),
    }
    return pa.schema([("article_id", types[_id_type(id_type)])] + [(n, types[t]) for n, t in _columns(table)])


def spark_schema(table: str, id_type: str = "int64") -> str:
    """The same schema as a Spark DDL string, for ``DataFrame.mapInArrow``."""
    columns = [("article_id", _id_type(id_type))] + _columns(table)
    return ", ".join(f"{name} {_SPARK_TYPES[t]}" for name, t in columns)


def _columns(table: str) -> List[Tuple[str, str]]:
    try:
        return _COLUMNS[table]
    except KeyError:
        raise ValueError(f"table must be one of {', '.join(map(repr, _COLUMNS))}, not {table!r}") from None


def _id_type(id_type: str) -> str:
    if id_type not in ("int64", "string"):
        raise ValueError(f'id_type must be "int64" or "string", not {id_type!r}')
    return id_type


def to_arrow(articles: Iterable[Article], *, id_type: Optional[str] = None) -> Tables:
    """Tables of the entities, quotes, times and amounts of ``articles``, one row each.

    ``article_id`` is each article's ``id`` (its position in ``articles`` when the id is
    ``None``). It is ``int64`` when every id is an ``int`` and ``string`` otherwise, unless
    ``id_type`` (``"int64"`` or ``"string"``) says which; ``"string"`` turns ids into ``str``.
    """
    pa = _pyarrow()  # before any article is read: a missing pyarrow must not consume the input
    rows: Dict[str, Dict[str, List[Any]]] = {
        table: {name: [] for name in ["article_id"] + [n for n, _ in cols]} for table, cols in _COLUMNS.items()
    }
    for position, article in enumerate(articles):
        if not isinstance(article, Article):
            raise TypeError(f"to_arrow takes newsbrief.Article objects, not {type(article).__name__}")
        _add(rows, article.id if article.id is not None else position, article)
    ids = [i for table in rows.values() for i in table["article_id"]]
    if id_type is None:
        id_type = "int64" if all(isinstance(i, int) and not isinstance(i, bool) for i in ids) else "string"
    if _id_type(id_type) == "string":
        for table in rows.values():
            table["article_id"] = [str(i) for i in table["article_id"]]
    return Tables(
        *(pa.Table.from_pydict(columns, schema=arrow_schema(table, id_type)) for table, columns in rows.items())
    )


def _add(rows: Dict[str, Dict[str, List[Any]]], article_id: Any, article: Article) -> None:
    data = article._data
    to = article._to
    names = {e["id"]: e["name"] for e in data["entities"]}

    def put(table: str, values: Tuple[Any, ...], span: Optional[List[int]] = None) -> None:
        columns = rows[table]
        columns["article_id"].append(article_id)
        if span is not None:
            values = values + to(span) + (span[0], span[1])
        for (name, _), value in zip(_COLUMNS[table], values):
            columns[name].append(value)

    for e in data["entities"]:
        put("entities", (e["id"], e["kind"], e["name"], e["aliases"], e["descriptors"], len(e["mentions"])))
    for q in data["quotes"]:
        speaker = q["speaker"]
        put(
            "quotes",
            (q["text"], q["kind"], speaker, names.get(speaker), q["speaker_text"], q["cue"], q["paragraph"]),
            q["span"],
        )
    for t in data["times"]:
        put("times", (t["text"], t["type"], t["value"], t["end"], t["relative"]), t["span"])
    for a in data["amounts"]:
        put("amounts", (a["text"], a["kind"], a["value"], a["currency"], a["unit"], a["approx"]), a["span"])
