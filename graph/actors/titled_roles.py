"""The title before a person's name picks the role the person acts in: "rebel leader X" is X
as the leader of his armed group, not in the state office the base also lists for him
(GUIDELINES §2: people roll up to whom they act for, in the role they act in).

A title of the language's lexicon (``titles`` in ``graph/data/lang/<lang>/actors.json``) may
carry ``acts_for``: the actor types of the roles it names (``["ArmedGroup",
"DeFactoAuthority"]`` for "rebel leader", "chef rebelle"). :func:`role_actor` picks, among the
person's roles in the base, one held for an actor of those types: the one active at the date,
else the latest begun before it, else the latest; without such a role the person keeps the
role of the date.

A state's title ("Palestinian Prime Minister X", "le Premier ministre palestinien X") picks
the person's role for that state when the base lists one at any date
(:func:`holds_office_of`), even if the role of the date is another actor's (the leader of an
armed group who once held the state's office acts in it where the text names it).

Example
-------
>>> from graph.actors.kb import load_kb
>>> role_actor(load_kb(), "person/riek-machar-teny-dhurgon", {"acts_for": ["ArmedGroup"]}, "2023-01-01")
'group/splm-io'
>>> role_actor(load_kb(), "person/vladimir-putin", {"acts_for": ["ArmedGroup"]}, "2023-01-01") is None
True
>>> holds_office_of(load_kb(), "person/ismail-haniyeh", "PSE")
True
"""

from __future__ import annotations


def role_actor(kb, person_id: str | None, info: dict | None, date: str | None) -> str | None:
    """The actor the person acts for in the role the title ``info`` names (see the module), or
    ``None`` when the title names no kind of actor or the person holds no such role."""
    types = (info or {}).get("acts_for") or ()
    if not person_id or not types:
        return None
    roles = [r for r in kb.roles(person_id) if (kb.get(r.actor) is not None and kb.get(r.actor).type in types)]
    if not roles:
        return None
    day = (date or "")[:10]
    if day:
        active = [r for r in roles if r.active(day)]
        if active:
            return active[0].actor
        begun = [r for r in roles if (r.start or "") <= day]
        if begun:
            return max(begun, key=lambda r: r.start or "").actor
    return max(roles, key=lambda r: r.start or "").actor


def holds_office_of(kb, person_id: str | None, code: str | None) -> bool:
    """Whether the base lists a role of the person, at any date, for the state coded ``code``
    (see the module)."""
    if not person_id or not code:
        return False
    return any((a := kb.get(r.actor)) is not None and a.type == "State" and a.code == code
               for r in kb.roles(person_id))


#: Types of the actors whose office (the body itself, or one of its organs: "UN envoy"),
#: named before a person, is the role he acts in whatever else the base lists for him.
BODY_OFFICE_TYPES = frozenset({"InternationalOrganisation"})


def office_code(kb, person_id: str | None, affiliation: dict | None, past: bool) -> str | None:
    """The code of the office named right before a known person when he acts in it, else ``None``.

    An international organisation's office (the actor that stands for the affiliation's code is
    one: "African Union envoy Thabo Mbeki", "AU chairman X", "l'émissaire de l'ONU X") is the role he acts in (GUIDELINES §2: in the role they act in),
    even when the base lists a state office of his at the date. A state's office is his when the
    base lists it for him (:func:`holds_office_of`): a demonym before a title may only describe
    him. A past office ("former UN envoy X") is none.

    Example
    -------
    >>> from graph.actors.kb import load_kb
    >>> office_code(load_kb(), "person/thabo-mbeki", {"code": "AU"}, False)
    'AU'
    >>> office_code(load_kb(), "person/thabo-mbeki", {"code": "AU"}, True) is None
    True
    """
    code = (affiliation or {}).get("code")
    if past or not code:
        return None
    holder = kb.get(kb.actor_for_code(code) or "")
    if (holder is not None and holder.type in BODY_OFFICE_TYPES) or holds_office_of(kb, person_id, code):
        return code
    return None
