"""Verb lemmas the lemmatiser left as word forms (``dipgraph_verb_lemmas``).

The French rule lemmatiser of the spaCy pipelines falls back to its lookup table when none of
its verb rules gives a known verb, and that table often holds the homographic noun: "Le Kenya
estime que ...", "indique", "invite", "préside", "entame", "réclame", "bombarde" keep the word
form as lemma. Every stage after it (speech verbs, light verbs, invitation verbs, cues) then
misses the verb. This component, right after the lemmatiser, gives a word tagged VERB whose
lemma is no verb the lemmatiser knows the first lemma that the language's regular endings
(``lemma_repairs`` of ``grammar.json``: "e:er", "ent:er", "ètre:étrer") make of it and that the
lemmatiser's own verb index holds; any other word is left alone, and so is a word with a
determiner or case marker of its own or right before it (a noun the tagger read as a verb: "son
estime"). A pipeline without such an
index, or a language without the key, gets no component.

Example
-------
>>> VerbLemmas([("e", "er")], {"estimer"}).repair("estime")
'estimer'
>>> VerbLemmas([("e", "er")], {"estimer"}).repair("entame") is None
True
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json

NAME = "dipgraph_verb_lemmas"


class VerbLemmas:
    """Sets the regular lemma of verbs the lemmatiser left unlemmatised (see the module doc)."""

    def __init__(self, repairs, verbs, nominal_deps=()) -> None:
        self.repairs = sorted((tuple(r) for r in repairs), key=lambda r: -len(r[0]))
        self.verbs, self.nominal_deps = frozenset(verbs), frozenset(nominal_deps)

    def repair(self, form: str) -> str | None:
        """The known verb lemma the first matching regular ending makes of ``form``, or ``None``."""
        for end, new in self.repairs:
            if form.endswith(end) and form[: len(form) - len(end)] + new in self.verbs:
                return form[: len(form) - len(end)] + new
        return None

    def __call__(self, doc):
        for t in doc:
            if t.pos_ == "VERB" and t.lemma_.lower() not in self.verbs \
                    and not any(c.dep_ in self.nominal_deps for c in t.children) \
                    and not (t.i > 0 and t.doc[t.i - 1].pos_ == "DET"):
                lemma = self.repair(t.lower_)
                if lemma is not None:
                    t.lemma_ = lemma
        return doc


def verb_index(nlp) -> list[str]:
    """The verb lemmas the pipeline's rule lemmatiser knows (its ``lemma_index`` table), or ``[]``."""
    if "lemmatizer" not in nlp.pipe_names:
        return []
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_index" not in lookups.tables:
        return []
    return list(lookups.get_table("lemma_index").get("verb", []))


@Language.factory(NAME, default_config={}, assigns=["token.lemma"])
def _make_verb_lemmas(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    r = g["dependency_roles"]
    nominal = [x for k in ("determiner", "case_marker", "possessive") for x in r[k]]
    return VerbLemmas([x.split(":") for x in g.get("lemma_repairs", ())], verb_index(nlp), nominal)


def add_verb_lemmas(nlp, lang: str) -> None:
    """Add ``dipgraph_verb_lemmas`` after the lemmatiser when ``lang`` lists ``lemma_repairs``
    and the lemmatiser has a verb index."""
    if not load_json(lang, "grammar.json").get("lemma_repairs") or not verb_index(nlp) \
            or NAME in nlp.pipe_names:
        return
    nlp.add_pipe(NAME, name=NAME, config={"lang": lang}, after="lemmatizer")
