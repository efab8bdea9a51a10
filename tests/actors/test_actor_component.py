"""The spaCy components: placement, plain-data mentions, multiprocessing, ``mention_at``."""

from __future__ import annotations

import json

import srsly

from graph.actors.resolve import mention_at, mentions_at
from graph.model import ACTOR_TYPES, MENTION_KEYS

KINDS = {"name", "alias", "title", "nominal", "pronoun", "place"}


def test_ruler_runs_before_ner_and_resolver_after(pipelines):
    for nlp in pipelines.values():
        names = nlp.pipe_names
        assert names.index("dipgraph_actor_ruler") < names.index("ner") < names.index("dipgraph_actors")


def test_capitals_are_never_people(analyse):
    doc = analyse("en", "Yerevan and Baku traded accusations while Tbilisi kept quiet.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Yerevan"] == "GPE" and labels["Baku"] == "GPE" and labels["Tbilisi"] == "GPE"


def test_mentions_are_plain_sorted_data(analyse):
    doc = analyse("en", "Hamas and Israel agreed. AFP said Qatar's foreign ministry and the two sides met in Doha.",
                  "2023-11-24")
    ms = doc._.mentions
    assert ms and [m["start"] for m in ms] == sorted(m["start"] for m in ms)
    json.dumps(ms)
    assert srsly.msgpack_loads(srsly.msgpack_dumps(ms)) == ms
    for m in ms:
        assert tuple(m) == MENTION_KEYS
        assert m["kind"] in KINDS and m["type"] in ACTOR_TYPES
        assert doc.text[m["start"]:m["end"]] == m["text"]
        assert doc[m["token_start"]:m["token_end"]].text == m["text"]


def test_pipe_with_two_processes(pipelines):
    from graph.nlp.extensions import make_doc

    nlp = pipelines["en"]
    texts = ["Moscow said it would retaliate.", "The EU condemned the strike in Kharkiv."] * 2
    docs = [make_doc(nlp, t, {"id": str(i), "date": "2023-01-01", "language": "en", "title": None})
            for i, t in enumerate(texts)]
    out = list(nlp.pipe(docs, n_process=2, batch_size=1))
    codes = [[m["code"] for m in d._.mentions if m["kind"] != "place"] for d in out]
    assert codes[0][0] == "RUS" and codes[1][0] == "EU"


def test_mention_at_skips_places_unless_asked(analyse):
    doc = analyse("en", "Talks in Moscow ended as Baku said it would not sign.")
    moscow = next(t.i for t in doc if t.text == "Moscow")
    baku = next(t.i for t in doc if t.text == "Baku")
    assert mention_at(doc, moscow) is None
    assert mention_at(doc, moscow, places=True)["actor_id"] == "RUS"
    assert mention_at(doc, baku)["code"] == "AZE"
    assert mentions_at(doc, 0) == []


def test_no_date_uses_most_recent_role(analyse):
    doc = analyse("en", "Charles Michel spoke.")
    assert doc._.mentions[0]["code"] == "EU"


def test_unknown_entities_get_provisional_ids_without_code(analyse):
    doc = analyse("en", "Maria Kowalczyk-Brennan met representatives of the Tarnow Chamber of Commerce.")
    unknown = [m for m in doc._.mentions if m["actor_id"].startswith("unknown/")]
    assert unknown and all(m["code"] is None for m in unknown)


def test_lowercase_us_is_not_the_united_states(analyse):
    doc = analyse("en", "They told us that the US would help.")
    assert [m["code"] for m in doc._.mentions if m["text"] in ("us", "US")] == ["USA"]
