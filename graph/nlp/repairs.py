"""Repairs of the parse before the actor and event stages, each switched on by a key of the
language's ``grammar.json``: pronominal verbs read as active (``dipgraph_reflexives``), verbs
tagged ADJ/NOUN (``dipgraph_clause_verbs``), coordinated subjects split in two
(``dipgraph_split_subjects``).

Pronominal verbs read as active.

French pronominal verbs take *être* in compound tenses ("la France s'est retirée du Mali",
"le ministre s'est entretenu avec son homologue"), and the French pipelines often parse them as
passives: the subject becomes ``nsubj:pass`` and *être* ``aux:pass``, so the extractor would
look for a *par*-agent and take the real doer for the target. A verb with a reflexive clitic
(``reflexive_clitics`` of the language's ``grammar.json``, attached with an ``expl*`` label) and
no agent is active: this component relabels its passive subject and auxiliary with the active
labels (``reflexive_active_labels``). Languages without the keys are left alone. The labels of the
roles the repairs read (expletive, agent, subject...) come from the language's
``dependency_roles``.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("La France s'est retirée du Mali.")  # doctest: +SKIP
>>> [(t.text, t.dep_) for t in doc if t.dep_.startswith("nsubj")]  # doctest: +SKIP
[('France', 'nsubj')]
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json

NAME = "dipgraph_reflexives"
CLAUSE_VERBS = "dipgraph_clause_verbs"
SPLIT_SUBJECTS = "dipgraph_split_subjects"


class Reflexives:
    """Relabels the passive subject and auxiliary of pronominal verbs (see the module doc)."""

    def __init__(self, clitics, labels: dict[str, str], agent_deps, expletives) -> None:
        self.clitics = frozenset(c.lower() for c in clitics)
        self.labels = dict(labels)
        self.agent_deps, self.expletives = frozenset(agent_deps), frozenset(expletives)

    def __call__(self, doc):
        for verb in doc:
            children = list(verb.children)
            if not any(c.lower_ in self.clitics and c.dep_ in self.expletives for c in children) \
                    or any(c.dep_ in self.agent_deps for c in children):
                continue
            for c in children:
                if c.dep_ in self.labels:
                    c.dep_ = self.labels[c.dep_]
        return doc


@Language.factory(NAME, default_config={}, assigns=["token.dep"])
def _make_reflexives(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    r = g["dependency_roles"]
    return Reflexives(g["reflexive_clitics"], g.get("reflexive_active_labels", {}), r["nominal_agent"], r["expletive"])


def add_after_parser(nlp, lang: str, name: str, switch: str) -> None:
    """Add the parse repair ``name`` right after the parser, once, when the language's
    ``grammar.json`` sets ``switch`` (a pipeline without a parser has nothing to repair):
    ``add_after_parser(nlp, "fr", "dipgraph_reflexives", "reflexive_clitics")``."""
    if not load_json(lang, "grammar.json").get(switch) or "parser" not in nlp.pipe_names or name in nlp.pipe_names:
        return
    nlp.add_pipe(name, name=name, config={"lang": lang}, after="parser")


def add_reflexives(nlp, lang: str) -> None:
    """Add ``dipgraph_reflexives`` after the parser when ``lang`` lists ``reflexive_clitics``."""
    add_after_parser(nlp, lang, NAME, "reflexive_clitics")


class ClauseVerbs:
    """Words tagged ADJ or NOUN that head a clause are verbs: "La France critique la Russie"
    (*critique* ADJ), "sanctionne" (NOUN), "critiquera" (ADJ), "a téléphoné à X" (NOUN), "soutiendra" (X). A word
    with a subject and an object, a clausal complement or a tense auxiliary among its children,
    and no copula, determiner or case marker
    of its own, gets the part of speech VERB before the lemmatiser runs, so it is lemmatised
    (and read by the events stage) as the verb it is. ``clause_verb_tags`` of grammar.json."""

    def __init__(self, tags, subjects, complements, blockers) -> None:
        self.tags, self.subjects = frozenset(tags), frozenset(subjects)
        self.complements, self.blockers = frozenset(complements), frozenset(blockers)

    def __call__(self, doc):
        for t in doc:
            if t.pos_ not in self.tags:
                continue
            deps = {c.dep_ for c in t.children}
            if deps & self.subjects and deps & self.complements and not deps & self.blockers:
                t.pos_ = "VERB"
        return doc


@Language.factory(CLAUSE_VERBS, default_config={}, assigns=["token.pos"])
def _make_clause_verbs(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    r = g["dependency_roles"]
    marks = ("direct_object", "indirect_object", "clausal_complement", "open_complement", "auxiliary")
    blockers = ("copula", "determiner", "case_marker", "possessive")
    return ClauseVerbs(g["clause_verb_tags"], r["active_subject"], [x for k in marks for x in r[k]],
                       [x for k in blockers for x in r[k]])


def add_clause_verbs(nlp, lang: str) -> None:
    """Add ``dipgraph_clause_verbs`` after the parser when ``lang`` lists ``clause_verb_tags``."""
    add_after_parser(nlp, lang, CLAUSE_VERBS, "clause_verb_tags")


class SplitSubjects:
    """"La Chine et l'Inde signent un accord": the parser may hang both names on the verb as
    two subjects, with "et" on the verb; the second becomes a conjunct of the first (and
    the coordinator its ``cc``), as when the parse is right, so both are the subject; the same
    for a second object hung on the verb ("a convié l'Éthiopie et l'Érythrée").
    ``coordinators`` of grammar.json (``split_subjects``: true)."""

    def __init__(self, roles: dict, coordinators) -> None:
        self.subjects, self.coordinators = frozenset(roles["active_subject"]), frozenset(coordinators)
        self.objects = frozenset(roles["direct_object"])
        self.subject, self.conj, self.root = roles["active_subject"][0], roles["conjunct"][0], roles["sentence_root"][0]
        self.aux = frozenset(roles["auxiliary"]) | frozenset(roles["passive_auxiliary"])
        self.clause_links = frozenset(roles["conjunct"]) | frozenset(roles["adverbial_clause"])

    def __call__(self, doc):
        for v in doc:
            self._raise_verb(v)
        for v in doc:
            subj = [c for c in v.lefts if c.dep_ in self.subjects]
            if len(subj) != 2:
                continue
            first, second = subj
            between = doc[first.right_edge.i + 1:second.left_edge.i]
            if len(between) == 1 and between[0].lower_ in self.coordinators and between[0].head == v:
                second.head, second.dep_ = first, self.conj
                between[0].head = second
        for v in doc:
            self._lower_object_conjunct(v)
        for v in doc:
            self._subject_of_next_verb(v)
        return doc

    def _subject_of_next_verb(self, v2) -> None:
        """"La France a condamné le coup d'État et la Chine a dénoncé le putsch": the parser may
        hang the second clause's subject on the first verb's object as its conjunct, and leave
        the second verb (a conjunct or adverbial clause of the first) with no subject; the noun that ends right
        before that finite verb (its auxiliaries) becomes its subject, the coordinator its own, and
        the verb a conjunct of the first."""
        v = v2.head
        if v2.dep_ not in self.clause_links or v2.pos_ not in ("VERB", "AUX") or v.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in self.subjects for c in v2.children):
            return
        lefts = list(v2.lefts)
        if any(c.dep_ not in self.aux for c in lefts) or not (lefts or "Fin" in v2.morph.get("VerbForm")):
            return  # (a participle or an infinitive has no subject of its own)
        start = lefts[0].i if lefts else v2.i
        n = next((x for x in v2.doc[v.i + 1:start] if x.dep_ == self.conj and x.pos_ in ("NOUN", "PROPN")
                  and x.right_edge.i == start - 1 and self._in_object(x, v)), None)
        ccs = [c for c in n.lefts if c.lower_ in self.coordinators] if n is not None else []
        if n is None or len(ccs) != 1:
            return
        n.head, n.dep_ = v2, self.subject
        ccs[0].head, v2.dep_ = v2, self.conj  # ("et" joins two clauses)

    def _lower_object_conjunct(self, v) -> None:
        """"Le Kenya a convié l'Éthiopie et l'Érythrée à des pourparlers": the parser may hang
        the second object on the verb as its conjunct (a noun with no verb of its own); it
        becomes the conjunct of the object right before "et"."""
        if v.pos_ not in ("VERB", "AUX"):
            return
        for c in [c for c in v.rights if c.dep_ == self.conj and c.pos_ in ("NOUN", "PROPN")]:
            first = c.left_edge
            objs = [o for o in v.rights if o.dep_ in self.objects and o.right_edge.i + 1 == first.i]
            if objs and first.lower_ in self.coordinators and first.head == c \
                    and not any(x.dep_ in self.subjects for x in c.children):
                c.head = objs[0]


    def _in_object(self, x, v) -> bool:
        """Whether ``x`` lies inside an object of the verb ``v`` (not its subject)."""
        while x.head != v and x.head != x:
            x = x.head
        return x.head == v and x.dep_ in self.objects

    def _raise_verb(self, v) -> None:
        """"L'Inde et le Pakistan ont échangé des tirs" parsed with *Inde* as the root and the
        verb as its conjunct (subject *Pakistan*): the verb becomes the root, *Inde* its subject
        and *Pakistan* the conjunct of *Inde*."""
        x = v.head
        if v.dep_ != self.conj or v.pos_ not in ("VERB", "AUX") or x.dep_ != self.root or x.head != x \
                or x.pos_ not in ("PROPN", "NOUN") or x.i > v.i:
            return
        subj = [c for c in v.lefts if c.dep_ in self.subjects]
        ccs = [c for c in v.lefts if c.lower_ in self.coordinators and c.i < (subj[0].left_edge.i if subj else -1)]
        if len(subj) != 1 or len(ccs) != 1 or any(c.i < ccs[0].i for c in v.lefts if c not in ccs):
            return
        # the first name ends right before "et" ("La Corée du Sud et ...")
        end = max([x.i] + [t.i for c in x.children if c.i < ccs[0].i for t in c.subtree])
        if ccs[0].i != end + 1:
            return
        s = subj[0]
        v.head, v.dep_ = v, self.root
        x.head, x.dep_ = v, self.subject
        s.head, s.dep_ = x, self.conj
        ccs[0].head = s


@Language.factory(SPLIT_SUBJECTS, default_config={}, assigns=["token.dep", "token.head"])
def _make_split_subjects(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    return SplitSubjects(g["dependency_roles"], g["split_subject_coordinators"])


def add_split_subjects(nlp, lang: str) -> None:
    """Add ``dipgraph_split_subjects`` after the parser when ``lang`` lists ``split_subject_coordinators``."""
    add_after_parser(nlp, lang, SPLIT_SUBJECTS, "split_subject_coordinators")
