"""A person described by his apposition acts for the actor it names: "Roger Holm, head of the UN
mission in the region, said", "Ravi Kumar, the Indian army's director of operations", "Jean
Dupont, chef de la mission de l'ONU" (GUIDELINES §2: people roll up to whom they act for).

The base does not know most officials, and the lexicon's titles do not cover every office
("head", "director", "member"). :func:`described_person` gives a person the base does not know
the code of the actor his apposition names, when:

- the apposition (a dependent of the name of the role ``appositive``) holds, up to its head
  noun, an office noun of the language's lexicon (``office_nouns``: "head", "director",
  "member", "chef", "directeur");
- an actor mention with a code lies in the apposition after that noun or as its possessor (the
  first one: "the UN mission in Congo" is the UN's, not Congo's; places are skipped), not a
  person nor a media outlet.

Example
-------
"Roger Holm, head of the UN mission in Congo, said ..." -> ``person/roger-holm``, code ``UN``;
"Jean Dupont, a farmer from Mali, said ..." stays unknown (no office noun).

>>> from graph.actors.lexicon import load_lexicon
>>> "head" in load_lexicon("en").office_nouns and "chef" in load_lexicon("fr").office_nouns
True
"""

from __future__ import annotations

from .deps import APPOS_DEPS
from .kb import slugify
from .records import ActorMention

#: Types of the actors an office is held for (not people or outlets).
OFFICE_HOLDER_TYPES = frozenset({"State", "GovernmentBody", "InternationalOrganisation", "ArmedGroup",
                                 "DeFactoAuthority"})


def _named_in(st, tokens) -> ActorMention | None:
    """The first mention with a code starting among ``tokens`` that names an office holder."""
    for tok in tokens:
        h = st.by_start.get(tok.i)
        if h is not None and h.pending is None and h.code and h.kind != "place" and h.type in OFFICE_HOLDER_TYPES:
            return h
    return None


def described_person(st, m: ActorMention, name: str) -> dict | None:
    """The fields of the unknown person ``name`` (mention ``m``) acting for the actor his
    apposition names (see the module), or ``None``."""
    doc, offices = st.doc, st.lex.office_nouns
    root = doc[m.token_start:m.token_end].root
    for appos in (c for c in root.children if c.dep_ in APPOS_DEPS and c.i >= m.token_end):
        start = appos.left_edge.i
        words = doc[start:appos.i + 1]
        noun = next((t for t in words if t.lower_ in offices or t.lemma_.lower() in offices), None)
        if noun is None:
            continue
        h = _named_in(st, [t for t in appos.subtree if t.i != noun.i])  # its possessor, its complements
        if h is not None:
            return {"actor_id": f"person/{slugify(name)}", "label": name, "type": "Person",
                    "code": h.code, "sector": h.sector}
    return None
