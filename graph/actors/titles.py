"""Bare titles whose holder was named far back: "The president said ..." a paragraph later.

The actor stage reads a bare title ("the president", "the foreign minister", "le ministre") as
the holder of that role named in the nearest of the last sentences (:meth:`coref._State.title`).
News texts name a leader in full once ("Turkish President Recep Tayyip Erdogan arrived in
Baku") and go on with the bare title many sentences later. This module looks at the whole
document before the title when the last sentences name no holder:

- the people named before who hold one of the title's roles at the document's date: the base's
  role of a known person, or, for someone the base does not know, the title written next to
  the name ("Ghanaian Foreign Minister Kwame Mensah", "Kwame Mensah, Ghana's foreign
  minister", "le ministre ghanéen des affaires étrangères X": the longest titles of the lexicon in
  the mention's text, also with one of its adjectives left out);
- with no such person, the titles written before with a state, organisation or group and no
  person ("A Hamas envoy accused ... . The envoy urged ...": Hamas);
- exactly one such person (or actor): the title is that one (a ``pronoun`` mention: a guess
  from the context); two or more: ambiguous, no mention (not even the office of the state in
  focus).

Only a subject title with no complement is read ("the president said", not "X met the
president", nor "the president of the commission"), as for the office of the state in focus
(:meth:`graph.actors.salience.SalienceMixin.office_in_focus`), which is tried when nobody holds
the role. A bare spokesperson ("the spokesman", "le porte-parole") with no holder named speaks
for the actor in focus, a state, body, organisation or armed group (:func:`spokesperson_in_focus`).

Example
-------
>>> title_keys_in("ghanaian foreign minister kwame mensah", {"minister": {}, "foreign minister": {}})
['foreign minister']
"""

from __future__ import annotations

import re

from .compose import actor_fields
from .deps import is_subject
from .records import ActorMention
from .salience import FOCUS_MARGIN, PRONOUN_WINDOW, summed

#: Roles of the base a bare title may stand for as the spokesperson of the actor in focus.
SPOKESPERSON_ROLES = frozenset({"spokesperson_foreign_ministry", "spokesperson_head_of_state"})
#: Types of the actors a spokesperson speaks for (not people: "the spokesman" after "Putin said" is
#: not Putin).
SPOKEN_FOR_TYPES = frozenset({"State", "GovernmentBody", "InternationalOrganisation", "ArmedGroup",
                              "DeFactoAuthority"})


def title_keys_in(text: str, titles: dict) -> list[str]:
    """The titles of the lexicon written in ``text`` (lower case), whole words, leaving out a
    title inside a longer one ("minister" in "foreign minister")."""
    found = [k for k in titles if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", text)]
    return [k for k in found if not any(k != o and k in o for o in found)]


def written_roles(doc, h: ActorMention, titles: dict) -> set[str]:
    """The roles of the titles written in the text of mention ``h``, also with one of its
    adjectives left out ("le ministre ghanéen des affaires étrangères")."""
    span = doc[h.token_start:h.token_end]
    texts = [span.text.lower()] + [" ".join(t.lower_ for t in span if t.i != a.i) for a in span if a.pos_ == "ADJ"]
    return {r for text in texts for k in title_keys_in(text, titles) for r in titles[k].get("role", ())}


def document_holder(st, m: ActorMention) -> list[dict]:
    """The one person named before ``m`` in the document who holds one of its roles (see the
    module docstring): ``[fields]``; ``[]`` when several do or the title is not a subject with no
    complement; when nobody does, the office of the state in focus (``st.office_in_focus``), else
    the spokesperson of the actor in focus (:func:`spokesperson_in_focus`)."""
    roles = set(m.pending.roles)
    doc, j = st.doc, m.token_end
    if not roles:
        return []
    holders: dict[str, ActorMention] = {}
    titled: dict[str, ActorMention] = {}  # "A Hamas envoy": a title standing for its state or group
    for h in st.history:
        if h.token_start >= m.token_start or not h.actor_id or not h.code:
            continue
        if h.type != "Person":
            if h.kind == "title" and written_roles(doc, h, st.lex.titles) & roles:
                titled[h.code] = h
            continue
        role = st.kb.role_at(h.actor_id, st.date) if st.kb.get(h.actor_id) else None
        held = {role.role} if role is not None else written_roles(doc, h, st.lex.titles)
        if held & roles:
            holders[h.actor_id] = h
    holders = holders or titled
    if not holders:
        return st.office_in_focus(m) or spokesperson_in_focus(st, m)
    if len(holders) > 1 or not is_subject(doc[m.token_start:j].root) \
            or j < len(doc) and doc[j].lower_ in st.lex.of_words:
        return []
    return [dict(st.fields(next(iter(holders.values()))), kind="pronoun")]


def spokesperson_in_focus(st, m: ActorMention) -> list[dict]:
    """"The spokesman said", "le porte-parole a affirmé" with no holder named: the actor in focus
    (a state, a body, an organisation or an armed group; not a person) when the title has only
    spokesperson roles and is a definite subject with no complement. The focus is the most salient such
    actor of the sentence so far and the ``PRONOUN_WINDOW`` before (its best mention in each,
    summed), when it outweighs the next one ``FOCUS_MARGIN`` times ("The Kremlin rejected the
    report. The spokesman said ..." is the Kremlin's; after "Russia and China held talks", nobody's)."""
    roles, doc, i, j = set(m.pending.roles), st.doc, m.token_start, m.token_end
    if not roles or not roles <= SPOKESPERSON_ROLES or not is_subject(doc[i:j].root) \
            or doc[i].lower_ not in st.lex.definite_determiners \
            or j < len(doc) and (doc[j].lower_ in st.lex.of_words or doc[j].pos_ == "ADP"):
        return []  # "a spokesman", "the spokesman for Hamas", "le porte-parole de l'armée"
    here = st.sent(i)
    best_in: dict[tuple[str, int], float] = {}
    for h in st.recent(i, PRONOUN_WINDOW):
        if h.token_start >= i or not h.code or h.type not in SPOKEN_FOR_TYPES or h.kind == "place":
            continue
        per = (h.code, h.sentence)
        best_in[per] = max(best_in.get(per, 0.0), st.salience(h, here))
    ranked = sorted(summed(best_in).items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[0][1] < FOCUS_MARGIN * ranked[1][1]:
        return []
    actor_id = st.kb.actor_for_code(ranked[0][0])
    if not actor_id or st.kb.get(actor_id) is None:
        return []
    fields = actor_fields(st.kb, actor_id, st.date, st.lang)
    return [dict(fields, label=m.label or fields["label"], kind="pronoun")]
