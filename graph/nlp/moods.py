"""French conditionals the morphologiser read as imperfects (``dipgraph_conditional_moods``).

The French spaCy pipelines tag most conditionals ("imposerait", "frapperait", "soutiendrait",
"riposteraient") ``Mood=Ind|Tense=Imp``, the features of the imperfect that shares their
endings; every stage that reads the conditional as a hypothesis, an announcement ("a déclaré
qu'il frapperait X", a threat) or a refusal ("n'enverrait pas") then misses it. A conditional is
the infinitive (less a final *e*: "prendr-ait") and an imperfect ending, where an imperfect
drops the infinitive's ending ("prépar-ait" of "préparer"): a verb or auxiliary tagged
``Tense=Imp`` whose form is its lemma (or its lemma less a final *e*) plus one of the
``conditional_endings`` of ``grammar.json`` gets ``Mood=Cnd|Tense=Pres``. Irregular stems
("ferait", "pourrait") are left to the morphologiser. A language without the key gets no component.

Example
-------
>>> ConditionalMoods(["ait", "aient"]).conditional("imposerait", "imposer")
True
>>> ConditionalMoods(["ait", "aient"]).conditional("préparait", "préparer")
False
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json

NAME = "dipgraph_conditional_moods"
#: the parts of speech whose imperfects are tested
VERB_POS = ("VERB", "AUX")


class ConditionalMoods:
    """Sets the conditional mood of imperfect-tagged conditionals (see the module doc)."""

    def __init__(self, endings) -> None:
        self.endings = sorted(endings, key=len, reverse=True)

    def conditional(self, form: str, lemma: str) -> bool:
        """Whether ``form`` is the conditional of the verb ``lemma``: its infinitive (or the
        infinitive less a final *e*) and a conditional ending."""
        stems = (lemma, lemma[:-1]) if lemma.endswith("e") else (lemma,)
        for end in self.endings:
            stem = form[: len(form) - len(end)]
            if form.endswith(end) and stem.endswith("r") and stem in stems:
                return True
        return False

    def __call__(self, doc):
        for t in doc:
            if t.pos_ in VERB_POS and "Imp" in t.morph.get("Tense") and self.conditional(t.lower_, t.lemma_.lower()):
                features = t.morph.to_dict()
                features.update({"Mood": "Cnd", "Tense": "Pres"})
                t.set_morph("|".join(f"{k}={v}" for k, v in sorted(features.items())))
        return doc


@Language.factory(NAME, default_config={}, assigns=["token.morph"])
def _make_conditional_moods(nlp, name: str, lang: str):
    return ConditionalMoods(load_json(lang, "grammar.json").get("conditional_endings", ()))


def add_conditional_moods(nlp, lang: str) -> None:
    """Add ``dipgraph_conditional_moods`` after the lemmatiser (and its verb-lemma repair) when
    ``lang`` lists ``conditional_endings``."""
    if not load_json(lang, "grammar.json").get("conditional_endings") or NAME in nlp.pipe_names \
            or "lemmatizer" not in nlp.pipe_names:
        return
    after = "dipgraph_verb_lemmas" if "dipgraph_verb_lemmas" in nlp.pipe_names else "lemmatizer"
    nlp.add_pipe(NAME, name=NAME, config={"lang": lang}, after=after)
