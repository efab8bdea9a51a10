"""Coreference handlers on Docs built by hand (words, heads, labels, parts of speech), with typed
mentions: each need of :data:`graph.actors.coref.HANDLERS` pinned without a statistical model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from graph.actors.compose import actor_fields, unknown_actor
from graph.actors.coref import resolve_in_order
from graph.actors.kb import load_kb
from graph.actors.lexicon import load_lexicon
from graph.actors.records import ActorMention, Pending

DATE = "2024-03-01"


def hand_doc(lang: str, rows: list[tuple[str, int, str, str]]) -> Doc:
    """A Doc of ``(word, head index, dependency label, part of speech)`` rows; every token whose
    head is itself is the root of a sentence."""
    words, heads, deps, pos = (list(col) for col in zip(*rows))
    return Doc(spacy.blank(lang).vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[w.lower() for w in words])


def mention(doc: Doc, s: int, e: int, kind: str, fields: dict | None = None, **state) -> ActorMention:
    span = doc[s:e]
    return ActorMention(start=span.start_char, end=span.end_char, token_start=s, token_end=e, text=span.text,
                        **(fields or {}), kind=kind, **state)


def state(code: str) -> dict:
    return actor_fields(load_kb(), code, DATE, "en")


def resolved(doc: Doc, mentions: list[ActorMention], lang: str = "en") -> list[tuple[str, str | None, str]]:
    return [(m.text, m.code, m.kind) for m in resolve_in_order(doc, mentions, load_kb(), lang, DATE)]


def test_a_subject_pronoun_takes_the_subject_of_its_own_sentence():
    # Norway said it would help.
    doc = hand_doc("en", [("Norway", 1, "nsubj", "PROPN"), ("said", 1, "ROOT", "VERB"), ("it", 4, "nsubj", "PRON"),
                          ("would", 4, "aux", "AUX"), ("help", 1, "ccomp", "VERB"), (".", 1, "punct", "PUNCT")])
    it = load_lexicon("en").pronouns["it"]
    ms = [mention(doc, 0, 1, "name", state("NOR")), mention(doc, 2, 3, "pronoun", pending=Pending("pronoun", features=it))]
    assert resolved(doc, ms) == [("Norway", "NOR", "name"), ("it", "NOR", "pronoun")]


def test_the_latter_takes_the_most_recent_actor_of_the_sentence_before():
    # Chile praised Peru. The latter thanked it.
    doc = hand_doc("en", [("Chile", 1, "nsubj", "PROPN"), ("praised", 1, "ROOT", "VERB"), ("Peru", 1, "dobj", "PROPN"),
                          (".", 1, "punct", "PUNCT"), ("The", 5, "det", "DET"), ("latter", 6, "nsubj", "NOUN"),
                          ("thanked", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT")])
    ms = [mention(doc, 0, 1, "name", state("CHL")), mention(doc, 2, 3, "name", state("PER")),
          mention(doc, 4, 6, "pronoun", {"label": "latter"}, pending=Pending("latter"), plural=True)]
    assert resolved(doc, ms)[-1] == ("The latter", "PER", "pronoun")


def test_a_pair_anaphor_gives_one_mention_per_state():
    # Le Chili et le Pérou ont signé. Les deux pays ont salué l'accord.
    doc = hand_doc("fr", [("Le", 1, "det", "DET"), ("Chili", 6, "nsubj", "PROPN"), ("et", 4, "cc", "CCONJ"),
                          ("le", 4, "det", "DET"), ("Pérou", 1, "conj", "PROPN"), ("ont", 6, "aux", "AUX"),
                          ("signé", 6, "ROOT", "VERB"), (".", 6, "punct", "PUNCT"),
                          ("Les", 11, "det", "DET"), ("deux", 11, "nummod", "NUM"), ("pays", 13, "nsubj", "NOUN"),
                          ("ont", 13, "aux", "AUX"), ("salué", 13, "ROOT", "VERB"), ("l'", 15, "det", "DET"),
                          ("accord", 13, "obj", "NOUN"), (".", 13, "punct", "PUNCT")])
    ms = [mention(doc, 0, 2, "name", state("CHL")), mention(doc, 3, 5, "name", state("PER")),
          mention(doc, 8, 11, "pronoun", {"label": "deux pays"}, pending=Pending("pair"), plural=True)]
    pair = [r for r in resolved(doc, ms, "fr") if r[0] == "Les deux pays"]
    assert sorted(code for _, code, _ in pair) == ["CHL", "PER"] and {k for _, _, k in pair} == {"pronoun"}


def test_a_bare_surname_is_the_person_named_in_full_before_and_an_unknown_one_is_dropped():
    # Ana Ruiz arrived. Ruiz spoke. Quintero left.
    doc = hand_doc("en", [("Ana", 1, "compound", "PROPN"), ("Ruiz", 2, "nsubj", "PROPN"), ("arrived", 2, "ROOT", "VERB"),
                          (".", 2, "punct", "PUNCT"), ("Ruiz", 5, "nsubj", "PROPN"), ("spoke", 5, "ROOT", "VERB"),
                          (".", 5, "punct", "PUNCT"), ("Quintero", 8, "nsubj", "PROPN"), ("left", 8, "ROOT", "VERB"),
                          (".", 8, "punct", "PUNCT")])
    ms = [mention(doc, 0, 2, "name", unknown_actor("PERSON", "Ana Ruiz"), pending=Pending("person", name="Ana Ruiz")),
          mention(doc, 4, 5, "name", pending=Pending("other", name="Ruiz", drop=True)),
          mention(doc, 7, 8, "name", pending=Pending("other", name="Quintero", drop=True))]
    out = resolve_in_order(doc, ms, load_kb(), "en", DATE)
    assert [(m.text, m.actor_id, m.pending) for m in out] == [("Ana Ruiz", "unknown/person/ana-ruiz", None),
                                                            ("Ruiz", "unknown/person/ana-ruiz", None)]


def test_an_office_set_off_by_commas_after_a_person_takes_the_person():
    # Ana Ruiz, Chile's envoy, spoke.
    doc = hand_doc("en", [("Ana", 1, "compound", "PROPN"), ("Ruiz", 7, "nsubj", "PROPN"), (",", 1, "punct", "PUNCT"),
                          ("Chile", 5, "poss", "PROPN"), ("'s", 3, "case", "PART"), ("envoy", 1, "appos", "NOUN"),
                          (",", 1, "punct", "PUNCT"), ("spoke", 7, "ROOT", "VERB"), (".", 7, "punct", "PUNCT")])
    affiliation = dict(state("CHL"), sector="diplomacy")
    ms = [mention(doc, 0, 2, "name", pending=Pending("person", name="Ana Ruiz", affiliation=affiliation)),
          mention(doc, 3, 6, "title", dict(state("CHL"), sector="diplomacy"), appos=0)]
    out = resolve_in_order(doc, ms, load_kb(), "en", DATE)
    assert [(m.token_start, m.actor_id, m.code, m.type, m.kind) for m in out] == [
        (0, "person/ana-ruiz", "CHL", "Person", "name"), (3, "person/ana-ruiz", "CHL", "Person", "title")]
