"""The state a text gives a known person's office wins over the base's: "Mali's foreign minister
Abdoulaye Diop", "le ministre malien Abdoulaye Diop", "Abdoulaye Diop, the Malian minister" is a
Malian official even when the base knows only a Senegalese namesake (GUIDELINES §2: people roll
up to whom they act for at the time of the text).

The base holds one person per name, and the imported lists hold many officials of small states
whose names recur across the region. A title or apposition that states a state (a possessive
state or a national adjective: the affiliation the lexicon composed with the title) is what the
text says about this person, so :func:`stated_code` gives him that state when:

- the office is current (not "former") and its actor is a state;
- the base lists no office of his for that state at any date (then the base's role already says
  it, :func:`graph.actors.titled_roles.holds_office_of`);
- the base has him acting for a state at the text's date: a person the base has acting for an
  organisation or an armed group ("the Lebanese Hezbollah leader X", "the Portuguese UN chief X")
  keeps that role, where a nationality only describes him.

A national adjective that two states share (``ambiguous.tsv``: "Congolese", "congolais",
"coréen") states no state against the base: "le président congolais Denis Sassou Nguesso" is the
Republic of the Congo's president the base knows, not the Democratic Republic's (the shared
form's default), when the base lists an office of his for another candidate of the form.

Organisations' offices ("African Union envoy X") stay with
:func:`graph.actors.titled_roles.office_code`, which this function calls first. A title set off
after the name ("X, the Malian foreign minister", "X, ministre malien des Affaires étrangères")
states the office as a title before it does: :func:`set_off_title` reads its affiliation.

Example
-------
>>> from graph.actors.kb import load_kb
>>> kb = load_kb()
>>> stated_code(kb, "person/abdoulaye-diop", {"code": "MLI"}, False, "2024-01-01")
'MLI'
>>> stated_code(kb, "person/abdoulaye-diop", {"code": "MLI"}, True, "2024-01-01") is None
True
>>> stated_code(kb, "person/thabo-mbeki", {"code": "AU"}, False, "2024-01-01")
'AU'
"""

from __future__ import annotations

from .ambiguous import ambiguous_table
from .titled_roles import holds_office_of, office_code


def shared_demonym_office(kb, person_id: str, code: str) -> bool:
    """Whether a form two states share names ``code`` and a state the base lists an office of
    the person for: the title's adjective may be his own state's ("congolais": COD or COG).

    Example
    -------
    >>> from graph.actors.kb import load_kb
    >>> shared_demonym_office(load_kb(), "person/denis-sassou-nguesso", "COD")
    True
    >>> shared_demonym_office(load_kb(), "person/abdoulaye-diop", "MLI")
    False
    """
    return any(code in cands and any(holds_office_of(kb, person_id, c) for c in cands if c != code)
               for cands, _default in ambiguous_table().values())


def stated_code(kb, person_id: str | None, affiliation: dict | None, past: bool, date: str | None) -> str | None:
    """The code the title or apposition next to a known person gives him (see the module): an
    organisation's office he acts in, else a state the text states for him that the base does
    not, else ``None`` (he keeps the base's role)."""
    office = office_code(kb, person_id, affiliation, past)
    if office is not None or past or not person_id:
        return office
    code = (affiliation or {}).get("code")
    if kb.code_type(code) != "State" or holds_office_of(kb, person_id, code) \
            or shared_demonym_office(kb, person_id, code):
        return None
    return code if kb.code_type(kb.code_for(person_id, date)) == "State" else None


def set_off_title(st, m) -> dict:
    """The affiliation of the title set off by a comma right after the person's name ``m`` and
    standing for him ("X, the Malian foreign minister": the title's mention has ``appos`` at the
    name), as ``{"code", "sector"}``, else ``{}``: what a title before the name would give.

    Example
    -------
    "Abdoulaye Diop, the Malian foreign minister, said" -> ``{"code": "MLI", "sector": ...}``.
    """
    for j in range(m.token_end, min(m.token_end + 3, len(st.doc))):
        title = st.by_start.get(j)
        if any(t.lower_ in st.lex.former_words for t in st.doc[m.token_end:j + 1]):
            return {}  # "X, former Malian minister": an office held no more
        if title is not None and title.kind == "title" and title.appos == m.token_start \
                and title.pending is None and title.code:
            return {"code": title.code, "sector": title.sector}
    return {}
