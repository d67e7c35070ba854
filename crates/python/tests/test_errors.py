"""Bad arguments raise Python exceptions with the problem in words; no text crashes anything."""

from __future__ import annotations

import datetime

import pytest

import newsbrief

TEXT = "ROME — The minister said on Monday that 40 people were hurt."


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"date": "2023-02-30"}, ValueError, "`2023-02-30` is not a calendar date in the form YYYY-MM-DD"),
        ({"date": "17/03/2023"}, ValueError, "`17/03/2023` is not a calendar date in the form YYYY-MM-DD"),
        ({"date": ""}, ValueError, "`` is not a calendar date in the form YYYY-MM-DD"),
        ({"date": 20230317}, TypeError, "date must be a str in the form YYYY-MM-DD or a datetime.date, not int"),
        ({"points": 0}, ValueError, "points must be from 1 to 20, not 0"),
        ({"points": 21}, ValueError, "points must be from 1 to 20, not 21"),
        ({"points": -3}, ValueError, "points must be from 1 to 20, not -3"),
        ({"points": "4"}, TypeError, "points must be int, not str"),
        ({"points": True}, TypeError, "points must be int, not bool"),
    ],
)
def test_bad_options_raise(kwargs, error, message):
    with pytest.raises(error) as caught:
        newsbrief.parse(TEXT, **kwargs)
    assert str(caught.value) == message
    with pytest.raises(error):
        newsbrief.brief(TEXT, **kwargs)


def test_the_text_must_be_a_str():
    with pytest.raises(TypeError, match=r"^text must be str, not bytes \(decode it first"):
        newsbrief.parse(TEXT.encode())
    with pytest.raises(TypeError, match="^text must be str, not NoneType$"):
        newsbrief.parse(None)
    with pytest.raises(TypeError, match="^text must be str, not list$"):
        newsbrief.brief(["a", "b"])


def test_a_lone_surrogate_is_a_unicode_error():
    with pytest.raises(UnicodeEncodeError):
        newsbrief.parse("broken \ud800 text")


def test_bad_format_and_misplaced_options():
    with pytest.raises(ValueError, match='^format must be "html" or "md", not "pdf"$'):
        newsbrief.brief(TEXT, "pdf")
    with pytest.raises(TypeError, match="^format must be str, not int$"):
        newsbrief.brief(TEXT, 1)
    article = newsbrief.parse(TEXT)
    with pytest.raises(ValueError, match="belong to the article"):
        newsbrief.brief(article, date="2023-01-01")


def test_helpers_refuse_wrong_arguments():
    article = newsbrief.parse(TEXT)
    with pytest.raises(ValueError, match="kind must be one of 'person', 'organization', 'place', not 'people'"):
        article.entities_of("people")
    with pytest.raises(TypeError, match="quotes_by takes an Entity or an entity id, not str"):
        article.quotes_by("the minister")


def test_a_datetime_date_is_the_same_as_its_iso_string():
    a = newsbrief.parse(TEXT, date=datetime.date(2024, 2, 29))
    b = newsbrief.parse(TEXT, date="2024-02-29")
    c = newsbrief.parse(TEXT, date=datetime.datetime(2024, 2, 29, 23, 59))
    assert a.to_json() == b.to_json() == c.to_json()
    assert a.meta.reference_date == "2024-02-29"
    assert a.times[0].value == "2024-02-26"


@pytest.mark.parametrize(
    "text",
    [
        "\0\0\0",
        "“" * 5000,
        "Mr. " * 3000,
        "x" * 200_000,
        "<script>alert(1)</script> *bold* [x](y)",
        "\u202e\u200b\ufffd",
    ],
)
def test_hostile_text_parses_and_renders(text):
    article = newsbrief.parse(text)
    assert article.text == text
    assert newsbrief.brief(article, "html").startswith("<!DOCTYPE html>")
    assert isinstance(newsbrief.brief(article, "md"), str)


def test_a_rust_panic_is_a_runtime_error_not_a_crash():
    from newsbrief import _native

    for in_worker in (False, True):
        with pytest.raises(RuntimeError, match=r"^internal error in newsbrief \(please report it\): a panic raised on purpose$"):
            _native._panic_for_tests(in_worker)
    assert newsbrief.parse(TEXT).times
