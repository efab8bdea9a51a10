"""``dipgraph build`` on a corpus of bad inputs made here: one line per bad input, no traceback.

The contract (docs/robustness.md): every input that cannot be used is reported on stderr as
``Warning: skipped <path>: <reason>`` and skipped; the summary counts the skipped inputs; the exit
code is 0 when at least one document was processed, 1 when none could be, 2 for a usage error.
"""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main



def needs_full_build() -> None:
    """Tests that write outputs need every stage; the error paths before them do not."""
    pytest.importorskip("graph.rdf.dataset", reason="the RDF stage is not there yet")
    pytest.importorskip("graph.viz.html", reason="the HTML stage is not there yet")

GOOD_EN = "France condemned Russia over the strikes on Kyiv. Qatar mediated between Israel and Hamas."
GOOD_FR = "L'Algérie a condamné l'attaque du Niger contre le Mali. Le Maroc a salué la médiation du Qatar."


def make_bad_corpus(root: Path) -> tuple[list[str], list[str]]:
    """Write the bad corpus; return (expected stderr warning lines, names of readable docs)."""
    root.mkdir(parents=True, exist_ok=True)
    w: list[str] = []

    def p(name: str) -> Path:
        return root / name

    p("a_empty.txt").write_bytes(b"")
    w.append(f"{p('a_empty.txt')}: empty file")
    p("b_binary.txt").write_bytes(bytes(range(256)) * 64)
    w.append(f"{p('b_binary.txt')}: binary file, not text")
    p("c_broken.txt").write_bytes("Kyiv a été frappée.".encode("utf-8") + b"\xff\xfe\xfa\xc3")
    w.append(f"{p('c_broken.txt')}: not valid UTF-8 text (4 bad bytes, the first at offset 22); save it as UTF-8")
    p("d_latin1.txt").write_bytes(GOOD_FR.encode("latin-1"))
    p("e_utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD_FR.encode("utf-16-le"))
    p("f_german.txt").write_text(
        "Die Bundesregierung hat die Angriffe scharf verurteilt und zu sofortigen Verhandlungen aufgerufen.",
        encoding="utf-8")
    w.append(f"{p('f_german.txt')}: unsupported language 'de' (supported: en, fr)")
    p("g_finnish.txt").write_text(
        "Suomen hallitus tuomitsi hyökkäyksen ja vaati välitöntä tulitaukoa koko alueella.", encoding="utf-8")
    w.append(f"{p('g_finnish.txt')}: unsupported language 'fi' (supported: en, fr)")
    # a 1 MB line (mostly blanks, so parsing stays fast); the sentence after it must still count
    p("h_long_line.txt").write_text(GOOD_EN + " " * 1_000_000 + "Germany condemned Russia.", encoding="utf-8")
    jsonl = p("i_records.jsonl")
    jsonl.write_text("\n".join([
        json.dumps({"id": "rec-ok", "text": GOOD_EN, "date": "2023-11-24"}),
        "{broken json",
        json.dumps({"id": "rec-notext", "title": "only a title"}),
        json.dumps(["not", "an", "object"]),
    ]) + "\n", encoding="utf-8")
    w += [f"{jsonl}:2: malformed JSON (Expecting property name enclosed in double quotes)",
          f"{jsonl}:3: record has no 'text'",
          f"{jsonl}:4: a JSONL record must be an object"]
    p("j_hostile.html").write_text(
        "<html><head><script>alert('x')</script></head><body>" + "<table><tr><td>" * 20
        + f"<p>{GOOD_EN}</p>" + "</td></tr></table>" * 20 + "<script>document.write('y')</script></body></html>",
        encoding="utf-8")
    p("k_scripts_only.html").write_text("<html><body><script>alert(1)</script></body></html>", encoding="utf-8")
    w.append(f"{p('k_scripts_only.html')}: no article text found in HTML")
    p("l_notes.pdf").write_bytes(b"%PDF-1.4")  # in a folder: not an input file, silently ignored
    readable = ["d_latin1.txt", "e_utf16.txt", "h_long_line.txt", "rec-ok", "j_hostile.html"]
    return w, readable


def _run(args: list[str], capsys) -> tuple[int, list[str], str]:
    code = main(args)
    cap = capsys.readouterr()
    return code, cap.err.strip().splitlines(), cap.out


@pytest.mark.slow
def test_bad_corpus_is_reported_line_by_line_and_the_rest_is_built(tmp_path: Path, capsys):
    needs_full_build()
    expected, readable = make_bad_corpus(tmp_path / "bad")
    missing = tmp_path / "does-not-exist"
    code, err, out = _run(["build", str(tmp_path / "bad"), str(missing), "-o", str(tmp_path / "out"), "-j", "1"], capsys)
    assert code == 0
    expected.append(f"{missing}: no such file or folder")
    assert sorted(err) == sorted(f"Warning: skipped {line}" for line in expected)
    assert "Traceback" not in out + "\n".join(err)
    assert out.splitlines()[0].startswith(f"{len(readable)} documents ({len(expected)} skipped), ")
    rows = [json.loads(line) for line in (tmp_path / "out" / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["doc"] for r in rows} <= set(readable)
    assert {"d_latin1.txt", "rec-ok"} <= {r["doc"] for r in rows}
    latin = [r for r in rows if r["doc"] == "d_latin1.txt"]
    assert any("Algérie" in r["sentence"] for r in latin)  # decoded right, accents kept


def test_nothing_processed_exits_1_with_a_count(tmp_path: Path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    code, err, _ = _run(["build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-q"], capsys)
    assert code == 1
    assert err == [
        f"Warning: skipped {tmp_path / 'in' / 'bin.txt'}: binary file, not text",
        f"Warning: skipped {tmp_path / 'in' / 'empty.txt'}: empty file",
        "Error: no document could be processed (2 input(s) skipped)",
    ]
    assert not (tmp_path / "out" / "events.jsonl").exists()


def test_empty_folder_exits_1(tmp_path: Path, capsys):
    code, err, _ = _run(["build", str(tmp_path), "-o", str(tmp_path / "out"), "-q"], capsys)
    assert (code, err) == (1, ["Error: no input documents found"])


def test_output_folder_that_is_a_file_is_one_line(tmp_path: Path, capsys):
    needs_full_build()
    (tmp_path / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    (tmp_path / "taken").write_text("a file, not a folder")
    code, err, _ = _run(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "taken"), "-q", "-j", "1"], capsys)
    assert code == 2  # click's own check of the option
    assert err[-1] == f"Error: Invalid value for '-o' / '--out': Directory '{tmp_path / 'taken'}' is a file."
    code, err, _ = _run(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "taken" / "sub"), "-q", "-j", "1"], capsys)
    assert code == 1  # found only when the first output is written
    assert err == [f"Error: {tmp_path / 'taken' / 'sub'}: Not a directory"] or \
        (len(err) == 1 and err[0].startswith(f"Error: {tmp_path / 'taken'}") and err[0].endswith("Not a directory"))
    assert (tmp_path / "taken").read_text() == "a file, not a folder"


def test_debug_shows_the_traceback(tmp_path: Path):
    env_bin = Path(sys.executable).parent / "dipgraph"
    res = subprocess.run([str(env_bin), "--debug", "build", str(tmp_path / "nope"), "-o", str(tmp_path / "o")],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode != 0
    assert "Traceback" in res.stderr and "NothingProcessed" in res.stderr
    res = subprocess.run([str(env_bin), "build", str(tmp_path / "nope"), "-o", str(tmp_path / "o")],
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert res.stderr.strip().splitlines()[-1] == "Error: no document could be processed (1 input(s) skipped)"


@pytest.mark.slow
def test_folder_of_5000_tiny_files_builds(tmp_path: Path, capsys):
    needs_full_build()
    src = tmp_path / "tiny"
    src.mkdir()
    for i in range(5000):
        (src / f"t{i:05d}.txt").write_text(f"Qatar mediated talks ({i}).", encoding="utf-8")
    code, err, out = _run(["build", str(src), "-o", str(tmp_path / "out"), "--lang", "en", "--no-html", "--no-report"], capsys)
    assert code == 0, err
    assert out.splitlines()[0].startswith("5000 documents (0 skipped)")


def test_unreadable_date_is_a_usage_error(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text(GOOD_EN, encoding="utf-8")
    code, err, _ = _run(["build", str(tmp_path), "-o", str(tmp_path / "out"), "--date", "last Tuesday", "-q"], capsys)
    assert (code, err) == (2, ["Error: --date: cannot read 'last Tuesday' as a calendar date (use e.g. 2020-10-02)"])
