"""Readers: what a user gets from each kind of file, good or bad, with the exact messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.ingest import read_documents
from graph.ingest.chunks import CHUNK_CHARS, chunk_text


def _read(*paths, **kw):
    skipped: list[InputError] = []
    docs = list(read_documents(paths, on_skip=skipped.append, **kw))
    return docs, [str(e) for e in skipped]


def test_jsonl_bad_lines_are_skipped_one_by_one(tmp_path: Path):
    f = tmp_path / "news.jsonl"
    f.write_text("\n".join([
        json.dumps({"id": "ok1", "text": "France condemned the strikes on Kyiv.", "date": "2022-10-10"}),
        "{not json",
        "[1, 2]",
        json.dumps({"id": "no-text", "title": "A title only"}),
        json.dumps({"id": "num", "text": 5}),
        "",
        json.dumps({"text": "Qatar welcomed the release of the hostages."}),
    ]) + "\n", encoding="utf-8")
    docs, skipped = _read(f)
    assert [d.id for d in docs] == ["ok1", "news.jsonl:7"]
    assert skipped == [
        f"{f}:2: malformed JSON (Expecting property name enclosed in double quotes)",
        f"{f}:3: a JSONL record must be an object",
        f"{f}:4: record has no 'text'",
        f"{f}:5: record has no 'text'",
    ]


def test_bad_files_each_get_one_line(tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n\n   \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "de.txt").write_text(
        "Die Bundesregierung hat die Angriffe scharf verurteilt und zu sofortigen Verhandlungen aufgerufen.")
    (tmp_path / "fi.txt").write_text(
        "Suomen hallitus tuomitsi hyökkäyksen ja vaati välitöntä tulitaukoa koko alueella.")
    (tmp_path / "ads.txt").write_text("Advertisement\nRead also: more\n")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    docs, skipped = _read(tmp_path, tmp_path / "missing", tmp_path / "notes.pdf")
    assert docs == []
    assert skipped == [
        f"{tmp_path / 'ads.txt'}: no text after removing boilerplate",
        f"{tmp_path / 'blank.txt'}: no text after removing boilerplate",
        f"{tmp_path / 'de.txt'}: unsupported language 'de' (supported: en, fr)",
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'fi.txt'}: unsupported language 'fi' (supported: en, fr)",
        f"{tmp_path / 'image.txt'}: binary file, not text",
        f"{tmp_path / 'missing'}: no such file or folder",
        f"{tmp_path / 'notes.pdf'}: unsupported file type '.pdf' (use .txt, .jsonl, .html, .htm)",
    ]


def test_legacy_and_utf16_files_are_read(tmp_path: Path):
    text = "Le Maroc a salué la médiation du Qatar entre les deux délégations à Doha."
    (tmp_path / "latin1.txt").write_bytes(text.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "utf16le.txt").write_bytes(text.encode("utf-16-le"))
    docs, skipped = _read(tmp_path)
    assert skipped == []
    assert [(d.id, d.text, d.language) for d in docs] == [
        ("latin1.txt", text, "fr"), ("utf16.txt", text, "fr"), ("utf16le.txt", text, "fr")]


def test_html_scripts_never_become_text_and_tables_are_read(tmp_path: Path):
    page = (
        "<html><head><title>Talks</title><script>var x = '<p>injected</p>';</script>"
        "<style>p{color:red}</style></head><body>"
        + "<script>alert('pwned')</script>" * 40
        + "<table><tr><td>" * 25
        + "<p>The foreign ministry of Japan condemned the missile launch by North Korea.</p>"
        + "<p>Seoul called for restraint and new talks.</p>"
        + "</td></tr></table>" * 25
        + "<noscript>enable javascript</noscript><iframe src='http://evil'></iframe></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert skipped == []
    (doc,) = docs
    assert "Japan condemned the missile launch by North Korea." in doc.text
    assert "Seoul called for restraint" in doc.text
    for bad in ("alert", "pwned", "var x", "injected", "color:red", "<", "|"):
        assert bad not in doc.text


def test_html_without_article(tmp_path: Path):
    (tmp_path / "nav.html").write_text("<html><body><script>alert(1)</script></body></html>")
    _, skipped = _read(tmp_path)
    assert skipped == [f"{tmp_path / 'nav.html'}: no article text found in HTML"]


def test_folder_of_5000_tiny_files_streams_in_sorted_order(tmp_path: Path):
    for i in range(5000):
        (tmp_path / f"n{i:05d}.txt").write_text(f"Qatar mediated talks number {i} between Israel and Hamas.")
    (tmp_path / ".hidden.txt").write_text("France condemned it.")
    docs, skipped = _read(tmp_path, language="en")
    assert skipped == []
    assert [d.id for d in docs] == [f"n{i:05d}.txt" for i in range(5000)]


def test_one_megabyte_line_and_ten_megabyte_document_are_kept_whole(tmp_path: Path):
    line = "France condemned the strikes on Kyiv. " * 27000  # ~1 MB, one line
    (tmp_path / "line.txt").write_text(line)
    big = ("Qatar mediated between Israel and Hamas in Doha.\n\n" * 210000)  # ~10 MB
    (tmp_path / "big.txt").write_text(big)
    docs, skipped = _read(tmp_path)
    assert skipped == []
    assert [(d.id, len(d.text)) for d in docs] == [("big.txt", len(big.strip())), ("line.txt", len(line.strip()))]


@pytest.mark.parametrize("text", [
    "short",
    "a" * (CHUNK_CHARS * 3 + 7),                         # no break at all: hard cuts
    ("word " * 50000),                                    # spaces only
    ("One sentence here. " * 30000),                      # sentence ends
    ("A line of news\n" * 20000),                         # line breaks
    ("Paragraph one is here.\n\n" * 20000),               # paragraphs
])
def test_chunks_cover_the_text_exactly_and_respect_the_limit(text):
    pieces = list(chunk_text(text))
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= CHUNK_CHARS for _, p in pieces)
    assert all(text[s:s + len(p)] == p for s, p in pieces)
    assert len(pieces) == (1 if len(text) <= CHUNK_CHARS else len(pieces))
    if "\n\n" in text and len(text) > CHUNK_CHARS:
        assert all(p.endswith("\n\n") for _, p in pieces[:-1])  # cut at paragraph breaks


def test_text_too_short_to_tell_its_language(tmp_path: Path):
    (tmp_path / "short.txt").write_text("Kyiv, 2022.")
    docs, skipped = _read(tmp_path)
    assert skipped == [f"{tmp_path / 'short.txt'}: cannot tell the language (too little text); "
                       "give it with --lang en or --lang fr"]
    docs, skipped = _read(tmp_path, language="en")
    assert [d.language for d in docs] == ["en"] and skipped == []


def test_duplicate_ids_are_skipped_or_renamed(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "c").mkdir()
    same = "Qatar mediated between Israel and Hamas in Doha."
    (tmp_path / "a" / "report.txt").write_text(same)
    (tmp_path / "b" / "report.txt").write_text(same)
    (tmp_path / "c" / "report.txt").write_text("France condemned Russia over the strikes on Kyiv.")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "r1", "text": same}) + "\n" + json.dumps({"id": "r1", "text": same}) + "\n")
    warnings: list[InputError] = []
    docs, skipped = _read(tmp_path, on_warn=warnings.append)
    assert [(d.id, d.path) for d in docs] == [
        ("report.txt", str(tmp_path / "a" / "report.txt")),
        ("report.txt~2", str(tmp_path / "c" / "report.txt")),
        ("r1", f"{tmp_path / 'd.jsonl'}:1"),
    ]
    assert skipped == [
        f"{tmp_path / 'b' / 'report.txt'}: duplicate of {tmp_path / 'a' / 'report.txt'} (same id 'report.txt' and same text)",
        f"{tmp_path / 'd.jsonl'}:2: duplicate of {tmp_path / 'd.jsonl'}:1 (same id 'r1' and same text)",
    ]
    assert [str(w) for w in warnings] == [
        f"{tmp_path / 'c' / 'report.txt'}: id 'report.txt' is already used by {tmp_path / 'a' / 'report.txt'}; "
        "this document is 'report.txt~2'"]


@pytest.mark.parametrize("given, expected", [
    ("2023-11-24", "2023-11-24"),
    ("2020-10-02T08:00:00Z", "2020-10-02"),
    ("Fri, 24 Nov 2023 08:00:00 GMT", "2023-11-24"),
    ("le 1er novembre 2020", "2020-11-01"),
    ("24 novembre 2023", "2023-11-24"),
    ("2023-02-30", None),          # no such day
    ("2023-13-01", None),          # no such month
    ("yesterday", None),           # relative: would change with the day of the build
    ("March 3", None),             # no year: same
    ("x" * 5000, None),            # not a date at all
])
def test_dates_are_complete_calendar_dates_or_none(given, expected):
    from graph.ingest.language import parse_date

    assert parse_date(given) == expected


def test_bad_record_date_falls_back_to_the_default_and_bad_default_is_a_usage_error(tmp_path: Path):
    from graph.errors import UsageError

    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "a", "text": "Qatar mediated between Israel and Hamas in Doha.", "date": "2023-02-30"}) + "\n")
    docs, _ = _read(tmp_path, date="2023-11-24")
    assert [d.date for d in docs] == ["2023-11-24"]
    with pytest.raises(UsageError, match=r"--date: cannot read 'tomorrow' as a calendar date \(use e.g. 2020-10-02\)"):
        _read(tmp_path, date="tomorrow")


def test_very_deeply_nested_html_is_still_read(tmp_path: Path):
    """lxml stops at a nesting depth of a few hundred; the fallback reader has no limit."""
    para = "<p>The foreign ministry of Japan condemned the missile launch by North Korea.</p>"
    (tmp_path / "deep.html").write_text(
        "<html><head><script>alert('deep')</script></head><body>" + "<div>" * 20000 + para
        + "<script>alert('inner')</script>" + "</div>" * 20000 + "</body></html>", encoding="utf-8")
    (tmp_path / "tables.html").write_text(
        "<html><body>" + "<table><tr><td>" * 3000 + para + "</td></tr></table>" * 3000 + "</body></html>",
        encoding="utf-8")
    docs, skipped = _read(tmp_path)
    assert skipped == []
    assert [d.text for d in docs] == ["The foreign ministry of Japan condemned the missile launch by North Korea."] * 2


def test_jsonl_from_common_scrapers_and_hostile_records(tmp_path: Path):
    text = "Qatar mediated between Israel and Hamas in Doha."
    f = tmp_path / "s.jsonl"
    f.write_text("\n".join([
        json.dumps({"maintext": text, "title": "Talks", "date_publish": "2023-11-24 08:00:00",
                    "source_domain": "example.org", "url": "https://example.org/a"}),
        "[" * 100000,                                          # nested too deeply for any parser
        json.dumps({"id": {"nested": 1}, "text": text + " Egypt agreed.", "date": ["2023"], "title": 5}),
        json.dumps({"id": True, "text": "   "}),
    ]) + "\n", encoding="utf-8")
    docs, skipped = _read(f)
    assert [(d.id, d.title, d.date, d.source, d.url) for d in docs] == [
        ("s.jsonl:1", "Talks", "2023-11-24", "example.org", "https://example.org/a"),
        ("s.jsonl:3", "5", None, None, None),
    ]
    assert skipped == [f"{f}:2: malformed JSON (nested too deeply)", f"{f}:4: record has no 'text'"]
