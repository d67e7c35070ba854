"""The package is typed: mypy --strict accepts a correct use and catches a wrong one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

pytest.importorskip("mypy")

HERE = Path(__file__).resolve().parent
CACHE = REPO / "target" / "mypy-cache"
CONFIG = HERE.parent / "pyproject.toml"


def mypy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mypy", f"--config-file={CONFIG}", "--strict", "--no-color-output", f"--cache-dir={CACHE}", *args],
        capture_output=True,
        text=True,
    )


def test_typed_example_checks_and_runs():
    res = mypy(str(HERE / "typed_example.py"))
    assert res.returncode == 0, res.stdout
    import typed_example

    typed_example.main()


def test_a_wrong_use_is_caught(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import newsbrief\n"
        "article = newsbrief.parse('Mr. Lee said so.')\n"
        "n: int = article.quotes[0].text\n"
        "newsbrief.parse_many(['a'], threads='two')\n"
    )
    res = mypy(str(bad))
    assert res.returncode == 1
    assert 'bad.py:3: error: Incompatible types in assignment (expression has type "str", variable has type "int")' in res.stdout
    assert 'bad.py:4: error: Argument "threads" to "parse_many" has incompatible type "str"' in res.stdout


def test_the_package_source_is_strictly_typed():
    res = mypy(str(REPO / "crates" / "python" / "python" / "newsbrief"))
    assert res.returncode == 0, res.stdout
