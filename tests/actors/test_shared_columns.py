"""The actor resolver reads the word columns once a document (``graph.actors.resolve``:
:func:`graph.nlp.extensions.shared_words` around its passes; issue 15, CPU).

The shared columns must give the same mentions as each pass reading the Doc itself, and must be
dropped when the resolver returns (a later Doc, or a Doc the events stage changes, is read
afresh). Texts written for these tests: a government named by its seat, a leader's epithet, a
region's group of states, in English and French.
"""

from __future__ import annotations

import pytest

from graph.nlp import extensions


@pytest.mark.parametrize("lang,text", [
    ("en", "The Tripoli-based government rejected the offer made by Egypt on Sunday."),
    ("en", "Russia welcomed Khalifa Haftar in Moscow. The strongman thanked Russia for its support."),
    ("en", "The Gulf Cooperation Council met in Riyadh. The Gulf states condemned Iran's missile test."),
    ("fr", "Le gouvernement basé à Tripoli a rejeté l'offre de l'Égypte."),
    ("fr", "Les États du Golfe ont condamné l'Iran, a déclaré le Conseil de coopération du Golfe."),
])
def test_shared_columns_give_the_mentions_of_a_plain_reading(pipelines, analyse, lang, text):
    doc = analyse(lang, text, "2020-05-01")
    assert extensions._SHARED == [None, None]  # released when the resolver returns
    resolver = pipelines[lang].get_pipe("dipgraph_actors").resolver
    assert resolver._resolve(doc) == doc._.mentions  # each pass reading the Doc's columns itself
