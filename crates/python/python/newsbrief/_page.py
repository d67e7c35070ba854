"""A web page's article: its text, its body blocks and its metadata, each value with its source.

Built from the serialized ``newsbrief_extract::Page`` that :func:`newsbrief.extract` gets from the
extension, so the fields and their names are the Rust crate's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

SOURCES = ("json-ld", "opengraph", "meta", "time-element", "text")
"""The values of :attr:`Field.source`, from the most to the least trusted."""

BLOCK_KINDS = ("paragraph", "heading", "list_item", "quote", "preformatted")
"""The values of :attr:`Block.kind`."""


@dataclass(frozen=True)
class Field:
    """A metadata value and where it was found: ``json-ld``, ``opengraph``, ``meta``,
    ``time-element`` or ``text`` (see :data:`SOURCES`)."""

    __slots__ = ("value", "source")
    value: str
    source: str

    @staticmethod
    def _make(d: Optional[Dict[str, Any]]) -> Optional[Field]:
        return None if d is None else Field(str(d["value"]), d["source"])


@dataclass(frozen=True)
class PageMeta:
    """The metadata of a page. Dates are ISO 8601 (``2024-02-12T08:30:00-05:00``, or the date
    alone when the page gives no time); ``language`` is a BCP 47 tag."""

    __slots__ = (
        "title",
        "authors",
        "published",
        "modified",
        "publisher",
        "canonical_url",
        "language",
        "description",
        "section",
    )
    title: Optional[Field]
    authors: List[Field]
    published: Optional[Field]
    modified: Optional[Field]
    publisher: Optional[Field]
    canonical_url: Optional[Field]
    language: Optional[Field]
    description: Optional[Field]
    section: Optional[Field]

    @staticmethod
    def _make(d: Dict[str, Any]) -> PageMeta:
        return PageMeta(
            Field._make(d["title"]),
            [Field(a["value"], a["source"]) for a in d["authors"]],
            Field._make(d["published"]),
            Field._make(d["modified"]),
            Field._make(d["publisher"]),
            Field._make(d["canonical_url"]),
            Field._make(d["language"]),
            Field._make(d["description"]),
            Field._make(d["section"]),
        )


@dataclass(frozen=True)
class Block:
    """One block of the body on one line; ``kind`` is one of :data:`BLOCK_KINDS`."""

    __slots__ = ("kind", "text")
    kind: str
    text: str


class Page:
    """The article of a web page, from :func:`newsbrief.extract`.

    ``text`` is what the parser reads (and what ``newsbrief parse --extract-only`` prints): a
    front-matter block with the metadata (``title``, ``author``, ``date``, ``source``, ``url``
    and more), a ``# `` headline line, then one block per line.
    """

    __slots__ = ("text", "meta", "blocks", "url", "method", "_json")
    text: str
    """The article as text: front matter, headline, one block per line."""
    meta: PageMeta
    """Title, authors, dates, publisher and the rest, each with its source."""
    blocks: List[Block]
    """The body in reading order."""
    url: Optional[str]
    """The URL given to :func:`newsbrief.extract`."""
    method: str
    """How the body was found: ``cascade`` (container rules), ``readability`` or ``json_ld``."""

    def __init__(self, json_text: str, text: str):
        data = json.loads(json_text)
        self._json = json_text
        self.text = text
        self.meta = PageMeta._make(data["meta"])
        self.blocks = [Block(b["kind"], b["text"]) for b in data["blocks"]]
        self.url = data.get("url")
        self.method = data["method"]

    def __reduce__(self) -> Any:
        return (Page, (self._json, self.text))

    def __repr__(self) -> str:
        title = self.meta.title.value if self.meta.title else None
        return f"<Page title={title!r} blocks={len(self.blocks)} method={self.method!r}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Page):
            return NotImplemented
        return (self._json, self.text) == (other._json, other.text)

    __hash__ = None  # type: ignore[assignment]

    @property
    def paragraphs(self) -> List[str]:
        """The text of every block, in order."""
        return [b.text for b in self.blocks]

    def to_dict(self) -> Dict[str, Any]:
        """The page as a ``dict``: ``meta`` (every field ``{"value", "source"}`` or ``None``),
        ``blocks``, ``url`` and ``method``, as the Rust crate serializes it."""
        data: Dict[str, Any] = json.loads(self._json)
        return data
