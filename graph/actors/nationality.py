"""Nationality words that do not name a state: ethnic groups ("ethnic Albanians"), peoples living
in another state ("the Albanians of southern Serbia"), and the action nouns a nationality makes
an actor of ("French mediation", "Israeli air strikes", "la médiation française").

The word lists come from the language's actor lexicon (``ethnic_markers``, ``of_words``,
``place_prepositions``, ``agent_nouns``).

Example
-------
>>> import spacy
>>> from graph.actors.lexicon import load_lexicon
>>> doc = spacy.blank("en")("ethnic Albanians marched")
>>> is_ethnic(doc, doc[1:2], load_lexicon("en"))
True
"""

from __future__ import annotations


def is_ethnic(doc, ent, lex) -> bool:
    """"ethnic Albanians", "les Albanais de souche": an ethnic group."""
    words = lex.ethnic_markers
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = [doc[k].lower_ for k in range(ent.end, min(ent.end + 2, len(doc)))]
    return before in words or any(a in words for a in after) or " ".join(after) in words


def is_diaspora(doc, ent, ruler_at: dict, actor_id: str, entries, kb, lex) -> bool:
    """A nationality noun followed by "of/in/from" and another state ("the Albanians of southern
    Serbia", "les Arméniens de Syrie"); ``ruler_at`` maps token starts to ruler entities whose
    ``ent_id_`` indexes ``entries``."""
    j = ent.end
    if j >= len(doc) or doc[j].lower_ not in lex.of_words | lex.place_prepositions | {"from"}:
        return False
    for k in range(j + 1, min(j + 4, len(doc))):
        other = ruler_at.get(k)
        if other is not None:
            alias = entries[int(other.ent_id_)]
            actor = kb.get(alias.actor_id)
            return actor is not None and actor.type == "State" and alias.actor_id != actor_id
        if not (doc[k].pos_ in ("ADJ", "DET") or doc[k].lower_ in lex.determiners):
            return False
    return False


def before_agent_noun(doc, ent, lex) -> bool:
    """A nationality next to an action noun of up to three words, on the side where the
    language puts adjectives (``adjective_after_noun``): "French mediation", "Israeli air
    strikes", "la médiation française", "a Turkish air raid" (lower-case words between). Quote
    marks around the noun are skipped: "a condamné « l'ingérence » russe"."""
    start, end = ent.start, ent.end
    while lex.adjective_after_noun and start > 0 and doc[start - 1].is_quote:
        start -= 1
    while not lex.adjective_after_noun and end < len(doc) and doc[end].is_quote:
        end += 1
    for k in range(1, 4):
        span = doc[max(start - k, 0):start] if lex.adjective_after_noun else doc[end:end + k]
        if len(span) == k and span.text.lower() in lex.agent_nouns:
            return True
        # with adjectives or noun modifiers between: "l'aide militaire américaine", "Russian
        # military aid", "a Turkish air raid", "the Russian drone attack"
        noun, between = (span[0], span[1:]) if lex.adjective_after_noun else (span[-1], span[:-1])
        if len(span) == k > 1 and noun.lower_ in lex.agent_nouns and all(
                t.pos_ in ("ADJ", "NOUN") and t.is_lower for t in between):
            return True
    return False
