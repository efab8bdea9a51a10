"""The actor stage's typed records and registries: what each recogniser makes, what each mention
still needs (``Pending``), and that every anaphor kind of every language has a handler."""

from __future__ import annotations

import pytest

from graph.actors.coref import HANDLERS
from graph.actors.known import COMPOSED
from graph.actors.lexicon import load_lexicon
from graph.actors.recognise import PHRASES, RECOGNISERS, Scan
from graph.actors.records import NAME_NEEDS, PRONOUN_NEEDS, ActorMention, Pending
from graph.actors.resolve import CATEGORIES
from graph.languages import supported_languages
from graph.model import MENTION_KEYS


def recognised(pipelines, lang: str, text: str, date: str = "2024-01-10") -> dict[str, list[ActorMention]]:
    """The mentions each recogniser makes of ``text``, before coreference, by recogniser name."""
    nlp = pipelines[lang]
    doc = nlp.make_doc(text)
    doc._.dg_meta = {"id": "t", "date": date, "language": lang, "title": None}
    doc = nlp(doc)
    resolver = nlp.get_pipe("dipgraph_actors").resolver
    scan = Scan.of(resolver, doc)
    return {name: fn(resolver, scan) for name, fn in RECOGNISERS.items()}


def by_text(found: dict[str, list[ActorMention]]) -> dict[str, tuple[str, ActorMention]]:
    return {m.text: (name, m) for name, ms in found.items() for m in ms}


def test_every_anaphor_kind_of_every_language_has_a_handler():
    for lang in supported_languages():
        kinds = set(load_lexicon(lang).anaphors.values())
        assert kinds and kinds <= set(HANDLERS), (lang, kinds - set(HANDLERS))
    assert PRONOUN_NEEDS | NAME_NEEDS | {"title", "separatists", "rebels", "opposition"} == set(HANDLERS)


def test_every_lexicon_category_the_resolver_matches_has_a_handler():
    # a title suffix ("des Affaires étrangères") only extends a composition
    assert set(CATEGORIES) == set(PHRASES) | set(COMPOSED) | {"SUFFIX"}
    assert list(RECOGNISERS) == ["known_entities", "unknown_entities", "capitalised_words", "lexicon_phrases"]


def test_resolution_state_never_reaches_the_doc():
    m = ActorMention(start=0, end=8, token_start=0, token_end=2, text="the army", kind="pronoun",
                     pending=Pending("body"), plural=False, sentence=3)
    assert tuple(m.to_json()) == MENTION_KEYS and m.to_json()["actor_id"] is None
    assert list(m.span) == [0, 1]


@pytest.mark.parametrize("lang, text, phrase, need, plural", [
    ("en", "The navy blockaded the port on Monday.", "The navy", "body", False),
    ("en", "Both countries recalled their envoys.", "Both countries", "pair", True),
    ("fr", "Les deux pays ont rappelé leurs ambassadeurs.", "Les deux pays", "pair", True),
    ("fr", "L'armée a bombardé le village.", "L'armée", "body", False),
])
def test_lexicon_phrases_alone_are_pending_their_antecedent(pipelines, lang, text, phrase, need, plural):
    name, m = by_text(recognised(pipelines, lang, text))[phrase]
    assert name == "lexicon_phrases" and m.kind == "pronoun" and m.actor_id is None
    assert m.pending.need == need and m.plural is plural


def test_a_title_alone_is_pending_a_holder_of_its_roles(pipelines):
    name, m = by_text(recognised(pipelines, "en", "The president said on Friday that talks would resume."))[
        "The president"]
    assert name == "lexicon_phrases" and m.kind == "title"
    assert m.pending.need == "title" and "head_of_state" in m.pending.roles


def test_a_title_before_a_base_person_is_that_person_pending_with_the_affiliation(pipelines):
    found = by_text(recognised(pipelines, "en", "Turkish Foreign Minister Hakan Fidan arrived on Sunday."))
    name, m = found["Turkish Foreign Minister Hakan Fidan"]
    assert name == "known_entities" and m.kind == "name"
    assert m.pending.need == "person" and m.pending.person == "person/hakan-fidan"
    assert m.pending.affiliation["code"] == "TUR" and m.pending.name == "Hakan Fidan"


def test_unknown_people_and_organisations_are_pending_an_earlier_namesake(pipelines):
    found = by_text(recognised(pipelines, "en", "Oskar Lindqvist-Mora, a lawyer, spoke to Reuters on Monday."))
    name, m = found["Oskar Lindqvist-Mora"]
    assert name == "unknown_entities" and m.type == "Person" and m.code is None
    assert m.pending.need == "person" and m.pending.name == "Oskar Lindqvist-Mora" and m.pending.affiliation is None


def test_a_french_title_composed_with_a_demonym_names_its_state(pipelines):
    found = by_text(recognised(pipelines, "fr", "Le ministre turc des Affaires étrangères est arrivé à Ankara."))
    name, m = found["Le ministre turc des Affaires étrangères"]
    assert name == "known_entities" and m.kind == "title" and m.code == "TUR" and m.pending is None
    name, place = found["Ankara"]
    assert name == "known_entities" and place.kind == "place" and place.code == "TUR"


@pytest.mark.parametrize("lang,text,span", [
    ("en", "President Erdogan condemned the strike.", "President Erdogan"),
    ("en", "On Monday the foreign minister Sergey Lavrov flew to Ankara.", "the foreign minister Sergey Lavrov"),
    ("fr", "Le Président Erdogan a condamné la frappe.", "Le Président Erdogan"),
    ("fr", "Selon le ministre Lavrov, Moscou est prêt à négocier.", "le ministre Lavrov"),
])
def test_a_known_persons_mention_covers_the_title_before_the_name(analyse, lang, text, span):
    doc = analyse(lang, text, "2023-05-02")
    spans = {m["text"] for m in doc._.mentions if m["actor_id"].startswith("person/")}
    assert span in spans


def _ent(words: list[str], pos: list[str], at: int):
    """The one-word entity at ``at`` of a sentence tagged ``pos`` by hand (tagger quirks)."""
    import spacy
    from spacy.tokens import Doc, Span

    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    return Span(doc, at, at + 1, label="PERSON")


@pytest.mark.parametrize("words,pos,at,kept", [
    # a name the tagger calls a pronoun inside a sentence ("had given X an ultimatum") is a name
    (["The", "bloc", "had", "given", "Jammeh", "an", "ultimatum"],
     ["DET", "NOUN", "AUX", "VERB", "PRON", "DET", "NOUN"], 4, True),
    (["Mediators", "handed", "Kiir", "a", "draft"], ["NOUN", "VERB", "PRON", "DET", "NOUN"], 2, True),
    (["Le", "bloc", "a", "donné", "Gbagbo", "perdant"], ["DET", "NOUN", "AUX", "VERB", "PRON", "ADJ"], 4, True),
    # real pronouns stay out: a stop word, or the first word of the sentence
    (["They", "said", "It", "was", "over"], ["PRON", "VERB", "PRON", "AUX", "ADV"], 2, False),
    (["Veuillez", "noter"], ["PRON", "VERB"], 0, False),
])
def test_a_capitalised_word_tagged_as_a_pronoun_inside_a_sentence_is_a_plausible_name(words, pos, at, kept):
    from graph.actors.spans import SpanTests

    assert SpanTests.plausible_name(_ent(words, pos, at)) is kept
