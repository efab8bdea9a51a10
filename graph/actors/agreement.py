"""Agreement of a pronoun with a candidate antecedent: person, number, gender, type.

A mixin of the coreference state (:class:`graph.actors.coref._State`): "she" wants a woman,
"they"/"ils" a plural mention (recognised as plural, or whose head noun is so inflected: "les
ministres russes"), "it" an actor that is not a person; media answer only to people's pronouns;
an object pronoun is never its own verb's subject ("Moscow arms it"), and a singular object
clitic is none of coordinated subjects ("A et B ont fermé leur frontière. Paris l'a critiqué").

Example
-------
With features ``{"person": True, "gender": "f", "number": "sg"}`` ("she"), a mention of
a man is refused and a mention of a woman (the knowledge base's gender) accepted.

>>> AgreementMixin._agrees.__name__
'_agrees'
"""

from __future__ import annotations

from .deps import ACTIVE_VOICE_SUBJECT_DEPS, CONJ_DEPS
from .records import ActorMention


class AgreementMixin:
    """``_agrees``/``_plural`` for the coreference state (reads ``doc`` and ``kb``)."""

    def _agrees(self, h: ActorMention, feats, own: set) -> bool:
        """Whether ``h`` may be the antecedent of a pronoun of features ``feats``: person,
        number and gender agree, media only for people's pronouns, not the verb's own subject
        (``own``: its codes)."""
        want_person, gender, number = feats.get("person"), feats.get("gender"), feats.get("number")
        is_person = h.type == "Person"
        if own and h.code in own or h.type == "Media" and want_person is not True:
            return False
        if want_person is True and not is_person and h.kind != "title" \
                or want_person is False and (is_person or h.plural):  # a title is a person
            return False
        if number == "pl" and not self._plural(h) or number == "sg" and (h.plural or feats.get("clitic") and self._conjunct(h)):
            return False  # "A et B ont fermé leur frontière. Paris l'a critiqué": "l'" is no one of them
        return not (is_person and gender and self.kb.gender.get(h.actor_id, gender) != gender)

    def _conjunct(self, h: ActorMention) -> bool:
        """``h`` is one of coordinated subjects ("le Tchad et le Soudan ont ..."), or a pronoun in
        their clause that stands for one of them ("... ont fermé leur frontière")."""
        root = self.doc[h.token_start:h.token_end].root
        if h.kind == "pronoun":
            v = root
            while v.head != v and v.pos_ not in ("VERB", "AUX"):
                v = v.head
            return any(c.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and any(k.dep_ in CONJ_DEPS for k in c.children)
                       for c in v.children)
        first = root.head if root.dep_ in CONJ_DEPS else root
        return first.dep_ in ACTIVE_VOICE_SUBJECT_DEPS and any(c.dep_ in CONJ_DEPS for c in first.children)

    def _plural(self, h: ActorMention) -> bool:
        """``h`` is plural: so recognised, or its head noun so inflected ("les ministres russes")."""
        return h.plural or "Plur" in self.doc[h.token_start:h.token_end].root.morph.get("Number")
