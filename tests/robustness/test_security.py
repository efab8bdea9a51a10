"""Security: no code runs from user data, no network at run time, hostile news stays inert in HTML."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "corpus"

#: Calls that would run or unpickle data: none may appear in the package.
FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__"}
FORBIDDEN_MODULES = {"pickle", "cPickle", "dill", "marshal", "shelve", "joblib", "cloudpickle"}
#: Network clients: the package may not import them (models and data are installed packages).
NETWORK_MODULES = {"requests", "httpx", "urllib.request", "urllib3", "aiohttp", "http.client", "ftplib", "socket"}


def _package_sources() -> list[Path]:
    return sorted((ROOT / "graph").rglob("*.py"))


def test_package_has_no_eval_exec_or_pickle():
    found = []
    for path in _package_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.func.id}()")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "load" \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "yaml":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: yaml.load")
            if isinstance(node, ast.keyword) and node.arg == "shell" and getattr(node.value, "value", False) is True:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: shell=True")
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN_MODULES:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: import {name}")
    assert found == []


def test_package_imports_no_network_client():
    """``graph.sparql`` may talk to its own loopback server, and the ray engine to the Ray cluster
    a user names (``--ray-address``); nothing else opens connections."""
    found = []
    for path in _package_sources():
        if "sparql" in path.parts or path.name in ("serve.py", "ray_engine.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            for name in names:
                if name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: import {name}")
    assert found == []


NO_NET = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network access attempted: %r" % (a,))
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from graph.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.slow
def test_build_runs_with_the_network_cut_off(tmp_path: Path):
    pytest.importorskip("graph.rdf.dataset", reason="the RDF stage is not there yet")
    pytest.importorskip("graph.viz.html", reason="the HTML stage is not there yet")
    res = subprocess.run([sys.executable, "-c", NO_NET, "build", str(CORPUS), "-o", str(tmp_path / "o"), "-q", "-j", "1"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "network access attempted" not in res.stderr
    assert (tmp_path / "o" / "events.jsonl").stat().st_size > 0


HOSTILE = [
    "France condemned Russia over the strikes on Kyiv <script>alert('dg-xss-1')</script> on Monday.",
    "Qatar mediated between Israel and Hamas <img src=x onerror=alert('dg-xss-2')> in Doha.",
    "Germany condemned Russia \"><svg onload=alert('dg-xss-3')> after the attack.",
]


def _unescape_js(text: str) -> str:
    """What a browser's JavaScript sees once string literals are decoded (\\uXXXX, \\/, \\x3c)."""
    text = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), text)
    return text.replace("\\/", "/").replace('\\"', '"').replace("\\'", "'")


@pytest.mark.slow
def test_hostile_news_is_escaped_in_the_html_page(tmp_path: Path):
    """Markup in articles, titles and ids reaches the page only as text, never as live markup."""
    pytest.importorskip("graph.rdf.dataset", reason="the RDF stage is not there yet")
    pytest.importorskip("graph.viz.html", reason="the HTML stage is not there yet")
    from graph.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "hostile.txt").write_text(" ".join(HOSTILE), encoding="utf-8")
    (src / "hostile.jsonl").write_text(json.dumps({
        "id": "<script>alert('dg-xss-4')</script>", "title": "<img src=x onerror=alert('dg-xss-5')>",
        "date": "2023-01-02", "text": " ".join(HOSTILE),
    }) + "\n", encoding="utf-8")
    assert main(["build", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1", "--lang", "en"]) == 0
    page = (tmp_path / "out" / "stance.html").read_text(encoding="utf-8")
    seen = _unescape_js(page)
    assert "dg-xss" in seen, "the hostile text should reach the page (as escaped text)"
    for live in ("<script>alert('dg-xss", "<img src=x onerror", "<svg onload"):
        assert live not in seen, live
    # every script element's body: no corpus markup that could close it early
    for body in re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S | re.I):
        assert "dg-xss" not in body or "</script" not in _unescape_js(body).lower()
