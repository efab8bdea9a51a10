"""A definite class noun is the organisation of that class named last: "the alliance" after
"NATO", "l'Alliance" after "l'Otan", "the bloc" after "ASEAN" (GUIDELINES §2: an organisation
acting as one takes its code).

The class nouns are data: the ``nouns_<lang>`` column of ``organisations.tsv`` (NATO and the
CSTO are alliances; the EU, ASEAN, ECOWAS, SADC... blocs; the Arab League a league), read into
``KnowledgeBase.class_nouns``. A class noun after a definite determiner, with at most one
modifier in between ("the regional bloc", "the 10-nation bloc", "the Atlantic alliance"), that
no mention covers and that no complement follows ("the alliance between X and Y", "the alliance
of X", "l'alliance avec X": another alliance), becomes a ``nominal`` mention of the last
organisation of that class named before it in the document; none named: no mention (the
document stage's ``kind_nouns`` may still read it by salience).

The pass runs on the recognisers' mentions before coreference
(:meth:`graph.actors.resolve.Resolver.__call__`), so pronouns after it find the organisation.

Example
-------
>>> from graph.actors.lexicon import load_lexicon
>>> class_noun_start(["the", "10", "-", "nation", "bloc"], 4, load_lexicon("en"))
0
>>> class_noun_start(["a", "bloc"], 1, load_lexicon("en")) is None  # no definite determiner
True
"""

from __future__ import annotations

from ..nlp.extensions import lower_words
from .compose import actor_fields
from .records import ActorMention

#: Words after a class noun that give it a complement of its own (with the language's "of" words).
COMPLEMENT_WORDS = frozenset({"between", "with", "entre", "avec", "against", "contre"})


def class_noun_start(words: list[str], i: int, lex) -> int | None:
    """The start of the definite phrase whose class noun is ``words[i]`` (its determiner, at
    most one modifier before the noun: "regional", "10-nation"), or ``None``."""
    k = i - 1
    if k >= 2 and words[k - 1] in ("-", "–"):  # "the 10-nation bloc": one hyphenated modifier
        k -= 2
    for j in (i - 1, k - 1):
        if j >= 0 and words[j] in lex.definite_determiners:
            return j
    return None


def _complement(doc, e: int, lex) -> bool:
    return e < len(doc) and (doc[e].lower_ in lex.of_words or doc[e].lower_ in COMPLEMENT_WORDS)


def class_noun_mentions(doc, mentions: list, kb, lex, date: str | None, lang: str) -> list:
    """``mentions`` with a ``nominal`` mention of the organisation each bare definite class
    noun stands for (see the module)."""
    nouns = {noun: ids for (lg, noun), ids in kb.class_nouns.items() if lg == lang}
    if not nouns:
        return mentions
    words = lower_words(doc)
    # a capitalised word NER read as an unknown entity ("l'Alliance") does not block the noun
    covered = {i for m in mentions if not _unknown(m) for i in range(m.token_start, m.token_end)}
    found = []
    for i, word in enumerate(words):
        s = class_noun_start(words, i, lex) if word in nouns and i not in covered else None
        if s is None or covered & set(range(s, i)) or _complement(doc, i + 1, lex):
            continue
        named = [m for m in mentions if m.token_end <= s and m.pending is None and m.kind != "place"
                 and m.actor_id in nouns[word]]
        if not named:
            continue
        fields = actor_fields(kb, named[-1].actor_id, date, lang)
        found.append(ActorMention(start=doc[s].idx, end=doc[i].idx + len(doc[i]), token_start=s, token_end=i + 1,
                                  text=doc[s:i + 1].text, kind="nominal", **fields))
    if not found:
        return mentions
    taken = {i for m in found for i in range(m.token_start, m.token_end)}
    kept = [m for m in mentions if not (_unknown(m) and taken & set(range(m.token_start, m.token_end)))]
    return sorted(kept + found, key=lambda m: (m.token_start, m.token_end))


def _unknown(m) -> bool:
    """An entity the base does not know, kept only if it turns out to be a surname."""
    return m.actor_id is None and m.pending is not None and m.pending.need == "other"
