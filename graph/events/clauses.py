"""The clause a verb belongs to: its tense, and the clause above a trailing participle.

Helpers of the argument look-ups (:class:`graph.events.arguments.Arguments`), of the
embedded-clause filter (:func:`graph.events.filters.embedded`) and of the request frame
(:mod:`graph.events.frames.request`): :func:`clause_tense` tells the tense of a verb's clause,
:func:`raised_participle` the clause a comma-set present participle belongs to when the parser
hung it lower, :func:`relative_antecedents` the nouns a relative pronoun may stand for.

Example
-------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Iran", "has", "accused", "Israel"],
...           heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
...           morphs=["", "Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""])
>>> clause_tense(doc[2]), raised_participle(doc[2]) is None
('Pres', True)
"""

from __future__ import annotations

from ..actors.deps import (ACTIVE_VOICE_SUBJECT_DEPS, AUX_DEPS, CASE_DEPS, CCOMP_DEPS, DETERMINER_DEPS, NOUN_MODIFIER_DEPS,
                           PARTICIPLE_DEPS, PREPOSITION_DEPS, REPORTED_CLAUSE_DEPS, VERB_OBJECT_DEPS, XCOMP_DEPS, role,
                           roles)

#: Dependencies of a word that negates the verb it hangs on ("not", "never", "pas", "jamais").
_NEGATING_DEPS = roles("negator", "adverb_modifier")

#: Dependencies of a purpose clause under a verb ("entered X to join the battle", "pour enquêter").
PURPOSE_DEPS = roles("open_complement", "adverbial_clause")


def raised_participle(v):
    """The verb above the complement a comma-set present participle was hung in, else ``None``.

    "X urged Y to show restraint after Y launched drills, describing the drills as reckless"
    (X describes; "qualifiant", same in French): a trailing participle says what the clause's
    subject does.

    Parameters
    ----------
    v : spacy.tokens.Token
        A verb, possibly the trailing participle.

    Returns
    -------
    spacy.tokens.Token or None
        The head of the clause whose complement ``v`` was hung in.
    """
    if v.dep_ not in role("adverbial_clause"):
        return None
    form = v.morph.get("VerbForm")
    if not (v.tag_ == "VBG" or "Ger" in form or (
            "Part" in form and "Pres" in v.morph.get("Tense"))) or v.left_edge.i == 0 \
            or v.doc[v.left_edge.i - 1].text != "," or any(c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for c in v.children):
        return None
    h = v.head
    while h.dep_ in role("conjunct") | role("adverbial_clause") and h.head != h:
        h = h.head
    return h.head if h.dep_ in XCOMP_DEPS | CCOMP_DEPS and h.head != h else None


def raised_infinitive(v, marks, actors):
    """The reporting verb above a comma-set time infinitive hung on its complement, else ``None``.

    "X a assuré que le processus se poursuivrait, après avoir suspendu son dialogue avec Y"
    (``raised_infinitive_marks``: après, avant; after, before): the parser hangs the infinitive on
    the completive's verb, whose subject is no actor ("le processus"), so the reporting subject X
    is who suspended. A completive with an actor subject keeps it ("X a dit que Y avait quitté la
    salle, après avoir insulté Z": Y insulted).

    Parameters
    ----------
    v : spacy.tokens.Token
        A verb, possibly the infinitive (or the participle of a perfect infinitive).
    marks : collection of str
        The time prepositions that open such an infinitive.
    actors : callable
        Token -> list of coded mentions (``Arguments.np``).

    Returns
    -------
    spacy.tokens.Token or None
        The reporting verb whose subject does ``v``.
    """
    prep = v.dep_ in role("prep_complement") and v.head.lower_ in marks  # English "after cancelling"
    first = v.head if prep else v.left_edge
    if v.dep_ not in role("adverbial_clause") and not prep or first.i == 0 or v.doc[first.i - 1].text != ",":
        return None
    words = [c for c in v.children if c.dep_ in role("auxiliary") or c.lower_ in marks]
    if not any(c.lower_ in marks for c in [*words, v.head]) or any(c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS for c in v.children) \
            or not any(x.morph.get("VerbForm") in (["Inf"], ["Ger"]) or x.tag_ == "VBG" for x in [v, *words]):
        return None
    h = v.head if v.dep_ in role("adverbial_clause") else v.head.head
    while True:
        if any(actors(c) for c in h.children if c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS):
            return None
        if h.dep_ in CCOMP_DEPS and h.head != h:
            return h.head
        if h.dep_ not in XCOMP_DEPS | role("conjunct") or h.head == h:
            return None
        h = h.head


def clause_tense(v) -> str | None:
    """The tense of the clause of verb ``v``.

    That of its first tensed auxiliary, else its own when finite ("has accused": Pres;
    "devait": Imp; "must halt": none); a conditional is its own tense ("retirerait": Cnd, though
    tagged ``Tense=Pres``).

    Parameters
    ----------
    v : spacy.tokens.Token
        The verb.

    Returns
    -------
    str or None
        The ``Tense`` morphological feature, or ``None`` when the clause has none.
    """
    for c in v.children:
        if c.dep_ in role("auxiliary") and c.morph.get("Tense"):
            return "Cnd" if "Cnd" in c.morph.get("Mood") else c.morph.get("Tense")[0]
    if "Fin" in v.morph.get("VerbForm") and v.morph.get("Tense"):
        return "Cnd" if "Cnd" in v.morph.get("Mood") else v.morph.get("Tense")[0]
    return None


def _announcing(h, words) -> bool:
    """Whether ``h`` is a verb of ``words``, alone ("a déclaré") or as the infinitive of a
    two-word one ("a fait savoir": "faire savoir")."""
    lemma = h.lemma_.lower()
    return lemma in words or h.dep_ in XCOMP_DEPS and f"{h.head.lemma_.lower()} {lemma}" in words


def announcer(v, words, deps=REPORTED_CLAUSE_DEPS, tail: bool = False):
    """The verb of ``words`` that announces the clause of ``v``, else ``None``; its subject is
    who announces.

    The verb whose complement clause ``v`` heads ("Iran said it would strike X": *said*), or,
    with ``tail``, a reported-speech verb after ``v`` hung on it ("A would meet B next week,
    the ministry said"). The shared test of :func:`graph.events.linking.own_announcement` (the
    speaker announces its own act) and :func:`graph.events.conditions.reported_announcement`
    (an act announced in the reported future).

    Parameters
    ----------
    v : spacy.tokens.Token
        The head of the clause.
    words : collection of str
        The lemmas of the announcing verbs (``speech_verbs``, ``announcing_verbs``).
    deps : frozenset of str
        The dependencies on the verb above that make ``v`` its complement clause.
    tail : bool
        Whether a verb of ``words`` after ``v``, hung on it, announces it too.

    Returns
    -------
    spacy.tokens.Token or None
        The announcing verb.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> vocab = spacy.blank("en").vocab
    >>> doc = Doc(vocab, words=["Iran", "said", "it", "would", "strike"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=["Iran", "say", "it", "would", "strike"])
    >>> announcer(doc[4], {"say"}).text, announcer(doc[4], {"announce"}), announcer(doc[1], {"say"})
    ('said', None, None)
    >>> doc = Doc(vocab, words=["A", "would", "meet", "B", ",", "X", "said"], heads=[2, 2, 2, 2, 2, 6, 2],
    ...           deps=["nsubj", "aux", "ROOT", "dobj", "punct", "nsubj", "ccomp"],
    ...           lemmas=["A", "would", "meet", "B", ",", "X", "say"])
    >>> announcer(doc[2], {"say"}), announcer(doc[2], {"say"}, tail=True).text
    (None, 'said')
    """
    h = v.head
    if v.dep_ in deps and h != v and _announcing(h, words):
        return h
    if not tail:
        return None
    return next((c for c in v.children if c.dep_ in REPORTED_CLAUSE_DEPS and c.i > v.i and _announcing(c, words)),
                None)


def consequence_clause(t, g, start: int = 0) -> bool:
    """Whether the cue ``t`` is in a clause that a ``consequence_marks`` phrase opens ("...,
    faute de quoi il imposera des sanctions à X", "failing which it will strike X"): what
    happens if a demand is not met, a threat. ``start``: where the sentence begins.

    >>> consequence_clause.__name__
    'consequence_clause'
    """
    v = t
    while v.pos_ not in ("VERB", "AUX") and v.head != v:
        v = v.head
    doc, lo = t.doc, max(start, v.i - 8)
    words = None  # the lower forms of doc[lo:v.i], read once for every mark
    for m in (m.split() for m in g.get("consequence_marks", ())):
        for i in range(lo, v.i - len(m) + 1):  # set off: ", faute de quoi", "; otherwise"
            if words is None:
                words = [x.lower_ for x in doc[lo:v.i]]
            if words[i - lo:i - lo + len(m)] == m and (i == start or doc[i - 1].is_punct):
                return True
    return False


def relative_antecedents(n, t, args, g) -> list:
    """The nouns a relative pronoun complement ``n`` of the verb ``t`` may stand for: "la réunion
    de la Cédéao, à laquelle le Mali a participé" (the noun before the pronoun, and the noun
    whose of-phrase that is), so that the sense constraint reads the meeting (f8); ``args``: the
    :class:`~graph.events.arguments.Arguments` of the segment."""
    if n.lower_ not in g["relative_pronouns"]:
        return []
    a = args.antecedent(n, t)
    out = [a] if a is not None else []
    while a is not None and len(out) < 4 and a.dep_ in NOUN_MODIFIER_DEPS and a.head.pos_ in ("NOUN", "PROPN") \
            and a.head.i < a.i:  # "la réunion dimanche à Accra de l'UA, à laquelle": up the of-chain
        a = a.head
        out.append(a)
    return out


def standing_participle(t, g) -> bool:
    """Whether cue ``t`` is a past participle of a standing state (``state_participles`` of
    grammar.json) that modifies a noun: "the Israeli-occupied West Bank", "the Golan, occupied
    by Israel", "la Cisjordanie occupée par Israël" describe a territory, they state no event."""
    past = t.tag_ == "VBN" or "Part" in t.morph.get("VerbForm") and "Pres" not in t.morph.get("Tense")
    return (t.dep_ in PARTICIPLE_DEPS and t.i != t.head.i and t.head.pos_ in ("NOUN", "PROPN") and past
            and t.lemma_.lower() in g.get("state_participles", ()))


def misread_infinitive(t, g) -> bool:
    """Whether cue ``t`` is a past participle the parser read as a verb of its own after a
    preposition: "sent aid convoys to besieged Gaza", "shipped food to blockaded Yemen" (the
    preposition "to" taken for the infinitive marker, the participle's only auxiliary; an
    infinitive has the base form, "to have attacked" has another auxiliary), "stayed on alert in
    occupied Gaza" (the preposition just before it left without an object). The participle
    describes the place, as in "the occupied territories": no event, and the subject of the
    sentence would have been read as the attacker.

    Example: in "Jordan sent doctors to besieged Gaza", ``besieged`` (VBN, "to" its aux) gives True.
    """
    if t.tag_ not in ("VBN", "VBD"):
        return False
    auxes = [c for c in t.children if c.dep_ in AUX_DEPS]
    if len(auxes) == 1 and auxes[0].lower_ in g.get("purpose_marks", ()):
        return True
    prev = t.doc[t.i - 1] if t.i else None
    return prev is not None and prev.dep_ in PREPOSITION_DEPS and prev.head.i != t.i and not list(prev.children)


def purpose_verbs(v, words) -> list:
    """The verbs of the purpose clauses under ``v`` ("sent experts to X to investigate",
    "envoyé des militaires pour enquêter") whose lemma is one of ``words``."""
    return [c for c in v.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB" and c.lemma_.lower() in words]


def owned_object(t, objects, g) -> bool:
    """Whether an object of ``t`` among ``objects`` (lemmas) is the subject's own bond: with a
    possessive ("ses accords de défense", "its treaty") or a with-complement, on the object or
    hung on the verb after it ("l'accord de défense avec X", "the treaty with X"). "a dénoncé
    ses accords avec X" ends a treaty; "a dénoncé l'accord entre X et Y" (a deal of others)
    condemns it."""
    objs = [c for c in t.children if (c.dep_ in VERB_OBJECT_DEPS or c.dep_ in roles("passive_subject"))
            and c.lemma_.lower() in objects]  # (or the passive's subject: "l'accord avec X a été dénoncé")
    if objs and any(k.dep_ in CASE_DEPS | PREPOSITION_DEPS and k.lower_ in g["with_preps"]
                    for c in t.children if c.i > objs[0].i for k in (c, *c.children)):
        return True
    return any(k.dep_ in role("possessive") or k.dep_ in DETERMINER_DEPS and "Yes" in k.morph.get("Poss")
               or k.dep_ in CASE_DEPS | PREPOSITION_DEPS and k.lower_ in g["with_preps"]
               for c in objs for k in (*c.children, *c.subtree))


def negated_verb(v, g, deps: frozenset = _NEGATING_DEPS) -> bool:
    """Whether a negation word of the language (``negation``) hangs on the verb ``v`` by one of
    ``deps``: "the agreement was not signed by A and B", "l'accord n'a pas été signé par A" (the
    by-agent of a negated passive does not act, so it is no source of the subject noun's event).
    The cue filters pass their wider set (:func:`graph.events.filters.negated`).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["deal", "was", "not", "signed"],
    ...           heads=[3, 3, 3, 3], deps=["nsubjpass", "auxpass", "neg", "ROOT"])
    >>> negated_verb(doc[3], {"negation": ["not"]})
    True
    """
    words = g.get("negation", ())
    return any(c.dep_ in deps and (c.lower_ in words or c.lemma_.lower() in words) for c in v.children)


def trailing_participle_verb(p):
    """The verb whose direct object a comma-set past participle closing the sentence was hung
    on, else ``None``: "Azerbaijani forces attacked Armenian positions, backed by Turkey" (the
    participle says who backs the clause's subject, Azerbaijan, not the positions).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", "hit", "posts", ",", "backed", "by", "Z", "."],
    ...           heads=[1, 1, 1, 2, 2, 4, 5, 1], deps=["nsubj", "ROOT", "dobj", "punct", "acl", "agent", "pobj", "punct"])
    >>> trailing_participle_verb(doc[4]).text
    'hit'
    """
    doc, h = p.doc, p.head
    if h == p or h.i > p.i or h.dep_ not in VERB_OBJECT_DEPS or h.head == h or p.left_edge.i == 0 \
            or doc[p.left_edge.i - 1].text != ",":
        return None
    after = p.right_edge.i + 1
    return h.head if after >= p.sent.end or doc[after].is_punct and doc[after].text in (".", "!", ";") else None
