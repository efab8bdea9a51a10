"""Cue words the English tagger gave the wrong part of speech (``dipgraph_mistagged_heads``).

The small English pipeline tags a plural noun as a verb and a verb as a plural noun when the
two forms are the same word:

- "China launched *drills* off X", "conducts drills": a verb form (``nominal_verb_tags`` of
  ``grammar.json``: ``VBZ``) in a nominal role (direct or prepositional object, or a clausal
  complement of a verb with no object) with no subject, object, auxiliary or clause of its own
  is the noun it looks like (``NOUN``, tagged with the
  key's noun tag), so the noun cues see it;
- "The alliance with the militia *angers* X", "Beijing *warns* Y" (``headline_verb_tags``:
  ``NNS``): in a sentence with no verb at all, a plural noun whose lemma is a verb (a verb cue
  or a verb of the lemmatiser's index), right
  after a noun and right before a name, noun or determiner, heads the clause: it becomes the
  root (a ``VERB``), the noun phrase before it its subject, the one after it its object.

Runs right after the lemmatiser (a regular plural noun and its verb share their lemma, so the
lemma stays). Languages without the keys get no component.

Example
-------
>>> nlp = load_pipeline("en")  # doctest: +SKIP
>>> [t.pos_ for t in nlp("The pact angers Ankara.")]  # doctest: +SKIP
['DET', 'NOUN', 'VERB', 'PROPN', 'PUNCT']
"""

from __future__ import annotations

from spacy.language import Language

from ..languages import load_json

NAME = "dipgraph_mistagged_heads"
#: Parts of speech a clause's object may start with.
_OBJECT_START = ("PROPN", "NOUN", "DET", "PRON", "ADJ", "NUM")


class MistaggedHeads:
    """Sets the part of speech (and, for a verb, the clause) of mistagged cue words."""

    def __init__(self, roles: dict, noun_tags: dict, verb_tags: dict, verb_cues) -> None:
        self.noun_tags, self.verb_tags, self.verb_cues = dict(noun_tags), dict(verb_tags), frozenset(verb_cues)
        self.nominal = frozenset(roles["direct_object"] + roles["prep_object"])
        self.clausal = frozenset(roles["active_subject"] + roles["passive_subject"] + roles["direct_object"]
                                 + roles["auxiliary"] + roles["passive_auxiliary"] + roles["marker"]
                                 + roles["clausal_complement"] + roles["open_complement"])
        self.complement = frozenset(roles["clausal_complement"])
        self.root, self.subject = roles["sentence_root"][0], roles["active_subject"][0]
        self.object, self.apposition = roles["direct_object"][0], frozenset(roles["appositive"])

    def __call__(self, doc):
        for t in doc:
            if t.pos_ == "VERB" and t.tag_ in self.noun_tags and not any(c.dep_ in self.clausal for c in t.children) \
                    and (t.dep_ in self.nominal or t.dep_ in self.complement and not any(
                        c.dep_ in self.nominal for c in t.head.children)):
                t.tag_, t.pos_ = self.noun_tags[t.tag_], "NOUN"
        for sent in list(doc.sents):
            if not any(t.pos_ in ("VERB", "AUX") for t in sent):
                head = next((t for t in sent if self._verb_head(t, sent)), None)
                if head is not None:
                    self._raise(head, sent)
        return doc

    def _verb_head(self, t, sent) -> bool:
        return (t.tag_ in self.verb_tags and t.lemma_.lower() in self.verb_cues and sent.start < t.i < sent.end - 1
                and t.doc[t.i - 1].pos_ in ("NOUN", "PROPN") and t.doc[t.i + 1].pos_ in _OBJECT_START)

    def _raise(self, t, sent) -> None:
        """Make ``t`` the clause's verb: the phrase before it its subject, the one after its object."""
        doc, root = t.doc, sent.root
        prev = doc[t.i - 1]
        lefts, rights = list(t.lefts), list(t.rights)
        if prev in lefts and t != root:  # "with the militia angers": the noun takes its place
            prev.head, prev.dep_ = t.head, t.dep_
            for c in lefts:
                if c != prev:
                    c.head = prev
        t.head, t.dep_ = t, self.root
        if root != t and root.i < t.i:
            root.head, root.dep_ = t, self.subject
            for c in list(root.rights):
                if c.i > t.i:
                    c.head = t
        elif prev in lefts:
            prev.dep_ = self.subject
            for c in lefts:
                if c != prev:
                    c.head = prev
        obj = next((c for c in rights if c.pos_ in _OBJECT_START), None)
        if obj is not None and (obj.dep_ in self.apposition or obj.dep_ not in self.nominal):
            obj.dep_ = self.object
        t.pos_, t.tag_ = "VERB", self.verb_tags[t.tag_]


@Language.factory(NAME, default_config={})
def _make_mistagged(nlp, name: str, lang: str):
    from ..events.lexicon import load_lexicon
    from .lemmas import verb_index

    g = load_json(lang, "grammar.json")
    lex = load_lexicon(lang)
    verbs = {k for k, cues in lex.single.items() if any(c.pos in ("VERB", "ANY") for c in cues)}
    verbs.update(verb_index(nlp))
    return MistaggedHeads(g["dependency_roles"], _tag_map(g.get("nominal_verb_tags")),
                          _tag_map(g.get("headline_verb_tags")), verbs)


def _tag_map(pairs) -> dict[str, str]:
    """``["VBZ:NNS"]`` -> ``{"VBZ": "NNS"}``."""
    return dict(p.split(":", 1) for p in pairs or ())


def add_mistagged_heads(nlp, lang: str) -> None:
    """Add ``dipgraph_mistagged_heads`` right after the lemmatiser when ``lang`` lists
    ``nominal_verb_tags`` or ``headline_verb_tags``."""
    g = load_json(lang, "grammar.json")
    if not (g.get("nominal_verb_tags") or g.get("headline_verb_tags")) or "lemmatizer" not in nlp.pipe_names \
            or "parser" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return
    nlp.add_pipe(NAME, name=NAME, config={"lang": lang}, after="lemmatizer")
