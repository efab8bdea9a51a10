"""The built wheel carries every data file: a normal (non-editable) install finds them all."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import graph, sys
from pathlib import Path
from graph.resources import data_path, ontology_path
assert Path(graph.__file__).resolve().is_relative_to(Path(sys.prefix).resolve()), graph.__file__
for p in (data_path("relations.tsv"), data_path("pipelines.json"), ontology_path("dipgraph.ttl")):
    assert p.is_file(), p
assert list(ontology_path("queries").glob("*.rq")), "saved queries"
assert list(ontology_path("shapes").glob("*.ttl")), "SHACL shapes"
from graph.sparql.queries import saved_queries
assert len(saved_queries()) >= 8 and saved_queries("checks"), "saved queries and checks"
from graph.viz import html
assert Path(html.__file__).parent.joinpath("templates").is_dir(), "HTML templates"
print("ok")
"""


def test_every_subpackage_is_listed_in_setup_cfg():
    import configparser

    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    listed = set(cfg["options"]["packages"].split())
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "graph").rglob("__init__.py")}
    assert found | {"graph.ontology"} == listed


@pytest.mark.wheel
@pytest.mark.slow
def test_installed_wheel_finds_its_data_and_builds(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    wheel = next(dist.glob("dipgraph-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    vpy = venv / "bin" / "python"
    subprocess.run([str(vpy), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)], check=True)
    # Dependencies come from this environment's site-packages; PYTHONPATH does not run its .pth
    # files, so the editable checkout stays invisible and only the wheel's copy can be imported.
    env = dict(os.environ, PYTHONPATH=sysconfig.get_paths()["purelib"])
    work = tmp_path / "elsewhere"
    work.mkdir()
    out = subprocess.run([str(vpy), "-c", CHECK], env=env, cwd=work, capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
    build = subprocess.run([str(venv / "bin" / "dipgraph"), "build", str(ROOT / "examples" / "corpus"),
                            "-o", str(work / "out"), "-q", "--jobs", "1"], env=env, cwd=work,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    for name in ("events.jsonl", "graph.trig", "stance.html", "report.md"):
        assert (work / "out" / name).is_file()
    valid = subprocess.run([str(venv / "bin" / "dipgraph"), "validate", str(work / "out" / "graph.trig")], env=env,
                           cwd=work, capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr
