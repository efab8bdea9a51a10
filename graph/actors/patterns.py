"""Entity-ruler patterns built from the knowledge base, once per language.

Names are matched case-insensitively (``phrase_matcher_attr="LOWER"``) except acronyms and
surnames, which are matched on their exact spelling through token patterns, so "US" is the
United States and "us" stays a pronoun, "May" a month unless "Theresa May" is written.
Each pattern's ``id`` is the index of its :class:`~graph.actors.kb.Alias` in
:attr:`Patterns.entries`, so the resolver finds the actor behind every ruler entity.

Example
-------
>>> import spacy
>>> pats = build_patterns(spacy.blank("en"), "en")
>>> e = pats.entries[pats.index["baku"]]
>>> e.actor_id, e.kind
('AZE', 'alias')
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..errors import DataFileError
from ..languages import check_language, pipeline_preferences
from ..resources import data_path
from .kb import Alias, KnowledgeBase, load_kb, read_actor_table, split_cell
from .lexicon import load_lexicon

#: The kinds of actor the ruler labels (``entity_labels`` of the pipeline preference table).
LABEL_KINDS = ("person", "place", "org", "demonym")

_ACRONYM = re.compile(r"^(?:[A-Z0-9][A-Z0-9.&-]{0,6}|[A-Z](?:\.[A-Z])+\.?)$")
#: one word of mixed case with a capital inside ("LeT", "DoD"): an abbreviation, never a word
#: an organisation's acronym of four letters or more, also written capitalised ("Nato", "Ecowas")
_LONG_ACRONYM = re.compile(r"^[A-Z]{4,}$")
_MIXED = re.compile(r"^[A-Za-z]+[a-z][A-Z][A-Za-z]*$|^[A-Z][a-z]*[A-Z][A-Za-z]*$")


def case_sensitive(text: str) -> bool:
    """Acronyms ("US", "U.S.", "EU", "M23") and mixed-case abbreviations ("LeT") are matched on
    their exact spelling, so the verb "let" is never Lashkar-e-Taiba.

    >>> case_sensitive("US"), case_sensitive("Russia"), case_sensitive("U.S."), case_sensitive("LeT")
    (True, False, True, True)
    """
    if " " not in text and _MIXED.match(text):
        return True
    return bool(_ACRONYM.match(text)) and any(c.isupper() for c in text)


@dataclass
class Patterns:
    """The ruler patterns of one language and the aliases they stand for."""

    patterns: list[dict] = field(default_factory=list)
    entries: list[Alias] = field(default_factory=list)
    #: lower-cased surface form -> entry index (for tests and look-ups)
    index: dict[str, int] = field(default_factory=dict)
    #: lower-cased surname -> person ids sharing it (entries of kind ``surname``)
    surnames: dict[str, list[str]] = field(default_factory=dict)


def titlecase_acronyms(kb: KnowledgeBase, aliases, stop: frozenset[str]):
    """British and African outlets write long acronyms capitalised ("Nato", "Ecowas", "Otan",
    "Cedeao"): the capitalised spelling of an organisation's or group's acronym of four letters
    or more is an exact-spelling alias too, unless it is a word (``acronym_word_stoplist``).

    >>> kb = load_kb()
    >>> [a.text for a in titlecase_acronyms(kb, [a for a in kb.aliases if a.text == "NATO"], frozenset())][:1]
    ['Nato']
    """
    for alias in aliases:
        actor = kb.get(alias.actor_id)
        if actor is None or actor.type in ("State", "Person", "Media") or not _LONG_ACRONYM.match(alias.text):
            continue
        text = alias.text.capitalize()
        if text.lower() not in stop:
            yield replace(alias, text=text, exact=True)


def determiner_shadowed(aliases, determiners: frozenset[str]) -> list[Alias]:
    """Names a longer name with a capitalised determiner would hide at a sentence's start: the
    ruler keeps the earlier of two matches of one length, so "The Guardian Council" would read
    as the newspaper "The Guardian" and "Council". For each name that opens with a determiner
    and one word, a name opening with that word and going on gets the determiner too.

    >>> kb = load_kb()
    >>> [a.text for a in determiner_shadowed(kb.aliases, frozenset({"the"})) if a.actor_id == "IRN"][:1]
    ['The Guardian Council']
    """
    firsts = {}
    for alias in aliases:
        words = alias.text.split()
        if len(words) == 2 and words[0].istitle() and words[0].lower() in determiners:  # not "UN"
            firsts.setdefault(words[1], words[0])
    out = []
    for alias in aliases:
        words = alias.text.split()
        det = firsts.get(words[0]) if len(words) > 1 else None
        if det is not None:
            out.append(replace(alias, text=f"{det} {alias.text}", exact=True))
    return out


@lru_cache(maxsize=1)
def spelling_table() -> tuple[tuple[re.Pattern, tuple[str, ...]], ...]:
    """The transliterations of ``graph/data/actors/spellings.tsv`` (one name part per line, its
    spellings ``;``-separated: "Gaddafi;Qaddafi;Kadhafi"): for each spelling, a pattern finding
    it as a whole word and the other spellings."""
    out = []
    for n, row in enumerate(read_actor_table("spellings.tsv"), start=2):
        forms = split_cell(row["forms"])
        if len(forms) < 2:
            raise DataFileError(f"graph/data/actors/spellings.tsv: line {n} needs two spellings or more")
        for form in forms:
            out.append((re.compile(rf"(?<![\w'’]){re.escape(form)}(?![\w'’])", re.IGNORECASE),
                        tuple(f for f in forms if f.lower() != form.lower())))
    return tuple(out)


def transliterations(text: str) -> list[str]:
    """``text`` with one name part written in each other spelling of the transliteration table
    (:func:`spelling_table`): "Al-Qaida" -> "Al-Qaeda", "Al-Qaïda"...; the first letter keeps
    the case it has in ``text``.

    >>> transliterations("Muammar Gaddafi")[:2]
    ['Muammar Qaddafi', 'Muammar Gadhafi']
    >>> "al-Qaïda" in transliterations("al-Qaeda"), transliterations("Russia")
    (True, [])
    """
    out = []
    for pattern, others in spelling_table():
        for found in pattern.finditer(text):
            word = found.group(0)
            for other in others:
                other = (other[:1].upper() if word[:1].isupper() else other[:1].lower()) + other[1:]
                out.append(text[:found.start()] + other + text[found.end():])
    return list(dict.fromkeys(v for v in out if v != text))


#: an Arabic article written apart before a capitalised family name, or joined by a hyphen
_ARTICLE_SPACE = re.compile(r"\b(Al|El) (?=[A-Z])(\w)")
_ARTICLE_HYPHEN = re.compile(r"\b(Al|El)-(?=[A-Z])(\w)")


def spelling_variants(text: str) -> list[str]:
    """Other spellings news use for a name of the base: other transliterations of a name part
    (:func:`transliterations`: "Kadhafi", "al-Qaida"), without its accents ("Etats-Unis",
    "Guaido", "Cote d'Ivoire": wires and headlines drop them) and, in a name "X of the Y",
    without the article ("Democratic Republic of Congo"), with the other apostrophe ("’" for "'"),
    and an Arabic family name's article with or without its hyphen ("Al Thani", "Al-Thani").
    Variants are matched after every
    name of the base, so a variant never takes another actor's name.

    >>> spelling_variants("Émirats arabes unis"), spelling_variants("Democratic Republic of the Congo")
    (['Emirats arabes unis'], ['Democratic Republic of Congo'])
    >>> spelling_variants("Ordre des États")  # accents dropped on capitals only
    ['Ordre des Etats']
    >>> spelling_variants("Russia"), spelling_variants("People's Liberation Army")
    ([], ['People’s Liberation Army'])
    >>> spelling_variants("Hamad bin Khalifa Al Thani")
    ['Hamad bin Khalifa Al-Thani']
    """
    out = transliterations(text)
    folded = _fold(text)
    if folded != text and folded.isascii():
        out.append(folded)
    capitals = "".join(_fold(c) if c.isupper() else c for c in text)  # "Communauté des Etats"
    if capitals != text and capitals != folded:
        out.append(capitals)
    for form in [text, *out]:
        if " of the " in form and not form.lower().startswith("the "):
            out.append(form.replace(" of the ", " of "))
    for form in [text, *out]:  # Arabic family names with or without the hyphen ("Al Thani", "Al-Thani")
        hyphened = _ARTICLE_SPACE.sub(r"\1-\2", form)
        out.append(hyphened if hyphened != form else _ARTICLE_HYPHEN.sub(r"\1 \2", form))
    for form in [text, *out]:  # typographic and straight apostrophes ("People’s Liberation Army")
        if "'" in form or "’" in form:
            out.append(form.replace("'", "’") if "'" in form else form.replace("’", "'"))
    return list(dict.fromkeys(v for v in out if v != text))


def _fold(text: str) -> str:
    """``text`` without its accents ("États" -> "Etats")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _with_variants(aliases) -> list[Alias]:
    """``aliases``, then their spelling variants (:func:`spelling_variants`) as aliases of the
    same actor."""
    aliases = list(aliases)
    return aliases + [replace(a, text=v) for a in aliases for v in spelling_variants(a.text)]


def entity_labels(lang: str) -> dict[str, str]:
    """The entity labels the ruler sets for ``lang``, by kind of actor: the label scheme of the
    language's NER (``entity_labels`` of ``graph/data/pipelines.json``: OntoNotes ``PERSON``,
    ``GPE``... or WikiNER ``PER``, ``LOC``...), so the NER and the ruler agree.

    >>> entity_labels("fr")["person"]
    'PER'
    """
    labels = pipeline_preferences()[check_language(lang)].get("entity_labels") or {}
    missing = [kind for kind in LABEL_KINDS if not isinstance(labels.get(kind), str)]
    if missing:
        raise DataFileError(f"{data_path('pipelines.json')}: '{lang}' needs entity_labels for {', '.join(missing)}")
    return labels


def _label(alias: Alias, kb: KnowledgeBase, lang: str) -> str:
    labels = entity_labels(lang)
    if alias.kind == "demonym":
        return labels["demonym"]
    if alias.kind == "surname":
        return labels["person"]
    actor = kb.get(alias.actor_id)
    if actor is not None and actor.type == "Person":
        return labels["person"]
    if alias.place:
        return labels["place"]
    return labels["org"]


def _surnames(kb: KnowledgeBase, taken: set[str], stop: frozenset[str]) -> dict[str, list[str]]:
    """Last names of people in the base, for bare-surname mentions ("Lavrov said")."""
    found: dict[str, set[str]] = {}
    for actor in kb.actors.values():
        if actor.type != "Person" or actor.id in kb.full_name_only:
            continue
        names = kb.labels(actor.id)
        for name in {name for spellings in names.values() for name in spellings}:
            parts = name.split()
            if len(parts) < 2:
                continue
            last = parts[-1]
            if len(last) < 4 or not last[0].isupper() or not last.replace("-", "").isalpha() or last.lower() in stop:
                continue
            for spelling in (last, *transliterations(last)):  # "Kadhafi" for "Gaddafi"
                found.setdefault(spelling, set()).add(actor.id)
    return {s: sorted(ids) for s, ids in found.items() if s.lower() not in taken}


def build_patterns(nlp, lang: str, kb: KnowledgeBase | None = None) -> Patterns:
    """Ruler patterns for ``lang``: every alias of the base, the first actor winning a clash."""
    kb = kb or load_kb()
    lex = load_lexicon(lang)
    out = Patterns()
    seen: set[tuple[str, bool]] = set()
    extra = [*titlecase_acronyms(kb, kb.aliases, lex.acronym_word_stoplist), *determiner_shadowed(kb.aliases, lex.determiners)]
    for alias in _with_variants([*kb.aliases, *extra]):
        if alias.lang not in (lang, "*"):
            continue
        actor = kb.get(alias.actor_id)
        # one-word names of people ("Pence", "Tusk") keep their capital: "pence", "tusk" are words
        exact = alias.exact or case_sensitive(alias.text) or (
            actor is not None and actor.type == "Person" and " " not in alias.text.strip()) or (
            actor is not None and actor.type == "Media")  # "Russia Today" is not "Russia today"
        key = (alias.text if exact else alias.text.lower(), exact)
        if key in seen or exact and (alias.text.lower(), False) in seen and alias.text.lower() != alias.text:
            continue  # (an exact spelling of a phrase an earlier actor already matches in any case)
        seen.add(key)
        idx = len(out.entries)
        out.entries.append(alias)
        out.index.setdefault(alias.text.lower(), idx)
        if exact:
            pattern: str | list[dict] = [{"ORTH": t.text} for t in nlp.make_doc(alias.text)]
        else:
            pattern = alias.text
        out.patterns.append({"label": _label(alias, kb, lang), "pattern": pattern, "id": str(idx)})
    taken = {k for k, _ in seen} | {k.lower() for k, _ in seen}
    out.surnames = {s.lower(): ids for s, ids in _surnames(kb, taken, lex.surname_stoplist).items()}
    for surname, ids in sorted(_surnames(kb, taken, lex.surname_stoplist).items()):
        idx = len(out.entries)
        out.entries.append(Alias(surname, "", "surname", lang, surname))
        out.index.setdefault(surname.lower(), idx)
        pattern = [{"ORTH": t.text} for t in nlp.make_doc(surname)]
        out.patterns.append({"label": entity_labels(lang)["person"], "pattern": pattern, "id": str(idx)})
    return out
