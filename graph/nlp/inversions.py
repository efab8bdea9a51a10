"""Postposed subjects of incises: "« ... », a déclaré le ministre", "X doit partir, a exigé Paris".

French news reports speech with the subject after the verb, in an incise that follows the
quoted or reported clause: "Le Mali doit cesser les combats, a exigé la France", "Cette attaque
est inacceptable, a dénoncé Moscou". The French pipelines usually read the postposed subject as
the verb's direct object ("exigé -obj-> France") and hang the reported clause on the verb as an
adverbial or paratactic clause, or the verb on that clause: the speaker then is the target of
its own statement and the statement is not its complement.

This component, switched on by the language's ``grammar.json`` key ``incise_verbs`` (verbs of
saying and stance that open incises; ``speech_verbs`` count too), repairs the shape: a verb of
that list with no subject and no clausal complement, opened by incise punctuation
(``incise_punctuation``: a comma or closing quote before the verb and its auxiliaries) after
some words of the same sentence, takes its first nominal object after it as its subject (or,
with no object, the speaker the parser left after a time word or a phrase of the verb: "a exigé
vendredi à Bruxelles le Conseil européen", "a exigé dans un communiqué le ministère"); and
the clause before the punctuation becomes its clausal complement (the verb becomes the
sentence root when the parser had hung it on that clause). An inverted subject clitic
("a-t-il déclaré", "estime-t-elle": ``inverted_clitics``) is the subject the same way. The
roles come from the language's ``dependency_roles``.

Example
-------
>>> nlp = load_pipeline("fr")  # doctest: +SKIP
>>> doc = nlp("Le Mali doit cesser les combats, a exigé la France.")  # doctest: +SKIP
>>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("France", "doit")]  # doctest: +SKIP
[('doit', 'ccomp', 'exigé'), ('France', 'nsubj', 'exigé')]
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json

NAME = "dipgraph_inverted_subjects"
_NOMINAL = ("NOUN", "PROPN")
_SUBJECT_ROLES = ("active_subject", "passive_subject", "clausal_subject", "passive_clausal_subject",
                  "expletive_subject")
_LEFT_CLAUSE_ROLES = ("adverbial_clause", "paratactic_clause", "conjunct", "clausal_complement")
_OPENER_ROLES = ("auxiliary", "passive_auxiliary", "expletive", "adverb_modifier", "punctuation")


class InvertedSubjects:
    """Makes the postposed subject of an incise verb its subject (see the module doc).

    Parameters
    ----------
    verbs : iterable of str
        Lemmas of the verbs that open incises ("déclarer", "exiger", "dénoncer").
    punctuation : iterable of str
        Marks right before an incise ("," "»").
    speakers : iterable of str
        Common nouns that can head a speaker's phrase (ministre, porte-parole, gouvernement):
        a direct object read as the postposed subject must be one of them or a proper noun,
        so "a dénoncé l'attaque" (a verb coordinated with the clause before) keeps its object.
    roles : dict
        The language's ``dependency_roles``.
    lemma_repairs : iterable of str
        The language's regular lemma endings ("e:er"), for verbs the lemmatiser left unlemmatised.
    clitics : iterable of str
        Subject clitics written after the verb ("-il", "-elle"): "a-t-il déclaré" takes one as
        its subject (``inverted_clitics``).
    times : iterable of str
        Time words (``time_object_words``) the parser may read as the verb's object ("a déclaré
        *jeudi* à Berlin le chancelier"): no speaker, and no object when a speaker follows.
    """

    def __init__(self, verbs, punctuation, speakers, roles: dict, lemma_repairs=(), clitics=(), times=()) -> None:
        self.verbs, self.punctuation = frozenset(v.lower() for v in verbs), frozenset(punctuation)
        self.clitics = frozenset(c.lower() for c in clitics)
        self.repairs = [tuple(r.split(":")) for r in lemma_repairs]
        self.speakers = frozenset(w.lower() for w in speakers)
        labels = lambda names: frozenset(x for n in names for x in roles[n])  # noqa: E731
        self.subjects, self.objects = labels(_SUBJECT_ROLES), labels(("direct_object",))
        self.left_clauses, self.openers = labels(_LEFT_CLAUSE_ROLES), labels(_OPENER_ROLES)
        self.blockers = labels(("clausal_complement", "open_complement", "marker"))
        self.cases = frozenset(roles.get("case_marker", ()))
        self.times = frozenset(w.lower() for w in times)
        self.oblique = next(iter([*roles.get("modifier_oblique", ()), *roles.get("argument_oblique", ()),
                                  *roles.get("nominal_modifier", ()), *roles["unclassified"]]))
        self.subject, self.ccomp = roles["active_subject"][0], roles["clausal_complement"][0]
        self.root, self.unclassified = roles["sentence_root"][0], roles["unclassified"][0]

    def __call__(self, doc):
        for v in doc:
            if v.pos_ in ("VERB", "AUX") and self._lemmas(v) & self.verbs and not _present_participle(v):
                self._repair(v)
        return doc

    def _lemmas(self, v) -> set[str]:
        """``v``'s lemma and, for a lemma the lemmatiser left as the word form ("estime"), the
        lemmas of the language's regular endings (``lemma_repairs``: "e:er" gives "estimer")."""
        lemma = v.lemma_.lower()
        return {lemma} | {lemma[: -len(end)] + new for end, new in self.repairs if lemma.endswith(end)}

    def _repair(self, v) -> None:
        kids = list(v.children)
        if any(c.dep_ in self.blockers for c in kids):
            return
        mark = self._opening_mark(v)
        if mark is None:
            return
        clitic = next((c for c in kids if c.lower_ in self.clitics), None)
        if clitic is not None:  # "a-t-il déclaré", "estime-t-elle": the inverted clitic is the subject
            clitic.dep_ = self.subject
            for c in kids:  # the euphonic "-t" of "a-t-il" is no second subject
                if c != clitic and c.text.startswith("-") and c.dep_ in self.subjects:
                    c.dep_ = self.unclassified
            self._attach_left_clause(v, mark)
            return
        subjects = [c for c in kids if c.dep_ in self.subjects]
        if subjects:
            if any(c.i < v.i for c in subjects):
                return  # a subject before the verb: not an incise
        else:
            subj = next((c for c in v.rights if c.dep_ in self.objects), None)
            if subj is not None and subj.lower_ in self.times and self._oblique_speaker(v) is not None:
                subj.dep_ = self.oblique  # "a déclaré jeudi à Berlin le chancelier": a time word, no object
                subj = None
            subj = subj or self._oblique_speaker(v)
            if subj is None or not self._speaker(subj):
                return
            subj.head, subj.dep_ = v, self.subject
        self._attach_left_clause(v, mark)

    def _oblique_speaker(self, v):
        """The speaker after a time word or a phrase of the incise verb ``v`` that the parser
        left as a root or hung on that phrase ("a exigé vendredi à Bruxelles le Conseil", "a
        exigé dans un communiqué le ministère"): the first noun after ``v`` with no preposition
        of its own, before the sentence ends, that is no direct dependent of ``v``."""
        for t in v.doc[v.i + 1:]:
            if t.is_punct and t.text not in ("'", "’"):
                return None
            if t.pos_ in _NOMINAL and t.head != v and not any(c.dep_ in self.cases for c in t.children) \
                    and (t.head == t or t.head.head == v and t.head.i < t.i):
                return t
        return None

    def _speaker(self, t) -> bool:
        """A proper noun, a noun that names a speaker (:attr:`speakers`), or a capitalised noun
        inside the sentence, an institution's name the tagger read as common ("la Commission")."""
        if t.pos_ == "PROPN":
            return True
        return t.pos_ == "NOUN" and (t.lower_ in self.speakers or t.lemma_.lower() in self.speakers
                                     or t.i > t.sent.start and t.text[:1].isupper())

    def _opening_mark(self, v):
        """The incise punctuation right before ``v`` and its auxiliaries, with a clause before it."""
        doc, i = v.doc, v.i - 1
        while i > 0 and (doc[i].head == v and doc[i].dep_ in self.openers or doc[i].text.startswith("-")) \
                and doc[i].text not in self.punctuation:
            i -= 1
        if i <= 0 or doc[i].text not in self.punctuation or doc[i - 1].is_punct and doc[i - 1].text not in self.punctuation:
            return None
        return doc[i]

    def _attach_left_clause(self, v, mark) -> None:
        """The clause before ``mark`` becomes ``v``'s clausal complement."""
        left = [c for c in v.lefts if c.i < mark.i and c.dep_ in self.left_clauses]
        if left:
            left[-1].dep_ = self.ccomp
            return
        h = v.head
        if h == v:  # the parser ended a sentence at the mark: the one before is the complement
            h = mark.doc[mark.i - 1].sent.root
            if h == v:
                return
            h.head, h.dep_ = v, self.ccomp
        elif h.i < mark.i and v.dep_ in self.left_clauses and h.head == h:
            v.head, v.dep_ = v, self.root
            h.head, h.dep_ = v, self.ccomp


def _present_participle(v) -> bool:
    """A present participle opens no incise: ", accusing X of ...", ", accusant X de ..." is a
    free adjunct whose noun is its object, not a postposed speaker."""
    return "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense")


@Language.factory(NAME, default_config={}, assigns=["token.dep", "token.head"])
def _make_inverted_subjects(nlp, name: str, lang: str):
    g = load_json(lang, "grammar.json")
    a = load_json(lang, "actors.json")
    phrases = [*a.get("titles", {}), *a.get("sector_nouns", {}), *a.get("side_nouns", {}), *a.get("seated_nouns", {}),
               *a.get("body_nouns", [])]
    speakers = {w for p in phrases for w in p.split()}  # a word that is no noun never heads an object
    return InvertedSubjects(list(g["incise_verbs"]) + list(g["speech_verbs"]), g["incise_punctuation"], speakers,
                            g["dependency_roles"], g.get("lemma_repairs", ()), g.get("inverted_clitics", ()),
                            g.get("time_object_words", ()))


def add_inverted_subjects(nlp, lang: str) -> None:
    """Add ``dipgraph_inverted_subjects`` after the lemmatiser (it reads lemmas), or the parser,
    when ``lang`` lists ``incise_verbs``."""
    g = load_json(lang, "grammar.json")
    if not g.get("incise_verbs") or "parser" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return
    after = "lemmatizer" if "lemmatizer" in nlp.pipe_names else "parser"
    nlp.add_pipe(NAME, name=NAME, config={"lang": lang}, after=after)
