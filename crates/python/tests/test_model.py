"""The typed objects: attributes as in the JSON contract, the helpers, pickling."""

from __future__ import annotations

import pickle

import newsbrief
from conftest import FIXTURES, read_article

SUMMIT = next(p for p in FIXTURES if "summit" in p.name)


def test_attributes_follow_the_json():
    article = newsbrief.parse(read_article(SUMMIT))
    data = article.to_dict()
    assert article.schema == newsbrief.SCHEMA == data["schema"] == "newsbrief/article@1"
    assert article.meta.headline.text == data["meta"]["headline"]["text"]
    assert article.meta.word_count == data["meta"]["word_count"]
    assert [n.name for n in article.meta.byline] == [n["name"] for n in data["meta"]["byline"]]
    assert [p.role for p in article.paragraphs] == [p["role"] for p in data["paragraphs"]]
    for entity, e in zip(article.entities, data["entities"]):
        assert (entity.id, entity.kind, entity.name, entity.aliases, entity.descriptors) == (
            e["id"],
            e["kind"],
            e["name"],
            e["aliases"],
            e["descriptors"],
        )
        assert [m.byte_span for m in entity.mentions] == [tuple(m["span"]) for m in e["mentions"]]
    assert [(q.text, q.kind, q.speaker, q.cue, q.paragraph) for q in article.quotes] == [
        (q["text"], q["kind"], q["speaker"], q["cue"], q["paragraph"]) for q in data["quotes"]
    ]
    assert [(t.type, t.value, t.end, t.relative) for t in article.times] == [
        (t["type"], t["value"], t["end"], t["relative"]) for t in data["times"]
    ]
    assert [(a.kind, a.value, a.currency, a.unit, a.approx) for a in article.amounts] == [
        (a["kind"], a["value"], a["currency"], a["unit"], a["approx"]) for a in data["amounts"]
    ]
    assert [(k.paragraph, k.sentence, k.why) for k in article.key_points] == [tuple(k) for k in data["key_points"]]
    assert len(article.attributions) == len(data["attributions"])


def test_people_and_their_quotes():
    article = newsbrief.parse(read_article(SUMMIT))
    people = article.entities_of("person")
    assert people and all(p.kind == "person" for p in people)
    assert {e.kind for e in article.entities} == set(newsbrief.ENTITY_KINDS)
    quoted = [p for p in people if article.quotes_by(p)]
    assert quoted
    for person in quoted:
        assert article.quotes_by(person) == article.quotes_by(person.id)
        assert all(q.speaker == person.id for q in article.quotes_by(person))
        assert article.entity(person.id) is person
    assert article.entity(10_000) is None


def test_text_of_and_key_point_sentences():
    text = read_article(SUMMIT)
    article = newsbrief.parse(text)
    for point in article.key_points:
        sentence = article.paragraphs[point.paragraph].sentences[point.sentence]
        assert article.sentence_text(point) == text[sentence.span[0] : sentence.span[1]]
    quote = article.quotes[0]
    assert article.text_of(quote) == article.text_of(quote.span) == article.text_of(list(quote.span)) == quote.text


def test_to_dict_is_a_fresh_copy():
    article = newsbrief.parse(read_article(SUMMIT))
    article.to_dict()["entities"].clear()
    assert article.to_dict()["entities"]
    assert article.entities


def test_an_article_pickles():
    text = "Zoë Lefèvre said on Monday that “the ☕ is cold,” a café owner in Montréal reported."
    article = newsbrief.parse(text, date="2024-01-08", points=1)
    back = pickle.loads(pickle.dumps(article))
    assert back == article
    assert back.to_json() == article.to_json()
    assert [q.span for q in back.quotes] == [q.span for q in article.quotes]
    assert newsbrief.brief(back, "md") == newsbrief.brief(text, "md", date="2024-01-08", points=1)


def test_repr_names_what_is_inside():
    article = newsbrief.parse(read_article(SUMMIT))
    shown = repr(article)
    assert shown.startswith("<Article id=None headline='Leaders Agree")
    assert f"quotes={len(article.quotes)}" in shown
    assert repr(article.quotes[0]).startswith("Quote(span=")


def test_the_package_docstring_example_runs():
    import doctest

    assert doctest.testmod(newsbrief).failed == 0
    assert doctest.testmod(newsbrief).attempted >= 3


def test_the_reference_date_says_where_it_came_from():
    text = "Envoys Part Ways\n\nTalks ended on March 3, 2024, in Oslo. The envoys will meet again Friday.\n"
    inferred = newsbrief.parse(text)
    assert (inferred.meta.reference_date, inferred.meta.reference_date_source) == ("2024-03-03", "inferred")
    assert inferred.to_dict()["meta"]["reference_date_source"] == "inferred"
    assert [t.value for t in inferred.times if t.text == "Friday"] == ["2024-03-08"]
    assert newsbrief.parse(text, date="2024-03-10").meta.reference_date_source == "given"
    assert newsbrief.parse(read_article(SUMMIT)).meta.reference_date_source == "published"
