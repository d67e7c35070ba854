"""The Python examples of the README and docs/python.md run and print what the docs show.

A ```python block followed by a ```text block must print exactly that text. Blocks of one
document share their variables, as cells of a notebook do. A block that uses PySpark runs in a
process of its own (with a time limit) when PySpark is installed.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import subprocess
import sys

import pytest

from conftest import REPO

FENCE = re.compile(r"```(\w*)\n(.*?)```", re.S)


def python_blocks(markdown: str):
    """(code, expected output or None) for each python block, in order."""
    fences = [(m.group(1), m.group(2), m.start(), m.end()) for m in FENCE.finditer(markdown)]
    for i, (lang, body, _, end) in enumerate(fences):
        if lang != "python":
            continue
        following = fences[i + 1] if i + 1 < len(fences) else None
        expected = None
        if following and following[0] == "text" and not markdown[end : following[2]].strip():
            expected = following[1]
        yield body, expected


def readme_section() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Use from Python")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end != -1 else len(readme)]


def documents():
    yield "README.md", readme_section()
    yield "docs/python.md", (REPO / "docs" / "python.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name, markdown", list(documents()), ids=lambda x: x if x.endswith(".md") else "")
def test_examples_print_what_the_docs_show(name, markdown, monkeypatch):
    monkeypatch.chdir(REPO)
    namespace: dict = {"__name__": "__docs__"}
    ran = 0
    for code, expected in python_blocks(markdown):
        if "pyspark" in code:
            continue
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, name, "exec"), namespace)
        if expected is not None:
            assert out.getvalue() == expected, code
        ran += 1
    assert ran >= 1


def test_the_spark_example_runs(tmp_path):
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("PySpark is not installed (.ci/run installs it)")
    markdown = (REPO / "docs" / "python.md").read_text(encoding="utf-8")
    ((code, expected),) = [(c, e) for c, e in python_blocks(markdown) if "pyspark" in c]
    script = tmp_path / "spark_example.py"
    script.write_text(code, encoding="utf-8")
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    res = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=900, env=env
    )
    assert res.returncode == 0, res.stderr[-3000:]
    assert res.stdout == expected
