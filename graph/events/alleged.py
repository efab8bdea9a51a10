"""Acts named in a free relative of speech: "what X said was an attack by Y" is X accusing Y.

"The strikes answered what Washington said was a chemical attack by Damascus", "a response to
what Israel called an attack by Hezbollah", "what the ministry described as an incursion by Y":
the act is only the speaker's word for it (GUIDELINES section 1: an attack alleged inside an
accusation is the accusation). The ``alleged`` rows of ``frame_rules.tsv`` name the relations
read so; the speaker is the subject of the speech or naming verb whose object is the free
relative word (``free_relative_words``; naming verbs: ``alleging_verbs``, their "as":
``role_preps``), the accused the doer of the act noun; a judgement ("what I consider
inexcusable attacks by Y") is no allegation: the act stays stated.

Example
-------
>>> from graph.events.rules import load_rules
>>> load_rules().rewrite("alleged", "attack")
'accuse'
"""

from __future__ import annotations

from ..actors.deps import ATTRIBUTE_DEPS, CCOMP_DEPS, PREP_OBJECT_DEPS, VERB_OBJECT_DEPS
from .context import CueContext, Triple


def _naming_verb(t, g):
    """The speech or naming verb a noun ``t`` is the predicate of ("said was an attack", "called
    an attack", "described as an attack"), else ``None``."""
    v = t.head
    if t.dep_ in PREP_OBJECT_DEPS and v.lower_ in set(g.get("role_preps", ())) | set(g.get("naming_preps", ())):
        t, v = v, v.head  # "described as an incursion"
    elif t.dep_ not in VERB_OBJECT_DEPS:
        return None
    if t.dep_ in ATTRIBUTE_DEPS and v.dep_ in CCOMP_DEPS:
        v = v.head  # "said [it] was an attack": the copula's clause under the speech verb
    words = set(g["speech_verbs"]) - set(g.get("naming_verbs", ())) | set(g.get("alleging_verbs", ()))
    return v if v.lemma_.lower() in words else None


def alleged_triples(ctx: CueContext) -> list[Triple] | None:
    """The accusations of an act noun named in a free relative of speech (the speakers accuse
    the doers of the act, its ordinary-frame sources), or ``None`` when the cue is not so named.
    The doers are looked up last, only for a noun so named (most cues are not: the argument
    search is the dearest step)."""
    t, g = ctx.token, ctx.g
    if t.pos_ != "NOUN" or not ctx.rules.applies("alleged", ctx.cue.relation):
        return None
    v = _naming_verb(t, g)
    if v is None or not any(c.lower_ in g.get("free_relative_words", ()) and c.i < t.i for c in v.children):
        return None
    speakers = ctx.args.subjects(v)
    src = ctx.args.source_target(t)[0]
    rel = ctx.rules.rewrite("alleged", ctx.cue.relation)
    return [Triple(s, x, rel) for s in speakers for x in src if s["code"] != x["code"]]
