"""A person after a long title naming one state: "Montenegro's Labour and Social Welfare
Minister Ana Petrovic", "le ministre bosnien du Commerce extérieur Mirko Horvat".

The lexicon's titles compose with a state when the title is one of its phrases ("Foreign
Minister"); a ministry the lexicon does not list leaves the person unknown. The words before
the name still tell whom he acts for (GUIDELINES §2). :func:`long_title_state` reads, right
before a person the base does not know, the longest run of :data:`MAX_WORDS` tokens at most
that are capitalised words, title words, possessive markers, connectors (``of_words``,
``coordinators``, determiners) or a state's mention; when the run holds a one-word title of
the lexicon ("minister", "ministre") and mentions exactly one state (not as a place), the
person acts for that state.

Example
-------
"Montenegro's Labour and Social Welfare Minister Ana Petrovic said" -> ``MNE``; "the
French and German Trade Ministers Jean Dupont and ..." names two states: none.

>>> MAX_WORDS
10
"""

from __future__ import annotations

from .kb import slugify
from .records import ActorMention

#: Tokens read back from the name.
MAX_WORDS = 10


def long_title_state(st, m: ActorMention, name: str) -> dict | None:
    """The fields of the unknown person ``name`` (mention ``m``) acting for the one state of the
    long title before him (see the module), or ``None``."""
    doc, lex = st.doc, st.lex
    title_words = {k for k in lex.titles if " " not in k}
    ends = {h.token_end: h for h in st.history if h.type == "State" and h.kind != "place" and h.code}
    connectors = lex.of_words | lex.coordinators | lex.determiners | lex.possessive_markers
    i, codes, titled = m.token_start, set(), False
    while i > 0 and m.token_start - i < MAX_WORDS:
        h = ends.get(i)
        if h is not None and h.token_start < i:
            codes.add(h.code)
            i = h.token_start
            continue
        tok = doc[i - 1]
        if tok.lower_ in title_words:
            titled = True
        elif not (tok.is_title and tok.is_alpha or tok.lower_ in connectors):
            break
        i -= 1
    if not titled or len(codes) != 1:
        return None
    return {"actor_id": f"person/{slugify(name)}", "label": name, "type": "Person", "code": codes.pop(),
            "sector": None}


def of_state_person(st, m: ActorMention, name: str) -> dict | None:
    """The fields of the unknown person ``name`` (mention ``m``) named with an of-complement
    naming a state ("King Abdullah of Jordan", "le roi Abdallah de Jordanie", "Prince Faisal of
    Saudi Arabia", the tagger's name sometimes ending on "of"): he speaks for that state, as "the King of Jordan" does; a state
    named as a place or by its capital ("Mayor X of Kyiv") is none."""
    doc, lex = st.doc, st.lex
    i = m.token_end - 1 if doc[m.token_end - 1].lower_ in lex.of_words else m.token_end  # "Faisal of" (NER)
    if i >= len(doc) or doc[i].lower_ not in lex.of_words:
        return None
    h = st.by_start.get(i + 1)
    if h is None and i + 2 < len(doc) and doc[i + 1].lower_ in lex.determiners:
        h = st.by_start.get(i + 2)
    if h is None or h.type != "State" or h.kind != "name" or not h.code:  # (a capital: "of Kyiv")
        return None
    return {"actor_id": f"person/{slugify(name)}", "label": name, "type": "Person", "code": h.code,
            "sector": None}
