"""Speakers of quotations: who "we" is in a quote attributed before, after or a sentence away.

A quotation is the text between quote marks (``quote_marks`` of ``document.json``: opening,
closing, and marks that do both, such as the straight ``"``); it may run over several sentences
and ends at a paragraph break. Its **speaker** is the subject of a speech verb (``speech_verbs``
of ``grammar.json``) right after the closing mark ('"...," the minister said', "« ... », a-t-il
déclaré") or right before the opening one ('He said: "..."', also when the quotation opens the
line after 'X told reporters:'); every sentence of one quotation has its speaker. A pronoun
speaker ("he", "-il") is the most salient actor of the last two sentences. A quotation with no attribution of its own
that follows an attributed one within a sentence, and opens a sentence or a line, continues it ('"...," he said. "We also..."'); one
that opens the sentence right after reported speech with one named speaker continues that speech
('X said on Monday that ... . "We will..."'). A pronoun subject of a continuation verb
(``continuation_verbs``: '"...," he added', "it continued", "« ... », a-t-il poursuivi") is the
speaker of the last quotation with a speaker ``CONTINUATION_WINDOW`` sentences back at most, when
it agrees with it ("she added" after a man's quotation: no speaker at all); the actor stage's
mention of the pronoun is rewritten to it. A French inverted subject the parser read as an
object ("« ... », a affirmé X") is the speaker too.

Each first-person pronoun of a quotation (``quote_pronouns``: "we", "us", "nous", "je") with no
mention of its own, and a pronoun speaker the actor stage left unresolved ("it said", "a-t-il
déclaré": the source of the reported speech), then stands for the speaker: one mention (kind ``pronoun``) and one
:class:`graph.model.Reference` of kind ``speaker`` each. A quotation whose speaker has no actor
code (a journalist, an analyst) gives nothing. A first-person possessive on a state noun
("our country", "nos soldats": :func:`owned_states`) is a mention of the speaker's code too.

Example
-------
>>> ATTRIBUTION_WINDOW
12
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import ORTH

from ..actors.deps import DIRECT_OBJECT_DEPS, SUBJECT_DEPS, role
from ..languages import load_json
from ..model import Reference

#: Tokens after a closing mark (or before an opening one) searched for the speech verb.
ATTRIBUTION_WINDOW = 12
#: Sentences back a continuation ("he added") looks for the quotation it continues.
CONTINUATION_WINDOW = 3
#: The speech verb's dependents that name its speaker: subjects, and the French inverted "-il" (expl:subj).
SPEAKER_DEPS = SUBJECT_DEPS | role("expletive_subject")


@dataclass
class Quote:
    """Token span ``[start, end)`` of a quotation (marks included) and its speaker mention."""

    start: int
    end: int
    speaker: dict | None = None
    #: the pronoun subject of the speech verb the speaker was resolved for ("it said", "-il"), if any
    pronoun: object = None
    #: the actor stage's mention of that pronoun, bound inside the quotation: rewritten to the speaker
    revise: dict | None = None
    #: a continuation whose pronoun disagrees with the speaker it continues ("she added" after a man): no speaker
    unattributed: bool = False


class QuoteReader:
    """Finds the quotations of a parsed document and their speakers (``res``: a ReferenceResolver)."""

    def __init__(self, res) -> None:
        self.res, self.doc = res, res.doc
        marks = res.lex.quote_marks
        self.opening, self.closing, self.both = (frozenset(marks.get(k, ())) for k in ("open", "close", "both"))
        grammar = load_json(res.lang, "grammar.json")
        self.speech_verbs = frozenset(grammar["speech_verbs"])
        #: "a-t-il déclaré": the quotation's own speaker rules, not the actor stage's reading of "-il"
        self.inverted = frozenset(grammar.get("inverted_clitics", ()))
        self.continuation_verbs = res.lex.continuation_verbs
        self.pronouns = res.actor_lex.pronouns
        #: the last quotation with a speaker before the one being read
        self.previous: Quote | None = None

    def quotes(self) -> list[Quote]:
        """The quotations in text order; an unclosed one ends at the paragraph break."""
        out, start = [], None
        strings = self.doc.vocab.strings  # (the words' texts as one column, no Token per word)
        for i, raw in enumerate(strings[h] for h in self.doc.to_array(ORTH).tolist()):
            text = raw.strip()
            if start is not None and "\n" in raw:  # (a token's trailing white space is " " or none)
                out.append(Quote(start, i))
                start = None
            if start is None and (text in self.opening or text in self.both):
                start = i
            elif start is not None and (text in self.closing or text in self.both):
                out.append(Quote(start, i + 1))
                start = None
        if start is not None:
            out.append(Quote(start, len(self.doc)))
        self.inside = {i for q in out for i in range(q.start, q.end)}
        prev = None
        for q in out:
            near = prev is not None and prev.speaker is not None and \
                self.res.sents.of_token(q.start) - self.res.sents.of_token(prev.end - 1) <= 1
            self.last = prev.speaker if near else None
            # an unattributed quote continuing the one before takes its speaker
            q.speaker = self._after(q)
            if q.speaker is None and not q.unattributed:
                q.speaker = self._before(q) or (self.last if self._opens(q) else None) or self._reported(q)
            prev = q
            if q.speaker is not None:
                self.previous = q
        return out

    def _opens(self, q: Quote) -> bool:
        """Whether ``q`` opens a sentence or a line (only such a quotation continues the one
        before): a quotation inside reported speech ("X said that Taiwan 'must ...'") is not the
        previous quotation's speaker talking on."""
        j = q.start - 1
        while j >= 0 and not self.doc[j].text.strip():
            j -= 1
        return j < 0 or self.doc[q.start].is_sent_start or self.doc[j].text in ".!?" or "\n" in self.doc[j].text_with_ws

    def _after(self, q: Quote) -> dict | None:
        doc = self.doc
        for j in range(q.end, min(len(doc), q.end + ATTRIBUTION_WINDOW)):
            t = doc[j]
            if t.text.strip() in self.opening | self.both or "\n" in t.text_with_ws and j > q.end \
                    or t.is_sent_end and t.is_punct and t.text in ".!?":
                return None
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.speech_verbs | self.continuation_verbs:
                return self._subject(t, q, after=True)
        return None

    def _before(self, q: Quote) -> dict | None:
        doc = self.doc
        mark = q.start - 1  # 'X told reporters:\n"...': the quotation may open the next line
        while mark >= 0 and not doc[mark].text.strip():
            mark -= 1
        if mark < 0 or doc[mark].text not in (":", ","):
            return None
        for j in range(mark - 1, max(-1, mark - ATTRIBUTION_WINDOW), -1):
            t = doc[j]
            if t.is_punct and t.text in ".!?" or t.text.strip() in self.closing | self.both:
                return None
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in self.speech_verbs:
                return self._subject(t, q) or self._unparsed_subject(t)
        return None

    def _unparsed_subject(self, verb) -> dict | None:
        """The speaker of a speech verb the parser gave no subject ("Le président X a déclaré aux
        journalistes : « ... »" split into fragments): the one actor named (not a pronoun) between
        the start of its sentence and the verb, outside quotations; else ``None``."""
        if any(c.dep_ in SPEAKER_DEPS for c in verb.children):
            return None
        start = verb.i  # to the last full stop: the parser's sentences break at such fragments
        while start > 0 and not (self.doc[start - 1].text in ".!?" or "\n" in self.doc[start - 1].text_with_ws):
            start -= 1
        found = {m["code"]: m for m in self.res.coded if start <= m["token_start"] < verb.i
                 and m["token_start"] not in self.inside and m.get("kind") != "pronoun"}
        return next(iter(found.values())) if len(found) == 1 else None

    def _reported(self, q: Quote) -> dict | None:
        """The speaker of a quotation opening a sentence right after a sentence of reported speech
        ("X said on Monday that ... . 'We will ...'"): the one named subject of that sentence's
        speech verbs outside quotations, else ``None``."""
        doc = self.doc
        sent = doc[q.start].sent
        if doc[sent.start:q.start].text.strip() or sent.start == 0:
            return None
        found = {}
        for t in doc[sent.start - 1].sent:
            if t.i in self.inside or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in self.speech_verbs:
                continue
            for c in t.children:
                if c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON":
                    idx = {x.i for x in c.subtree}
                    found.update({m["code"]: m for m in self.res.coded if m["token_start"] in idx
                                  and m.get("kind") != "pronoun"})
        return next(iter(found.values())) if len(found) == 1 else None

    def _subject(self, verb, q: Quote, after: bool = False) -> dict | None:
        """The coded mention of the subject of the speech verb; a pronoun subject is the speaker
        of the quote just before, else the most salient actor of the last two sentences named
        outside quotations. A pronoun the actor stage bound to an actor named only inside this
        quotation ("'Azerbaijan must withdraw,' it said") is revised (``Quote.revise``)."""
        res = self.res
        subjects = [c for c in verb.children if c.dep_ in SPEAKER_DEPS]
        if after and not subjects:  # '« ... », a affirmé X': an inverted subject parsed as the object
            subjects = [c for c in verb.children if c.dep_ in DIRECT_OBJECT_DEPS and c.i > verb.i
                        and c.pos_ in ("PROPN", "NOUN")]
        for c in subjects:
            idx = {x.i for x in c.subtree}
            found = [m for m in res.coded if m["token_start"] in idx]
            # the pronoun itself, or one fixed to it ("a-t-il": "-t" with "-il" fixed to it)
            pronoun = next((x for x in (c, *c.children) if c.pos_ == "PRON" and x.pos_ == "PRON"
                            and x.lower_.lstrip("-") in res.lex.speaker_pronouns), None)
            if found and pronoun is None:
                return found[0]
            if pronoun is not None:
                q.pronoun = pronoun
                continues, going_on = self._continued(verb, pronoun, q)
                if continues:  # "he added": the speaker of the quotation it continues
                    if found and going_on is not None and found[0]["code"] != going_on["code"]:
                        q.revise = found[0]
                    q.unattributed = going_on is None
                    return going_on
                if found and not self._bound_inside(found[0], q) and pronoun.lower_ not in self.inverted:
                    return found[0]
                choice = self.last or self._salient(q)
                if found and choice is not None:
                    q.revise = found[0]
                return choice
        return None

    def _continued(self, verb, pronoun, q: Quote) -> tuple[bool, dict | None]:
        """Whether the verb continues an earlier quotation ('"...," he added', "« ... », a-t-il
        poursuivi": a continuation verb, the last quotation with a speaker ``CONTINUATION_WINDOW``
        sentences back at most), and its speaker: that quotation's, when the pronoun agrees with
        it ("it" is no person; "he"/"she" no person of the other gender), else ``None`` (no speaker
        at all: "she added" after a man's quotation is someone else's)."""
        prev = self.previous
        if verb.lemma_.lower() not in self.continuation_verbs or prev is None or prev.speaker is None:
            return False, None
        sents = self.res.sents
        if sents.of_token(q.start) - sents.of_token(prev.end - 1) > CONTINUATION_WINDOW:
            return False, None
        spec = self.pronouns.get(pronoun.lower_.lstrip("-"), {})
        speaker = prev.speaker
        if speaker.get("type") == "Person":
            gender = self.res.kb.gender.get(speaker.get("actor_id"))
            if spec.get("person") is False or gender and spec.get("gender") and gender != spec["gender"]:
                return True, None
        return True, speaker

    def _salient(self, q: Quote) -> dict | None:
        res = self.res

        def fits(m):
            return m["token_start"] not in self.inside
        fits.persons = False
        keys = res._choose(res._salience(q.start, 2, fits), 1)
        return res._fields(keys[0]) if keys else None

    def _bound_inside(self, m: dict, q: Quote) -> bool:
        """The actor stage's pronoun ``m`` names an actor of the quotation ``q`` and no actor named
        outside quotations in the last two sentences."""
        if m.get("kind") != "pronoun":
            return False
        here = self.res.sents.of_token(q.start)
        codes = {x["code"]: x["token_start"] for x in self.res.coded if x.get("kind") != "pronoun"
                 and here - self.res.sents.of_token(x["token_start"]) <= 2 and x["token_start"] < m["token_start"]
                 and x["code"] == m["code"]}
        return bool(codes) and all(i in self.inside for i in codes.values())


def speakers(res, refs: list, added: list) -> None:
    """First-person pronouns of quotations as mentions of their speaker (see the module docstring)."""
    pronouns = res.lex.quote_pronouns
    for q in QuoteReader(res).quotes():
        if q.speaker is None or not q.speaker.get("code"):
            continue
        fields = {k: q.speaker[k] for k in ("actor_id", "label", "type", "code", "sector")}
        if q.revise is not None and q.revise["code"] != fields["code"]:
            q.revise.update(fields)
            res.revised = True
            refs.append(Reference(text=q.revise["text"], start=q.revise["start"], end=q.revise["end"],
                                  kind="speaker", antecedents=(fields["code"],), why="speaker outside the quotation"))
        said_by = [q.pronoun] if q.pronoun is not None and q.pronoun.i not in res.covered else []
        for t in [*res.doc[q.start:q.end], *said_by]:  # "it said": the source of the reported speech
            if t.i in res.covered or t.pos_ != "PRON" or (t.lower_ not in pronouns and t not in said_by):
                continue
            refs.append(Reference(text=t.text, start=t.idx, end=t.idx + len(t.text), kind="speaker",
                                  antecedents=(fields["code"],), why=f"quote of {q.speaker.get('text') or fields['label']}"))
            added.append({"start": t.idx, "end": t.idx + len(t.text), "token_start": t.i, "token_end": t.i + 1,
                          "text": t.text, **fields, "kind": "pronoun"})
            res.covered.add(t.i)
        owned_states(res, q, fields, refs, added)


def owned_states(res, q: Quote, fields: dict, refs: list, added: list) -> None:
    """A first-person possessive of a quotation on a noun standing for a state ("our country", "our
    army", "notre pays", "nos soldats": ``quote_possessives``, ``own_state_nouns``) is its speaker's
    state: the phrase from the possessive to the noun becomes a mention of the speaker's code.

    Why: "'Russia attacked our country,' the Ukrainian president said" names its target only through
    the speaker; the noun's number must be one the data allows ("nos pays" are several states).

    Example
    -------
    "« Le Mali a attaqué nos soldats », a déclaré le président nigérien": "nos soldats" is NER.
    """
    lex = res.lex
    for t in res.doc[q.start:q.end]:
        noun = t.head
        allowed = lex.own_state_nouns.get(noun.lemma_) or lex.own_state_nouns.get(noun.lemma_.lower())
        if (t.lower_ not in lex.quote_possessives or not allowed or noun.i <= t.i or noun.i >= q.end
                or noun.i - t.i > 3 or any(i in res.covered for i in range(t.i, noun.i + 1))):
            continue
        # the noun's number, or a French possessive's (of the thing owned: "nos pays" are several)
        plural = "Plur" in noun.morph.get("Number") or (t.pos_ == "DET" and "Plur" in t.morph.get("Number"))
        if ("Plur" if plural else "Sing") not in allowed:
            continue
        start, end = t.idx, noun.idx + len(noun.text)
        refs.append(Reference(text=res.doc.text[start:end], start=start, end=end, kind="speaker",
                              antecedents=(fields["code"],), why="owned by the quote's speaker"))
        added.append({"start": start, "end": end, "token_start": t.i, "token_end": noun.i + 1,
                      "text": res.doc.text[start:end], **fields, "kind": "pronoun"})
        res.covered.update(range(t.i, noun.i + 1))
