"""Left-to-right resolution of what needs the preceding context: surnames, pronouns, anaphors.

The heuristic follows the salience ranking of Lappin & Leass (1994), reduced to recency,
grammatical role, main-clause emphasis and agreement (``docs/actors.md``; weights in
:mod:`graph.actors.salience`):

- a person named again by surname alone ("Bayramov") is the person named in full before;
- *he/she/him/her/it/its* (and French *il/elle/son/sa*) agreeing in person, number and gender:
  an antecedent in the same sentence first (a subject first); else the most salient actor of
  the two previous sentences, its best mention in each sentence summed, a mention weighing
  ``RECENCY`` plus ``ROLE_WEIGHTS`` of its role plus ``MAIN_CLAUSE`` in the main clause, halved
  per sentence back ("Armenia said Azerbaijan had shelled villages. Its ministry..." is
  Armenia's). When the main-clause subject of an earlier sentence is a noun the text names as
  no actor ("The rebel commander met the envoy. He promised...") and outweighs every actor, the
  pronoun stays unresolved. Expletives ("it seems that", "il faut", "il a été décidé de") are
  no actors (``expletive_*``/``impersonal_*`` of the actor lexicon);
- *they/ils/elles* take a coordinated subject of the same or the previous sentence ("Russia and
  China vetoed ... They"), else the most recent plural mention, else the two most recent
  states; a plural possessive after its sentence's subject ("leurs relations") is that
  subject's, never a pair guessed from earlier sentences;
- *the president*, *le chef de la diplomatie* as a subject: the holder named before; with none
  named, the office of the state in focus (``office_in_focus``: ``STATE_OFFICES`` roles only);
- *the latter* / *ce dernier* take the most recent actor, *the former* the one before it;
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

from bisect import bisect_right

from .compose import actor_fields, unknown_actor
from .kb import KnowledgeBase, slugify
from .lexicon import load_lexicon
from .pairs import PairResolver
from .salience import PRONOUN_WINDOW, SalienceMixin, expletive, summed

_OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "pobj", "obl:arg"})


def _subject_after(doc, i: int) -> set[int]:
    """The tokens of the subject of the sentence root, when it comes after token ``i``."""
    root = doc[i].sent.root
    subj = [c for c in root.children if c.dep_.startswith("nsubj")]
    return {x.i for x in subj[0].subtree} if subj and subj[0].i > i else set()


def _fronted(doc, i: int) -> bool:
    """A possessive in an adjunct before the subject of its sentence ("During his visit, Erdogan
    said", "Lors de sa visite, M. Aliyev a déclaré"): it points forward to that subject."""
    tok = doc[i]
    if tok.dep_ not in ("poss", "det", "nmod:poss"):
        return False
    root = tok.sent.root
    subj = [c for c in root.children if c.dep_.startswith("nsubj")]
    if not subj or subj[0].i < i:
        return False
    a = tok
    while a.head != a and a.head != root:
        a = a.head
    return a.head == root and a.i < subj[0].i and a.dep_ in ("prep", "obl", "obl:mod", "obl:arg", "advcl",
                                                                  "advmod", "npadvmod")


def _opens_adjunct(doc, i: int) -> bool:
    """Word order when the parse is unreliable: only prepositions, adverbs and determiners
    between the clause start (sentence start, line break or comma) and the possessive, and a
    comma after it ("Selon X, lors de sa visite à Y, M. Z a déclaré")."""
    j = i - 1
    while j >= 0 and doc[j].text != "," and "\n" not in doc[j].text_with_ws and not doc[j].is_sent_start:
        if doc[j].pos_ not in ("ADP", "ADV", "SCONJ", "DET") or i - j > 4:
            return False
        j -= 1
    if j >= 0 and doc[j].is_sent_start and doc[j].pos_ not in ("ADP", "ADV", "SCONJ", "DET"):
        return False
    end = doc[i].sent.end
    return any(doc[k].text == "," for k in range(i + 1, min(end, i + 25)))


class _State(PairResolver, SalienceMixin):
    def __init__(self, doc, mentions, kb: KnowledgeBase, lang: str, date: str | None) -> None:
        self.doc, self.kb, self.lang, self.date = doc, kb, lang, date
        self.lex = load_lexicon(lang)
        self.starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.history: list[dict] = []
        self.registry: dict[str, dict] = {}
        self.done: dict[int, dict] = {}
        self.seen_ids = {m["actor_id"] for m in mentions if m.get("actor_id")}
        self.seen_codes = {m["code"] for m in mentions if m.get("code")}
        self.by_start = {m["token_start"]: m for m in mentions}

    def sent(self, i: int) -> int:
        return bisect_right(self.starts, i) - 1

    def fields(self, m: dict) -> dict:
        return {k: m[k] for k in ("actor_id", "label", "type", "code", "sector")}

    # -- people -------------------------------------------------------------------------------
    def register(self, name: str, fields: dict) -> None:
        clean = name.replace("’s", "").replace("'s", "").strip()
        self.registry[clean.lower()] = fields
        parts = clean.split()
        if len(parts) > 1:
            self.registry.setdefault(parts[-1].lower(), fields)

    def person(self, m: dict) -> dict:
        name = m.get("_name") or m["text"]
        key = name.replace("’s", "").replace("'s", "").strip().lower()
        if m.get("_kb"):
            f = actor_fields(self.kb, m["_kb"], self.date, self.lang)
        elif key in self.registry:
            return self.registry[key]
        elif key.split() and key.split()[-1] in self.registry and len(key.split()) == 1:
            return self.registry[key.split()[-1]]
        elif m.get("_candidates"):
            f = actor_fields(self.kb, self.pick(m["_candidates"]), self.date, self.lang)
        elif m.get("_affiliation"):
            aff = m["_affiliation"]
            f = {"actor_id": f"person/{slugify(name)}", "label": name, "type": "Person",
                 "code": aff.get("code"), "sector": aff.get("sector")}
        else:
            f = unknown_actor("PERSON", name)
        self.register(name, f)
        return f

    def pick(self, candidates: list[str]) -> str:
        """Among people sharing a surname: one already named, else one in office at the date."""
        for h in reversed(self.history):
            if h["actor_id"] in candidates:
                return h["actor_id"]
        if self.date:
            for pid in candidates:
                if any(r.active(self.date[:10]) for r in self.kb.roles(pid)):
                    return pid
        return max(candidates, key=lambda pid: max((r.start or "" for r in self.kb.roles(pid)), default=""))

    # -- antecedents --------------------------------------------------------------------------
    def recent(self, i: int, window: int):
        floor = self.sent(i) - window
        for h in reversed(self.history):
            if h["_sent"] < floor:
                break
            yield h

    def pronoun(self, m: dict) -> list[dict]:
        i = m["token_start"]
        if expletive(self.doc, i, self.lex):
            return []
        feats = m["_features"]
        want_person, gender, number = feats.get("person"), feats.get("gender"), feats.get("number")
        here = self.sent(i)
        tok = self.doc[i]
        as_object = tok.dep_ in _OBJECT_DEPS
        if as_object and want_person is False and tok.head.lemma_.lower() not in self.lex.actor_object_verbs:
            return []  # "denied it": an object "it" is mostly an event or a claim, not an actor
        best_in: dict[tuple[str, int], float] = {}
        latest: dict[str, dict] = {}
        same_sentence_first = None
        # an object is not its verb's own subject ("Moscow arms it"): leave the subject's code out
        own = {h.get("code") for h in self.recent(i, 0) if as_object and any(
            self.doc[k].dep_.startswith("nsubj") and self.doc[k].head == tok.head
            for k in range(h["token_start"], h["token_end"]))}
        if number == "pl" and not as_object:
            group = self.coordinated_subject(i, here)
            if group:
                return group
        for h in self.recent(i, PRONOUN_WINDOW):
            if own and h.get("code") in own:
                continue
            is_person = h["type"] == "Person"
            if h["type"] == "Media" and want_person is not True:
                continue
            if want_person is True and not is_person:
                continue
            if want_person is False and (is_person or h.get("_pl")):
                continue
            if number == "pl" and not h.get("_pl"):
                continue
            if number == "sg" and h.get("_pl"):
                continue
            if is_person and gender and self.kb.gender.get(h["actor_id"], gender) != gender:
                continue
            root = self.doc[h["token_start"]:h["token_end"]].root
            subject = root.dep_.startswith("nsubj")
            if as_object and subject and root.head == tok.head:
                continue  # "Macron told him": not the subject of the same verb
            if h["_sent"] == here:
                # the same sentence: a subject first ("Ankara said the PKK, which it accuses")
                if subject or as_object:
                    return [self.fields(h)]
                if same_sentence_first is None:
                    same_sentence_first = h
                continue
            if same_sentence_first is not None:
                return [self.fields(same_sentence_first)]
            # earlier sentences: the most salient actor, summed over sentences (Lappin & Leass),
            # its best mention in each ("the minister, X," is one mention)
            key, per = h["actor_id"], (h["actor_id"], h["_sent"])
            latest.setdefault(key, h)
            best_in[per] = max(best_in.get(per, 0.0), self.salience(h, here))
        if same_sentence_first is not None:
            return [self.fields(same_sentence_first)]
        scores = summed(best_in)
        if scores:
            best = max(scores, key=lambda k: (scores[k], latest[k]["token_start"]))
            if scores[best] < self.unnamed_focus(i, here, gender, number):
                return []  # the sentence before is about someone the text does not name as an actor
            return [self.fields(latest[best])]
        if number == "pl" and not self._after_subject(tok):  # "they", not "their" after a subject
            return self.coordinated_subject(i, here - 1) or self.pair(i, persons=False, window=1, any_type=True)
        return []

    def _is_subject(self, h: dict) -> bool:
        root = self.doc[h["token_start"]:h["token_end"]].root
        return root.dep_.startswith("nsubj")

    def latter(self, i: int, which: int) -> list[dict]:
        ids: list[dict] = []
        for h in self.recent(i, 1):
            if h["type"] == "Media":
                continue
            if not ids or h["actor_id"] != ids[-1]["actor_id"] and all(h["actor_id"] != x["actor_id"] for x in ids):
                ids.append(h)
            if len(ids) > which:
                return [self.fields(ids[which])]
        return []

    def title(self, m: dict) -> list[dict]:
        """"the president", "le ministre": the last person named who holds that role at the date."""
        roles = m["_roles"]
        found: list[dict] = []
        for h in self.recent(m["token_start"], PRONOUN_WINDOW + 1):
            if found and h["_sent"] != found[0]["_sent"]:
                break  # only the nearest sentence naming a holder of the role
            if h["type"] != "Person":
                continue
            role = self.kb.role_at(h["actor_id"], self.date) if self.kb.get(h["actor_id"]) else None
            if role is not None and role.role in roles:
                found.append(h)
        if not found:
            return self.office_in_focus(m)
        # in that sentence: a subject first (salience), then the most recent
        best = next((h for h in found if self._is_subject(h)), found[0])
        return [self.fields(best)]

    def country(self, i: int) -> list[dict]:
        for h in self.recent(i, 3):
            if h["type"] == "State":
                return [actor_fields(self.kb, h["code"], self.date, self.lang)]
        return []

    def body(self, m: dict) -> list[dict]:
        """"the army", "the government", "les autorités": a body of the state the last sentences
        are about (a subject first, then the most recent state)."""
        i, j = m["token_start"], m["token_end"]
        doc = self.doc
        if j < len(doc) - 1 and doc[j].lower_ in self.lex.of_words | self.lex.place_prepositions:
            k = j + 1 + (doc[j + 1].lower_ in self.lex.determiners)
            named = self.by_start.get(k)  # "the government in Tbilisi", "l'armée de l'Azerbaïdjan"
            actor = self.kb.get(named.get("actor_id") or "") if named else None
            if actor is not None and actor.type == "State":
                fields = actor_fields(self.kb, actor.id, self.date, self.lang)
                words = m["text"].lower().split()
                sector = self.lex.sector_nouns.get(words[-1])
                return [dict(fields, label=m.get("label") or fields["label"], sector=sector or fields.get("sector"))]
        states = [h for h in self.recent(i, 2) if h["type"] in ("State", "GovernmentBody")
                  and (self.kb.get(self.kb.actor_for_code(h.get("code") or "") or "") or h).type == "State"]
        if not states:
            return []
        best = next((h for h in states if self._is_subject(h)), states[0])
        words = m["text"].lower().split()
        sector = self.lex.sector_nouns.get(" ".join(words[1:])) or self.lex.sector_nouns.get(words[-1])
        fields = actor_fields(self.kb, best["code"], self.date, self.lang)
        return [dict(fields, label=m.get("label") or fields["label"], sector=sector or fields.get("sector"))]

    def separatists(self, m: dict) -> list[dict]:
        if m.get("_self"):  # "South Ossetian separatists": the breakaway named
            f = actor_fields(self.kb, m["_self"], self.date, self.lang)
            return [dict(f, label=m.get("label") or f["label"])]
        state = m.get("_state")
        best, best_score = None, -1
        for gid, (host, kin) in self.kb.breakaways.items():
            if state and state not in (host, kin):
                continue
            score = 3 * (gid in self.seen_ids) + (host in self.seen_codes) + (kin in self.seen_codes)
            if score > best_score:
                best, best_score = gid, score
        if best is None or (best_score <= 0 and not state):
            return []
        f = actor_fields(self.kb, best, self.date, self.lang)
        return [dict(f, label=m.get("label") or f["label"])]

    def breakaway_location(self, m: dict) -> dict | None:
        """"Armenian forces in Nagorno-Karabakh" act for the breakaway authority, not the state."""
        j = m["token_end"]
        doc = self.doc
        if j >= len(doc) or doc[j].lower_ not in self.lex.place_prepositions:
            return None
        j += 1
        if j < len(doc) and doc[j].lower_ in self.lex.determiners:
            j += 1
        nxt = self.by_start.get(j)
        if nxt is not None and self.kb.get(nxt.get("actor_id") or "") is not None:
            actor = self.kb.get(nxt["actor_id"])
            if actor.type == "DeFactoAuthority" and m.get("code") in self.kb.breakaways.get(actor.id, ()):
                return dict(actor_fields(self.kb, actor.id, self.date, self.lang), label=m["label"],
                            sector=m.get("sector"))
        return None


def resolve_in_order(doc, mentions: list[dict], kb: KnowledgeBase, lang: str, date: str | None) -> list[dict]:
    """Resolve pending mentions left to right; drop those with no antecedent."""
    st = _State(doc, mentions, kb, lang, date)
    out: list[dict] = []
    deferred: list[dict] = []
    for m in mentions:
        pending = m.pop("_pending", None)
        i = m["token_start"]
        m["_sent"] = st.sent(i)
        if pending is None:
            if m["kind"] == "nominal" and m.get("type") == "State" and m.get("sector") == "military":
                remap = st.breakaway_location(m)
                if remap:
                    m.update(remap)
            resolved = [{}]
        elif pending in ("person", "surname"):
            if pending == "surname":
                m["_candidates"] = m.get("_candidates") or []
            resolved = [st.person(m)]
        elif pending == "other":
            # an entity NER typed ORG/GPE that is a surname named before ("Tolmajian said")
            known = st.registry.get(m["_name"].replace("’s", "").replace("'s", "").strip().lower())
            resolved = [dict(known, kind="name")] if known else ([] if m.get("_drop") else [{}])
        elif pending == "pronoun" and (i + 1 < len(doc) and doc[i + 1].lower_ in st.lex.cataphora_next
                                       or _fronted(doc, i) or _opens_adjunct(doc, i)):
            deferred.append(m)  # "For his part, X said": the person named next
            continue
        elif pending == "pronoun":
            resolved = st.pronoun(m)
        elif pending in ("latter", "former"):
            resolved = st.latter(i, 0 if pending == "latter" else 1)
        elif pending in ("pair", "pair_any"):
            resolved = st.pair(i, persons=False, states_only=pending == "pair")
        elif pending == "pair_person":
            resolved = st.pair(i, persons=True)
        elif pending == "title":
            resolved = st.title(m)
        elif pending == "country":
            resolved = st.country(i)
        elif pending == "body":
            resolved = st.body(m)
        elif pending == "separatists":
            resolved = st.separatists(m)
        else:
            resolved = []
        if pending in ("person", "surname", "other") and resolved and resolved[0].get("type") == "Person":
            for prev in reversed(out[-3:]):
                if prev.get("_appos") == i and prev["kind"] == "title":
                    prev.update(resolved[0])  # "le ministre ..., X": the title is X
        if pending is None and m.get("_appos") is not None and m["_appos"] in st.done \
                and st.done[m["_appos"]]["type"] == "Person":
            resolved = [st.fields(st.done[m["_appos"]])]  # "X, Armenia's ambassador": the title is X
        for fields in resolved:
            r = dict(m, **fields)
            if not r.get("actor_id"):
                continue
            if pending == "pronoun" or pending in ("latter", "former", "pair", "pair_any", "pair_person", "country", "body"):
                r["kind"] = "pronoun"
            out.append(r)
            st.done.setdefault(i, r)
            if r["kind"] != "place":
                st.history.append(r)
    for m in deferred:
        subj = _subject_after(doc, m["token_start"])  # the subject a fronted possessive points to
        nxt = next((h for h in st.history if subj and subj & set(range(h["token_start"], h["token_end"]))
                    and h["type"] != "Media"), None)
        later = [h for h in st.history if h["token_start"] > m["token_start"] and h["type"] == "Person"
                 and h["_sent"] == m["_sent"]]
        # a person followed by a verb ("M. Aliyev a déclaré") is the subject the adjunct belongs to
        nxt = nxt or next((h for h in later if h["token_end"] < len(doc)
                           and doc[h["token_end"]].pos_ in ("VERB", "AUX")), None) or (later[0] if later else None)
        if nxt is not None:
            out.append(dict(m, **st.fields(nxt), kind="pronoun"))
    if deferred:
        out.sort(key=lambda r: (r["token_start"], r["token_end"]))
    return out
