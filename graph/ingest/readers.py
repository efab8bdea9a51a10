"""Readers for the three input forms: plain text, JSON Lines records and HTML pages.

``read_documents`` walks files and folders in sorted order (so output is deterministic), reads
each file with the reader for its suffix and yields :class:`~graph.model.Document` objects. A file
or record that cannot be used is passed to ``on_skip`` as an :class:`InputError` and skipped.

Example
-------
>>> import tempfile, pathlib, json
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "c.jsonl").write_text(json.dumps({"id": "r1", "text": "Paris welcomed the deal.",
...                                             "date": "3 March 2021"}) + "\\n")
>>> doc = next(read_documents([d]))
>>> doc.id, doc.date, doc.language
('r1', '2021-03-03', 'en')
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError, UnsupportedLanguage, UsageError
from ..languages import check_language, supported_languages
from ..model import Document
from .language import cut_dateline, dateline_date, detect_language, parse_date
from .text import decode_bytes, strip_boilerplate

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
#: Largest input file read, in bytes. Longer documents are not refused: the pipeline cuts texts
#: over spaCy's limit into paragraph-bounded pieces (:mod:`graph.ingest.chunks`).
MAX_FILE_BYTES = 200 * 1024 * 1024

SkipHandler = Callable[[InputError], None]


def _raise(err: InputError) -> None:
    raise err


def _warn(err: InputError) -> None:
    print(f"Warning: {err}", file=sys.stderr)


def iter_input_files(paths: Iterable[str | Path], on_skip: SkipHandler = _raise) -> Iterator[Path]:
    """Files to read: each file given, and every input file under each folder, sorted."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                on_skip(InputError(str(path), f"unsupported file type '{path.suffix}' (use {', '.join(SUFFIXES)})"))
        else:
            on_skip(InputError(str(path), "no such file or folder"))


def read_documents(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    language: str | None = None,
    on_skip: SkipHandler = _raise,
    on_warn: SkipHandler = _warn,
) -> Iterator[Document]:
    """Yield the documents of every input file; report and skip what cannot be read.

    ``date`` (any format dateparser reads) replaces a missing document date; ``language``
    forces the language instead of detecting it. ``on_warn`` hears about inputs that are read
    with a repair (a few corrupt UTF-8 bytes replaced); by default it prints to stderr.
    """
    default_date = parse_date(date) if date else None
    if date and default_date is None:
        raise UsageError(f"--date: cannot read '{date}' as a calendar date (use e.g. 2020-10-02)")
    seen: dict[str, tuple[str, bytes]] = {}  # id -> (where first seen, digest of the text)
    for path in iter_input_files(paths, on_skip):
        try:
            docs = list(_read_file(path, on_warn))
        except InputError as err:
            on_skip(err)
            continue
        except OSError as err:
            on_skip(InputError(str(path), f"cannot read: {err.strerror or err}"))
            continue
        for doc in docs:
            try:
                doc = finish_document(doc, default_date, language)
                unique_id(doc, seen, on_warn)
            except InputError as err:
                on_skip(err)
                continue
            yield doc


def text_key(text: str) -> bytes:
    """The digest that tells two documents with the same id apart (same text: a repeat)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def unique_id(doc: Document, seen: dict[str, tuple[str, bytes]], on_warn: SkipHandler,
               key: bytes | None = None) -> None:
    """Skip a repeat of an earlier document; rename a different document that reuses its id.

    Ids name the document's graph and its events, so two documents must never share one
    (``a/report.txt`` and ``b/report.txt``, or a JSONL archive that repeats a record). ``key``
    is the :func:`text_key` of the text, for a document whose text is no longer at hand.
    """
    where = doc.path or doc.id
    key = key if key is not None else text_key(doc.text)
    if doc.id in seen:
        first, first_key = seen[doc.id]
        if first_key == key:
            raise InputError(where, f"duplicate of {first} (same id '{doc.id}' and same text)")
        n = 2
        while f"{doc.id}~{n}" in seen:
            n += 1
        new_id = f"{doc.id}~{n}"
        on_warn(InputError(where, f"id '{doc.id}' is already used by {first}; this document is '{new_id}'"))
        doc.id = new_id
    seen[doc.id] = (where, key)


def _read_file(path: Path, on_warn: SkipHandler = _warn) -> Iterator[Document]:
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty file")
    if size > MAX_FILE_BYTES:
        raise InputError(str(path), f"file too large ({size // 2**20} MiB, limit {MAX_FILE_BYTES // 2**20} MiB)")
    yield from file_documents(path, path.read_bytes(), on_warn)


def file_documents(path: str | Path, raw: bytes, on_warn: SkipHandler = _warn) -> Iterator[Document | InputError]:
    """The documents of one input file's bytes (``path`` tells the reader and names them), not
    yet finished (:func:`finish_document`); records that cannot be read come as
    :class:`InputError`. For engines that read the bytes themselves (Ray Data)."""
    path = Path(path)
    if not raw:
        raise InputError(str(path), "empty file")
    text = decode_bytes(raw, str(path), on_warn)
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl_documents(path, text)
    elif suffix in (".html", ".htm"):
        yield _html_document(path, text)
    else:
        yield Document(id=path.name, text=strip_boilerplate(text), path=str(path))


def _jsonl_documents(path: Path, text: str) -> Iterator[Document | InputError]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"malformed JSON ({err.msg})")
            continue
        except RecursionError:
            yield InputError(where, "malformed JSON (nested too deeply)")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSONL record must be an object")
            continue
        text_key = next((k for k in TEXT_KEYS if isinstance(record.get(k), str) and record[k].strip()), None)
        if text_key is None:
            yield InputError(where, "record has no 'text'")
            continue
        rid = record.get("id")
        meta = {k: v for k, v in record.items() if k != text_key}
        yield Document(
            id=str(rid) if isinstance(rid, (str, int)) and rid != "" else f"{path.name}:{lineno}",
            text=strip_boilerplate(record[text_key]),
            path=where,
            language=_field(record, "language", "lang"),
            date=_field(record, *DATE_KEYS),
            title=_field(record, "title", "headline"),
            url=_field(record, "url", "link"),
            source=_field(record, "source", "source_domain", "sitename"),
            meta=meta,
        )


#: Keys read as the article text of a JSONL record, in order ("maintext": news-please's output).
TEXT_KEYS = ("text", "maintext", "body", "content", "article")
#: Keys read as its date.
DATE_KEYS = ("date", "date_publish", "published", "publication_date", "pubdate")


def _field(record: dict, *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            found = _str_or_none(value)
            if found:
                return found
    return None


def _html_document(path: Path, html: str) -> Document:
    import trafilatura

    body = None
    # Precise extraction first; pages laid out with (nested) tables keep their article in table
    # cells, so a second pass reads tables too, one cell a line.
    for tables in (False, True):
        try:
            extracted = trafilatura.bare_extraction(
                html, include_comments=False, include_tables=tables, favor_precision=True, with_metadata=True
            )
        except Exception:  # trafilatura raises many lxml errors on broken markup: try the fallback
            extracted = None
            break
        body = getattr(extracted, "text", None) if extracted is not None else None
        if body and tables:
            body = "\n".join(c.strip() for line in body.split("\n") for c in line.split("|") if c.strip())
        if body:
            break
    if not body:
        # lxml gives up on very deep nesting; the standard library's parser does not
        from .html_text import html_text

        body = html_text(html)
        extracted = None
        if sum(ch.isalpha() for ch in body) < 40:
            raise InputError(str(path), "no article text found in HTML")
    return Document(
        id=path.name,
        text=strip_boilerplate(body),
        path=str(path),
        language=_str_or_none(getattr(extracted, "language", None)),
        date=_str_or_none(getattr(extracted, "date", None)),
        title=_str_or_none(getattr(extracted, "title", None)),
        url=_str_or_none(getattr(extracted, "url", None)),
        source=_str_or_none(getattr(extracted, "sitename", None)),
    )


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value not in (None, "") else None


def document_language(doc: Document, language: str | None = None) -> str:
    """The language a document is read in: ``language``, else its own, else detected; an
    :class:`InputError` when it cannot be told or is not supported (never English by default).

    >>> document_language(Document(id="a", text="x", language="fr"))
    'fr'
    """
    where = doc.path or doc.id
    lang = (language or doc.language or detect_language(doc.text) or "").lower()[:2]
    if not lang:
        flags = " or ".join(f"--lang {code}" for code in supported_languages())
        raise InputError(where, f"cannot tell the language (too little text); give it with {flags}")
    try:
        return check_language(lang)
    except UnsupportedLanguage as exc:
        raise InputError(where, str(exc)) from None


def finish_document(doc: Document | InputError, default_date: str | None, language: str | None) -> Document:
    """Date and language of a read document; :class:`InputError` when it has no usable text."""
    if isinstance(doc, InputError):
        raise doc
    where = doc.path or doc.id
    if not doc.text.strip():
        raise InputError(where, "no text after removing boilerplate")
    doc.date = (parse_date(doc.date) if doc.date else None) or dateline_date(doc.text) or default_date
    doc.text = cut_dateline(doc.text)
    doc.language = document_language(doc, language)
    return doc
