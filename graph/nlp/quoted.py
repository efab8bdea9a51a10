"""A participle after a closing quotation mark modifies the nearest noun that agrees with it
(``dipgraph_quoted_participles``).

French news quotes a phrase and goes on outside the quotes: 'leur "soutien au processus de
transition" mené par X'. The French pipelines then hang the participle on the first noun of
the quoted phrase ("soutien ... mené par X"), where without the quotes they hang it on the
nearest noun ("processus ... mené par X"). The participle agrees with the noun it modifies, so
the nearest noun of the quote that agrees with it in gender and number (when one lies between
its head and the quotes) becomes its head again. Switched on by ``quoted_participle_agreement``
of the language's ``grammar.json`` (French; English participles do not agree).

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp('Le Niger a exprimé son "soutien au processus de transition" mené par le Tchad.')  # doctest: +SKIP
>>> [t.head.text for t in doc if t.text == "mené"]  # doctest: +SKIP
['processus']
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json
from .repairs import add_after_parser

NAME = "dipgraph_quoted_participles"
CLOSING, OPENING = frozenset('"»”'), frozenset('"«“')


class QuotedParticiples:
    """Re-attaches a participle hung across a quoted phrase (see the module doc)."""

    def __init__(self, roles: dict) -> None:
        self.modifiers = frozenset(roles["clausal_modifier"])

    def __call__(self, doc):
        for t in doc:
            if t.i < 3 or t.dep_ not in self.modifiers or "Part" not in t.morph.get("VerbForm") \
                    or doc[t.i - 1].text not in CLOSING or not t.morph.get("Gender") or not t.morph.get("Number"):
                continue
            q, h = t.i - 1, t.head
            start = next((j for j in range(q - 1, max(q - 15, -1), -1) if doc[j].text in OPENING), None)
            if start is None or not start < h.i < q:
                continue
            agree = [n for n in doc[h.i + 1:q] if n.pos_ == "NOUN" and n.morph.get("Gender") == t.morph.get("Gender")
                     and n.morph.get("Number") == t.morph.get("Number") and h in n.ancestors]
            if agree:
                t.head = agree[-1]
        return doc


@Language.factory(NAME, default_config={}, assigns=["token.head"])
def _make_quoted(nlp, name: str, lang: str):
    return QuotedParticiples(load_json(lang, "grammar.json")["dependency_roles"])


def add_quoted_participles(nlp, lang: str) -> None:
    """Add ``dipgraph_quoted_participles`` after the parser when ``lang`` switches it on."""
    add_after_parser(nlp, lang, NAME, "quoted_participle_agreement")
