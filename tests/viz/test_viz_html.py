"""The HTML file itself: self-contained, escaped, deterministic, written atomically; the CLI."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re

import pytest
from viz_helpers import ev, four_states, unescape_js

from graph.cli import main
from graph.errors import UsageError
from graph.io import write_jsonl
from graph.viz.html import escape_tree, render_html, script_json, write_html

HOSTILE_NAME = "<script>window.__dgPwned=1</script>Evil"
HOSTILE_TITLE = "<img src=x onerror=\"window.__dgPwned=2\">"
HOSTILE_SENTENCE = "France condemned <svg onload=window.__dgPwned=3> Russia & \"friends\" </script><b>now</b>."


def hostile_events():
    return [
        ev("FRA", "condemn", "RUS", sentence=HOSTILE_SENTENCE, title=HOSTILE_TITLE,
           doc="<script>window.__dgPwned=4</script>.txt", trigger="<i>condemned</i>"),
        ev("ZZQ", "attack", "UKR", source_actor=HOSTILE_NAME, source_id="unknown/group/<b>x</b>",
           date="2021-01-01<script>"),
    ]


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> str:
    path = write_html(hostile_events(), tmp_path_factory.mktemp("h") / "stance.html", title="<b>T</b> & co")
    return path.read_text(encoding="utf-8")


def data_of(page: str) -> dict:
    """The page's JSON data, as the page script parses it (before it decodes the entities)."""
    body = re.search(r'<script type="application/json" id="dg-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(body)


def test_no_markup_from_the_news_is_live(hostile_page):
    seen = unescape_js(hostile_page)
    assert "__dgPwned" in seen  # the text is there ...
    for live in ("<script>window.__dgPwned", "<img src=x", "<svg onload", "<b>now", "<i>condemned", "<b>x</b>",
                 "<b>T</b>"):
        assert live not in seen, live  # ... but never as markup
    assert "<title>&lt;b&gt;T&lt;/b&gt; &amp; co</title>" in hostile_page


def test_json_data_cannot_close_its_script(hostile_page):
    for body in re.findall(r"<script[^>]*>(.*?)</script>", hostile_page, flags=re.S | re.I):
        if "__dgPwned" in body:
            assert "<" not in body and ">" not in body and "&" not in body
            assert "</script" not in unescape_js(body).lower()
    assert len(re.findall(r"^<script[^>]*>", hostile_page, re.M)) == 3  # data, vis-network, page script


def test_data_strings_are_html_escaped_once(hostile_page):
    data = data_of(hostile_page)
    assert html.escape(HOSTILE_SENTENCE, quote=True) in data["sentences"]
    actor = [a for a in data["actors"] if a["key"] == "ZZQ"][0]
    assert html.unescape(actor["label"]) == HOSTILE_NAME
    assert [html.unescape(d["title"] or "") for d in data["docs"]].count(HOSTILE_TITLE) == 1


def test_nothing_is_loaded_from_outside(hostile_page):
    assert not re.search(r"<(script|link|img|iframe|object|embed|source|audio|video)\b[^>]*\b(src|href|data)\s*=",
                         hostile_page, re.I)
    assert "@import" not in hostile_page
    assert not re.search(r"url\(\s*['\"]?(https?:|//)", hostile_page, re.I)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', hostile_page).group(1)
    assert "default-src &#39;none&#39;" in csp and "unsafe-eval" not in csp
    # the policy lists exactly the hashes of the page's two executable scripts
    scripts = [b for a, b in re.findall(r"<script([^>]*)>(.*?)</script>", hostile_page, re.S) if "json" not in a]
    hashes = sorted(re.findall(r"sha256-([A-Za-z0-9+/=]+)", csp))
    assert hashes == sorted(base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in scripts)


def test_same_events_give_the_same_bytes(tmp_path):
    events = four_states() + hostile_events()
    a = write_html(events, tmp_path / "a.html").read_bytes()
    b = write_html(events, tmp_path / "b.html").read_bytes()
    shuffled = events[:]
    random.Random(3).shuffle(shuffled)
    c = write_html(shuffled, tmp_path / "c.html").read_bytes()
    assert a == b == c


def test_options_change_the_page(tmp_path):
    base = render_html(four_states())
    assert render_html(four_states(), colour_by="bloc") != base
    assert render_html(four_states(), max_actors=2) != base
    page = render_html(four_states(), max_actors=2)
    assert "The 2 most important of 4 actors are drawn; the 2 others are merged into one node." in page


def test_written_atomically(tmp_path):
    target = tmp_path / "out" / "stance.html"
    write_html(four_states(), target)
    before = target.read_bytes()
    with pytest.raises(UsageError):  # a failing render leaves the previous page as it was
        write_html(four_states(), target, colour_by="nonsense")
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["stance.html"]


def test_escape_tree_and_script_json():
    assert escape_tree(["<a href='x'>", {"k": "&"}, 3, None]) == ["&lt;a href=&#x27;x&#x27;&gt;", {"k": "&amp;"}, 3, None]
    text = script_json({"s": "</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"s": "</script>&\u2028"}


def test_cli_writes_the_page(tmp_path, capsys):
    events = tmp_path / "events.jsonl"
    write_jsonl(events, (e.to_json() for e in four_states()))
    out = tmp_path / "page.html"
    assert main(["html", str(events), "-o", str(out), "--colour-by", "bloc", "--title", "Caucasus"]) == 0
    assert "Wrote" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert "<title>Caucasus</title>" in page and len(data_of(page)["nodes"]) == 4
    # filters before drawing: only the two condemnations
    assert main(["html", str(tmp_path), "-o", str(out), "--relation", "condemn"]) == 0
    assert len(data_of(out.read_text(encoding="utf-8"))["edges"]) == 1


def test_cli_errors_are_one_line(tmp_path, capsys):
    assert main(["html", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "x.html")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1
    events = tmp_path / "events.jsonl"
    write_jsonl(events, (e.to_json() for e in four_states()))
    assert main(["html", str(events), "--relation", "hug"]) == 2
    assert "unknown relation(s): hug" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_cli_help_has_an_example(capsys):
    assert main(["html", "--help"]) == 0
    assert "Example:" in capsys.readouterr().out
