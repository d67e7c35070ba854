"""A typed use of the package, checked with `mypy --strict` by test_typing.py and run there too."""

from __future__ import annotations

import datetime
from typing import Dict, Iterator, List, Optional, Tuple

import newsbrief


def quotes_by_person(text: str) -> Dict[str, List[str]]:
    article: newsbrief.Article = newsbrief.parse(text, date=datetime.date(2024, 1, 2), points=3)
    res: Dict[str, List[str]] = {}
    for person in article.entities_of("person"):
        res[person.name] = [quote.text for quote in article.quotes_by(person)]
    return res


def first_date(article: newsbrief.Article) -> Optional[Tuple[str, newsbrief.Span]]:
    for t in article.times:
        if t.type == "date":
            return t.value, t.span
    return None


def ids_and_sizes(texts: List[str]) -> Iterator[Tuple[object, int]]:
    for article in newsbrief.parse_many(({"id": f"t{i}", "text": t} for i, t in enumerate(texts)), threads=2):
        yield article.id, article.meta.word_count


def headline_and_summary(text: str) -> Tuple[Optional[str], str]:
    article = newsbrief.parse(text)
    headline = article.meta.headline.text if article.meta.headline is not None else None
    return headline, newsbrief.brief(article, "md", short=True)


def page_facts(html: bytes) -> Tuple[Optional[str], List[str], Optional[str]]:
    page: newsbrief.Page = newsbrief.extract(html, url="https://gazette.example/a")
    title = page.meta.title.value if page.meta.title is not None else None
    article = newsbrief.parse(html=html)
    source = article.page.meta.title.source if article.page and article.page.meta.title else None
    return title, [a.value for a in page.meta.authors], source


def main() -> None:
    text = "Budget Vote Delayed\nPARIS — “We need more time,” Ms. Girard said on Friday."
    assert quotes_by_person(text) == {"Girard": ["We need more time,"]}
    found = first_date(newsbrief.parse(text, date="2024-01-02"))
    assert found is not None and found[0] == "2023-12-29"
    assert list(ids_and_sizes([text, text])) == [("t0", 10), ("t1", 10)]
    assert headline_and_summary(text)[0] == "Budget Vote Delayed"
    html = b"<html><head><title>Dam Opens</title></head><body><article><h1>Dam Opens</h1><p>The dam opened on Tuesday.</p></article></body></html>"
    assert page_facts(html) == ("Dam Opens", [], "meta")


if __name__ == "__main__":
    main()
