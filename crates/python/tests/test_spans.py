"""`span` is in characters of the Python str, `byte_span` in bytes of its UTF-8, on any text."""

from __future__ import annotations

import pytest

import newsbrief
from conftest import FIXTURES, read_article

# Written for these tests: accents, curly quotes, an em dash, emoji (four bytes in UTF-8, one
# character in Python) and CJK (three bytes each).
CAFE = """Montréal Cafés Brace for a Cold Winter ☕
By Zoë Lefèvre and Søren Ødegård
Published January 9, 2024
MONTRÉAL — Café owners along Rue Saint-Denis said on Tuesday that the price of coffee beans had risen 18% since October, and some plan to raise prices by €0.50 a cup.
“We have never paid this much — not once in 20 years 😟,” said Hélène Côté, who has run Café Lumière since 2004. “Our regulars understand, I hope.”
Her supplier, the Québec importer Brûlerie Nord, blamed poor harvests in Brazil and Vietnam. Its buyers also import green tea from 静岡 (Shizuoka) in Japan, where the 茶 harvest was smaller.
Mr. Ngô Văn Thành, a trader in Hồ Chí Minh City, told reporters the shortage would last “at least until next spring.”
Write to Zoë Lefèvre at zoe.lefevre@example.com
"""


def spanned_objects(article: newsbrief.Article):
    """Every object of the article that has a span, with the text it should cover (if known)."""
    meta = article.meta
    mentions = [m for e in article.entities for m in e.mentions]
    with_text = [*article.quotes, *article.times, *article.amounts, *mentions, *filter(None, [meta.headline])]
    sentences = [s for p in article.paragraphs for s in p.sentences]
    others = [*meta.contacts, *article.attributions, *article.diagnostics, *article.paragraphs, *sentences]
    yield from ((name, name.name) for name in meta.byline)
    yield from ((obj, obj.text) for obj in with_text)
    yield from ((obj, None) for obj in [*others, *filter(None, [meta.dateline])])


def check_spans(text: str) -> int:
    article = newsbrief.parse(text)
    data = text.encode("utf-8")
    n_different = 0
    for obj, expected in spanned_objects(article):
        start, end = obj.span
        by_chars = text[start:end]
        by_bytes = data[obj.byte_span[0] : obj.byte_span[1]].decode("utf-8")
        assert by_chars == by_bytes, obj
        assert article.text_of(obj) == article.text_of(obj.span) == by_chars
        if expected is not None:
            assert by_chars == expected, obj
        n_different += obj.span != obj.byte_span
    return n_different


def test_non_ascii_spans_slice_the_python_str():
    assert check_spans(CAFE) > 20


def test_what_the_parser_found_in_the_non_ascii_article():
    article = newsbrief.parse(CAFE)
    by_name = {e.name: e for e in article.entities_of("person")}
    cote = by_name["Hélène Côté"]
    assert [q.text for q in article.quotes_by(cote)][0].endswith("😟,")
    emoji_quote = article.quotes_by(cote)[0]
    assert article.text[emoji_quote.span[1] - 2] == "😟"
    assert emoji_quote.byte_span[1] - emoji_quote.span[1] > 10
    places = [m.text for e in article.entities_of("place") for m in e.mentions]
    assert "Brazil" in places
    money = [a for a in article.amounts if a.kind == "money"]
    assert [(a.text, a.currency, a.value) for a in money] == [("€0.50", "EUR", 0.5)]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_fixture_spans_slice_the_python_str(path):
    check_spans(read_article(path))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "😀" * 50,
        "東京 — 東京の市場は月曜日に開いた。 “はい,” said Ms. Sato.",
        "\ufeffBOM at the start — “quoted,” she said.",
        "Line one\r\nLine two “unclosed\r\n",
        "e\u0301 combining accent, Zoe\u0308 said on Monday.",
    ],
)
def test_odd_texts_keep_their_spans(text):
    check_spans(text)
