"""A title right before a person's name is that person's: "Le chef de la diplomatie européenne,
Josep Borrell, a ..." is Borrell, not the foreign minister named in the sentence before
(GUIDELINES §2: people roll up to whom they act for).

The lexicon composes the title ("le chef de la diplomatie") but not always the adjective after
it ("européenne": no state's demonym), so coreference gives the bare title the last holder of
such an office in the text ("Sergueï Lavrov a parlé. Le chef de la diplomatie ..."). The person
named right after it is its holder. :func:`titles_before_names` runs on resolved mentions
(:meth:`graph.actors.resolve.Resolver.__call__`): a title mention followed in its sentence by
a person's name, with only adjectives and at most one comma between them (no other mention, no
verb), takes the person's fields.

Example
-------
"Sergueï Lavrov a parlé. Le chef de la diplomatie européenne, Josep Borrell, a appelé Moscou"
-> "Le chef de la diplomatie" is ``person/josep-borrell`` (``EU``), not Lavrov.

>>> GAP_POS
frozenset({'ADJ'})
"""

from __future__ import annotations

#: Parts of speech of the words allowed between a title and the name of its holder.
GAP_POS = frozenset({"ADJ"})
#: The most words between them (a comma included).
MAX_GAP = 3


def _holder_after(doc, title, following) -> object | None:
    """The person mention ``following`` when only adjectives and one comma part it from the
    title mention ``title`` in one sentence (see the module), else ``None``."""
    if following is None or following.type != "Person" or following.kind != "name":
        return None
    gap = doc[title.token_end:following.token_start]
    if len(gap) > MAX_GAP or any(t.is_sent_start for t in doc[title.token_end:following.token_end]):
        return None
    commas = [t for t in gap if t.text == ","]
    if len(commas) > 1 or any(t.text != "," and t.pos_ not in GAP_POS for t in gap):
        return None
    if commas and not _linked(doc, title, following):
        return None  # "After meeting the foreign minister, Borrell said": two people
    return following


def _linked(doc, title, person) -> bool:
    """Whether the parse hangs the name on the title or the title on the name (an apposition,
    or the conjunct the French parser reads), past the comma between them."""
    title_span = range(title.token_start, person.token_start)
    person_span = range(person.token_start, person.token_end)
    return any(t.head.i in title_span for t in doc[person.token_start:person.token_end]) \
        or any(t.head.i in person_span for t in doc[title.token_start:title.token_end])


def titles_before_names(doc, mentions: list) -> list:
    """The mentions with each title right before its holder's name given the holder's fields
    (see the module); the list is changed in place and returned."""
    for title, following in zip(mentions, mentions[1:]):
        if title.kind != "title" or title.actor_id == following.actor_id:
            continue
        if not (title.actor_id or "").startswith("person/"):
            continue  # (a title composed with its state or body stays the office)
        holder = _holder_after(doc, title, following)
        if holder is not None and holder.actor_id:
            title.assign(holder.referent())
    return mentions
