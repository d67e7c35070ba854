"""`to_arrow`: one row per entity, quote, time and amount, with the article id."""

from __future__ import annotations

import pytest

import newsbrief
from conftest import FIXTURES, read_article

pa = pytest.importorskip("pyarrow")


def articles():
    return list(newsbrief.parse_many(read_article(p) for p in FIXTURES))


def test_one_row_per_item_with_its_article():
    parsed = articles()
    tables = newsbrief.to_arrow(parsed)
    assert tables.entities.num_rows == sum(len(a.entities) for a in parsed)
    assert tables.quotes.num_rows == sum(len(a.quotes) for a in parsed)
    assert tables.times.num_rows == sum(len(a.times) for a in parsed)
    assert tables.amounts.num_rows == sum(len(a.amounts) for a in parsed)
    for name in ("entities", "quotes", "times", "amounts"):
        assert getattr(tables, name).schema == newsbrief.arrow_schema(name)
    quotes = tables.quotes.to_pylist()
    expected = [(a.id, q.text, q.speaker, q.span) for a in parsed for q in a.quotes]
    assert [(r["article_id"], r["text"], r["speaker"], (r["char_start"], r["char_end"])) for r in quotes] == expected
    for row in quotes:
        article = parsed[row["article_id"]]
        assert article.text[row["char_start"] : row["char_end"]] == row["text"]
        if row["speaker"] is not None:
            assert row["speaker_name"] == article.entity(row["speaker"]).name
    amounts = tables.amounts.to_pylist()
    assert [(r["kind"], r["value"], r["currency"]) for r in amounts] == [
        (x.kind, x.value, x.currency) for a in parsed for x in a.amounts
    ]


def test_string_ids_and_character_spans_on_non_ascii_text():
    text = "“Ça suffit,” said Zoë Lefèvre, mayor of Liège, on Monday. Costs rose 12%."
    tables = newsbrief.to_arrow(newsbrief.parse_many([{"id": "doc-7", "text": text, "date": "2024-03-06"}]))
    assert tables.times.schema.field("article_id").type == pa.string()
    (time,) = tables.times.to_pylist()
    assert time["article_id"] == "doc-7"
    assert time["value"] == "2024-03-04"
    assert text[time["char_start"] : time["char_end"]] == "Monday"
    assert text.encode()[time["byte_start"] : time["byte_end"]] == b"Monday"
    assert time["byte_start"] > time["char_start"]


def test_ids_may_be_forced_to_strings_and_empty_input_keeps_the_schema():
    tables = newsbrief.to_arrow([newsbrief.parse("Prices rose 5%, Mr. Diaz said.")], id_type="string")
    assert tables.amounts.column("article_id").to_pylist() == ["0"]
    empty = newsbrief.to_arrow([])
    assert empty.entities.num_rows == 0
    assert empty.quotes.schema == newsbrief.arrow_schema("quotes")


def test_tables_go_to_pandas():
    pytest.importorskip("pandas")
    frame = newsbrief.to_arrow(articles()).entities.to_pandas()
    assert {"article_id", "kind", "name", "mentions"} <= set(frame.columns)
    assert (frame["mentions"] >= 1).all()


def test_spark_schema_names_the_same_columns():
    for name in ("entities", "quotes", "times", "amounts"):
        ddl = newsbrief.spark_schema(name)
        assert [c.split(" ")[0] for c in ddl.split(", ")] == newsbrief.arrow_schema(name).names
    assert newsbrief.spark_schema("times", id_type="string").startswith("article_id string, text string")


def test_bad_arguments():
    with pytest.raises(TypeError, match="to_arrow takes newsbrief.Article objects, not dict"):
        newsbrief.to_arrow([{"text": "x"}])
    with pytest.raises(ValueError, match="table must be one of"):
        newsbrief.arrow_schema("people")
    with pytest.raises(ValueError, match='id_type must be "int64" or "string"'):
        newsbrief.to_arrow([], id_type="int32")


def test_every_column_holds_what_the_typed_objects_say():
    text = "PARIS — “Nous verrons,” said Élise Martin, the mayor’s deputy, on Friday. Rents rose 4% to €1,200."
    parsed = articles() + [newsbrief.parse(text, date="2024-05-20")]
    tables = newsbrief.to_arrow(parsed, id_type="string")

    def rows(name):
        table = getattr(tables, name)
        return [tuple(r.values()) for r in table.to_pylist()]

    def spans(x):
        return (*x.span, *x.byte_span)

    assert rows("entities") == [
        (str(i), e.id, e.kind, e.name, e.aliases, e.descriptors, len(e.mentions))
        for i, a in enumerate(parsed)
        for e in a.entities
    ]
    assert rows("quotes") == [
        (str(i), q.text, q.kind, q.speaker, a.entity(q.speaker).name if q.speaker is not None else None)
        + (q.speaker_text, q.cue, q.paragraph, *spans(q))
        for i, a in enumerate(parsed)
        for q in a.quotes
    ]
    assert rows("times") == [
        (str(i), t.text, t.type, t.value, t.end, t.relative, *spans(t)) for i, a in enumerate(parsed) for t in a.times
    ]
    assert rows("amounts") == [
        (str(i), x.text, x.kind, x.value, x.currency, x.unit, x.approx, *spans(x))
        for i, a in enumerate(parsed)
        for x in a.amounts
    ]
    assert any(q.span != q.byte_span for q in parsed[-1].quotes)
