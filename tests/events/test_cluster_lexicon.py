"""Clustering of event mentions (hand-computed expectations) and lexicon loading."""

from __future__ import annotations

import pytest

from graph.errors import UnsupportedLanguage
from graph.events.cluster import WINDOW_DAYS, cluster_events
from graph.events.dates import resolve_date
from graph.events.lexicon import load_lexicon
from graph.model import Event


def ev(doc, date, source="TUR", relation="support", target="AZE", start=0):
    return Event(doc=doc, source=source, relation=relation, target=target, source_actor=source,
                 target_actor=target, sentence="s", start=start, end=start + 1, trigger="t",
                 confidence=0.8, language="en", date=date)


def test_close_dates_cluster_and_far_dates_split():
    # 1 Oct, 6 Oct (5 days later) and 12 Oct (6 days after that) chain into one event;
    # 30 Oct is 18 days after the last one: a new event.
    es = [ev("a", "2020-10-01"), ev("b", "2020-10-06"), ev("c", "2020-10-12"), ev("d", "2020-10-30")]
    cs = cluster_events(es)
    assert [(c.first_date, c.last_date, c.n_mentions, c.n_documents) for c in cs] == [
        ("2020-10-01", "2020-10-12", 3, 3), ("2020-10-30", "2020-10-30", 1, 1)]
    assert WINDOW_DAYS == 7


def test_undated_mentions_join_their_document_and_ids_are_stable():
    es = [ev("a", "2020-10-01"), ev("a", None, start=50), ev("z", None)]
    cs = cluster_events(es)
    assert [(c.n_mentions, c.n_documents) for c in cs] == [(2, 1), (1, 1)]
    assert [c.id for c in cs] == ["TUR-support-AZE-2020-10-01-1", "TUR-support-AZE-undated-1"]
    assert [c.id for c in cluster_events(list(reversed(es)))] == [c.id for c in cs]


def test_symmetric_relations_cluster_as_pairs_and_others_do_not():
    es = [ev("a", "2021-05-01", "ARM", "meet", "AZE"), ev("b", "2021-05-02", "AZE", "meet", "ARM"),
          ev("a", "2021-05-01", "ARM", "attack", "AZE"), ev("b", "2021-05-02", "AZE", "attack", "ARM")]
    cs = cluster_events(es)
    assert sorted((c.source, c.relation, c.target, c.n_mentions) for c in cs) == [
        ("ARM", "attack", "AZE", 1), ("ARM", "meet", "AZE", 2), ("AZE", "attack", "ARM", 1)]


def test_lexicons_load_and_reject_unknown_language():
    for lang in ("en", "fr"):
        lex = load_lexicon(lang)
        assert lex.single and lex.multi and lex.g["negation"]
    with pytest.raises(UnsupportedLanguage, match="unsupported language 'xx'"):  # never English
        load_lexicon("xx")


def test_relative_dates():
    assert resolve_date("last Friday", "2024-02-14", "en") == "2024-02-09"  # Wed 14 Feb 2024
    assert resolve_date("hier", "2024-02-14", "fr") == "2024-02-13"
    assert resolve_date("on Tuesday", None, "en") is None


def test_imported_cameo_cues_carry_sense_constraints():
    from graph.events.lexicon import load_lexicon

    lex = load_lexicon("en")
    withdraw = lex.single["withdraw"]
    senses = [c for c in withdraw if c.sense]
    assert any(c.relation == "sanction" and c.prep == "from" and "treaty" in c.objects for c in senses)
    assert any(not c.sense and c.relation == "retreat" for c in withdraw)  # the curated plain reading
    assert not any(c.sense and "force" in c.objects for c in withdraw)  # removed at review
    assert any(c.relation == "condemn" and not c.sense for c in lex.single["berate"])


@pytest.mark.parametrize("words,pos,heads,deps,fits", [
    # "Le pays accuse son voisin" with the verb tagged ADJ: subject + object, no copula
    (["Le", "pays", "accuse", "son", "voisin"], ["DET", "NOUN", "ADJ", "DET", "NOUN"],
     [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "obj"], True),
    # the same word as a noun heading a clause with a subject and an object
    (["Le", "pays", "accuse", "le", "voisin"], ["DET", "NOUN", "NOUN", "DET", "NOUN"],
     [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "obj"], True),
    # a copular clause ("X est accusé") is no verb reading of the adjective
    (["X", "est", "accuse", "de", "Y"], ["NOUN", "AUX", "ADJ", "ADP", "NOUN"],
     [2, 2, 2, 4, 2], ["nsubj", "cop", "ROOT", "case", "obj"], False),
    # an adjective with no subject ("une critique sévère") stays an adjective
    (["une", "critique", "accuse"], ["DET", "NOUN", "ADJ"], [1, 1, 1], ["det", "ROOT", "amod"], False),
])
def test_mistagged_verb_heading_a_clause_is_a_verb_cue(words, pos, heads, deps, fits):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    doc = Doc(Vocab(), words=words, pos=pos, heads=heads, deps=deps)
    (cue,) = [c for c in load_lexicon("fr").single["accuser"] if c.pos == "VERB" and not c.sense]
    assert cue.fits(doc[2]) is fits
