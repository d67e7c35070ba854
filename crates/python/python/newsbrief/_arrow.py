"""Arrow tables of entities, quotes, times and amounts (needs the optional ``pyarrow``).

One row per item, each with the id of its article, so the tables go straight into pandas
(``table.to_pandas()``), polars (``polars.from_arrow``) or Spark (``mapInArrow``). Spans are
given twice: ``char_start``/``char_end`` index the Python ``str``, ``byte_start``/``byte_end``
its UTF-8 bytes as in the JSON.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple

from . import _native
from ._model import Article

if TYPE_CHECKING:
    import pyarrow

_SPAN = [("char_start", "int64"), ("char_end", "int64"), ("byte_start", "int64"), ("byte_end", "int64")]

# Column names and types of each table, after `article_id`. One description serves both the
# pyarrow schema and the Spark DDL, so the two cannot drift apart; the rows come from
# `_native.table_rows` (crates/python/src/tables.rs) in this order.
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
    if id_type is not None:
        _id_type(id_type)
    rows: Dict[str, List[Tuple[Any, ...]]] = {table: [] for table in _COLUMNS}
    for position, article in enumerate(articles):
        if not isinstance(article, Article):
            raise TypeError(f"to_arrow takes newsbrief.Article objects, not {type(article).__name__}")
        article_id = article.id if article.id is not None else position
        for table_rows, new in zip(rows.values(), _native.table_rows(article_id, article._json, article._chars)):
            table_rows.extend(new)
    if id_type is None:
        ints = all(isinstance(r[0], int) and not isinstance(r[0], bool) for table in rows.values() for r in table)
        id_type = "int64" if ints else "string"
    tables = []
    for table, table_rows in rows.items():
        schema = arrow_schema(table, id_type)
        # Rows to columns in one pass of C code; an empty table still gets its columns.
        columns: List[Sequence[Any]] = list(zip(*table_rows)) or [()] * len(schema)
        if id_type == "string":
            columns[0] = [str(i) for i in columns[0]]
        arrays = [pa.array(column, type=field.type) for column, field in zip(columns, schema)]
        tables.append(pa.Table.from_arrays(arrays, schema=schema))
    return Tables(*tables)
