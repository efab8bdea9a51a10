"""Shared helpers of the ``scripts/bench_*.py`` benchmarks: machine facts, a deterministic
synthetic corpus, timing and table printing.

The benchmarks report timings only as ratios against a baseline measured in the same run (the
machine they run on is shared and noisy), so the helpers here are about doing the same work the
same way on both sides: the same documents, in the same order, with the same languages.

Example
-------
>>> docs = synthetic_documents(12)
>>> len(docs), docs[0].id != docs[10].id, sorted({d.language for d in docs})
(12, True, ['en', 'fr'])
>>> synthetic_documents(12)[5].text == docs[5].text   # deterministic
True
>>> print(format_table(["size", "ratio"], [[500, "1.00"], [2000, "1.02"]]))
| size | ratio |
|-----:|------:|
|  500 |  1.00 |
| 2000 |  1.02 |
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import sys
import time
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from graph.model import Document, Event  # noqa: E402


def script_parser(doc: str) -> argparse.ArgumentParser:
    """The argument parser of a benchmark script: its docstring's first paragraph as the
    description and its ``Example:`` block as the epilog, printed as written."""
    return argparse.ArgumentParser(description=doc.split("\n\n")[0], epilog="Example:" + doc.split("Example:")[1],
                                   formatter_class=argparse.RawDescriptionHelpFormatter)


def machine_info() -> dict[str, str]:
    """Cores, CPU model, OS, Python and spaCy versions, for the benchmark tables."""
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    info = {
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }
    try:
        import spacy

        info["spacy"] = spacy.__version__
    except ImportError:
        pass
    return info


def print_machine() -> None:
    """Print :func:`machine_info` as one line."""
    print("machine: " + ", ".join(f"{k} {v}" for k, v in machine_info().items()))


@lru_cache(maxsize=1)
def _base_documents() -> tuple[Document, ...]:
    """The sample corpus, read (and its languages detected) by dipgraph's own ingest."""
    from graph.ingest import read_documents

    docs = tuple(read_documents([CORPUS]))
    if not docs:
        raise SystemExit(f"no documents in {CORPUS}")
    return docs


_DATE_IN_TEXT = re.compile(r"\b(19|20)\d\d\b")


def synthetic_documents(n: int) -> list[Document]:
    """``n`` documents made from the sample corpus, the same ones on every call.

    Document ``i`` is sample document ``i % k`` (English and French interleave), with its own id
    (ingest would drop a repeated id with the same text), a date moved ``i // k`` days later, and
    the years in its text changed to match that date.
    """
    return list(iter_synthetic_documents(n))


def iter_synthetic_documents(n: int) -> Iterator[Document]:
    """:func:`synthetic_documents` as a stream, one document at a time (for memory benchmarks)."""
    base = _base_documents()
    for i in range(n):
        src = base[i % len(base)]
        start = date.fromisoformat(src.date) if src.date else date(2022, 1, 1)
        day = start + timedelta(days=i // len(base))
        yield Document(
            id=f"{Path(src.id).stem}-{i:06d}",
            text=_DATE_IN_TEXT.sub(str(day.year), src.text),
            language=src.language,
            date=day.isoformat(),
            title=src.title,
            source="bench",
        )


#: The most popular parties of synthetic events, in this order (the saved queries' examples among
#: them); the other parties follow in a random order.
HUBS = ("USA", "RUS", "UKR", "CHN", "EU", "UN", "FRA", "TUR", "ISR", "IRN", "GBR", "DEU", "NATO",
        "AZE", "ARM", "QAT", "EGY", "SAU", "AU", "SDN", "MLI", "ECOWAS")

#: Endings of synthetic evidence sentences (made up here; no text of a real article).
_TAILS = (
    "during talks in the capital on {day}",
    "in a statement read to reporters on {day}",
    "after a phone call between the two sides on {day}",
    "at a summit that closed on {day}",
    "as envoys met behind closed doors on {day}",
)


def synthetic_events(n_events: int, n_actors: int, *, per_doc: int = 6, seed: int = 7
                     ) -> tuple[list[Document], list[Event]]:
    """Documents and stance events shaped like a build's output, for the RDF, SPARQL and HTML
    benchmarks (no NLP): ``n_events`` events among exactly ``n_actors`` parties (codes).

    Parties are the knowledge base's codes first (with their states, organisations and the
    people holding roles for them as the named actors, so RDF actor descriptions and roles are
    real), then made-up codes ``Z0001``...;
    popularity follows a Zipf-like law, :data:`HUBS` first, so there are hubs and a long tail,
    and every party takes part in at least one event. Relations, dates (2015 onwards), languages (70 % English) and
    confidences are drawn with a fixed seed: the same arguments give the same records.
    """
    import random
    from itertools import accumulate

    from graph.actors.kb import load_kb
    from graph.relations import relations

    rng = random.Random(seed)
    kb = load_kb()
    members: dict[str, list[tuple[str, str]]] = {}
    for actor in sorted(kb.actors.values(), key=lambda a: a.id):
        if actor.code and actor.type != "Media":
            members.setdefault(actor.code, []).append((actor.id, actor.label))
        elif actor.type == "Person":  # people speak for the parties they hold a role in
            for code in sorted({getattr(kb.get(r.actor), "code", None) for r in kb.roles(actor.id)} - {None}):
                members.setdefault(code, []).append((actor.id, actor.label))
    for code, named in members.items():  # the party's own actor first (id == code), then the rest
        named.sort(key=lambda m: (m[0] != code, m[0]))
    hubs = [c for c in HUBS if c in members][:n_actors]
    rest = sorted(set(members) - set(hubs))
    rng.shuffle(rest)
    rest = rest[: n_actors - len(hubs)]
    made = [f"Z{i:04d}" for i in range(1, n_actors - len(hubs) - len(rest) + 1)]
    for code in made:
        members[code] = [(code, f"Synthetic party {code[1:]}")]
    tail = rest + made
    rng.shuffle(tail)
    order = hubs + tail  # by popularity
    cum = list(accumulate(1.0 / (rank + 1) ** 0.8 for rank in range(len(order))))
    rels = list(relations().values())
    n_docs = max(1, -(-n_events // per_doc))
    docs = [
        Document(id=f"bench-{i:06d}", text="", language="en" if rng.random() < 0.7 else "fr",
                 date=(date(2015, 1, 1) + timedelta(days=i * 3650 // n_docs)).isoformat(),
                 title=f"Synthetic report {i}", source="bench", meta={"text_length": 2400})
        for i in range(n_docs)
    ]
    events = []
    for k in range(n_events):
        doc = docs[k // per_doc]
        src = order[k] if k < len(order) else rng.choices(order, cum_weights=cum)[0]
        tgt = rng.choices(order, cum_weights=cum)[0]
        while tgt == src and len(order) > 1:
            tgt = rng.choice(order)
        rel = rng.choice(rels)
        (sid, slabel), (tid, tlabel) = (
            # the party itself (its first member: the state or organisation) more often than not
            members[code][0] if rng.random() < 0.6 else rng.choice(members[code]) for code in (src, tgt))
        day = date.fromisoformat(doc.date) - timedelta(days=rng.choice((0, 0, 0, 1, 2)))
        sentence = (f"{slabel} {rel.labels['en']} {tlabel} "
                    + rng.choice(_TAILS).format(day=day.isoformat()) + f" (item {k}).")
        start = 120 * (k % per_doc)
        events.append(Event(
            doc=doc.id, source=src, relation=rel.name, target=tgt, source_actor=slabel,
            target_actor=tlabel, sentence=sentence, start=start, end=start + len(sentence),
            trigger=rel.labels["en"].split()[0], confidence=round(0.5 + rng.random() / 2, 3),
            language=doc.language, date=day.isoformat(), source_id=sid, target_id=tid,
            title=doc.title,
        ))
    return docs, events


def write_jsonl_corpus(docs: Iterable[Document], folder: Path, per_file: int = 250) -> int:
    """Write ``docs`` as JSONL shards of ``per_file`` records into ``folder`` (the form a
    scraper archive takes); return the number of words written (whitespace-separated)."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    fh = None
    for i, doc in enumerate(docs):
        if i % per_file == 0:
            if fh:
                fh.close()
            fh = open(folder / f"part-{i // per_file:05d}.jsonl", "w", encoding="utf-8")
        words += count_words(doc.text)
        record = {"id": doc.id, "date": doc.date, "title": doc.title, "text": doc.text}
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    return words


def count_words(text: str) -> int:
    """Words as the benchmarks count them: whitespace-separated strings."""
    return len(text.split())


def timed(fn: Callable[[], object]) -> float:
    """Wall-clock seconds taken by ``fn()``."""
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def cpu_timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``fn()``; CPU counts this process and the child processes
    it waited for (``nlp.pipe`` workers), so it moves less than wall time on a busy machine."""
    t0, c0 = time.perf_counter(), os.times()
    fn()
    t1, c1 = time.perf_counter(), os.times()
    cpu = sum(getattr(c1, k) - getattr(c0, k) for k in ("user", "system", "children_user", "children_system"))
    return t1 - t0, cpu


def median(values: Sequence[float]) -> float:
    """The median of ``values``."""
    return statistics.median(values)


def format_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table with right-aligned columns."""
    rows = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.rjust(w) for h, w in zip(headers, widths)) + " |"]
    lines.append("|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
    for r in rows:
        lines.append("| " + " | ".join(c.rjust(w) for c, w in zip(r, widths)) + " |")
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    """``met`` or ``MISSED``, for the goal column of the tables."""
    return "met" if ok else "MISSED"
