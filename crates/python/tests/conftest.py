"""Shared helpers: the repository's fixture articles and the `newsbrief` command to compare with."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import List

import pytest

REPO = Path(__file__).resolve().parents[3]
FIXTURES = sorted((REPO / "tests" / "fixtures").glob("*.txt"))


def read_article(path: Path) -> str:
    """A fixture decoded as the command decodes it: UTF-8 without its byte-order mark, else
    Windows-1252 (the one legacy-encoded fixture)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `newsbrief` binary: $NEWSBRIEF_CLI, else built here with cargo."""
    given = os.environ.get("NEWSBRIEF_CLI")
    if given:
        return Path(given)
    subprocess.run(["cargo", "build", "--quiet", "-p", "newsbrief"], cwd=REPO, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return target / "debug" / "newsbrief"


def run_cli(cli: Path, *args: str) -> str:
    res = subprocess.run([str(cli), *args], capture_output=True, check=True)
    return res.stdout.decode("utf-8")


def fixture_ids() -> List[str]:
    return [p.name for p in FIXTURES]
