"""Import the PETRARCH-2 CAMEO verb dictionary as reviewed stance cues with provenance.

``CAMEO.2.0.txt`` (MIT licence, Open Event Data Alliance; kept in ``shared/data/petrarch2``)
groups verbs under a head verb with a default CAMEO code and patterns such as
``- * (FROM &TREATY) [161]``: the verb, then an object word, a ``(PREPOSITION WORD)`` group or a
synonym set (``&TREATY``), then the code. This script turns it into
``graph/data/lang/en/cues_cameo.tsv``:

- every verb (and multi-word verb, ``+PULL_OUT`` -> ``pull out``) of a block whose default code
  maps to one of the 19 relations becomes an unconstrained cue, unless the curated
  ``cues.tsv`` already has that word (curated entries win);
- every pattern with an object and/or preposition after the verb becomes a *sense* cue: it fits
  only when the verb has that object (lemma, synonym sets expanded) or that prepositional
  complement ("withdraw troops from" is ``retreat``, "withdraw from the treaty" ``sanction``),
  and a fitting sense cue wins over the word's plain entries;
- patterns with words before the verb (subject constraints) are skipped.

CAMEO codes map to the guidelines' relations through ``graph/data/relations.tsv`` (its
``cameo_code``/``cameo_root`` columns) plus the review table :data:`CODE_RELATIONS` below, which
follows the guidelines where they code differently from PLOVER (CAMEO 03 "intent to" is no
stance; 057 "sign formal agreement" is ``agree``; 084-086 releases and easing are
``concede``, only 087 de-escalation is ``retreat``; 09 "investigate" is dropped). Generic verbs
(:data:`GENERIC`) are never imported as plain cues: only their sense patterns are. Imported cues
get a lower confidence (:data:`CONFIDENCE`) than curated ones.

Example: python scripts/import_cameo_verbs.py --cameo ../shared/data/petrarch2/CAMEO.2.0.txt
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from import_common import write_tsv

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "graph" / "data" / "lang" / "en" / "cues_cameo.tsv"

#: Reviewed CAMEO code prefixes -> relation (longest prefix wins; ``None``: no stance event).
CODE_RELATIONS = {
    "01": None, "02": "appeal", "03": None, "04": "meet", "045": "mediate", "05": "support",
    "050": None, "055": None, "056": None, "057": "agree", "06": "cooperate", "07": "aid",
    "08": "concede", "087": "retreat", "09": None, "10": "demand", "11": "condemn",
    "112": "accuse", "115": "accuse", "12": "reject", "13": "threaten", "14": "protest",
    "15": "mobilize", "16": "sanction", "17": "coerce", "18": "attack", "19": "attack",
    "20": "attack",
}
#: Argument frame per relation (see docs/extraction.md).
FRAMES = {"meet": "sym", "agree": "sym", "cooperate": "sym", "mediate": "mediate",
          "appeal": "request", "demand": "request", "accuse": "accuse"}
#: Verbs too general to be a cue on their own; only their sense patterns are imported.
GENERIC = frozenset("""
be have do make take give get go come put set say tell hold keep let see look find show use
run turn call bring leave move open close start begin end continue remain stay become seem
offer expect plan want need try seek ask decide agree announce issue express state add note
report claim say speak talk write send receive return raise reach pass lead follow provide
allow help work meet visit join form create build develop play face head cut drop fall rise
increase reduce stop halt step pull push press carry hand deliver appear apply extend order
""".split())
#: Plain (unconstrained) verbs kept after review of the imported list: WordNet synonym sets of
#: CAMEO blocks are broad ("arrive", "handle", "die" sit under stance codes), so a plain cue is
#: shipped only when the word states its relation on its own in news.
PLAIN_REVIEWED = frozenset("""
acclaim extol laud legitimize legitimise salute
admonish berate chastise chide denigrate deride disparage malign pillory reprimand reproach
ridicule scold impugn remonstrate
implore beg entreat solicit
annihilate assail assassinate behead blitz butcher decimate devastate obliterate overrun pillage
plunder pound pummel raze ravage repel repulse retaliate skirmish slaughter snipe storm torch
besiege siege recapture combat battle
annex banish commandeer evict exile hijack incarcerate interdict oust proscribe rearrest
repress subjugate nab
blacklist
capitulate cede acquiesce accede pardon free waive unblock
marshal muster overfly
""".split()) | {"lash out", "wipe out", "shoot down", "blow up", "back down", "wage war", "kick out"}
#: Verbs whose sense patterns are shipped after review (measured with ``make eval``: sense
#: patterns of other verbs, e.g. the 55 object patterns shared by every verb of an attack block,
#: cost precision on every development set).
SENSE_REVIEWED = frozenset({"withdraw", "release"})
#: Object words removed from a verb's sense patterns at review: "withdraw forces/staff" is a
#: retreat, not the sanction or aid code the dictionary's peacekeeping and relief sets give.
REJECTED_OBJECTS = {"withdraw": frozenset({"force", "staff", "reserve", "contingent", "helmet"})}
CONFIDENCE = {"plain": 0.6, "sense": 0.65}
#: Preposition words a pattern may name outside brackets ("* FROM +").
PREPOSITIONS = frozenset("from to with against on in for over between at into of by about upon".split())
HEADER = ["cue", "pos", "relation", "frame", "confidence", "object", "prep", "cameo", "provenance"]
NOTICE = ("# Imported from the PETRARCH-2 CAMEO verb dictionary (CAMEO.2.0.txt, MIT licence,\n"
          "# Copyright (c) 2015 Open Event Data Alliance) by scripts/import_cameo_verbs.py; do not edit\n"
          "# by hand: edit the script's review tables and run it again. Columns as cues.tsv, plus\n"
          "# object (lemmas, '|'-separated) and prep: the sense constraint; cameo: the code;\n"
          "# provenance: file and line of the pattern.\n")


def relation_for(code: str) -> str | None:
    """The guidelines' relation of a CAMEO code (``"0874"`` -> ``"retreat"``).

    >>> relation_for("0874"), relation_for("161"), relation_for("036"), relation_for("112")
    ('retreat', 'sanction', None, 'accuse')
    """
    code = code.strip()
    for n in range(len(code), 1, -1):
        if code[:n] in CODE_RELATIONS:
            return CODE_RELATIONS[code[:n]]
    return None


def _words(token: str) -> str:
    return token.lstrip("+").replace("_", " ").lower().strip()


def parse(path: Path):
    """Synonym sets and ``(verbs, default code, patterns, line)`` blocks of the dictionary."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    blocks = []
    current_set = None
    in_verbs = False
    block = None
    for n, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not line.strip():
            current_set = None
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.strip()
                synsets[current_set] = []
            elif line.startswith("+") and current_set:
                synsets[current_set].append(_words(line.split("{")[0]))
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            block = {"verbs": [], "code": m.group(2).strip(), "patterns": [], "line": n}
            blocks.append(block)
            continue
        if block is None:
            continue
        if line.startswith("-"):
            pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
            if pm:
                block["patterns"].append((pm.group(1), pm.group(2), n))
        elif not line.startswith(("&", "~")):
            verb = _words(line.split("{")[0])
            if verb and re.fullmatch(r"[a-z][a-z ]*", verb):
                block["verbs"].append(verb)
    return synsets, blocks


def constraint(pattern: str, synsets: dict[str, list[str]]) -> tuple[str, str] | None:
    """``(objects, preposition)`` of a pattern after its verb, or ``None`` when unusable.

    >>> constraint("* (FROM &TREATY)", {"&TREATY": ["treaty", "accord"]})
    ('treaty|accord', 'from')
    >>> constraint("* PRISONERS", {})
    ('prisoner', '')
    """
    if not pattern.startswith("*"):
        return None  # words before the verb: a subject constraint, not imported
    rest = pattern[1:].strip()
    prep = ""
    m = re.match(r"^\(\s*([A-Z_]+)\s*(.*?)\)", rest)
    if m:
        prep = m.group(1).lower()
        rest = m.group(2).strip()
    rest = re.sub(r"\{([^}]*)\}", lambda m: m.group(1).split()[-1] if m.group(1).split() else "", rest)
    toks = [t for t in re.split(r"\s+", rest) if t]  # a {PHRASE} stands for its last (head) word
    toks = [t for t in toks if t not in ("$", "+", "%", "^", "*") and not t.startswith("(")]
    if not prep and toks and toks[0].lower() in PREPOSITIONS:
        prep = toks.pop(0).lower()
    first = toks[0] if toks else ""
    if first.startswith("&"):
        objs = synsets.get(first, [])
    elif first and re.fullmatch(r"[A-Z_]+", first):
        objs = [_words(first)]
    else:
        objs = []
    objs = [_singular(o.split()[-1]) for o in objs if o and len(o) > 2 and re.fullmatch(r"[a-z][a-z -]*", o)]
    if not objs and not prep:
        return None
    return "|".join(dict.fromkeys(objs)), prep


def _singular(word: str) -> str:
    """A crude lemma for dictionary nouns (the extractor compares spaCy lemmas)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def curated_words(path: Path) -> dict[str, set[str]]:
    """Curated cue words and the relations of their plain rows (a curated sense row, "withdraw
    inspectors": sanction, says nothing of the word's other objects, so CAMEO's senses stay)."""
    with open(path, encoding="utf-8") as fh:
        rows = [l.rstrip("\n").split("\t") for l in fh if l.strip() and not l.startswith("#")]
    out: dict[str, set[str]] = {}
    for r in rows[1:]:
        if any(x.strip() for x in r[5:7]):
            continue
        out.setdefault(r[0].strip().lower(), set()).add(r[2].strip())
    return out


def rows_from(cameo: Path, curated: dict[str, set[str]]) -> list[list[str]]:
    """Cue rows: reviewed plain verbs, and sense patterns of verbs that are cues (curated or
    reviewed) whose relation differs from the word's plain one. A verb, object and preposition
    that the dictionary codes as two different relations is left out (ambiguous)."""
    synsets, blocks = parse(cameo)
    out: dict[tuple, list[str]] = {}
    for b in blocks:
        verbs = b["verbs"]
        default = relation_for(b["code"]) if b["code"] != "---" else None
        for verb in verbs:
            trigger = verb.split()[0]
            if default and verb not in curated and trigger not in GENERIC and verb in PLAIN_REVIEWED:
                key = (verb, default, "", "")
                out.setdefault(key, [verb, "VERB", default, FRAMES.get(default, "svo"),
                                     str(CONFIDENCE["plain"]), "", "", b["code"], f"CAMEO.2.0.txt:{b['line']}"])
        for pattern, code, line in b["patterns"]:
            code = code.split(":")[0] or code.split(":")[-1]
            rel = relation_for(code) if code and code != "---" else None
            if rel is None:
                continue
            c = constraint(pattern, synsets)
            if c is None:
                continue
            objs, prep = c
            for verb in verbs:
                if verb in REJECTED_OBJECTS and objs:
                    objs = "|".join(o for o in objs.split("|") if o not in REJECTED_OBJECTS[verb])
                    if not objs:
                        continue
                if " " in verb or verb not in SENSE_REVIEWED:
                    continue  # sense constraints on one-word cue verbs only
                if rel in curated.get(verb, ()) or (verb in PLAIN_REVIEWED and rel == default):
                    continue  # the plain entry already says it
                key = (verb, rel, objs, prep)
                out.setdefault(key, [verb, "VERB", rel, FRAMES.get(rel, "svo"), str(CONFIDENCE["sense"]),
                                     objs, prep, code, f"CAMEO.2.0.txt:{line}"])
    senses: dict[tuple, set[str]] = {}
    for verb, rel, objs, prep in out:
        if objs or prep:
            senses.setdefault((verb, objs, prep), set()).add(rel)
    keep = [r for k, r in out.items() if not (k[2] or k[3]) or len(senses[(k[0], k[2], k[3])]) == 1]
    return sorted(keep, key=lambda r: (r[0], r[5] == "" and r[6] == "", r[2], r[5], r[6]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="Example: python scripts/import_cameo_verbs.py "
                                        "--cameo ../shared/data/petrarch2/CAMEO.2.0.txt")
    ap.add_argument("--cameo", type=Path, default=ROOT.parent / "shared" / "data" / "petrarch2" / "CAMEO.2.0.txt",
                    help="the PETRARCH-2 verb dictionary")
    ap.add_argument("--out", type=Path, default=OUT, help="the cue file to write")
    args = ap.parse_args(argv)
    if not args.cameo.exists():
        print(f"Error: {args.cameo} not found", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    rows = rows_from(args.cameo, curated_words(ROOT / "graph" / "data" / "lang" / "en" / "cues.tsv"))
    write_tsv(args.out, NOTICE, HEADER, rows)
    print(f"{len(rows)} cues -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
