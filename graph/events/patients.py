"""Who undergoes a hostile action a cue judges: no target of the judgement.

"Germany condemned the attack on Chile": the attack's victim (Chile) is not what Germany
condemns; the condemned is the attacker ("the Russian attack on Chile", "the shelling of X by
Y"). The same holds for a cue whose object is any hostile action noun (a cue noun of a
relation of sign ``-``: attack, sanction, blockade...): "backed the sanctions against X" is no
support of X, "a critiqué les frappes contre X" no condemnation of X. The relations this applies
to are the ``judged_action`` rows of ``graph/data/frame_rules.tsv`` (not ``threaten``:
"threatened strikes on X" does threaten X).

Example
-------
>>> patients.__name__
'patients'
"""

from __future__ import annotations

from ..actors.deps import (ADNOMINAL_CLAUSE_DEPS, ACL_DEPS, PASSIVE_VOICE_SUBJECT_DEPS, RELCL_DEPS,
                           VERB_OBJECT_DEPS)
from .context import CueContext

#: Clauses by which a judging participle hangs on the action noun ("the strike condemned by X").
_ON_NOUN_DEPS = ADNOMINAL_CLAUSE_DEPS | ACL_DEPS | RELCL_DEPS


def hostile_action_nouns(ctx: CueContext) -> list:
    """The cue's object, passive subject or modified noun when it is a noun cue of a hostile
    relation ("condemned the *attack* on X", "the *blockade* of X was criticised")."""
    t, lex = ctx.token, ctx.lex
    heads = [c for c in t.children if c.dep_ in VERB_OBJECT_DEPS | PASSIVE_VOICE_SUBJECT_DEPS]
    if t.dep_ in _ON_NOUN_DEPS and t.head != t:
        heads.append(t.head)
    out = []
    for n in heads:
        cues = lex.noun_cues(n)
        if n.pos_ == "NOUN" and cues and lex.relation_sign.get(cues[0].relation) == "-":
            out.append(n)
    return out


def patients(ctx: CueContext) -> frozenset[int]:
    """The first tokens of the mentions that undergo a hostile action noun the cue judges: the
    mentions of the noun's phrase that are not its agent (owner, "by X"); empty unless the cue's
    relation is a ``judged_action`` one."""
    if ctx.cue is None or ctx.cue.relation not in ctx.rules.relations("judged_action"):
        return frozenset()
    out: set[int] = set()
    t = ctx.token
    for n in hostile_action_nouns(ctx):
        agents = {m["token_start"] for m in ctx.args.noun_source(n)}
        own = {x.i for x in t.subtree} if n in t.ancestors else set()  # "the strike condemned by X"
        out.update(m["token_start"] for x in n.subtree if x.i not in own
                   for m in ctx.args.at(x) if m["token_start"] not in agents)
    return frozenset(out)
