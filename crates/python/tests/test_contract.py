"""The Python results are the command's: the same JSON, the same briefings."""

from __future__ import annotations

import datetime
import json
import re

import pytest

import newsbrief
from conftest import FIXTURES, read_article, run_cli


def test_there_are_fixtures_to_compare():
    assert len(FIXTURES) >= 10


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_to_json_is_the_commands_json(cli, path):
    printed = run_cli(cli, "parse", str(path))
    article = newsbrief.parse(read_article(path))
    assert article.to_json() + "\n" == printed
    assert article.to_dict() == json.loads(printed)


@pytest.mark.parametrize("path", FIXTURES[:4], ids=lambda p: p.name)
def test_date_and_points_mean_what_the_commands_flags_mean(cli, path):
    printed = run_cli(cli, "parse", "--date", "2023-03-17", "--points", "2", str(path))
    text = read_article(path)
    assert newsbrief.parse(text, date="2023-03-17", points=2).to_json() + "\n" == printed
    assert newsbrief.parse(text, date=datetime.date(2023, 3, 17), points=2).to_json() + "\n" == printed


def test_default_points_are_the_commands(cli):
    help_text = run_cli(cli, "parse", "--help")
    default = re.search(r"--points <POINTS>.*?\[default: (\d+)\]", help_text, re.S)
    assert default is not None
    assert newsbrief.DEFAULT_POINTS == int(default.group(1)) == 4


def test_a_fixture_fills_the_default_number_of_key_points():
    # Otherwise the comparisons above could not tell a wrong default from the right one.
    counts = [len(newsbrief.parse(read_article(p)).key_points) for p in FIXTURES]
    assert max(counts) == newsbrief.DEFAULT_POINTS


@pytest.mark.parametrize(
    "flags, kwargs",
    [([], {}), (["--format", "md"], {"format": "md"}), (["--format", "md", "--short"], {"format": "md", "short": True})],
)
def test_brief_is_the_commands_briefing(cli, flags, kwargs):
    path = next(p for p in FIXTURES if "summit" in p.name)
    printed = run_cli(cli, "brief", *flags, str(path))
    text = read_article(path)
    assert newsbrief.brief(text, **kwargs) == printed
    assert newsbrief.brief(newsbrief.parse(text), **kwargs) == printed


def test_brief_of_an_article_keeps_its_date_and_points(cli):
    path = next(p for p in FIXTURES if "reuters" in p.name)
    printed = run_cli(cli, "brief", "--format", "md", "--date", "2024-01-05", "--points", "1", str(path))
    article = newsbrief.parse(read_article(path), date="2024-01-05", points=1)
    assert newsbrief.brief(article, "md") == printed
