"""The sides of the document's conflict: evidence scored per unordered pair of codes.

Evidence, each item weighted and counted once per occurrence:

- hostile sentence-level events (``HOSTILE`` weights: fighting counts most, condemnations least),
  except those whose trigger is a verb of aiming followed by a verb ("a coup aiming to annex X",
  "des pourparlers visant à réunifier l'île": ``aim_verbs`` + ``aim_particles``), which states a
  purpose, not a hostility;
- conflict phrases: "the war between A and B", "les tensions entre A et B" (``conflict_nouns``
  of ``document.json``: ``CONFLICT_PHRASE``), and negotiations or settlements between two
  parties ("talks between A and B", "une trêve entre A et B": ``peace_nouns``, ``TALKS_PHRASE``);
- pair compounds before or after such a noun: "the Armenia-Azerbaijan talks", "the
  Ethiopia-Eritrea war", "Pakistani-Indian tensions", "U.S.-Cuban talks", "la guerre
  russo-ukrainienne", "Sino-Indian clashes" (names and demonyms of the knowledge base, prefix
  forms such as "russo-", "israélo-" read as the stem of a demonym, and the irregular ones of
  ``combining_forms``);
- the two parties a third party mediates for in one sentence (``MEDIATED``);
- the two parties of a sentence-level peace agreement ("A and B signed a truce": ``PEACE_AGREEMENT``);
- pair anaphors the actor stage resolved by recency ("both sides": ``PAIR_ANAPHOR``), which only
  add to other evidence.

Evidence in the headline and lead (the first ``LEAD_SENTENCES`` sentences) weighs
``LEAD_FACTOR`` times more. A mediator is never a side, and only states, de facto authorities,
armed groups and oppositions are sides (leaders and armies are rolled up to their state by their
codes). The best pair is the frame's sides when its evidence, pair anaphors left out, reaches
``MIN_EVIDENCE`` and no other pair scores as much (three candidates or two conflicts equally
told: no sides).

Example
-------
>>> HOSTILE["attack"] > HOSTILE["accuse"]
True
>>> stem_of("russo")
'russ'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors.deps import NOUN_MODIFIER_DEPS, SUBJECT_DEPS
from ..nlp.extensions import token_words
from .frame import SIDE_TYPES, Sentences
from .lexicon import DocumentLexicon

#: Weight of each sentence-level event of these relations for the pair it links.
HOSTILE = {"attack": 2.0, "threaten": 1.0, "coerce": 1.0, "sanction": 0.5, "accuse": 0.5, "condemn": 0.25}
#: Weight of a "war between A and B" phrase or an "A-B war" compound for the pair.
CONFLICT_PHRASE = 3.0
#: Weight of "talks between A and B" or "the A-B talks" (negotiating parties are often the sides).
TALKS_PHRASE = 1.5
#: Weight of a peace agreement two parties sign ("A and B signed a peace deal", "un cessez-le-feu").
PEACE_AGREEMENT = 1.0
#: Weight of a pair anaphor ("both sides") the actor stage resolved to the pair (by recency).
PAIR_ANAPHOR = 1.0
#: Weight of two parties one mediator mediates for in one sentence ("X mediated between A and B").
MEDIATED = 3.0
#: Evidence in the first sentences (headline and lead) weighs this much more.
LEAD_FACTOR = 2.0
#: How many sentences count as headline and lead.
LEAD_SENTENCES = 3
#: The least evidence (pair anaphors left out) that makes a pair the sides.
MIN_EVIDENCE = 0.5
#: The code suffix of a state's opposition (``VEN_OPP``), a side with no actor in the knowledge base.
OPPOSITION_SUFFIX = "_OPP"

#: Parts of speech of the words of a pair compound after its noun ("les pourparlers russo-ukrainiens").
_PAIR_POS = frozenset({"ADJ", "PROPN"})
_PAIR = re.compile(r"([^\W\d_][\w.'’]*?)\s?[-–]\s?([^\W\d_][\w.'’]*)")


def stem_of(form: str) -> str | None:
    """The stem of a prefix form ("russo" -> "russ", "israélo" -> "israél"), else ``None``."""
    return form[:-1] if form.endswith("o") and len(form) >= 5 else None


@lru_cache(maxsize=None)
def side_names(lang: str) -> dict[str, str]:
    """Lower-case name or demonym -> code, for the actors that can be sides (``SIDE_TYPES``)."""
    from ..actors.kb import load_kb

    kb = load_kb()
    out: dict[str, str] = {}
    for a in kb.aliases:
        if a.kind not in ("name", "demonym", "alias") or a.lang not in (lang, "*"):
            continue
        actor = kb.get(a.actor_id)
        if actor is not None and actor.type in SIDE_TYPES and actor.code:
            out.setdefault(a.text.lower(), actor.code)
    return out


def name_code(word: str, lex: DocumentLexicon) -> str | None:
    """The code a part of a pair compound names: a name or demonym (plural and feminine forms
    of French demonyms too), an irregular prefix form, or the stem of a demonym ("russo")."""
    w = word.lower().strip(".'’") if not word.endswith(".") else word.lower()
    names = side_names(lex.lang)
    if w in lex.combining_forms:
        return lex.combining_forms[w]
    for form in (w, w.rstrip("s"), re.sub(r"(ne|e)?s?$", "", w)):
        if form in names:
            return names[form]
    stem = stem_of(w)
    if stem:
        codes = {c for n, c in names.items() if n.startswith(stem) and " " not in n}  # a word, not a group's name
        if len(codes) == 1:
            return codes.pop()
    return None


def compound_pairs(doc, lex: DocumentLexicon) -> list[tuple[tuple[str, str], float, int]]:
    """(pair, weight, token) of "A-B" compounds modifying a conflict or peace noun."""
    out = []
    nouns = lex.conflict_nouns | lex.peace_nouns
    for i, (pos, lemma, lower) in enumerate(token_words(doc)):
        if pos not in ("NOUN", "PROPN") or (lemma not in nouns and lower not in nouns):
            continue  # (a Token only for a conflict or peace noun)
        t = doc[i]
        weight = _noun_weight(t, lex)
        if weight:
            out.extend((pair, weight, t.i) for pair in pair_compounds(doc, t, lex))
    return out


def pair_compounds(doc, t, lex: DocumentLexicon) -> list[tuple[str, str]]:
    """The sorted code pairs of the "A-B" compounds around the noun ``t``: before it ("the
    Armenia-Azerbaijan talks", "Sino-Indian clashes") or after it in French ("les pourparlers
    russo-ukrainiens"), parts read by :func:`name_code`."""
    lo, hi = compound_span(doc, t)
    text = doc[lo:t.i].text + " " + doc[t.i + 1:hi + 1].text
    out = []
    for m in _PAIR.finditer(text):
        if text[m.end():m.end() + 1] in ("-", "–") or m.start() and text[m.start() - 1] in ("-", "–"):
            continue  # "the Russia-Ukraine-Belarus talks": three parties, no pair
        codes = {name_code(m.group(1), lex), name_code(m.group(2), lex)}
        if None not in codes and len(codes) == 2:
            out.append(tuple(sorted(codes)))
    return out


def compound_span(doc, t) -> tuple[int, int]:
    """First and last token of the words around the noun ``t`` that may hold a pair compound:
    its modifiers before it, and up to three adjectives, names or hyphens after it."""
    lo = min([t.i] + [c.left_edge.i for c in t.lefts if c.dep_ in NOUN_MODIFIER_DEPS or c.pos_ == "PROPN"])
    hi = t.i  # French pair adjectives follow the noun, and the parser splits them any way
    while hi + 1 < len(doc) and hi - t.i < 3 and (doc[hi + 1].pos_ in _PAIR_POS or doc[hi + 1].text in "-–"):
        hi += 1
    return lo, hi


def _noun_weight(t, lex: DocumentLexicon, any_pos: bool = False) -> float:
    if not any_pos and t.pos_ not in ("NOUN", "PROPN"):
        return 0.0
    words = {t.lemma_.lower(), t.lower_}
    if words & lex.conflict_nouns:
        return CONFLICT_PHRASE
    if words & lex.peace_nouns:
        return TALKS_PHRASE
    return 0.0


def between_pairs(doc, mentions: list[dict], lex: DocumentLexicon) -> list[tuple[tuple[str, str], float, int]]:
    """(pair, weight, token) of "conflict or peace noun + between A and B" phrases."""
    by_span: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        if m.get("kind") == "pronoun" and m.get("code"):
            by_span.setdefault((m["token_start"], m["token_end"]), set()).add(m["code"])
    by_tok = {}
    for m in mentions:  # pair anaphors ("between the two countries") count as such, not here
        if m.get("code") and m.get("kind") != "place" and len(by_span.get((m["token_start"], m["token_end"]), ())) < 2:
            for i in range(m["token_start"], m["token_end"]):
                by_tok.setdefault(i, m["code"])
    out = []
    for i, (_, _, lower) in enumerate(token_words(doc)):
        if lower not in lex.between:
            continue
        t = doc[i]
        near = [t.head, t.head.head] + [doc[j] for j in range(max(0, t.i - 2), t.i)] + [
            c for c in t.head.children if c.dep_ in SUBJECT_DEPS]  # "fighting broke out between"
        for n in (t.head, t.head.head):  # "tensions at the border between A and B": the border's governor
            if n.pos_ == "NOUN":
                near.append(n.head.head if n.head.pos_ == "ADP" else n.head)
        weight = max((_noun_weight(x, lex, any_pos=True) for x in near), default=0.0)
        if not weight:
            continue
        codes = sorted({by_tok[x.i] for x in t.subtree if x.i in by_tok}
                       or {by_tok[j] for j in range(t.i + 1, min(len(doc), t.i + 8)) if j in by_tok})
        if len(codes) == 2:
            out.append((tuple(codes), weight, t.i))
    return out


def aims_only(doc, event: dict, lex: DocumentLexicon) -> bool:
    """Whether the ``event``'s trigger is a verb of aiming followed by a particle and a verb
    ("aims to end", "aimed at ending", "visant à rattacher"): a purpose, no hostility."""
    span = doc.char_span(event["start"], event["end"], alignment_mode="expand")
    for t in span if span is not None else ():
        if t.text == event.get("trigger") and t.lemma_.lower() in lex.aim_verbs and t.i + 2 < len(doc) \
                and doc[t.i + 1].lower_ in lex.aim_particles and doc[t.i + 2].pos_ in ("VERB", "AUX"):
            return True
    return False


def mediated_pairs(events: list[dict], sents: Sentences) -> list[tuple[tuple[str, str], int]]:
    """(pair, sentence) of the two parties one mediator mediates for in one sentence."""
    parties: dict[tuple[str, int], set[str]] = {}
    for e in events:
        if e["relation"] == "mediate" and e["source"] != e["target"]:
            parties.setdefault((e["source"], sents.of_char(e["start"])), set()).add(e["target"])
    return [(tuple(sorted(ts)), s) for (_, s), ts in parties.items() if len(ts) == 2]


def peace_agreements(doc, events: list[dict], lex: DocumentLexicon, sents: Sentences) -> list[tuple[tuple[str, str], int]]:
    """(pair, sentence) of each sentence-level ``agree`` event, counted once per pair and sentence,
    whose trigger is a peace noun or governs one ("A and B signed a peace deal", "ont conclu une
    trêve"): a settlement says its parties were in conflict."""
    out: dict[tuple[tuple[str, str], int], None] = {}
    for e in events:
        if e["relation"] != "agree" or e["source"] == e["target"]:
            continue
        span = doc.char_span(e["start"], e["end"], alignment_mode="expand")
        for t in span if span is not None else ():
            if t.text == e.get("trigger") and any(
                    {x.lemma_.lower(), x.lower_} & lex.peace_nouns for x in t.subtree if abs(x.i - t.i) <= 6):
                out[(tuple(sorted((e["source"], e["target"]))), sents.of_char(e["start"]))] = None
                break
    return list(out)


def can_be_side(code: str, types: dict[str, str]) -> bool:
    """States, de facto authorities, armed groups and a state's opposition can be sides (a code
    no mention gave, read in a pair compound, takes its type from the knowledge base)."""
    if code not in types:
        from ..actors.kb import load_kb

        kb = load_kb()
        actor = kb.get(kb.actor_for_code(code) or "")
        types = {code: actor.type if actor is not None else ""}
    return types[code] in SIDE_TYPES or code.endswith(OPPOSITION_SUFFIX)


def sides_and_mediators(doc, mentions, events: list[dict], lex: DocumentLexicon,
                        types: dict[str, str]) -> tuple[tuple, tuple]:
    """The frame's sides (a pair, or ``()`` when the evidence is weak or ambiguous) and mediators.

    ``types`` gives the type of each code's actor (see :func:`can_be_side`)."""
    sents = Sentences(doc)

    def lead(sentence: int) -> float:
        return LEAD_FACTOR if sentence < LEAD_SENTENCES else 1.0

    score: dict[tuple[str, str], float] = {}
    anaphor: dict[tuple[str, str], float] = {}
    for pair, w, i in between_pairs(doc, mentions, lex) + compound_pairs(doc, lex):
        score[pair] = score.get(pair, 0.0) + w * lead(sents.of_token(i))
    for e in events:
        w = HOSTILE.get(e["relation"])
        if w and e["source"] != e["target"] and not aims_only(doc, e, lex):
            pair = tuple(sorted((e["source"], e["target"])))
            score[pair] = score.get(pair, 0.0) + w * lead(sents.of_char(e["start"]))
    for (pair, sentence) in mediated_pairs(events, sents):
        score[pair] = score.get(pair, 0.0) + MEDIATED * lead(sentence)
    for (pair, sentence) in peace_agreements(doc, events, lex, sents):
        score[pair] = score.get(pair, 0.0) + PEACE_AGREEMENT * lead(sentence)
    spans: dict[tuple[int, int], set[str]] = {}
    for m in mentions:  # "both sides", "the two countries" as the actor stage resolved them
        if m.get("kind") == "pronoun" and m.get("code"):
            spans.setdefault((m["token_start"], m["token_end"]), set()).add(m["code"])
    for codes in spans.values():
        if len(codes) == 2:
            pair = tuple(sorted(codes))
            anaphor[pair] = anaphor.get(pair, 0.0) + PAIR_ANAPHOR
    mediators = tuple(dict.fromkeys(e["source"] for e in events if e["relation"] == "mediate"))
    score = {p: s + anaphor.get(p, 0.0) for p, s in score.items() if s >= MIN_EVIDENCE
             and not set(p) & set(mediators) and all(can_be_side(c, types) for c in p)}
    if not score:
        return (), mediators
    ranked = sorted(score.items(), key=lambda ps: (-ps[1], ps[0]))
    best, top = ranked[0]
    if len(ranked) > 1 and ranked[1][1] >= top:
        return (), mediators  # two conflicts or three candidates, equally told: no frame
    return best, mediators
