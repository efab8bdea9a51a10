"""A title and its holder in different sentences: "The UN envoy ... . Martin Holm said ...".

News texts often introduce an official by the title alone and name him in the next sentence
("L'émissaire de l'ONU n'a pas mâché ses mots. Jean Dupont a dénoncé ..."). When the person
is not in the base and no title is written next to his name, nothing else tells whom he acts
for (GUIDELINES §2: people roll up to whom they act for). :func:`title_holder` gives him the
affiliation of that title when the context leaves no other reading:

- the person is the subject of his clause (the official speaking or acting);
- the person has no apposition of his own ("X, head of the mission, said");
- the document's titles written before him (mentions of a state, organisation or group whose
  text holds a title of the lexicon and that no person holds, all definite: "the UN envoy" -> the UN, "the
  Ghanaian ambassador" -> Ghana) all name one actor, and the
  last of them is in his sentence or one of the :data:`WINDOW` sentences before;
- no other person is named between that title and him (who would be its holder).

Example
-------
"The UN envoy to the region did not mince his words. Martin Holm said the militia ..." makes
``person/martin-holm`` with the UN's code; "Martin Holm, a farmer, said" after "the French
ambassador arrived. The farmers' union met him." is left alone when another person comes
between (the check is on the mentions, see :func:`title_holder`).

>>> WINDOW
2
"""

from __future__ import annotations

from .deps import APPOS_DEPS, is_subject
from .kb import slugify
from .records import ActorMention
from .titles import title_keys_in

#: Sentences before the person's own in which the title may be written.
WINDOW = 2
#: Kinds of the mentions that may be an office: a title composed with its actor ("the French
#: ambassador") or the name of an office of the base ("the UN envoy", ``org/un/unsg-envoy``).
OFFICE_KINDS = frozenset({"title", "name", "alias"})


def definite(doc, h: ActorMention, lex) -> bool:
    """Mention ``h`` is definite: a definite determiner opens it or comes right before it
    ("the UN envoy", "l'émissaire de l'ONU"; not "a former president of X")."""
    return any(0 <= i < len(doc) and doc[i].lower_ in lex.definite_determiners
               for i in (h.token_start, h.token_start - 1))


def written_title(doc, h: ActorMention, titles: dict) -> bool:
    """A title of the lexicon is written in mention ``h`` ("UN envoy", "l'émissaire de l'ONU")."""
    return bool(title_keys_in(doc[h.token_start:h.token_end].text.lower(), titles))


def title_holder(st, m: ActorMention, name: str) -> dict | None:
    """The fields of the unknown person ``name`` (mention ``m``) affiliated with the one title
    written before him (see the module), or ``None``."""
    doc = st.doc
    root = doc[m.token_start:m.token_end].root
    if not is_subject(root) or any(c.dep_ in APPOS_DEPS for c in root.children):
        return None  # not acting, or described by his own apposition ("X, head of the mission")
    titles = [h for h in st.history if h.token_start < m.token_start and h.type != "Person" and h.code
              and not h.plural and h.kind in OFFICE_KINDS and written_title(doc, h, st.lex.titles)]
    if any(h.appos is not None or not definite(doc, h, st.lex) for h in titles):
        return None  # a title someone holds ("Y, a former president of X") or an indefinite one
    if not titles or len({h.code for h in titles}) != 1:
        return None
    last = titles[-1]
    if last.sentence < st.sent(m.token_start) - WINDOW:
        return None
    if any(h.type == "Person" and last.token_end <= h.token_start < m.token_start for h in st.history):
        return None
    return {"actor_id": f"person/{slugify(name)}", "label": name, "type": "Person",
            "code": last.code, "sector": last.sector}
