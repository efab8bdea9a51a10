"""Left-to-right resolution of what needs the preceding context: surnames, pronouns, anaphors.

The heuristic follows the salience ranking of Lappin & Leass (1994), reduced to recency,
grammatical role, main-clause emphasis and agreement (``docs/actors.md``; weights in
:mod:`graph.actors.salience`):

- a person named again by surname alone ("Bayramov") is the person named in full before, the
  surname being the last word written after a name the base knows ("Abiy Ahmed Ali": "Ali");
- *he/she/him/her/it/its* (and French *il/elle/son/sa*) agreeing in person, number and gender:
  an antecedent in the same sentence first (a subject first); else the most salient actor of
  the two previous sentences, its best mention in each sentence summed, a mention weighing
  ``RECENCY`` plus ``ROLE_WEIGHTS`` of its role plus ``MAIN_CLAUSE`` in the main clause, halved
  per sentence back ("Armenia said Azerbaijan had shelled villages. Its ministry..." is
  Armenia's). When the main-clause subject of an earlier sentence is a noun the text names as
  no actor ("The rebel commander met the envoy. He promised...") and outweighs every actor, the
  pronoun stays unresolved. Expletives ("it seems that", "il faut", "il a été décidé de") are
  no actors (``expletive_*``/``impersonal_*`` of the actor lexicon);
- an unknown person may be a leader the base knows (:mod:`.leader_names`: "Moon" when the
  text names South Korea), or act for the actor his apposition names (:mod:`.described`), the
  state of a long title (:mod:`.long_titles`) or the one title written before (:mod:`.title_holders`);
- *they/ils/elles* take a coordinated subject of the same or the previous sentence ("Russia and
  China vetoed ... They"), else the most recent plural mention, else the two most recent
  states; a plural possessive after its sentence's subject ("leurs relations") is that
  subject's, never a pair guessed from earlier sentences;
- *the president*, *le chef de la diplomatie*: the person it is set off after ("X, the leader of"), else the holder
  named last, else the one named in the document (:mod:`.titles`), else the office of the state in focus;
- French object clitics before their verb (*qui l'accuse*, *Paris les a appelés*, *lui/leur a
  demandé*; ``clitic`` and ``object_before_verb`` in the pronoun lexicon) are objects: never
  their verb's subject (nor the noun a relative *qui* stands for); plural agreement also reads
  the head noun's morphology ("les ministres russes");
- *the latter* / *ce dernier* / *celui-ci* take the most recent actor, *the former* the one
  before it, leaving out an organisation named only as a place ("at the Union");
- *the two countries*, *both sides*, *les deux pays* give one mention per referent: the two most
  recent distinct state (or organisation, group) codes;
- *the separatists* / *les séparatistes* take the breakaway authority of the base
  (``groups.tsv``: host and kin states) best supported by the document: mentioned itself, or
  its host and kin states mentioned; a nationality adjective ("Armenian separatists") narrows
  the choice to breakaways whose host or kin is that state.

Reference: S. Lappin and H. J. Leass, "An algorithm for pronominal anaphora resolution",
*Computational Linguistics* 20(4), 1994.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import replace
from typing import Callable

from ..registry import Registry
from .agreement import AgreementMixin
from .cataphora import cataphoric, subject_after
from .compose import actor_fields, unknown_actor
from .deps import AUX_DEPS, OBJECT_DEPS, REPORTED_CLAUSE_DEPS, is_subject
from .described import described_person, earlier_office, office_named
from .kb import KnowledgeBase, slugify
from .latter import LatterMixin
from .leader_names import leader_named
from .lexicon import load_lexicon
from .long_titles import long_title_state, of_state_person
from .pairs import PairResolver
from .reasons import reason_object
from .recognise import NAME_POS
from ..model import renewed
from .records import NAME_NEEDS, PRONOUN_NEEDS, ActorMention
from .salience import PRONOUN_WINDOW, SalienceMixin, expletive, summed
from .spans import SpanTests
from .states import StateAnaphors
from .title_holders import title_holder
from .namesakes import set_off_title, stated_code
from .stated_groups import stated_group
from .titles import document_holder

def _name_key(name: str) -> str:
    """A name as the registry of people keys it ("Aliyev's" -> "aliyev"), without its accents,
    so a name written once with them and once without is one person ("Keïta", "Keita";
    "Erdoğan", "Erdogan")."""
    bare = name.replace("’s", "").replace("'s", "").strip().lower()
    return "".join(c for c in unicodedata.normalize("NFKD", bare) if not unicodedata.combining(c))


class _State(PairResolver, SalienceMixin, StateAnaphors, LatterMixin, AgreementMixin):
    """What resolution knows so far in one document: the mentions resolved before (``history``,
    ``done`` by first token), the people named (``registry``) and the document's sentences."""

    def __init__(self, doc, mentions: list[ActorMention], kb: KnowledgeBase, lang: str, date: str | None) -> None:
        self.doc, self.kb, self.lang, self.date = doc, kb, lang, date
        self.lex = load_lexicon(lang)
        self.starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.history: list[ActorMention] = []
        self.registry: dict[str, dict] = {}
        self.done: dict[int, ActorMention] = {}
        self.seen_ids = {m.actor_id for m in mentions if m.actor_id}
        self.seen_codes = {m.code for m in mentions if m.code}
        self.by_start = {m.token_start: m for m in mentions}
        self.tails: set[int] = set()  # tokens ending a person's name ("Abiy Ahmed Ali")

    def sent(self, i: int) -> int:
        """The index of the sentence of token ``i``."""
        return bisect_right(self.starts, i) - 1

    def fields(self, m: ActorMention) -> dict:
        """The actor fields of mention ``m`` (what a mention standing for it copies)."""
        return m.referent()

    # -- people -------------------------------------------------------------------------------
    def register(self, name: str, fields: dict) -> None:
        """Remember the person ``name`` refers to, under the full name, the surname and the first
        word (a family name written first, or the name Ethiopians go by)."""
        clean = name.replace("’s", "").replace("'s", "").strip()
        self.registry[_name_key(clean)] = fields
        parts = clean.split()
        while len(parts) > 2 and parts[-1].lower() in self.lex.name_suffixes:  # "Marcos Jr."
            parts.pop()
        keys = [parts[-1]] if len(parts) > 1 else []
        if keys and parts[0].replace("-", "").isalpha() and parts[0].istitle() and len(parts[0]) > 1:
            keys.append(parts[0])  # "Xi" (Jinping), "Abiy" (Ahmed)
        for key in (_name_key(k) for k in keys):  # the first person wins, unless it had no code
            if not self.registry.get(key, {}).get("code"):
                self.registry[key] = fields

    def person(self, m: ActorMention) -> dict:
        """The person a name stands for: the base's person, one named before (in full, or by
        the same surname), one of the base sharing the surname, or a new person affiliated
        with the title next to the name."""
        need = m.pending
        name = need.name or m.text
        key = _name_key(name)
        if need.person:  # (in the role its title names: "rebel leader X", graph.actors.titled_roles)
            f = actor_fields(self.kb, need.person, self.date, self.lang)
            past = any(t.lower_ in self.lex.former_words for t in self.doc[max(0, m.token_start - 2):m.token_end])
            f = dict(f, code=self.kb.code_for(need.acts_for, self.date)) if need.acts_for and not past else f
            aff = need.affiliation or set_off_title(self, m)  # "Malian Foreign Minister X", "X, the AU's envoy"
            if not need.acts_for and stated_code(self.kb, need.person, aff, past, self.date) not in (None, f.get("code")):
                f = dict(f, code=aff["code"], sector=aff.get("sector") or f.get("sector"))
            role = self.kb.role_at(need.person, self.date)
            office = stated_group(self, m, aff, past) or (None if (need.acts_for and not past) or (role and role.active(
                (self.date or "")[:10])) else office_named(self, m) or earlier_office(self, need.person))
            if office is not None:  # ("former president X, who leads the AU panel": the AU)
                f = dict(f, code=office.code, sector=office.sector)
        elif key in self.registry and (self.registry[key].get("code") or not need.affiliation):
            return self.registry[key]  # (named before without a title: the title now tells)
        elif key.split() and key.split()[-1] in self.registry and len(key.split()) == 1:
            return self.registry[key.split()[-1]]
        elif need.candidates:
            f = actor_fields(self.kb, self.pick(need.candidates), self.date, self.lang)
        elif need.affiliation:
            aff = need.affiliation
            f = {"actor_id": f"person/{slugify(name)}", "label": name, "type": "Person",
                 "code": aff.get("code"), "sector": aff.get("sector")}
        else:  # a leader named by one word (.leader_names), an apposition's (.described), a title's (.title_holders)
            lead = leader_named(self.kb, name, self.seen_codes, self.date, self.doc[m.token_end:m.token_end + 1].text)
            f = actor_fields(self.kb, lead, self.date, self.lang) if lead else \
                described_person(self, m, name) or long_title_state(self, m, name) or of_state_person(self, m, name) \
                or title_holder(self, m, name) or unknown_actor("PERSON", name)
        self.register(name, f)
        tail = self.name_tail(m.token_end)
        if tail:
            self.register(f"{name} {tail}", f)  # "Abiy Ahmed Ali": later "Ali" is the same person
        return f

    def name_tail(self, j: int) -> str:
        """Capitalised proper nouns right after a person's name that no mention covers and NER
        does not type otherwise ("Abiy Ahmed Ali" when the base knows "Abiy Ahmed"): the rest of
        the name, whose last word may name the person alone later."""
        doc, words = self.doc, []
        while j < len(doc) and len(words) < 2 and "\n" not in doc[j - 1].text_with_ws and self._bare_word(j):
            tok = doc[j]
            if tok.pos_ not in NAME_POS or not tok.is_title or not tok.is_alpha \
                    or tok.ent_type_ not in ("", "PERSON", "PER"):
                break
            words.append(tok.text)
            self.tails.add(j)
            j += 1
        return " ".join(words)

    def _bare_word(self, j: int) -> bool:
        """No mention starts at token ``j`` but a capitalised word kept only as a surname."""
        m = self.by_start.get(j)
        return m is None or m.pending is not None and m.pending.drop

    def pick(self, candidates: tuple[str, ...]) -> str:
        """Among people sharing a surname: one already named, else one in office at the date."""
        for h in reversed(self.history):
            if h.actor_id in candidates:
                return h.actor_id
        if self.date:
            for pid in candidates:
                if any(r.active(self.date[:10]) for r in self.kb.roles(pid)):
                    return pid
        return max(candidates, key=lambda pid: max((r.start or "" for r in self.kb.roles(pid)), default=""))

    # -- antecedents --------------------------------------------------------------------------
    def recent(self, i: int, window: int):
        """The mentions resolved before, most recent first, back to ``window`` sentences before
        token ``i``."""
        floor = self.sent(i) - window
        for h in reversed(self.history):
            if h.sentence < floor:
                break
            yield h

    def pronoun(self, m: ActorMention) -> list[dict]:
        """A personal or possessive pronoun agreeing in person, number and gender: see the
        module docstring (same sentence first, else the most salient actor of the two previous
        sentences, else a coordinated subject or a pair for "they")."""
        i = m.token_start
        if expletive(self.doc, i, self.lex):
            return []
        feats = m.pending.features
        number = feats.get("number")
        here = self.sent(i)
        tok = self.doc[i]
        as_object = tok.dep_ in OBJECT_DEPS or bool(feats.get("clitic")) \
            or bool(feats.get("object_before_verb")) and SpanTests.object_clitic(self.doc, i)
        if as_object and feats.get("person") is False and tok.head.lemma_.lower() not in self.lex.actor_object_verbs:
            return []  # "denied it": an object "it" is mostly an event or a claim, not an actor
        if number == "pl" and not as_object:
            group = self.coordinated_subject(i, here)
            if group:
                return group
        found = self._antecedent(tok, feats, here, as_object)
        if found is not None:
            return found
        if number == "pl" and not self._after_subject(tok):  # "they", not "their" after a subject
            return self.coordinated_subject(i, here - 1) or self.pair(i, persons=False, window=1, any_type=True)
        return []

    def _antecedent(self, tok, feats, here: int, as_object: bool) -> list[dict] | None:
        """The antecedent of the pronoun ``tok`` among the mentions before it: in its own sentence
        a subject (or, as an object, the nearest) first, else the first there; else the most
        salient actor of the earlier sentences (Lappin & Leass), unless an unnamed subject
        outweighs it (``[]``); ``None`` when there is no candidate."""
        i = tok.i
        obj = None if as_object else reason_object(tok, self.lex)
        if obj is not None:  # "condemned Y for its attack": Y's, or no actor's ("sanctioned firms for their ...")
            return [self.fields(h) for h in self.recent(i, 0) if h.token_start <= obj.i < h.token_end][:1]
        verb = self._verb_of(tok) if as_object else tok.head
        best_in: dict[tuple[str, int], float] = {}
        latest: dict[str, ActorMention] = {}
        same_sentence_first = None
        # an object is not its verb's own subject ("Moscow arms it"): leave the subject's code out
        own = self._own_codes(tok, verb) if as_object else set()
        # an inverted incise subject ("X doit partir, a-t-il déclaré") is not named in what it reports
        inverted = not as_object and (verb.i < i or any(a.i < i for a in verb.children if a.dep_ in AUX_DEPS))
        told = range(tok.sent.start, verb.i) if inverted and (any(  # the clause it reports, before it
            c.dep_ in REPORTED_CLAUSE_DEPS and c.i < min(i, verb.i) for c in verb.children) or verb.head.i < verb.i
            and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].is_punct) else range(0)
        for h in self.recent(i, PRONOUN_WINDOW):
            if not self._agrees(h, feats, own) or h.token_start in told:
                continue
            root = self.doc[h.token_start:h.token_end].root
            subject = is_subject(root)
            if as_object and subject and root.head == verb:
                continue  # "Macron told him": not the subject of the same verb
            if h.sentence == here:
                # the same sentence: a subject first ("Ankara said the PKK, which it accuses")
                if subject or as_object:
                    return [self.fields(x) for x in self._same_span(h, feats)]
                if same_sentence_first is None:
                    same_sentence_first = h
                continue
            if same_sentence_first is not None:
                return [self.fields(same_sentence_first)]
            # earlier sentences: the most salient actor, summed over sentences (Lappin & Leass),
            # its best mention in each ("the minister, X," is one mention)
            key, per = h.actor_id, (h.actor_id, h.sentence)
            latest.setdefault(key, h)
            best_in[per] = max(best_in.get(per, 0.0), self.salience(h, here))
        if same_sentence_first is not None:
            return [self.fields(same_sentence_first)]
        scores = summed(best_in)
        if not scores:
            return None
        best = max(scores, key=lambda k: (scores[k], latest[k].token_start))
        if scores[best] < self.unnamed_focus(i, here, feats.get("gender"), feats.get("number")):
            return []  # the sentence before is about someone the text does not name as an actor
        return [self.fields(latest[best])]

    def _same_span(self, h: ActorMention, feats: dict) -> list[ActorMention]:
        """``h``, and for a plural pronoun the other referents of its span ("both neighbours ... urged them")."""
        span = (h.token_start, h.token_end)
        return [x for x in self.history if (x.token_start, x.token_end) == span] if feats.get("number") == "pl" else [h]

    def _is_subject(self, h: ActorMention) -> bool:
        return is_subject(self.doc[h.token_start:h.token_end].root)

    def title(self, m: ActorMention) -> list[dict]:
        """"the president", "le ministre": the last person named who holds that role at the date
        (a title set off after a name is that person: :func:`_resolve`)."""
        roles = m.pending.roles
        found: list[ActorMention] = []
        for h in self.recent(m.token_start, PRONOUN_WINDOW + 1):
            if found and h.sentence != found[0].sentence:
                break  # only the nearest sentence naming a holder of the role
            if h.type != "Person":
                continue
            role = self.kb.role_at(h.actor_id, self.date) if self.kb.get(h.actor_id) else None
            if role is not None and role.role in roles:
                found.append(h)
        if not found:  # a holder named further back (.titles), else the office of the state in focus
            return document_holder(self, m)
        # in that sentence: a subject first (salience), then the most recent
        best = next((h for h in found if self._is_subject(h)), found[0])
        return [self.fields(best)]


# -- the handlers of each need --------------------------------------------------------------------
Handler = Callable[[_State, ActorMention], list[dict]]
#: need (``Pending.need``) -> handler giving the actor fields of each antecedent (none: dropped)
HANDLERS: Registry = Registry("need")
handles = HANDLERS.register


@handles("person", "surname")
def _person(st: _State, m: ActorMention) -> list[dict]:
    return [st.person(m)]


@handles("other")
def _other(st: _State, m: ActorMention) -> list[dict]:
    """An entity NER typed ORG/GPE may be a surname named before ("Tolmajian said"), or a
    leader named by one word ("Moon", :mod:`.leader_names`)."""
    if m.token_start in st.tails:
        return []  # the end of the name before it
    known = st.registry.get(_name_key(m.pending.name))
    lead = None if known else leader_named(st.kb, m.pending.name, st.seen_codes, st.date, st.doc[m.token_end:m.token_end + 1].text)
    if lead:
        known = actor_fields(st.kb, lead, st.date, st.lang)
        st.register(m.pending.name, known)
    return [dict(known, kind="name")] if known else ([] if m.pending.drop else [{}])


handles("pronoun")(_State.pronoun)
handles("title")(_State.title)
handles("body")(_State.body)
handles("separatists")(_State.separatists)
handles("rebels")(_State.separatists)  # "Libyan rebels": of the state they fight (its host)
handles("latter")(lambda st, m: st.latter(m.token_start, 0))
handles("former")(lambda st, m: st.latter(m.token_start, 1))
handles("pair")(lambda st, m: st.pair(m.token_start, persons=False, states_only=True))
handles("pair_any")(lambda st, m: st.pair(m.token_start, persons=False, states_only=False))
handles("pair_person")(lambda st, m: st.pair(m.token_start, persons=True))
handles("country")(lambda st, m: st.country(m.token_start, m.token_end))


def _named(st: _State, m: ActorMention) -> list[dict]:
    """A mention naming its actor: itself, or (forces in a breakaway region) the breakaway
    authority."""
    if m.kind == "nominal" and m.type == "State" and m.sector == "military":
        remap = st.breakaway_location(m)
        if remap:
            m.assign(remap)
    return [{}]


def _resolve(st: _State, m: ActorMention, out: list[ActorMention]) -> list[dict]:
    """The actor fields of each referent of ``m`` (``[{}]``: its own); a title set off by commas
    from a person resolved before is that person ("X, Armenia's ambassador", "X, the leader of")."""
    if m.appos is not None and m.appos in st.done and st.done[m.appos].type == "Person":
        return [st.fields(st.done[m.appos])]
    if m.pending is None:
        return _named(st, m)
    handler = HANDLERS.get(m.pending.need)
    resolved = handler(st, m) if handler else []
    if m.pending.need in NAME_NEEDS and resolved and resolved[0].get("type") == "Person":
        for prev in reversed(out[-3:]):
            if prev.appos == m.token_start and prev.kind == "title":
                prev.assign(resolved[0])  # "le ministre ..., X": the title is X
    return resolved


def _deferred(st: _State, m: ActorMention) -> ActorMention | None:
    """A pronoun pointing forward, resolved to the subject named after it in its sentence."""
    doc = st.doc
    subj = subject_after(doc, m.token_start)  # the subject a fronted possessive points to
    nxt = next((h for h in st.history if subj and subj & set(h.span) and h.type != "Media"), None)
    later = [h for h in st.history if h.token_start > m.token_start and h.type == "Person"
             and h.sentence == m.sentence]
    # a person followed by a verb ("M. Aliyev a déclaré") is the subject the adjunct belongs to
    nxt = nxt or next((h for h in later if h.token_end < len(doc)
                       and doc[h.token_end].pos_ in ("VERB", "AUX")), None) or (later[0] if later else None)
    return replace(m, **st.fields(nxt), kind="pronoun", pending=None) if nxt is not None else None


def _object_clitic(doc, m: ActorMention) -> bool:
    """An object clitic ("l'accusant"): it points back, never forward as a possessive may."""
    f = m.pending.features
    return bool(f.get("clitic")) or bool(f.get("object_before_verb")) and SpanTests.object_clitic(doc, m.token_start)


def resolve_in_order(doc, mentions: list[ActorMention], kb: KnowledgeBase, lang: str,
                     date: str | None) -> list[ActorMention]:
    """Resolve pending mentions left to right (:data:`HANDLERS` by ``pending.need``); drop
    those with no antecedent; one mention per referent ("the two countries")."""
    st = _State(doc, mentions, kb, lang, date)
    out: list[ActorMention] = []
    deferred: list[ActorMention] = []
    for m in mentions:
        i = m.token_start
        m.sentence = st.sent(i)
        need = m.pending.need if m.pending else None
        if need == "pronoun" and not _object_clitic(doc, m) and cataphoric(doc, i, st.lex):
            deferred.append(m)  # "For his part, X said": the person named next
            continue
        for fields in _resolve(st, m, out):
            r = renewed(m, pending=None, **fields)
            if not r.actor_id:
                continue
            if need in PRONOUN_NEEDS:
                r.kind = "pronoun"
            out.append(r)
            st.done.setdefault(i, r)
            if r.kind != "place":
                st.history.append(r)
    found = [r for r in (_deferred(st, m) for m in deferred) if r is not None]
    if found:
        out = sorted(out + found, key=lambda r: (r.token_start, r.token_end))
    return out
