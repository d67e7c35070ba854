"""Type stubs of the extension module ``newsbrief._native`` (crates/python/src)."""

import datetime
from typing import Any, Iterable, Iterator, List, Optional, Tuple, Union

_Date = Union[str, datetime.date, None]

SCHEMA: str
DEFAULT_POINTS: int
MAX_POINTS: int
__version__: str

class CharIndex:
    """Byte offsets of a UTF-8 text to character offsets (built only for non-ASCII text)."""

    def __call__(self, byte: int) -> int: ...
    def span(self, start: int, end: int) -> Tuple[int, int]: ...

def parse(text: str, date: _Date = None, points: Optional[int] = None) -> Tuple[str, Optional[CharIndex]]:
    """The article's JSON and, for non-ASCII text, its character index."""

def brief(
    text: str, format: Optional[str] = None, date: _Date = None, points: Optional[int] = None, short: bool = False
) -> str:
    """The HTML briefing or the Markdown summary of a text."""

class ExtractError(ValueError):
    """A web page that gave no article; ``code`` is ``empty``, ``binary``, ``not_html``,
    ``too_deep`` or ``no_text``."""

    code: str

def extract(html: Union[str, bytes, bytearray], url: Optional[str] = None) -> Tuple[str, str]:
    """The serialized page and its text, as the parser reads it."""

def char_index(text: str) -> Optional[CharIndex]:
    """The character index of a text, ``None`` when it is ASCII."""

_Row = Tuple[Any, ...]

def table_rows(
    article_id: Any, json: str, chars: Optional[CharIndex]
) -> Tuple[List[_Row], List[_Row], List[_Row], List[_Row]]:
    """Row tuples of one article's entities, quotes, times and amounts, in ``to_arrow``'s column order."""

def _panic_for_tests(in_worker: bool) -> None:
    """Panics in Rust on purpose; the test suite checks that this raises ``RuntimeError``."""

class ParseMany(Iterator[Tuple[Any, str, Optional[str], str, Optional[CharIndex]]]):
    """Yields ``(id, text, date, json, chars)`` per item, in input order."""

    def __init__(
        self,
        items: Iterable[Any],
        date: _Date = None,
        points: Optional[int] = None,
        threads: Optional[int] = None,
        window: Optional[int] = None,
    ) -> None: ...
    def __iter__(self) -> "ParseMany": ...
    def __next__(self) -> Tuple[Any, str, Optional[str], str, Optional[CharIndex]]: ...
