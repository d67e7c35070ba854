"""Web pages: extract() gives a typed page, parse and brief take html=, and the results are
the command's on the same pages."""

from __future__ import annotations

import json
import pickle

import pytest

import newsbrief
from conftest import REPO, run_cli

PAGES = sorted((REPO / "crates" / "extract" / "tests" / "pages").glob("*.html"))


def test_the_test_pages_are_there():
    assert len(PAGES) >= 10


def test_extract_gives_the_metadata_with_its_sources():
    page = newsbrief.extract((REPO / "crates/extract/tests/pages/01_json_ld.html").read_bytes())
    assert page.meta.title == newsbrief.Field("Port of Halvik Reopens After Ice Storm", "json-ld")
    assert [a.value for a in page.meta.authors] == ["Marta Lindqvist", "Owen Achebe"]
    assert page.meta.published == newsbrief.Field("2024-02-12T08:30:00-05:00", "json-ld")
    assert page.meta.publisher is not None and page.meta.publisher.value == "The Northern Ledger"
    assert page.meta.language is not None and page.meta.language.value == "en-US"
    assert page.method == "cascade"
    assert page.url is None
    assert page.paragraphs[0].startswith("HALVIK, Norland — Cargo ships returned")
    assert {b.kind for b in page.blocks} <= set(newsbrief.BLOCK_KINDS)
    for field in [page.meta.title, page.meta.published, *page.meta.authors]:
        assert field is not None and field.source in newsbrief.SOURCES
    assert page.text.startswith("---\ntitle: Port of Halvik Reopens After Ice Storm\n")
    assert page.to_dict()["meta"]["title"] == {"value": "Port of Halvik Reopens After Ice Storm", "source": "json-ld"}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_the_text_is_the_commands_extract_only(cli, path):
    page = newsbrief.extract(path.read_bytes())
    assert page.text == run_cli(cli, "parse", "--extract-only", str(path))


def test_a_pages_publication_time_reaches_the_model_and_the_header():
    html = (REPO / "crates/extract/tests/pages/01_json_ld.html").read_bytes()
    article = newsbrief.parse(html=html, url="https://ledger.example/halvik")
    assert article.meta.published_time == "2024-02-12T08:30:00-05:00"
    assert article.meta.published == "2024-02-12"
    page = newsbrief.brief(html=html, url="https://ledger.example/halvik")
    assert "12 February 2024, 08:30 UTC−05:00" in page
    # The page's canonical address, made absolute against the address it was read from.
    canonical = "https://ledger.example/business/2024/02/12/port-halvik-reopens"
    assert article.meta.url == canonical
    assert f'<a href="{canonical}" rel="noopener noreferrer">ledger.example</a>' in page


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_parse_html_is_the_commands_json(cli, path):
    article = newsbrief.parse(html=path.read_bytes())
    expected = json.loads(run_cli(cli, "parse", str(path)))
    assert expected.pop("text") == article.text
    assert article.to_dict() == expected
    assert article.page is not None and article.page.text == article.text


def test_brief_html_is_the_commands_briefing(cli):
    path = REPO / "crates/extract/tests/pages/04_live_blog.html"
    assert newsbrief.brief(html=path.read_bytes()) == run_cli(cli, "brief", str(path))
    md = newsbrief.brief(html=path.read_text(encoding="utf-8"), format="md", short=True)
    assert md == run_cli(cli, "brief", "-f", "md", "--short", str(path))


def test_spans_point_into_the_extracted_text():
    html = (
        "<html><head><title>Ferry Fares to Rise | The Harbor Gazette</title></head><body><article>"
        "<h1>Ferry Fares to Rise</h1><p>PORTSMOUTH — Ferry fares will rise by 12% in March, the operator said on "
        "Tuesday.</p><p>“Fuel costs have doubled,” said Zoë Brandt, the operator’s chief executive.</p>"
        "</article></body></html>"
    )
    article = newsbrief.parse(html=html, url="https://gazette.example/2024/fares.html", date="2024-02-06")
    assert article.meta.url == "https://gazette.example/2024/fares.html"
    assert article.text_of(article.quotes[0]) == "Fuel costs have doubled,"
    people = article.entities_of("person")
    assert [article.text_of(m) for m in people[0].mentions] == ["Zoë Brandt"]
    start, end = people[0].mentions[0].byte_span
    assert article.text.encode()[start:end].decode() == "Zoë Brandt"


def test_bytes_in_a_legacy_encoding_are_decoded_by_their_meta_charset():
    path = REPO / "crates/extract/tests/pages/07_windows_1252.html"
    page = newsbrief.extract(path.read_bytes())
    assert "’" in page.text or "“" in page.text or "é" in page.text
    assert page.text == newsbrief.extract(bytearray(path.read_bytes())).text


def test_an_article_from_a_page_pickles_with_its_page():
    article = newsbrief.parse(html=(REPO / "crates/extract/tests/pages/02_opengraph_only.html").read_bytes())
    again = pickle.loads(pickle.dumps(article))
    assert again == article
    assert again.page == article.page and again.page is not None
    assert again.page.meta == article.page.meta


@pytest.mark.parametrize(
    "html, code, message",
    [
        (b"", "empty", "the page is empty"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "binary", "not an HTML page: a PNG image"),
        ("Only words, and no markup at all.", "not_html", "not an HTML page: no markup found"),
        ("<div>" * 2000 + "<p>Deep.</p>", "too_deep", "not a usable HTML page: markup nested 2000 levels deep (the limit is 512)"),
        ("<html><body><nav><a href='/'>Home</a></nav></body></html>", "no_text", "no article text found in the page"),
    ],
)
def test_a_page_without_an_article_raises_with_its_code(html, code, message):
    with pytest.raises(newsbrief.ExtractError) as caught:
        newsbrief.extract(html)
    assert caught.value.code == code
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    with pytest.raises(newsbrief.ExtractError):
        newsbrief.parse(html=html)
    with pytest.raises(newsbrief.ExtractError):
        newsbrief.brief(html=html)


def test_wrong_arguments_raise_type_errors():
    with pytest.raises(TypeError, match="^html must be str or bytes, not int$"):
        newsbrief.extract(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^url must be str, not int$"):
        newsbrief.extract("<p>Hi.</p>", url=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not both"):
        newsbrief.parse("Some text.", html="<p>Some text.</p>")
    with pytest.raises(TypeError, match="url goes with html="):
        newsbrief.parse("Some text.", url="https://gazette.example/a")
    article = newsbrief.parse("Some text.")
    with pytest.raises(TypeError, match="not both"):
        newsbrief.brief(article, html="<p>Some text.</p>")


def test_hostile_markup_leaves_only_text():
    page = newsbrief.extract((REPO / "crates/extract/tests/pages/08_hostile.html").read_bytes(), url="javascript:alert(1)")
    # The page's own text shows `<script>…` as words; no script, handler or link gets through.
    for leak in ["injected by script", "head script", "alert('", "alert(1)", "javascript:"]:
        assert leak not in page.text.lower()
    assert not any(c < " " and c != "\n" for c in page.text)
    html = newsbrief.brief(html=(REPO / "crates/extract/tests/pages/08_hostile.html").read_bytes())
    assert "<script" not in html.lower() and "javascript:" not in html.lower()
