r"""Filters on stance cues and sentence segments for the extractor.

A cue states no event when it is negated, hypothetical, denied, or only alleged inside an
accusation, a call or a threat (see ``docs/extraction.md``). The word lists come from the
language's ``grammar.json`` (``self.g``).

Example
-------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("sentencizer")
>>> [s.text for s in segments(nlp("Paris acts\nBerlin waits."))]
['Paris acts\n', 'Berlin waits.']
"""

from __future__ import annotations

#: Frames whose complement states something not asserted (the accused or demanded action).
SUPPRESSING = frozenset({"accuse", "request"})
#: Dependencies of adjuncts (time, manner, side clauses) that a suppressing cue does not govern.
ADJUNCT_DEPS = frozenset({"npadvmod", "advmod", "relcl", "acl:relcl", "appos", "punct", "parataxis", "conj"})


class Filters:
    """Mixin of :class:`graph.events.extract.Extractor`: needs ``self.g`` (grammar lists)."""

    # -- filters ------------------------------------------------------------------------
    def _negated(self, t) -> bool:
        g = self.g
        heads = [t]
        if t.dep_ in g["object_deps"] or t.dep_ in ("pobj", "xcomp") or t.dep_.startswith("obl"):
            heads.append(t.head)
            if t.dep_ == "pobj":
                heads.append(t.head.head)
        for h in heads:
            if h is not t and ({h.lemma_.lower(), h.lower_} & g.get("litotes_verbs", frozenset())):
                continue  # "does not hide its support": the negation asserts the support
            for c in h.children:
                if c.dep_ in ("neg", "det", "advmod", "cc:preconj") and (
                        c.lower_ in g["negation"] or c.lemma_.lower() in g["negation"]):
                    return True
        for c in t.children:  # "Neither France nor Germany supported X", "no state condemned X"
            if c.dep_ in g["subject_deps"] and any(k.dep_ in ("det", "preconj") and k.lower_ in g["negation"]
                                                   for k in c.children):
                return True
        if t.lemma_.lower() in g.get("complement_target_verbs", ()) and any(
                c.dep_ == "xcomp" and any(k.dep_ == "neg" or k.lower_ in g["negation"] for k in c.children
                                          if k.dep_ in ("neg", "advmod"))
                for c in t.children):
            return True  # "vowed not to return the Golan to Syria": no agreement
        v = t
        for _ in range(3):  # "refused to condemn", "failed to reach an agreement"
            if v.dep_ == "xcomp" and v.head.lemma_.lower() in g["negating_verbs"]:
                return True
            if v.dep_ not in g["object_deps"] and v.dep_ not in ("xcomp", "pobj", "prep"):
                break
            v = v.head
        return False

    def _hypothetical(self, t) -> bool:
        g = self.g
        reported = False
        for a in t.ancestors:  # "raised the possibility of X withdrawing"
            if a.pos_ == "NOUN" and a.lemma_.lower() in g["hypothetical_nouns"]:
                return True
        seg = getattr(self, "seg", None)
        child = t
        for a in list(t.ancestors)[:4]:
            if child.dep_ == "xcomp" and a.lemma_.lower() in g["irrealis_heads"]:
                return True  # "hopes to sign an agreement", "is unlikely to attack"
            if child.dep_ in ("ccomp", "parataxis", "advcl", "conj") or a.dep_ == "ROOT" and child.dep_ != "xcomp":
                break
            child = a
        child = t
        for a in [t, *t.ancestors]:
            if seg is not None and not seg.start <= a.i < seg.end:
                break
            subj = [c.i for c in a.children if c.dep_ in g["subject_deps"]]
            for c in a.children:
                if c.dep_ in ("mark", "advmod") and c.lower_ in g["hypothetical_marks"]:
                    return True
                if c.dep_ in ("advcl", "obl", "obl:mod") and any(
                        k.dep_ in ("mark", "case") and k.lower_ in g["hypothetical_marks"] for k in c.children):
                    return True  # "X will cut ties if Y ...": a conditional consequent
                if c.dep_.startswith("aux") and c.lower_ in g["inversion_aux"] and subj and c.i < min(subj):
                    return True  # "Should Iran attack Israel, ..."
            child = a
            if a.lemma_.lower() in g["speech_verbs"] and a != t:
                reported = True
            if a.dep_ in ("ROOT", "ccomp", "parataxis") or a.pos_ == "VERB" and a != t:
                break
        if reported:
            return False
        verbs = [t] + ([t.head] if t.pos_ == "NOUN" else [])
        for v in verbs:
            for c in [v, *v.children]:
                if c != v and c.dep_.startswith("aux") and c.lower_ in g["hypothetical_aux"]:
                    return True
                if "Cnd" in c.morph.get("Mood") and (c == v or c.dep_.startswith("aux")):
                    return True
        return False

    def _opinion(self, t) -> bool:
        """Said by analysts, experts or observers ("analysts say X backs Y", "according to
        experts"): opinions, not events (GUIDELINES section 1)."""
        opinions = getattr(self, "opinions", ())
        if not opinions:
            return False
        for a in [t, *list(t.ancestors)[:5]]:
            for c in a.children:
                if c.i in opinions and c.dep_ in self.g["subject_deps"] and a.lemma_.lower() in self.g["speech_verbs"]:
                    return True
                words = {c.lower_} | {k.lower_ for k in c.children if k.dep_ == "case"}
                if words & self.g["according_words"] and any(x.i in opinions for x in c.subtree):
                    return True
        return False

    def _embedded(self, t, triggers: dict[int, str]) -> bool:
        """Inside the complement of a deny verb or of an accusing, calling or rejecting cue
        ("rejected a US offer to host talks": no meeting)."""
        child = t
        seg = getattr(self, "seg", None)
        for a in t.ancestors:
            if seg is not None and not seg.start <= a.i < seg.end:
                break  # a head in another sentence the parser ran together with this one
            if a.lemma_.lower() in self.g["deny_verbs"] and not self._adjunct(child) \
                    and child.dep_ not in self.g["subject_deps"]:
                return True  # "denied that X attacked", not "denied it and accused X"
            if a.lemma_.lower() in self.g["suppress_xcomp_verbs"] and child.dep_ == "xcomp":
                return True  # "threatened to invade X": the invasion is not asserted
            suppressing = triggers.get(a.i) in SUPPRESSING or a.i in getattr(self, "rejecting", ())
            if suppressing and child.dep_ not in self.g["subject_deps"] \
                    and child.dep_ not in self.g["passive_subject_deps"] and not self._adjunct(child):
                return True
            child = a
        return False


    def _adjunct(self, child) -> bool:
        """A time or circumstance adjunct ("invited X, after meeting Y"), not the complement
        that states what is alleged or asked."""
        if child.dep_ in ADJUNCT_DEPS:
            return True
        preps = self.g.get("adjunct_preps", frozenset())
        if child.dep_ == "prep" and child.lower_ in preps:
            return True
        return child.dep_.startswith(("obl", "advcl")) and any(
            c.dep_ in ("case", "mark") and c.lower_ in preps for c in child.children)


def segments(doc):
    """The parser's sentences, cut again after sentence-final punctuation followed by a capital
    and at line breaks: the small parsers often run headlines, quotes and paragraphs together.

    Events, their arguments and their ``sentence`` field stay within one segment."""
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end - 1):
            tok, nxt = doc[i], doc[i + 1]
            cut = "\n" in tok.text_with_ws or (tok.is_space and "\n" in tok.text)
            cut = cut or (tok.text in (".", "!", "?", "»", "”") and tok.i > start and
                          doc[i - 1].text in (".", "!", "?") or tok.text in (".", "!", "?")) and \
                (nxt.is_title or nxt.is_space or nxt.text in ("«", "“", "\"", "-", "–"))
            if cut and i + 1 > start:
                span = doc[start:i + 1]
                if span.text.strip():
                    yield span
                start = i + 1
        if start < sent.end and doc[start:sent.end].text.strip():
            yield doc[start:sent.end]
