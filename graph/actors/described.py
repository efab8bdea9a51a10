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
"Jean Dupont, a farmer from Mali, said ..." and "X, a former president of Mali" stay unknown (no
office noun; an office held no more, ``former_words``).

A person named as the head of a delegation of an actor acts for it: "the Houthi delegation headed
by X", "une délégation malienne conduite par X" (:func:`delegation_head`: ``delegation_nouns``,
then ``leading_words`` and ``agent_prepositions``, with the actor's mention covering the noun or
next to it).

A person the base knows but who holds no office of it at the text's date ("former South African
president Thabo Mbeki, who leads the African Union's panel", "X, the AU's envoy") acts for the
actor his apposition or his relative clause of an office verb (``office_verbs``: "lead",
"head", "chair", "diriger", "présider") names: :func:`office_named`, read by the coreference.

>>> from graph.actors.lexicon import load_lexicon
>>> "head" in load_lexicon("en").office_nouns and "chef" in load_lexicon("fr").office_nouns
True
"""

from __future__ import annotations

from .deps import APPOS_DEPS, RELCL_DEPS
from .kb import slugify
from .records import ActorMention

#: Types of the actors an office is held for (not people or outlets).
OFFICE_HOLDER_TYPES = frozenset({"State", "GovernmentBody", "InternationalOrganisation", "ArmedGroup",
                                 "DeFactoAuthority"})


def _named_in(st, tokens, noun: int = -1) -> ActorMention | None:
    """The first mention with a code starting among ``tokens`` that names an office holder; one
    starting at the office noun ``noun`` only when it runs on past it (a French title composed
    with its complement: "émissaire de l'Union africaine" names the Union)."""
    for tok in tokens:
        h = st.by_start.get(tok.i)
        if h is not None and tok.i == noun and h.token_end <= noun + 1:
            continue
        if h is not None and h.pending is None and h.code and h.kind != "place" and h.type in OFFICE_HOLDER_TYPES:
            return h
    return None


def described_person(st, m: ActorMention, name: str) -> dict | None:
    """The fields of the unknown person ``name`` (mention ``m``) acting for the actor his
    apposition names (see the module), or ``None``."""
    h = office_named(st, m) or delegation_head(st, m)
    if h is None:
        return None
    return {"actor_id": f"person/{slugify(name)}", "label": name, "type": "Person", "code": h.code, "sector": h.sector}


def office_named(st, m: ActorMention) -> ActorMention | None:
    """The actor whose office the apposition ("X, head of the UN mission") or the relative
    clause ("X, who leads the African Union's panel"; ``office_verbs``) of the person ``m``
    names, or ``None``."""
    doc, offices, verbs = st.doc, st.lex.office_nouns, st.lex.office_verbs
    span = doc[m.token_start:m.token_end]  # (the French parser may hang it on a word of the name)
    deps = [c for c in span.root.children if c.i >= m.token_end]
    for dep in deps + [c for t in span if t != span.root for c in t.children if c.i >= m.token_end]:
        if dep.dep_ in APPOS_DEPS:
            words = doc[dep.left_edge.i:dep.i + 1]
            noun = None if any(t.lower_ in st.lex.former_words for t in words) else _office_noun(words, offices)
        elif dep.dep_ in RELCL_DEPS and dep.lemma_.lower() in verbs:
            noun = dep
        else:
            continue
        h = None if noun is None else _named_in(st, list(dep.subtree), noun.i)
        if h is not None:  # its possessor, its complements
            return h
    return _title_after(st, m)


def delegation_head(st, m: ActorMention) -> ActorMention | None:
    """The actor whose delegation the person ``m`` heads ("the Houthi delegation headed by X",
    "a Malian delegation, led by X", "la délégation du Hamas, dirigée par X"), or ``None``: a
    leading participle and an agent preposition right before the name (a comma may come before
    them), after a delegation noun with a mention of an office holder covering it or beside it,
    or after such a mention that is the noun's complement ("the delegation of Hamas")."""
    doc, lex = st.doc, st.lex
    k = m.token_start
    while k > 0 and doc[k - 1].lower_ in lex.determiners:
        k -= 1
    if k < 3 or doc[k - 1].lower_ not in lex.agent_prepositions or doc[k - 2].lower_ not in lex.leading_words:
        return None
    n = k - 3 - (doc[k - 3].text == "," and k > 3)
    holders = [h for h in st.by_start.values() if h.pending is None and h.code and h.kind != "place"
               and h.type in OFFICE_HOLDER_TYPES]
    if doc[n].lower_ in lex.delegation_nouns:  # "the Houthi delegation", "a Malian delegation", "une délégation malienne"
        return next((h for h in holders if h.token_start <= n < h.token_end or h.token_end == n
                     or h.token_start == n + 1), None)
    h = next((h for h in holders if h.token_end == n + 1), None)
    if h is None or any(t.lower_ in lex.delegation_nouns for t in doc[h.token_start:h.token_end]):
        return h  # "the delegation of Hamas", "une délégation malienne": one mention
    j = h.token_start
    while j > 0 and doc[j - 1].lower_ in lex.of_words | lex.determiners and h.token_start - j < 2:
        j -= 1  # "the delegation of [Hamas]", "la délégation du [Hamas]"
    return h if j < h.token_start and j > 0 and doc[j - 1].lower_ in lex.delegation_nouns else None


def _title_after(st, m: ActorMention) -> ActorMention | None:
    """The office title set off by a comma right after the person ``m`` that the actor stage
    composed with its holder ("X, l'émissaire de l'Union africaine, ..." where the parser read
    no apposition): the title, when one of its words is an office noun and it names an office
    holder of its own; else ``None``."""
    h = st.by_start.get(m.token_end + 1) if m.token_end < len(st.doc) and st.doc[m.token_end].text == "," else None
    if h is None or h.kind != "title" or h.appos != m.token_start or not h.code or h.type not in OFFICE_HOLDER_TYPES:
        return None
    return h if _office_noun(st.doc[h.token_start:h.token_end], st.lex.office_nouns) is not None else None


def _office_noun(words, offices):
    """The first of ``words`` whose form or lemma is an office noun (``office_nouns``), else ``None``
    ("X, a former president of Y" is read by the caller)."""
    return next((t for t in words if t.lower_ in offices or t.lemma_.lower() in offices), None)


def earlier_office(st, person: str) -> ActorMention | None:
    """The last mention before of the same person whose office the document named, when his
    role in the base is not current: a later short name keeps what the document said he acts
    for ("former UN chief Kofi Annan, who leads the AU panel, ... Annan urged": the AU, not the
    UN of his past office), or ``None``.

    >>> earlier_office.__name__
    'earlier_office'
    """
    earlier = [st.done[i] for i in sorted(st.done) if st.done[i].actor_id == person and st.done[i].code]
    return earlier[-1] if earlier else None
