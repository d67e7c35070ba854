"""The typed article: Python objects built from the JSON contract (``newsbrief/article@1``).

Every object that stands somewhere in the text has two spans:

* ``span``: ``(start, end)`` in characters of the ``str`` that was parsed, so that
  ``article.text[start:end]`` is the covered text;
* ``byte_span``: ``(start, end)`` in bytes of its UTF-8 encoding, as in the JSON.

The two are equal for ASCII text. The lists of an :class:`Article` are built the first time they
are read, so a caller who wants only the quotes pays only for the quotes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Union

from . import _native
from ._page import Page

Span = Tuple[int, int]
"""A ``(start, end)`` pair, end exclusive."""

_ToSpan = Callable[[Sequence[int]], Span]

ENTITY_KINDS = ("person", "organization", "place")
"""The values of :attr:`Entity.kind`."""


def _converter(chars: Optional[_native.CharIndex]) -> _ToSpan:
    """A function from a JSON byte span to a character span of the same text."""
    if chars is None:
        return lambda s: (s[0], s[1])
    span = chars.span
    return lambda s: span(s[0], s[1])


@dataclass
class Spanned:
    """A piece of text with its place (the headline)."""

    __slots__ = ("text", "span", "byte_span")
    text: str
    span: Span
    byte_span: Span

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Spanned:
        s = d["span"]
        return Spanned(d["text"], to(s), (s[0], s[1]))


@dataclass
class Name:
    """An author named in the byline."""

    __slots__ = ("name", "span", "byte_span")
    name: str
    span: Span
    byte_span: Span

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Name:
        s = d["span"]
        return Name(d["name"], to(s), (s[0], s[1]))


@dataclass
class Dateline:
    """A dateline such as ``KYIV, Ukraine (AP) —``; ``date`` is a TIMEX3 value or ``None``."""

    __slots__ = ("place", "date", "agency", "span", "byte_span")
    place: str
    date: Optional[str]
    agency: Optional[str]
    span: Span
    byte_span: Span

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Dateline:
        s = d["span"]
        return Dateline(d["place"], d["date"], d.get("agency"), to(s), (s[0], s[1]))


@dataclass
class Contact:
    """A person named in the footer; ``role`` is ``write_to``, ``reporting`` or ``editing``."""

    __slots__ = ("name", "email", "role", "span", "byte_span")
    name: str
    email: Optional[str]
    role: str
    span: Span
    byte_span: Span

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Contact:
        s = d["span"]
        return Contact(d["name"], d["email"], d["role"], to(s), (s[0], s[1]))


@dataclass
class Meta:
    """Facts about the article as a whole (``published`` and ``reference_date`` are ``YYYY-MM-DD``;
    ``reference_date_source`` is ``given``, ``published``, ``dateline`` or ``inferred``;
    ``published_time``, from a web page, is RFC 3339 with its UTC offset when known)."""

    __slots__ = (
        "headline",
        "byline",
        "dateline",
        "published",
        "published_time",
        "reference_date",
        "reference_date_source",
        "contacts",
        "source",
        "url",
        "word_count",
        "reading_minutes",
    )
    headline: Optional[Spanned]
    byline: List[Name]
    dateline: Optional[Dateline]
    published: Optional[str]
    published_time: Optional[str]
    reference_date: Optional[str]
    reference_date_source: Optional[str]
    contacts: List[Contact]
    source: Optional[str]
    url: Optional[str]
    word_count: int
    reading_minutes: int

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Meta:
        headline = d["headline"]
        dateline = d["dateline"]
        return Meta(
            Spanned._make(headline, to) if headline is not None else None,
            [Name._make(n, to) for n in d["byline"]],
            Dateline._make(dateline, to) if dateline is not None else None,
            d["published"],
            d.get("published_time"),
            d["reference_date"],
            d.get("reference_date_source"),
            [Contact._make(c, to) for c in d["contacts"]],
            d["source"],
            d.get("url"),
            d["word_count"],
            d["reading_minutes"],
        )


@dataclass
class Sentence:
    """A sentence; ``salience`` (0 to 1) is set for body sentences when key points were chosen."""

    __slots__ = ("span", "byte_span", "salience")
    span: Span
    byte_span: Span
    salience: Optional[float]

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Sentence:
        s = d["span"]
        return Sentence(to(s), (s[0], s[1]), d.get("salience"))


@dataclass
class Paragraph:
    """A paragraph (a line, or a block of lines in hard-wrapped text); ``role`` is
    ``front_matter``, ``headline``, ``byline``, ``dateline``, ``timestamp``, ``body``,
    ``footer``, ``caption`` or ``subhead``."""

    __slots__ = ("span", "byte_span", "role", "sentences")
    span: Span
    byte_span: Span
    role: str
    sentences: List[Sentence]

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Paragraph:
        s = d["span"]
        return Paragraph(to(s), (s[0], s[1]), d["role"], [Sentence._make(x, to) for x in d["sentences"]])


@dataclass
class Mention:
    """One place where the article names an entity."""

    __slots__ = ("span", "byte_span", "text")
    span: Span
    byte_span: Span
    text: str

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Mention:
        s = d["span"]
        return Mention(to(s), (s[0], s[1]), d["text"])


@dataclass
class Entity:
    """A person, organization or place (``kind``), with every mention of it.

    ``id`` is what :attr:`Quote.speaker` and :attr:`Attribution.source` refer to.
    """

    __slots__ = ("id", "kind", "name", "aliases", "descriptors", "mentions")
    id: int
    kind: str
    name: str
    aliases: List[str]
    descriptors: List[str]
    mentions: List[Mention]

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Entity:
        return Entity(
            d["id"], d["kind"], d["name"], d["aliases"], d["descriptors"], [Mention._make(m, to) for m in d["mentions"]]
        )


@dataclass
class Quote:
    """Quoted words (without their marks); ``kind`` is ``direct`` or ``partial``; ``speaker`` is
    an entity id or ``None``; ``paragraph`` the index of the paragraph it starts in."""

    __slots__ = ("span", "byte_span", "text", "kind", "speaker", "speaker_text", "cue", "paragraph")
    span: Span
    byte_span: Span
    text: str
    kind: str
    speaker: Optional[int]
    speaker_text: Optional[str]
    cue: Optional[str]
    paragraph: int

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Quote:
        s = d["span"]
        return Quote(to(s), (s[0], s[1]), d["text"], d["kind"], d["speaker"], d["speaker_text"], d["cue"], d["paragraph"])


@dataclass
class Attribution:
    """Reported speech without quotation marks; ``source`` is an entity id or ``None``."""

    __slots__ = ("span", "byte_span", "source", "source_text", "cue")
    span: Span
    byte_span: Span
    source: Optional[int]
    source_text: Optional[str]
    cue: Optional[str]

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Attribution:
        s = d["span"]
        return Attribution(to(s), (s[0], s[1]), d["source"], d["source_text"], d["cue"])


@dataclass
class Timex:
    """A date, time, duration or set: TIMEX3 ``type`` and ``value`` (``end`` for a range)."""

    __slots__ = ("span", "byte_span", "text", "type", "value", "end", "relative")
    span: Span
    byte_span: Span
    text: str
    type: str
    value: str
    end: Optional[str]
    relative: bool

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Timex:
        s = d["span"]
        return Timex(to(s), (s[0], s[1]), d["text"], d["type"], d["value"], d["end"], d["relative"])


@dataclass
class Amount:
    """Money (``currency`` is ISO 4217), a percentage, a count (with its ``unit``) or a number;
    ``value`` is scaled (``$4.5 billion`` is 4.5e9)."""

    __slots__ = ("span", "byte_span", "text", "kind", "value", "currency", "unit", "approx")
    span: Span
    byte_span: Span
    text: str
    kind: str
    value: float
    currency: Optional[str]
    unit: Optional[str]
    approx: Optional[str]

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Amount:
        s = d["span"]
        return Amount(to(s), (s[0], s[1]), d["text"], d["kind"], d["value"], d["currency"], d["unit"], d["approx"])


@dataclass
class KeyPoint:
    """A sentence chosen as a key point: ``article.paragraphs[paragraph].sentences[sentence]``."""

    __slots__ = ("paragraph", "sentence", "why")
    paragraph: int
    sentence: int
    why: List[str]

    @staticmethod
    def _make(d: Sequence[Any], to: _ToSpan) -> KeyPoint:
        return KeyPoint(d[0], d[1], d[2])


@dataclass
class Diagnostic:
    """A problem noticed in the text (never fatal); ``code`` is stable, e.g. ``quote-unclosed``."""

    __slots__ = ("severity", "code", "span", "byte_span", "message")
    severity: str
    code: str
    span: Span
    byte_span: Span
    message: str

    @staticmethod
    def _make(d: Dict[str, Any], to: _ToSpan) -> Diagnostic:
        s = d["span"]
        return Diagnostic(d["severity"], d["code"], to(s), (s[0], s[1]), d["message"])


class Article:
    """A parsed article: the objects of the JSON contract, plus the text they point into.

    Build one with :func:`newsbrief.parse` or :func:`newsbrief.parse_many`. ``id`` is the id
    given to ``parse_many`` (or the item's position); ``None`` from ``parse``.
    """

    text: str
    """The text that was parsed; every ``span`` indexes it. For a web page, the extracted text."""
    id: Any
    """The id given to :func:`newsbrief.parse_many` (or the item's position), else ``None``."""
    page: Optional[Page]
    """The web page the text was extracted from (``parse(html=…)``), else ``None``."""

    def __init__(
        self,
        text: str,
        json_text: str,
        chars: Optional[_native.CharIndex],
        id: Any,
        date: Any,
        points: int,
        page: Optional[Page] = None,
    ):
        self.text = text
        self.id = id
        self.page = page
        self._json = json_text
        self._chars = chars
        self._to = _converter(chars)
        self._date = date
        self._points = points

    @classmethod
    def _restore(
        cls, text: str, json_text: str, id: Any, date: Any, points: int, page: Optional[Page] = None
    ) -> Article:
        return cls(text, json_text, _native.char_index(text), id, date, points, page)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (Article._restore, (self.text, self._json, self.id, self._date, self._points, self.page))

    def __repr__(self) -> str:
        headline = self.meta.headline.text if self.meta.headline else None
        return (
            f"<Article id={self.id!r} headline={headline!r} entities={len(self.entities)} "
            f"quotes={len(self.quotes)} times={len(self.times)} amounts={len(self.amounts)}>"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return (self.text, self._json, self.id) == (other.text, other._json, other.id)

    __hash__ = None  # type: ignore[assignment]

    @cached_property
    def _data(self) -> Dict[str, Any]:
        data: Dict[str, Any] = json.loads(self._json)
        return data

    @property
    def schema(self) -> str:
        """Always ``"newsbrief/article@1"``."""
        schema: str = self._data["schema"]
        return schema

    @cached_property
    def meta(self) -> Meta:
        """Headline, byline, dateline, dates, contacts and sizes."""
        return Meta._make(self._data["meta"], self._to)

    @cached_property
    def paragraphs(self) -> List[Paragraph]:
        """Every non-blank line, in order, with its role and sentences."""
        return [Paragraph._make(p, self._to) for p in self._data["paragraphs"]]

    @cached_property
    def entities(self) -> List[Entity]:
        """People, organizations and places."""
        return [Entity._make(e, self._to) for e in self._data["entities"]]

    @cached_property
    def quotes(self) -> List[Quote]:
        """Quoted words with their speakers."""
        return [Quote._make(q, self._to) for q in self._data["quotes"]]

    @cached_property
    def attributions(self) -> List[Attribution]:
        """Reported speech without quotation marks."""
        return [Attribution._make(a, self._to) for a in self._data["attributions"]]

    @cached_property
    def times(self) -> List[Timex]:
        """Dates, times, durations and sets, normalized to TIMEX3 values."""
        return [Timex._make(t, self._to) for t in self._data["times"]]

    @cached_property
    def amounts(self) -> List[Amount]:
        """Money, percentages, counts and plain numbers."""
        return [Amount._make(a, self._to) for a in self._data["amounts"]]

    @cached_property
    def key_points(self) -> List[KeyPoint]:
        """The sentences chosen as the gist of the article, in article order."""
        return [KeyPoint._make(k, self._to) for k in self._data["key_points"]]

    @cached_property
    def diagnostics(self) -> List[Diagnostic]:
        """Problems noticed in the text (never fatal)."""
        return [Diagnostic._make(d, self._to) for d in self._data["diagnostics"]]

    def entities_of(self, kind: str) -> List[Entity]:
        """The entities of one kind: ``"person"``, ``"organization"`` or ``"place"``."""
        if kind not in ENTITY_KINDS:
            raise ValueError(f"kind must be one of {', '.join(map(repr, ENTITY_KINDS))}, not {kind!r}")
        return [e for e in self.entities if e.kind == kind]

    def entity(self, id: int) -> Optional[Entity]:
        """The entity with this id (as in :attr:`Quote.speaker`), or ``None``."""
        entities = self.entities
        if 0 <= id < len(entities) and entities[id].id == id:
            return entities[id]
        return next((e for e in entities if e.id == id), None)

    def quotes_by(self, entity: Union[Entity, int]) -> List[Quote]:
        """The quotes whose speaker is this entity (an :class:`Entity` or its id)."""
        if isinstance(entity, Entity):
            speaker = entity.id
        elif isinstance(entity, int) and not isinstance(entity, bool):
            speaker = entity
        else:
            raise TypeError(f"quotes_by takes an Entity or an entity id, not {type(entity).__name__}")
        return [q for q in self.quotes if q.speaker == speaker]

    def text_of(self, span: Union[Span, Sequence[int], Any]) -> str:
        """The text a span covers: a ``(start, end)`` pair in characters, or any object with a
        ``span`` (a quote, a mention, a sentence…)."""
        if hasattr(span, "span"):
            span = span.span
        start, end = span
        return self.text[start:end]

    def sentence_text(self, key_point: KeyPoint) -> str:
        """The text of a key point's sentence."""
        return self.text_of(self.paragraphs[key_point.paragraph].sentences[key_point.sentence])

    def to_json(self) -> str:
        """The JSON of the contract with byte spans, exactly as ``newsbrief parse`` prints it
        (without the final newline)."""
        return self._json

    def to_dict(self) -> Dict[str, Any]:
        """:meth:`to_json` as a new ``dict`` (byte spans, as lists)."""
        data: Dict[str, Any] = json.loads(self._json)
        return data
