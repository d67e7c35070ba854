"""newsbrief: news articles as typed people, quotes, dates and amounts, and one-page briefings.

>>> import newsbrief
>>> article = newsbrief.parse("MOSCOW — “We will talk,” Mr. Ivanov said on Monday.", date="2024-05-08")
>>> [(q.text, article.entity(q.speaker).name) for q in article.quotes]
[('We will talk,', 'Ivanov')]
>>> article.times[0].value
'2024-05-06'

* :func:`parse` turns one text (or web page, ``html=``) into an :class:`Article`;
* :func:`parse_many` parses an iterable of texts on every core, in input order;
* :func:`brief` renders the HTML briefing or the Markdown summary;
* :func:`extract` reads the article and its metadata from a web page, as a :class:`Page`;
* :func:`to_arrow` turns articles into Arrow tables of entities, quotes, times and amounts.

An object's ``span`` is a ``(start, end)`` pair of character offsets into the ``str`` that was
parsed (``article.text[start:end]``); ``byte_span`` is the same place in bytes of its UTF-8
encoding, as in the JSON contract. ``Article.to_json()`` is exactly what ``newsbrief parse``
prints for the same text and options.
"""

from __future__ import annotations

import datetime
from typing import Any, Iterable, Iterator, Mapping, Optional, Tuple, Union

from . import _native
from ._arrow import Tables, arrow_schema, spark_schema, to_arrow
from ._model import (
    ENTITY_KINDS,
    Amount,
    Article,
    Attribution,
    Contact,
    Dateline,
    Diagnostic,
    Entity,
    KeyPoint,
    Mention,
    Meta,
    Name,
    Paragraph,
    Quote,
    Sentence,
    Span,
    Spanned,
    Timex,
)
from ._page import BLOCK_KINDS, SOURCES, Block, Field, Page, PageMeta

__all__ = [
    "BLOCK_KINDS",
    "DEFAULT_POINTS",
    "DateLike",
    "Item",
    "ENTITY_KINDS",
    "SCHEMA",
    "Amount",
    "Article",
    "Attribution",
    "Block",
    "Contact",
    "Dateline",
    "Diagnostic",
    "Entity",
    "ExtractError",
    "Field",
    "Html",
    "KeyPoint",
    "Mention",
    "Meta",
    "Name",
    "Page",
    "PageMeta",
    "Paragraph",
    "Quote",
    "SOURCES",
    "Sentence",
    "Span",
    "Spanned",
    "Tables",
    "Timex",
    "arrow_schema",
    "brief",
    "extract",
    "parse",
    "parse_many",
    "spark_schema",
    "to_arrow",
]

__version__: str = _native.__version__

SCHEMA: str = _native.SCHEMA
"""The JSON contract's identifier, ``"newsbrief/article@1"``."""

DEFAULT_POINTS: int = _native.DEFAULT_POINTS
"""Key points chosen when ``points`` is not given: 4, as the command's ``--points``."""

DateLike = Union[str, datetime.date, None]
"""A reference date: ``"YYYY-MM-DD"``, a :class:`datetime.date`, or ``None`` for the article's own."""

Item = Union[str, Mapping[str, Any]]
"""An input of :func:`parse_many`: a text, or a mapping with ``text`` and optional ``id`` and ``date``."""

Html = Union[str, bytes, bytearray]
"""A web page: text, or the bytes it was served or saved as (their encoding is worked out)."""

ExtractError = _native.ExtractError
"""Raised by :func:`extract` (and ``html=``) for a page that gives no article; a ``ValueError``
whose ``code`` is the command's error code: ``empty``, ``binary``, ``not_html``, ``too_deep`` or
``no_text``."""


def extract(html: Html, url: Optional[str] = None) -> Page:
    """The article of a web page: its text as the parser reads it, its body blocks and its
    metadata (title, authors, dates with their time zone, publisher, canonical URL, language,
    description, section), each value with where it was found.

    ``html`` is the page as ``str`` or as the ``bytes`` it was served or saved as (the encoding is
    taken from a byte-order mark, a ``<meta charset>``, or detected). ``url`` is where the page
    came from: relative canonical links resolve against it, and it becomes the text's ``url:``
    when the page names no canonical URL (http and https only). The work runs without the
    interpreter lock.

    Raises :data:`ExtractError` (a ``ValueError`` with a ``code``) for an empty, binary or
    markup-free input, absurdly nested markup, or a page with no article text, and
    ``TypeError`` when ``html`` is not ``str`` or ``bytes``.
    """
    page_json, text = _native.extract(html, url)
    return Page(page_json, text)


def _page_text(text: Optional[str], html: Optional[Html], url: Optional[str]) -> Tuple[Any, Optional[Page]]:
    """The text to parse from ``text=`` or ``html=`` (one of them), and the page it came from."""
    if html is None:
        if url is not None:
            raise TypeError("url goes with html=: the address of the page")
        return text, None
    if text is not None:
        raise TypeError("give the article as text or as html=, not both")
    page = extract(html, url)
    return page.text, page


def parse(
    text: Optional[str] = None,
    *,
    html: Optional[Html] = None,
    url: Optional[str] = None,
    date: DateLike = None,
    points: int = DEFAULT_POINTS,
) -> Article:
    """Parse one article, given as text or as a web page (``html=``, with its ``url=`` if known).

    ``date`` is the reference date that relative expressions ("on Friday", "last week")
    resolve against; without it, the article's own publication date is used when it has one.
    ``points`` (1 to 20) is how many key points to choose.

    For a page, the article is read from the text :func:`extract` gives: ``article.text`` is
    that text (front matter, headline, paragraphs), every span points into it, and
    ``article.page`` is the :class:`Page` with the metadata and its sources.

    Raises ``TypeError`` when ``text`` is not a ``str``, ``ValueError`` for a bad ``date`` or
    ``points``, :data:`ExtractError` for a page with no article, and ``UnicodeEncodeError`` for
    a ``str`` that is not valid Unicode (a lone surrogate). Any text parses: problems in it are
    listed in ``article.diagnostics``.
    """
    text, page = _page_text(text, html, url)
    json_text, chars = _native.parse(text, date, points)
    return Article(text, json_text, chars, None, date, points, page)


def parse_many(
    items: Iterable[Item],
    *,
    date: DateLike = None,
    points: int = DEFAULT_POINTS,
    threads: Optional[int] = None,
    window: Optional[int] = None,
) -> Iterator[Article]:
    """Parse many articles on ``threads`` worker threads (default: one per core), in input order.

    ``items`` may be any iterable, a generator included, of texts or of mappings
    ``{"id": …, "text": …, "date": …}`` (``id`` and ``date`` may be missing or ``None``; an
    item's ``date`` overrides the ``date`` argument). Each article's ``id`` is the item's
    ``id``, else its position in ``items`` (from 0).

    The parsing runs without the interpreter lock. At most ``window`` items (default: 8 per
    thread) are read ahead of the one being returned, so a long generator is consumed at the
    pace of the results and memory stays bounded.

    A bad item (not a ``str`` or a mapping, no ``text``, a bad ``date``) raises ``TypeError`` or
    ``ValueError`` naming its position when its turn comes; the articles before it have been
    returned, and iterating again goes on with the items after it. Arguments are checked at
    the call.
    """
    return _Articles(_native.ParseMany(items, date, points, threads, window), points)


class _Articles(Iterator[Article]):
    """The iterator :func:`parse_many` returns (a class, not a generator, so that it can go on
    after a bad item has raised)."""

    __slots__ = ("_batch", "_points")

    def __init__(self, batch: _native.ParseMany, points: int):
        self._batch = batch
        self._points = points

    def __iter__(self) -> _Articles:
        return self

    def __next__(self) -> Article:
        id, text, date, json_text, chars = next(self._batch)
        return Article(text, json_text, chars, id, date, self._points)


def brief(
    source: Union[str, Article, None] = None,
    format: str = "html",
    *,
    html: Optional[Html] = None,
    url: Optional[str] = None,
    date: DateLike = None,
    points: Optional[int] = None,
    short: bool = False,
) -> str:
    """The briefing of an article: a self-contained HTML page (``format="html"``) or a Markdown
    summary (``format="md"``), as ``newsbrief brief`` writes it.

    ``source`` is a text, parsed with ``date`` and ``points``, or an :class:`Article`, rendered
    with the options it was parsed with (parsing is deterministic, so the briefing describes
    exactly that article); or, instead of ``source``, a web page as ``html=`` (with its
    ``url=``), read as :func:`parse` reads it. ``short`` (Markdown only) keeps the title, bottom
    line and key points.
    """
    if isinstance(source, Article):
        if html is not None or url is not None:
            raise TypeError("give the article as an Article or as html=, not both")
        if date is not None or points is not None:
            raise ValueError("date and points belong to the article: parse the text again to change them")
        return _native.brief(source.text, format, source._date, source._points, short)
    text, _ = _page_text(source, html, url)
    return _native.brief(text, format, date, points, short)
