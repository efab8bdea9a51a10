"""Cue words the English tagger gave the wrong part of speech (``dipgraph_mistagged_heads``).

The small English pipeline tags a plural noun as a verb and a verb as a plural noun when the
two forms are the same word:

- "China launched *drills* off X", "conducts drills": a verb form (``nominal_verb_tags`` of
  ``grammar.json``: ``VBZ``) in a nominal role (direct or prepositional object, or a clausal
  complement of a verb with no object) with no subject, object, auxiliary or clause of its own
  is the noun it looks like (``NOUN``, tagged with the
  key's noun tag), so the noun cues see it;
- "X suffered *shelling* from Y", "sustained heavy *shelling*" (``received_gerund_tags``:
  ``VBG``): a gerund the parser made the open complement of a receiving verb
  (``receiver_verbs``) with no object, subject or auxiliary of its own is that verb's object
  noun, so that the receiving verb's subject undergoes it (Y attacks X, not X Y);
- "The alliance with the militia *angers* X", "Beijing *warns* Y" (``headline_verb_tags``:
  ``NNS``): in a sentence with no verb at all, a plural noun whose lemma is a verb (a verb cue
  or a verb of the lemmatiser's index), right
  after a noun and right before a name, noun or determiner, heads the clause: it becomes the
  root (a ``VERB``), the noun phrase before it its subject, the one after it its object;
- "Senegalese Troops *Storm* X", "Kenya *Recalls* Envoy From Y" (``title_verb_forms``: a
  title-cased line with no verb, where every word of four letters or more is capitalised): a
  proper noun that, less a verb ending (``Recalls`` -> recall), is a verb cue of the lexicon, right
  after a noun or name and right before a name, noun or determiner, heads the clause the same
  way; not when the next word makes it part of a name (``title_name_heads``: "Support Group",
  "Rapid Support Forces"), nor as the line's first word.

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

    def __init__(self, roles: dict, noun_tags: dict, verb_tags: dict, verb_cues, title=None, received=None) -> None:
        self.noun_tags, self.verb_tags, self.verb_cues = dict(noun_tags), dict(verb_tags), frozenset(verb_cues)
        #: (verb forms [(ending, tag)], lexicon verb cues, name heads) of title-cased headlines
        self.title = title or ((), frozenset(), frozenset())
        self.nominal = frozenset(roles["direct_object"] + roles["prep_object"])
        self.clausal = frozenset(roles["active_subject"] + roles["passive_subject"] + roles["direct_object"]
                                 + roles["auxiliary"] + roles["passive_auxiliary"] + roles["marker"]
                                 + roles["clausal_complement"] + roles["open_complement"])
        self.complement = frozenset(roles["clausal_complement"])
        self.root, self.subject = roles["sentence_root"][0], roles["active_subject"][0]
        self.object, self.apposition = roles["direct_object"][0], frozenset(roles["appositive"])
        #: (gerund tags {VBG: NN}, receiving verbs) of "suffered shelling from Y"
        self.received = received or ({}, frozenset())
        self.open = frozenset(roles["open_complement"])

    def __call__(self, doc):
        for t in doc:
            if t.pos_ == "VERB" and t.tag_ in self.noun_tags and not any(c.dep_ in self.clausal for c in t.children) \
                    and (t.dep_ in self.nominal or t.dep_ in self.complement and not any(
                        c.dep_ in self.nominal for c in t.head.children)):
                t.tag_, t.pos_ = self.noun_tags[t.tag_], "NOUN"
            elif self._received_gerund(t):
                t.tag_, t.pos_, t.dep_, t.lemma_ = self.received[0][t.tag_], "NOUN", self.object, t.lower_
        for sent in list(doc.sents):
            if not any(t.pos_ in ("VERB", "AUX") for t in sent):
                head = next((t for t in sent if self._verb_head(t, sent)), None)
                tag = self.verb_tags.get(head.tag_) if head is not None else None
                if head is None and self._title_cased(sent):
                    head, tag = next(((t, x) for t in sent for x in [self._title_head(t, sent)] if x), (None, None))
                if head is not None:
                    self._raise(head, sent, tag)
        return doc

    def _received_gerund(self, t) -> bool:
        """``t`` is a gerund complement of a receiving verb with no object, nor clause words of
        its own: "suffered shelling from Y" (not "suffered losses fighting Y")."""
        tags, verbs = self.received
        return t.tag_ in tags and t.dep_ in self.open and t.head != t and t.head.lemma_.lower() in verbs \
            and not any(c.dep_ in self.clausal | self.nominal for c in t.children) \
            and not any(c.dep_ in self.nominal for c in t.head.children)

    @staticmethod
    def _title_cased(sent) -> bool:
        """Every word of four letters or more in ``sent`` is capitalised (three at least)."""
        long = [t.text for t in sent if t.is_alpha and len(t.text) >= 4]
        return len(long) >= 3 and all(w[0].isupper() for w in long)

    def _title_head(self, t, sent) -> str | None:
        """The verb tag of ``t`` when it is a capitalised verb cue between two phrases of a
        title-cased headline (its lemma is set then), else ``None``."""
        forms, cues, heads = self.title
        if t.pos_ not in ("PROPN", "NOUN") or not sent.start < t.i < sent.end - 1 or t.doc[t.i - 1].pos_ not in ("NOUN", "PROPN") \
                or t.doc[t.i + 1].pos_ not in _OBJECT_START or t.doc[t.i + 1].lower_ in heads:
            return None
        low = t.lower_
        for ending, tag in forms:
            if low.endswith(ending) and low[:len(low) - len(ending)] in cues:
                t.lemma_ = low[:len(low) - len(ending)]
                return tag
        return None

    def _verb_head(self, t, sent) -> bool:
        return (t.tag_ in self.verb_tags and t.lemma_.lower() in self.verb_cues and sent.start < t.i < sent.end - 1
                and t.doc[t.i - 1].pos_ in ("NOUN", "PROPN") and t.doc[t.i + 1].pos_ in _OBJECT_START)

    def _split_name(self, t, root, prev) -> None:
        """``t`` was a word of a name phrase headed by ``root`` after it: the words before ``t``
        become the subject (headed by ``prev``), ``root`` the object."""
        for c in [c for c in root.lefts if c.i < t.i and c != prev]:
            c.head = prev
        prev.head, prev.dep_ = t, self.subject
        root.head, root.dep_ = t, self.object

    def _raise(self, t, sent, tag: str) -> None:
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
        if root != t and root.i > t.i:  # "Troops Storm Gambia" read as one name: Gambia its head
            self._split_name(t, root, prev)
        elif root != t and root.i < t.i:
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
        t.pos_, t.tag_ = "VERB", tag


@Language.factory(NAME, default_config={}, assigns=["token.dep", "token.head", "token.lemma", "token.pos", "token.tag"])
def _make_mistagged(nlp, name: str, lang: str):
    from ..events.lexicon import load_lexicon
    from .lemmas import verb_index

    g = load_json(lang, "grammar.json")
    lex = load_lexicon(lang)
    cues = frozenset(k for k, cs in lex.single.items() if any(c.pos in ("VERB", "ANY") for c in cs))
    verbs = cues | frozenset(verb_index(nlp))
    forms = [tuple(p.split(":", 1)) for p in g.get("title_verb_forms") or ()]
    return MistaggedHeads(g["dependency_roles"], _tag_map(g.get("nominal_verb_tags")),
                          _tag_map(g.get("headline_verb_tags")), verbs,
                          (forms, cues, frozenset(g.get("title_name_heads") or ())),
                          (_tag_map(g.get("received_gerund_tags")), frozenset(g.get("receiver_verbs") or ())))


def _tag_map(pairs) -> dict[str, str]:
    """``["VBZ:NNS"]`` -> ``{"VBZ": "NNS"}``."""
    return dict(p.split(":", 1) for p in pairs or ())


def add_mistagged_heads(nlp, lang: str) -> None:
    """Add ``dipgraph_mistagged_heads`` right after the lemmatiser when ``lang`` lists
    ``nominal_verb_tags`` or ``headline_verb_tags``."""
    g = load_json(lang, "grammar.json")
    if not (g.get("nominal_verb_tags") or g.get("headline_verb_tags") or g.get("title_verb_forms") or g.get("received_gerund_tags")) or "lemmatizer" not in nlp.pipe_names \
            or "parser" not in nlp.pipe_names or NAME in nlp.pipe_names:
        return
    nlp.add_pipe(NAME, name=NAME, config={"lang": lang}, after="lemmatizer")
