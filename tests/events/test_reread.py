"""A second reading that keeps the segments it cannot change gives a whole second reading's events."""

from __future__ import annotations

import pytest

from graph.events import reread
from graph.events.reread import Trace, changed_tokens


def m(start, end, code="FRA", **kw):
    return {"token_start": start, "token_end": end, "code": code, **kw}


def test_changed_tokens_compare_content_and_order():
    a, b = m(0, 2), m(3, 4, "DEU")
    assert changed_tokens([a, b], [dict(a), dict(b)]) == []  # copies: same content
    assert changed_tokens([a], [m(0, 2, "RUS")]) == [0, 1]  # revised in place or replaced
    assert changed_tokens([a], [a, m(6, 8, "UKR")]) == [6, 7]  # added
    assert changed_tokens([a, m(1, 2, "X")], [m(1, 2, "X"), a]) == [1]  # two at one token, reordered


class _Reading:
    places, opinions = (), frozenset()


class _Doc:
    """A stand-in with two sentences of 40 tokens and no dependency arc between them."""

    def __init__(self, mentions):
        self._ = type("U", (), {"mentions": mentions})()

    def __len__(self):
        return 80


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


def test_keep_only_clean_segments_with_the_same_state(monkeypatch):
    monkeypatch.setattr(reread, "_sentence_starts", lambda doc: [0, 40])
    first_mentions = [m(2, 3), m(50, 51, "RUS")]
    doc = _Doc(first_mentions)
    first = Trace.start(doc, _Reading, None)
    for no, (seg, events) in enumerate([(_Span(0, 40), [{"e": 1}]), (_Span(40, 80), [{"e": 2}])]):
        entry = first.entry({})
        first.record(no, entry, events, {})
    doc._.mentions = [dict(x) for x in first_mentions] + [m(70, 71, "UKR")]  # a reference in sentence 2
    second = Trace.start(doc, _Reading, first)
    assert second.keep(0, _Span(0, 40), {}) == [{"e": 1}]
    assert second.keep(1, _Span(40, 80), {}) is None
    assert second.keep(0, _Span(0, 40), {"attack": (m(2, 3), 0)}) is None  # another state carried in
    first_mentions[0]["code"] = "DEU"  # a revision in place after the first reading is still seen
    doc._.mentions = first_mentions
    assert Trace.start(doc, _Reading, first).keep(0, _Span(0, 40), {}) is None


TEXTS = [  # a reference the document model resolves, and sentences far from it
    ("en", "Armenia and Azerbaijan met in Geneva on Monday for a second round of talks on the disputed "
           "region and its roads. France condemned the shelling of Stepanakert by Azerbaijani artillery "
           "units on Sunday night and on Monday morning. Germany welcomed the talks between the two "
           "countries and offered to host the next round in Berlin. Officials said the two sides agreed "
           "to a ceasefire."),
    ("en", "Qatar praised Egypt for its mediation in the long conflict over the last ten years and for "
           "its help to the people of Gaza. Hamas fighters attacked Israel on Saturday, killing dozens of "
           "people in several towns near the border with Gaza. Jordan condemned the attack. Egypt urged "
           "the group to release the hostages."),
    ("fr", "Le Qatar a salué l'Égypte pour sa médiation dans ce long conflit au cours des dix dernières "
           "années et pour son aide à la population de Gaza. Le Hamas a attaqué Israël samedi, tuant des "
           "dizaines de personnes dans plusieurs villes proches de la frontière. La Jordanie a condamné "
           "l'attaque. L'Égypte a exhorté le groupe à libérer les otages."),
    ("fr", "L'Arménie et l'Azerbaïdjan se sont rencontrés lundi à Genève pour une deuxième série de "
           "pourparlers sur la région disputée et ses routes. La France a condamné les bombardements de "
           "Stepanakert par l'artillerie azerbaïdjanaise dimanche soir et lundi matin. L'Allemagne a salué "
           "les pourparlers entre les deux pays et a proposé d'accueillir la prochaine série à Berlin. « Nous "
           "soutenons l'Arménie », a déclaré le président iranien."),
]


@pytest.mark.parametrize("lang,text", TEXTS)
def test_second_reading_as_a_whole_one(lang, text, monkeypatch):
    from graph.nlp import load_pipeline
    from graph.nlp.extensions import make_doc

    nlp = load_pipeline(lang)
    meta = {"id": "t", "date": "2021-03-04", "language": lang, "title": None}
    kept, keep = [], Trace.keep
    monkeypatch.setattr(Trace, "keep", lambda self, *a: kept.append(keep(self, *a)) or kept[-1])
    fast = nlp(make_doc(nlp, text, meta))._.events
    assert any(k is not None for k in kept) and any(k is None for k in kept[1:])  # both kinds of segment
    monkeypatch.setattr(Trace, "keep", lambda self, seg_no, seg, recent: None)
    whole = nlp(make_doc(nlp, text, meta))._.events
    assert fast == whole and fast
