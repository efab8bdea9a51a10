"""The code-shape rules of the developers' guide, checked on every module of ``graph/``.

Public functions and the public methods of public classes say what they do (a docstring);
modules stay near 400 lines and functions under 60, so each can be read whole.
"""

from __future__ import annotations

import ast
from pathlib import Path

import graph

ROOT = Path(graph.__file__).resolve().parent
MODULE_LINES, FUNCTION_LINES = 420, 60


def _functions(tree: ast.Module):
    """Module-level functions and methods of module-level classes, with their class (or None)."""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield None, node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    yield node, item


def undocumented(path: Path) -> list[str]:
    """``file:line: name`` of each public function or method of a public class without a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.relative_to(ROOT.parent)}:{fn.lineno}: {fn.name}" for cls, fn in _functions(tree)
            if not fn.name.startswith("_") and (cls is None or not cls.name.startswith("_"))
            and ast.get_docstring(fn) is None]


def too_long(path: Path) -> list[str]:
    """``file:line: name (n lines)`` of each function or method, nested ones included, over the limit."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.relative_to(ROOT.parent)}:{n.lineno}: {n.name} ({n.end_lineno - n.lineno + 1} lines)"
            for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            and n.end_lineno - n.lineno + 1 > FUNCTION_LINES]


def test_every_public_function_has_a_docstring():
    assert [hit for path in sorted(ROOT.rglob("*.py")) for hit in undocumented(path)] == []


def test_modules_stay_near_400_lines():
    long = [f"{p.relative_to(ROOT.parent)} ({n} lines)" for p in sorted(ROOT.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES]
    assert long == []


def test_functions_stay_under_60_lines():
    assert [hit for path in sorted(ROOT.rglob("*.py")) for hit in too_long(path)] == []


def test_the_walkers_see_what_they_look_for(tmp_path):
    sample = tmp_path / "graph" / "sample.py"
    sample.parent.mkdir()
    body = "\n".join(f"    x{i} = {i}" for i in range(FUNCTION_LINES))
    sample.write_text(f"def public():\n{body}\n\ndef _private():\n    pass\n\nclass Open:\n"
                      f"    def method(self):\n        pass\n\nclass _Hidden:\n    def method(self):\n        pass\n",
                      encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path / "graph"
    try:
        assert [h.rsplit(": ", 1)[1] for h in undocumented(sample)] == ["public", "method"]
        assert [h.rsplit(": ", 1)[1] for h in too_long(sample)] == [f"public ({FUNCTION_LINES + 1} lines)"]
    finally:
        ROOT = saved


def test_test_modules_have_unique_names():
    """pytest imports test modules by base name (the test folders are not packages): two of a
    name stop the whole run at collection."""
    names = [p.name for p in sorted(ROOT.parent.joinpath("tests").rglob("test_*.py"))]
    assert sorted({n for n in names if names.count(n) > 1}) == []
