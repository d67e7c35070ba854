"""`parse_many`: the same articles as `parse`, in input order, reading its input lazily."""

from __future__ import annotations

import itertools

import pytest

import newsbrief
from conftest import FIXTURES, read_article


def ten_thousand_texts():
    """Fixture articles, each with a line that makes it distinct (so order matters)."""
    bases = [read_article(p) for p in FIXTURES]
    for i in range(10_000):
        base = bases[i % len(bases)]
        yield f"{base}\nThe committee met {i + 1} times, Ms. Rivera said on Friday.\n"


def test_ten_thousand_texts_on_two_threads_equal_the_sequential_results():
    sequential = [newsbrief.parse(t).to_json() for t in ten_thousand_texts()]
    parallel = newsbrief.parse_many(ten_thousand_texts(), threads=2)
    n = 0
    for position, (article, expected) in enumerate(zip(parallel, sequential)):
        assert article.id == position
        assert article.to_json() == expected
        n += 1
    assert n == 10_000
    assert len(set(sequential)) == 10_000


def test_a_generator_is_read_only_a_window_ahead():
    pulled = 0

    def texts():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"Officials said on Monday that {i} ships had docked."

    results = newsbrief.parse_many(texts(), threads=2, window=4)
    for taken in range(1, 30):
        next(results)
        assert taken <= pulled <= taken + 4


def test_dict_items_carry_id_and_date():
    text = "The talks ended on Friday, Mr. Okafor said."
    items = [
        {"id": "a-1", "text": text, "date": "2023-03-17"},
        {"id": "a-2", "text": text},
        {"text": text, "date": None},
    ]
    got = list(newsbrief.parse_many(items, date="2020-01-01"))
    assert [a.id for a in got] == ["a-1", "a-2", 2]
    assert got[0].to_json() == newsbrief.parse(text, date="2023-03-17").to_json()
    assert got[1].to_json() == newsbrief.parse(text, date="2020-01-01").to_json()
    assert got[2].to_json() == newsbrief.parse(text, date="2020-01-01").to_json()
    assert got[0].times[0].value == "2023-03-17"


def test_points_apply_to_every_item():
    text = read_article(next(p for p in FIXTURES if "summit" in p.name))
    (article,) = newsbrief.parse_many([text], points=2)
    assert article.to_json() == newsbrief.parse(text, points=2).to_json()
    assert newsbrief.brief(article, "md") == newsbrief.brief(text, "md", points=2)


def test_a_bad_item_raises_in_its_turn_and_the_others_still_come():
    good = "Mr. Lee said on Monday that prices rose 3%."
    items = [good, 42, {"id": "x", "text": good, "date": "2023-02-30"}, {"id": "y"}, good]
    results = newsbrief.parse_many(items, threads=2)
    assert next(results).id == 0
    with pytest.raises(TypeError, match=r"^item 1: items must be str or a dict"):
        next(results)
    with pytest.raises(ValueError, match=r"^item 2: `2023-02-30` is not a calendar date in the form YYYY-MM-DD$"):
        next(results)
    with pytest.raises(ValueError, match=r'^item 3: a dict item needs a "text" key$'):
        next(results)
    last = next(results)
    assert (last.id, last.to_json()) == (4, newsbrief.parse(good).to_json())
    assert list(results) == []


def test_an_error_in_the_input_iterable_comes_after_the_items_before_it():
    def texts():
        yield "First story, said Mr. Ito."
        yield "Second story, said Ms. Abe."
        raise OSError("the feed went away")

    results = newsbrief.parse_many(texts())
    assert [next(results).id, next(results).id] == [0, 1]
    with pytest.raises(OSError, match="the feed went away"):
        next(results)
    assert list(results) == []


def test_bytes_items_are_refused_with_a_hint():
    with pytest.raises(TypeError, match=r"^item 0: items must be str .*, not bytes \(decode it first"):
        next(newsbrief.parse_many([b"raw bytes"]))
    with pytest.raises(TypeError, match=r"^item 0: the text must be str, not bytes \(decode it first"):
        next(newsbrief.parse_many([{"text": b"raw bytes"}]))


def test_arguments_are_checked_at_the_call():
    with pytest.raises(TypeError, match="not one str"):
        newsbrief.parse_many("one article")
    with pytest.raises(TypeError):
        newsbrief.parse_many(5)
    with pytest.raises(ValueError, match="threads must be at least 1"):
        newsbrief.parse_many([], threads=0)
    with pytest.raises(ValueError, match="window must be at least 1"):
        newsbrief.parse_many([], window=0)
    with pytest.raises(ValueError, match="not a calendar date"):
        newsbrief.parse_many([], date="yesterday")
    with pytest.raises(ValueError, match="points must be from 1 to 20, not 0"):
        newsbrief.parse_many([], points=0)


def test_stopping_early_leaves_no_work_behind():
    texts = (f"Story {i}: the mayor said on Monday that {i} roads were closed." for i in range(100_000))
    results = newsbrief.parse_many(texts, threads=2)
    first = list(itertools.islice(results, 3))
    assert [a.id for a in first] == [0, 1, 2]
    del results


def test_empty_input_gives_nothing():
    assert list(newsbrief.parse_many([])) == []
    assert list(newsbrief.parse_many(iter(()))) == []


def test_batches_in_several_python_threads_at_once():
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Ms. Okoro said on Monday that {i} schools would reopen." for i in range(300)]
    expected = [newsbrief.parse(t).to_json() for t in texts]

    def run(offset: int):
        shifted = texts[offset:] + texts[:offset]
        return [a.to_json() for a in newsbrief.parse_many(shifted, threads=2, window=3)]

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(run, [0, 100, 200]))
    for offset, got in zip([0, 100, 200], results):
        assert got == expected[offset:] + expected[:offset]


def test_one_iterator_shared_by_two_threads_says_so_instead_of_hanging():
    import threading

    reading = threading.Event()
    go_on = threading.Event()

    def texts():
        yield "First, said Mr. Hale."
        reading.set()
        go_on.wait(timeout=30)
        yield "Second, said Ms. Park."

    results = newsbrief.parse_many(texts(), window=1)
    assert next(results).id == 0
    second = []
    reader = threading.Thread(target=lambda: second.append(next(results)))
    reader.start()
    assert reading.wait(timeout=30)
    with pytest.raises(RuntimeError, match="already in use by another thread"):
        next(results)
    go_on.set()
    reader.join(timeout=30)
    assert [a.id for a in second] == [1]
