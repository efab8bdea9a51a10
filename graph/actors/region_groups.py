"""A region's states as a group are its organisation when the document names it: "Southeast
Asian nations" after "ASEAN", "West African leaders" at an ECOWAS summit, "les pays du Golfe"
in a text about the GCC (GUIDELINES §2: an organisation acting as one takes its code).

The regions and their organisations are data: ``regions.tsv`` (``organisation`` column, read
into ``KnowledgeBase.region_organisations``); the group nouns are the lexicon's
``region_group_nouns`` ("nations", "states", "leaders"; "pays", "dirigeants"). A region mention
makes one ``nominal`` mention of its organisation with a plural group noun:

- right after it: "Southeast Asian nations", "the Gulf Arab states";
- right before it: "les pays ouest-africains";
- before its of-words, with at most one adjective between: "les pays d'Asie du Sud-Est",
  "les pays arabes du Golfe", "the states of West Africa" (not when a complement follows the
  region: "les pays du Golfe de Guinée" is another region).

Only when a mention of the organisation's code stands anywhere in the document, and only for
the whole group: a bare plural or one after a definite determiner, never "two West African
states", "some Gulf states", "des pays d'Afrique de l'Ouest" (a part of them). Otherwise the
region stays a place of no actor: the organisation is never guessed.

The pass runs on the recognisers' mentions before coreference
(:meth:`graph.actors.resolve.Resolver.__call__`), so "they" after it finds the organisation.

Example
-------
>>> from graph.actors.lexicon import load_lexicon
>>> words = ["some", "of", "the", "gulf", "states"]
>>> _whole_group(words, ["DET", "ADP", "DET", "PROPN", "NOUN"], 3, load_lexicon("en"))
False
>>> _whole_group(["urged", "the", "gulf", "states"], ["VERB", "DET", "PROPN", "NOUN"], 2, load_lexicon("en"))
True
"""

from __future__ import annotations

from ..nlp.extensions import lower_words, token_words
from .compose import actor_fields
from .records import ActorMention

#: Parts of speech before a group that make it a part of the region's states ("two", "some",
#: "other", "several"): the group is then not the organisation.
PART_POS = frozenset({"DET", "NUM", "ADJ", "PRON"})


def _whole_group(words: list[str], pos: list[str], s: int, lex) -> bool:
    """Whether the group phrase starting at token ``s`` names all the region's states: no
    determiner but a definite one, no number or adjective before it, nor a partitive "of the"."""
    if words[s] in lex.definite_determiners:
        s += 1  # "the Gulf": the region's name holds the article
    k = s - 1
    if k >= 0 and words[k] in lex.definite_determiners:
        if k >= 2 and words[k - 1] in lex.of_words and pos[k - 2] in PART_POS:
            return False  # "some of the Gulf states"
        return True
    return k < 0 or pos[k] not in PART_POS


def _group_span(doc, words: list[str], s: int, e: int, lex) -> tuple[int, int] | None:
    """The token span of the group phrase around the region name ``doc[s:e]``, or ``None``."""
    nouns = lex.region_group_nouns
    if e < len(doc) and words[e] in nouns:  # "Southeast Asian nations"
        return s, e + 1
    if s >= 1 and words[s - 1] in nouns:  # "les pays ouest-africains"
        return s - 1, e
    if e < len(doc) and words[e] in lex.of_words:
        return None  # "le Golfe de Guinée": another region
    j = s - 1
    while j >= 0 and j >= s - 2 and (words[j] in lex.of_words or words[j] in lex.definite_determiners):
        j -= 1  # "de l'", "du", "of"
    if j == s - 1 or j < 0:
        return None
    if words[j] not in nouns and doc[j].pos_ == "ADJ" and j >= 1:
        j -= 1  # "les pays arabes du Golfe"
    return (j, e) if words[j] in nouns else None


def _region_organisation(ent, kb, lex, lang: str) -> str | None:
    """The organisation of the states of the region entity ``ent`` names, or ``None``."""
    words = ent.text.lower().replace("’", "'").split()
    while words and words[0] in lex.determiners:
        words = words[1:]
    return kb.region_organisations.get((lang, " ".join(words)))


def region_group_mentions(doc, mentions: list, kb, lex, date: str | None, lang: str) -> list:
    """``mentions`` with a ``nominal`` mention of the organisation for each group of a region's
    states whose organisation the document names (see the module); the mentions inside the
    group phrase are dropped."""
    if not kb.region_organisations or not lex.region_group_nouns:
        return mentions
    codes = {m.code for m in mentions if m.code}
    words = [w.replace("’", "'") for w in lower_words(doc)]
    pos = [w[0] for w in token_words(doc)]
    known = {i for m in mentions if m.actor_id and not m.actor_id.startswith("unknown/")
             for i in range(m.token_start, m.token_end)}
    found = []
    for ent in doc.ents:  # the ruler's regions, also in lower case ("ouest-africains"), and NER's
        org = _region_organisation(ent, kb, lex, lang)
        actor = kb.get(org) if org else None
        if actor is None or actor.code not in codes or known & set(range(ent.start, ent.end)):
            continue
        span = _group_span(doc, words, ent.start, ent.end, lex)
        if span is None or not _whole_group(words, pos, span[0], lex):
            continue
        s, e = span
        if s >= 1 and words[s - 1] in lex.definite_determiners:
            s -= 1
        if any(f.token_start < e and s < f.token_end for f in found):
            continue
        fields = actor_fields(kb, org, date, lang)
        found.append(ActorMention(start=doc[s].idx, end=doc[e - 1].idx + len(doc[e - 1]), token_start=s,
                                  token_end=e, text=doc[s:e].text, kind="nominal", **fields))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.token_start < m.token_end and m.token_start < f.token_end
                                           for f in found)]
    return sorted(kept + found, key=lambda m: (m.token_start, m.token_end))
