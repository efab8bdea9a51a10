"""One way down: no import in graph/ runs from a lower stage to a higher one (docs/ARCHITECTURE.md).

Every ``import`` and ``from ... import`` statement of every module, at module level or inside a
function, is resolved to the ``graph`` module it names; the stage of a module is that of the
longest prefix in :data:`STAGES`. An import may go to the same stage or to a lower one, never up.
"""

from __future__ import annotations

import ast
from pathlib import Path

import graph

#: The stages from the lowest to the highest; a module belongs to the longest prefix that names it.
#: docs/ARCHITECTURE.md states the same order.
STAGES: tuple[tuple[str, ...], ...] = (
    ("graph", "graph.errors", "graph.resources", "graph.io", "graph.languages", "graph.language_schema",
     "graph.grammar_keys", "graph.schema_kinds", "graph.model", "graph.registry",
     "graph.families"),
    ("graph.ingest",),
    ("graph.nlp.extensions",),
    ("graph.actors",),
    ("graph.document",),
    ("graph.events",),
    ("graph.nlp",),
    ("graph.rdf",),
    ("graph.sparql",),
    ("graph.validation",),
    ("graph.analysis",),
    ("graph.viz",),
    ("graph.build", "graph.pipeline", "graph.events.scorer.training"),
    ("graph.cli",),
)

ROOT = Path(graph.__file__).resolve().parent


def stage_of(module: str) -> int:
    """Index in :data:`STAGES` of the longest prefix naming ``module``."""
    best, best_len = -1, -1
    for i, prefixes in enumerate(STAGES):
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best_len:
                best, best_len = i, len(p)
    assert best >= 0, f"{module} is in no stage of STAGES"
    return best


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path):
    """``(line, module)`` for every graph module an import statement of ``path`` names."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "graph":
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "graph":
                continue
            for alias in node.names:  # ``from . import models`` names the submodule
                sub = f"{target}.{alias.name}"
                yield node.lineno, sub if _is_module(sub) else target


def _is_module(name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (ROOT / rel).with_suffix(".py").exists() or (ROOT / rel / "__init__.py").exists()


def upward_imports() -> list[str]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        here = module_name(path)
        for line, target in imported_modules(path):
            if stage_of(target) > stage_of(here):
                out.append(f"{path.relative_to(ROOT.parent)}:{line}: {here} imports {target}")
    return out


def test_no_import_runs_from_a_lower_stage_to_a_higher_one():
    assert upward_imports() == []


def test_every_module_has_a_stage_and_the_walker_sees_function_level_imports():
    assert all(stage_of(module_name(p)) >= 0 for p in ROOT.rglob("*.py"))
    # the assembly imports the components inside a function: seen, and going down
    found = dict((t, line) for line, t in imported_modules(ROOT / "nlp" / "models.py"))
    assert "graph.actors.component" in found and "graph.events.component" in found
    assert stage_of("graph.nlp.models") > stage_of("graph.events.component") > stage_of("graph.nlp.extensions")
    assert stage_of("graph.validation") > stage_of("graph.sparql.store") > stage_of("graph.rdf.load")


def test_the_architecture_document_states_the_same_order():
    text = (ROOT.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    order = text.split("<!-- stage order -->")[1].split("<!-- /stage order -->")[0]
    listed = [line.split("`")[1] for line in order.splitlines() if line.strip().startswith(("1", "2", "3", "4",
                                                                                              "5", "6", "7", "8", "9"))]
    assert listed == [prefixes[0] if i else "graph" for i, prefixes in enumerate(STAGES)][: len(listed)]
    assert len(listed) == len(STAGES)


#: keyword arguments of other libraries' functions that start with "_" (``ray.init(_temp_dir=)``)
LIBRARY_KEYWORDS = frozenset({"_temp_dir"})


def private_keys(path: Path) -> list[str]:
    """Private ``"_x"`` keys of ``path``: subscripts (``m["_x"]``), ``get``/``pop``/``setdefault``
    of one, dict-literal keys and ``_x=`` keyword arguments (records have typed fields instead)."""
    out = []

    def private(node) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("_") \
            and not node.value.startswith("__") and node.value[1:2].isalpha()

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        found = []
        if isinstance(node, ast.Subscript) and private(node.slice):
            found.append(node.slice.value)
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "pop", "setdefault") \
                    and node.args and private(node.args[0]):
                found.append(node.args[0].value)
            found += [k.arg for k in node.keywords if k.arg and k.arg.startswith("_") and not k.arg.startswith("__")
                      and k.arg not in LIBRARY_KEYWORDS]
        elif isinstance(node, ast.Dict):
            found += [k.value for k in node.keys if k is not None and private(k)]
        out += [f"{path.relative_to(ROOT.parent)}:{node.lineno}: {key}" for key in found]
    return out


def test_no_private_keys_on_records():
    assert [hit for path in sorted(ROOT.rglob("*.py")) for hit in private_keys(path)] == []


def test_the_private_key_walker_sees_each_shape(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('m["_pending"]\nm.get("_pl")\nm.pop("_sent", None)\nx = {"_appos": 1}\nf(_kb=2)\n'
                      'ok = m["__doc__"], m["code"], m.get("_")\n', encoding="utf-8")
    global ROOT
    saved, ROOT = ROOT, tmp_path.parent
    try:
        keys = [hit.rsplit(": ", 1)[1] for hit in private_keys(sample)]
    finally:
        ROOT = saved
    assert sorted(keys) == ["_appos", "_kb", "_pending", "_pl", "_sent"]
