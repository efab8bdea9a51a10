"""The conflict frame and the salient entities of one document.

The frame says who is in conflict (``sides``, read in :mod:`.conflict`) and who brokers, hosts
or mediates (``mediators``: the sources of ``mediate`` events); the entities list every coded
actor with its type, number, gender, kinds and salience. Group references and anaphors are
resolved against it (:mod:`.references`).

Salience follows Lappin & Leass (1994) reduced to role and recency: a subject mention weighs
``SUBJECT_WEIGHT``, any other 1.

Example
-------
>>> SUBJECT_WEIGHT > PRONOUN_WEIGHT
True
"""

from __future__ import annotations

from bisect import bisect_right

from ..actors.deps import (ACTIVE_SUBJECT_DEPS, CASE_DEPS, COMPOUND_DEPS, CONJ_DEPS, DIRECT_OBJECT_DEPS,
                           NOUN_MODIFIER_DEPS, PREP_OBJECT_DEPS, SUBJECT_DEPS, role, roles)
from ..model import EventEntity, SalientEntity
from ..nlp.extensions import token_words
from .lexicon import DocumentLexicon, state_kinds

#: Weight of a pronoun or anaphor mention in salience (the actor stage's guess, not a name).
PRONOUN_WEIGHT = 0.5
#: Weight of a subject mention in salience (other mentions weigh 1).
SUBJECT_WEIGHT = 2.0


class Sentences:
    """Sentence numbers of tokens and characters of a parsed document."""

    def __init__(self, doc) -> None:
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        self.starts = [s.start for s in sents]
        self.chars = [s.start_char for s in sents]

    def of_token(self, i: int) -> int:
        """The number of the sentence holding token ``i``."""
        return bisect_right(self.starts, i) - 1

    def of_char(self, c: int) -> int:
        """The number of the sentence holding character offset ``c``."""
        return bisect_right(self.chars, c) - 1


def is_subject(doc, m: dict) -> bool:
    """The mention is (in) the subject of its clause."""
    root = doc[m["token_start"]:m["token_end"]].root
    while root.dep_ in CONJ_DEPS and root.head != root:
        root = root.head
    return root.dep_ in SUBJECT_DEPS


def holder_type(kb, m: dict) -> str:
    """The type of the actor a mention's code rolls up to (a minister's code is a state)."""
    actor = kb.get(kb.actor_for_code(m["code"]) or "") if m.get("code") else None
    return actor.type if actor is not None else m.get("type") or "Unknown"


def entities(doc, mentions: list[dict], kb, sents: Sentences) -> list[SalientEntity]:
    """One entity per code, in order of first mention."""
    kinds = state_kinds()
    acc: dict[str, dict] = {}
    for m in mentions:
        if m.get("kind") == "place" or not m.get("code") or m.get("type") == "Media":
            continue
        s = sents.of_token(m["token_start"])
        subj = is_subject(doc, m)
        e = acc.setdefault(m["code"], {"m": m, "n": 0, "subj": 0, "first": s, "last": s, "sal": 0.0, "pl": 0})
        e["n"] += 1
        e["subj"] += subj
        e["last"] = s
        e["sal"] += (SUBJECT_WEIGHT if subj else 1.0) * (PRONOUN_WEIGHT if m.get("kind") == "pronoun" else 1.0)
        e["pl"] += doc[m["token_end"] - 1].morph.get("Number") == ["Plur"]
    out = []
    for code, e in acc.items():
        m = e["m"]
        actor = kb.get(kb.actor_for_code(code) or "")
        out.append(SalientEntity(
            code=code, actor_id=actor.id if actor else m["actor_id"], label=actor.label if actor else m["label"],
            type=holder_type(kb, m), number="pl" if e["pl"] * 2 > e["n"] else "sg",
            gender=kb.gender.get(m["actor_id"]), kinds=tuple(sorted(kinds.get(code, ()))), mentions=e["n"],
            subject_mentions=e["subj"], first_sentence=e["first"], last_sentence=e["last"],
            salience=round(e["sal"], 3)))
    return out


#: Actor types that can be a side of a conflict (an organisation condemning a state is not one).
SIDE_TYPES = frozenset({"State", "DeFactoAuthority", "ArmedGroup"})


def event_entities(events: list[dict], lex: DocumentLexicon, sents: Sentences) -> list[EventEntity]:
    """Sentence-level events of agreement and attack relations as event entities, in text order."""
    out: list[EventEntity] = []
    for e in events:
        kind = next((k for k, rels in lex.event_relations.items() if e["relation"] in rels), None)
        if kind is None:
            continue
        s = sents.of_char(e["start"])
        if kind == "agreement":
            parts, targets = tuple(sorted({e["source"], e["target"]})), ()
        else:
            parts, targets = (e["source"],), (e["target"],)
        same = next((x for x in out if x.sentence == s and x.kind == kind and x.trigger == e["trigger"]), None)
        if same is not None:  # one event stated with several participants
            out.remove(same)
            parts = tuple(sorted(set(same.participants) | set(parts)))
            targets = tuple(sorted(set(same.targets) | set(targets)))
            if kind == "agreement":
                targets = ()
        out.append(EventEntity(kind=kind, relation=e["relation"], participants=parts, targets=targets,
                               sentence=s, trigger=e["trigger"]))
    return out


#: Last characters of a first line that make it a sentence, not a headline.
HEADLINE_ENDS = frozenset('.!?:;"»”')


def has_headline(doc) -> bool:
    """The document opens with a headline: a first line with no sentence-final punctuation,
    followed by a line break and more text."""
    first, brk, rest = doc.text.lstrip().partition("\n")
    return bool(brk and rest.strip() and first.strip()) and first.rstrip()[-1] not in HEADLINE_ENDS


def earlier_events(events: list[EventEntity], kind: str, here: int, headline: bool) -> list[EventEntity]:
    """The events of ``kind`` stated before sentence ``here`` when one set of participants stated
    them all; else, in a document with a headline (the story's own event), those of its first
    sentence (the headline, with the lead when the parser joins them) when they have one set of
    participants; else none (ambiguous)."""
    before = [e for e in events if e.kind == kind and e.sentence < here]
    if len({e.participants for e in before}) == 1:
        return before
    head = [e for e in before if e.sentence == 0] if headline else []
    return head if len({e.participants for e in head}) == 1 else []


#: A word of a compound modifier before a group noun ("oil-rich", "nuclear-armed").
_HYPHEN_PART_DEPS = roles("noun_compound", "noun_adverbial", "adjectival_modifier", "nominal_modifier")


def hyphen_premodifier(w) -> bool:
    """A word of a compound modifier before a group noun ("oil-rich", "nuclear-armed",
    "Western-backed"): a noun, a hyphen or a participle that hangs on a later word."""
    return w.head.i > w.i and (w.text == "-" or w.pos_ in ("NOUN", "VERB") and w.dep_ in _HYPHEN_PART_DEPS) \
        and w.i + 1 < len(w.doc) and (
        w.text == "-" or w.doc[w.i + 1].text == "-" or w.doc[w.i - 1].text == "-")


def hyphenated_start(doc, j: int) -> int:
    """The word before a hyphenated compound modifier ending at ``j`` ("Iran-backed",
    "Kremlin-aligned", "oil-rich"); ``j`` itself when none ends there."""
    if not (j >= 2 and "-" in (doc[j].text, doc[j - 1].text)):
        return j
    while j >= 1 and (doc[j].text == "-" or doc[j - 1].text == "-" or doc[j + 1].text == "-"):
        j -= 1
    return j


#: Dependencies of an event noun whose subtrees name its own participants ("the US-Taliban talks",
#: "talks between A and B", "Russia's offensive"); relative clauses and participles do not.
_OWN_DEPS = NOUN_MODIFIER_DEPS | roles("possessive", "preposition", "appositive")


#: Of those, the ones that name an attack's attackers ("Russia's offensive", "a US strike").
_OWNER_DEPS = roles("noun_compound", "adjectival_modifier", "possessive")


def own_participants(doc, t, coded: list[dict], deps: frozenset = _OWN_DEPS) -> list[str]:
    """Codes the event noun ``t`` names itself: its modifiers and complements, not places."""
    idx = {x.i for c in t.children if c.dep_ in deps for x in c.subtree}
    return list(dict.fromkeys(m["code"] for m in coded if m["token_start"] in idx and m.get("kind") != "place"))


def event_phrase(t, of_words):
    """The noun phrase an event noun heads or qualifies: "the signing ceremony", "the last
    round of talks", "le cycle de pourparlers" (else the noun itself)."""
    head = t.head
    if t.dep_ in COMPOUND_DEPS and head.pos_ == "NOUN" and head.i > t.i:
        return head
    if t.dep_ in PREP_OBJECT_DEPS and head.lower_ in of_words and head.head.pos_ == "NOUN":
        return head.head
    if t.dep_ in role("nominal_modifier") and head.pos_ == "NOUN" and head.i < t.i and any(
            c.dep_ in CASE_DEPS and c.lower_ in of_words for c in t.children):
        return head
    return t


def noun_event_entities(doc, mentions: list[dict], lex: DocumentLexicon, sents: Sentences, filters,
                        stated: list[EventEntity], of_words: frozenset) -> list[EventEntity]:
    """Event entities no sentence-level event gave, read from event nouns and attack verbs.

    - an agreement noun ("talks", "truce", "pourparlers") with two or more parties of its own
      ("talks between A and B", "the A-B truce") or, as the object of a verb, with the verb's
      subject and its "with" complement ("A and B opened talks", "A began talks with B");
    - an attack noun owned by an actor ("Russia's offensive", "a Russian strike"), or the object of
      an attack verb (``attack_verbs``) whose subject is an actor ("Turkey conducted airstrikes in
      Iraq", "la Russie a déclenché une offensive"), or an attack
      cue whose subject is an actor and whose target is not ("Russian drones hit a power plant"):
      the attackers, with no target;
    - an attack verb with no actor for its subject ("gunmen opened fire on a market"): an attack
      with no participants, so that a later "the killings" names no earlier attacker.
    """
    coded = [m for m in mentions if m.get("code") and m.get("type") != "Media"]
    seen = {(e.sentence, e.kind) for e in stated}
    out: list[EventEntity] = []
    cues = filters.cues(doc)
    for i, (pos, lemma, lower) in enumerate(token_words(doc)):
        if pos != "NOUN":
            if i not in cues:
                continue  # (a Token only where one is read)
            kind = None  # (read for nouns only)
        else:
            kind = lex.event_kind(lemma) or lex.event_kind(lower)
            if kind is None and i not in cues:
                continue  # (neither branch below reads it)
        t = doc[i]
        if pos == "NOUN" and kind in ("agreement", "attack"):  # (coups: graph.document.coups)
            parts = own_participants(doc, t, coded, _OWN_DEPS if kind == "agreement" else _OWNER_DEPS)
            g = event_phrase(t, of_words)
            if kind == "attack" and not parts and g.dep_ in DIRECT_OBJECT_DEPS \
                    and g.head.lemma_.lower() in lex.attack_verbs:
                parts = _subject_codes(g.head, coded)  # "Turkey conducted airstrikes in Iraq"
            if kind == "agreement" and len(parts) < 2 and g.dep_ in DIRECT_OBJECT_DEPS:
                parts = list(dict.fromkeys(parts + _subject_codes(g.head, coded) + [
                    c for w in g.head.children if w.lower_ in lex.with_words or any(
                        k.dep_ in CASE_DEPS and k.lower_ in lex.with_words for k in w.children)
                    for c in _codes(w, coded)]))
        elif t.i in cues and t.pos_ == "VERB" and any(c.relation == "attack" for c in cues[t.i][0]):
            kind, parts = "attack", _subject_codes(t, coded)
        else:
            continue
        s = sents.of_token(t.i)
        if not parts and pos == "VERB" and (s, kind) not in seen and filters.unattributed(t):
            # "gunmen attacked a market": an attack by no one named
            seen.add((s, kind))
            out.append(EventEntity(kind=kind, relation="attack", participants=(), sentence=s, trigger=t.text,
                                   targets=_attacked(t, coded)))
        if (s, kind) in seen or not parts or kind == "agreement" and len(parts) < 2:
            continue
        seen.add((s, kind))
        out.append(EventEntity(kind=kind, relation="agree" if kind == "agreement" else "attack",
                               participants=tuple(sorted(parts)), targets=(), sentence=s, trigger=t.text))
    return out


def _attacked(verb, coded: list[dict]) -> tuple[str, ...]:
    """The codes, places included, of an attack verb's objects and complements (not its subject):
    "gunmen attacked a church in Burkina Faso" attacked BFA."""
    idx = {x.i for c in verb.children if c.dep_ not in ACTIVE_SUBJECT_DEPS for x in c.subtree}
    return tuple(sorted({m["code"] for m in coded if m["token_start"] in idx}))


def _codes(tok, coded: list[dict]) -> list[str]:
    idx = {x.i for x in tok.subtree}
    return [m["code"] for m in coded if m["token_start"] in idx and m.get("kind") != "place"]


def _subject_codes(verb, coded: list[dict]) -> list[str]:
    return list(dict.fromkeys(c for w in verb.children if w.dep_ in ACTIVE_SUBJECT_DEPS
                              for c in _codes(w, coded)))


def coordination_before(doc, coded: list[dict], sents: Sentences, i: int, fits) -> list[str]:
    """The codes of the last coordination of named actors ("Egypt and the UAE", "du Rwanda et de
    la RDC") ending before token ``i`` in its sentence or the one before, when each of its actors
    ``fits`` and no other fitting actor is named between it and ``i``; else ``[]``: "Egypt and the
    UAE were behind the raids, a claim both states deny"."""
    here = sents.of_token(i)
    named = [m for m in coded if m["token_start"] < i and m.get("kind") != "pronoun"
             and here - sents.of_token(m["token_start"]) <= 1]
    groups: dict[int, list[dict]] = {}
    for m in named:
        root = doc[m["token_start"]:m["token_end"]].root
        conj = root.dep_ in CONJ_DEPS
        while root.dep_ in CONJ_DEPS and root.head != root:
            root = root.head
        groups.setdefault(root.i, []).append(dict(m, conjoined=conj))
    coords = [g for g in groups.values() if any(m["conjoined"] for m in g) and len({m["code"] for m in g}) >= 2]
    if not coords:
        return []
    last = max(coords, key=lambda g: max(m["token_end"] for m in g))
    end = max(m["token_end"] for m in last)
    codes = list(dict.fromkeys(m["code"] for m in last))
    if not all(fits(m) for m in last) or any(m["token_start"] >= end and m["code"] not in codes and fits(m)
                                              for m in named):
        return []
    return codes


def floating_start(doc, i: int, lex: DocumentLexicon) -> int | None:
    """The first token of a bare quantifier on the number at ``i`` ("all three", "tous deux",
    "tous les trois"), or ``None`` when no universal determiner stands before the number."""
    if i > 0 and doc[i - 1].lower_ in lex.universal_determiners:
        return i - 1
    if i > 1 and doc[i - 1].lower_ in lex.definite_determiners and doc[i - 2].lower_ in lex.universal_determiners:
        return i - 2
    return None


def _named_codes(coded: list[dict], sents: Sentences, sentence: int, before: int) -> list[str]:
    return list(dict.fromkeys(m["code"] for m in coded if m["token_start"] < before
                              and sents.of_token(m["token_start"]) == sentence))


def floating_quantifier(doc, coded: list[dict], sents: Sentences, start: int, n: int) -> list[str] | None:
    """The ``n`` actors a bare quantifier set off after its clause stands for ("X spoke with A
    and B, all three condemning Y", "..., et tous les trois ont appelé Y"): the codes named
    before ``start`` in its sentence (people roll up to their codes), or, when it names none
    there ("All three condemned Y"), in the sentence before. ``None`` when the shape does not
    apply or the sentence before names another number of codes (the other rules decide); ``[]``
    (ambiguous) when its own sentence names another number of codes before it."""
    here, prev = sents.of_token(start), doc[start - 1] if start > 0 else None
    inside = prev is not None and sents.of_token(prev.i) == here
    if inside and not (prev.is_punct or prev.pos_ == "CCONJ" and prev.i > 0 and doc[prev.i - 1].is_punct):
        return None  # "the talks between all three": not set off after its clause
    named = _named_codes(coded, sents, here, start) if inside else []
    if named:
        return named if len(named) == n else _clause_codes(doc, coded, start, n)
    before = _named_codes(coded, sents, here - 1, start) if here > 0 else []
    return before if len(before) == n else None


def _clause_codes(doc, coded: list[dict], start: int, n: int) -> list[str]:
    """The ``n`` codes named before ``start`` in the clause the quantifier is set off after (a
    verb whose phrase ends just before it), else the nearest clause above it, that names any,
    its subject included (a conjunct verb's subject is its head's): "X did not call
    Y but spoke with A and B, all three ..." is X, A and B; another count: ``[]``."""
    first = doc[start].sent.start
    before = [v for v in reversed(doc[first:start]) if v.pos_ in ("VERB", "AUX")
              and start - 2 <= max(x.i for x in v.subtree) < start]  # the clause it is set off after
    verb, above = doc[start], []
    while verb.head != verb:
        verb = verb.head
        above.append(verb)
    for verb in [*before, *above]:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        inside = {x.i for x in verb.subtree if x.i < start}
        if not any(m["token_start"] in inside for m in coded):
            continue  # the quantifier's own verb ("all three condemned")
        subject = verb
        while subject.dep_ in CONJ_DEPS and subject.head != subject \
                and not any(c.dep_ in SUBJECT_DEPS for c in subject.children):
            subject = subject.head
        codes = list(dict.fromkeys(_subject_codes(subject, coded)
                                   + [m["code"] for m in coded if m["token_start"] in inside]))
        return codes if len(codes) == n else []
    return []
