r"""Hyphenated actor names kept as one token: tokenizer special cases from the knowledge base.

The French tokenizer splits "Royaume-Uni", "Nouvelle-Zélande", "Addis-Abeba" or
"Bosnie-Herzégovine" into three tokens ("Royaume", "-", "Uni"), and the parser then reads the
pieces as separate clauses: the name loses its verb ("Le Royaume-Uni a condamné X" had no
subject). When the language's ``grammar.json`` sets ``keep_hyphenated_names``, every
hyphenated word of the knowledge base's names in that language (all parts letters) that the
tokenizer would split becomes a special case, in its written, lower- and upper-case forms.
It must run before the actor ruler builds its patterns, so names and texts split alike.

Pair compounds of demonyms ("les pourparlers russo-ukrainiens", "la guerre israélo-palestinienne")
are split the same way, and the parser then cuts the sentence at the hyphen; the language's
``pair_compound_pattern`` (a regular expression of a whole word) keeps such words whole, so the
events stage reads the pair on its noun (:func:`graph.events.linking.demonym_pair`).

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> [t.text for t in nlp("Le Royaume-Uni a condamné la Russie.")][:3]  # doctest: +SKIP
['Le', 'Royaume-Uni', 'a']
>>> KeepWhole(re.compile(r"^[^\W\d_]{3,}o-[^\W\d_]{4,}$"), None)("russo-ukrainiens") is not None
True
"""

from __future__ import annotations

import re

from spacy.symbols import ORTH

from ..languages import load_json


def hyphenated_words(texts) -> list[str]:
    """The hyphenated words of ``texts`` whose parts are all letters, sorted, each once.

    >>> hyphenated_words(["Royaume-Uni", "Union africaine", "Guinée-Bissau", "G-7", "Royaume-Uni"])
    ['Guinée-Bissau', 'Royaume-Uni']
    """
    found = {w for text in texts for w in text.split()
             if "-" in w and all(part.isalpha() for part in w.split("-"))}
    return sorted(found)


def add_hyphenated_names(nlp, lang: str) -> int:
    """Add the special cases to ``nlp``'s tokenizer; returns how many words were added."""
    if not load_json(lang, "grammar.json").get("keep_hyphenated_names"):
        return 0
    from ..actors.kb import load_kb

    kb = load_kb()
    added = 0
    for word in hyphenated_words(a.text for a in kb.aliases if a.lang in (lang, "*")):
        if len(nlp.make_doc(word)) == 1:
            continue
        for form in {word, word.lower(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        added += 1
    return added


class KeepWhole:
    """A tokenizer ``token_match``: the tokenizer's own, or a match of ``pattern`` (a word kept whole)."""

    def __init__(self, pattern, before) -> None:
        self.pattern, self.before = pattern, before

    def __call__(self, text: str):
        return (self.before(text) if self.before else None) or self.pattern.match(text)


def add_pair_compounds(nlp, lang: str) -> bool:
    """Keep the words matching the language's ``pair_compound_pattern`` as one token; returns
    whether the language has the pattern."""
    pattern = load_json(lang, "grammar.json").get("pair_compound_pattern")
    if not pattern:
        return False
    nlp.tokenizer.token_match = KeepWhole(re.compile(pattern), nlp.tokenizer.token_match)
    return True
