"""The researchers' notebooks (``notebooks/*.ipynb``): stored clean, and they run.

Each notebook is executed once with nbclient in a ``python3`` kernel running this very
interpreter (the venv's), from a copy in a temporary folder outside the checkout, as a
researcher who copied it away would: it must use the installed package and find the sample
corpus through it. A check cell appended at test time prints what the notebook
computed as JSON; expected values come from outside the notebook: the corpus files, the build's
``events.jsonl``, the saved query files, and hand computation.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from test_notebook_frame import frames_of  # the test folder is on sys.path (rootdir-less layout)

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01_quickstart.ipynb", "02_sparql.ipynb", "03_stance_network.ipynb", "04_your_corpus.ipynb"]
#: The columns of events.jsonl that README.md documents, and the weight events_frame adds.
EVENT_COLUMNS = {"doc", "source", "relation", "target", "source_actor", "target_actor", "sentence", "start",
                 "end", "trigger", "confidence", "date", "language", "sign", "plover", "cameo", "goldstein",
                 "weight"}


def read_events(folder: Path) -> list[dict]:
    lines = (folder / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


# -- stored without outputs ---------------------------------------------------------------------

def test_the_four_notebooks_are_there():
    assert sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_stored_without_outputs(name):
    raw = (NOTEBOOKS / name).read_text(encoding="utf-8")
    nb = nbformat.reads(raw, as_version=nbformat.NO_CONVERT)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert set(nb.metadata) <= {"kernelspec", "language_info"}  # no widget state, no papermill record
    for cell in nb.cells:
        assert set(cell.metadata) <= {"tags"}, (cell.id, dict(cell.metadata))  # no timings, scroll state
        if cell.cell_type == "code":
            assert cell.outputs == [], cell.id
            assert cell.execution_count is None, cell.id
    # nothing of the machine it was written on
    assert str(ROOT) not in raw and "/tmp/" not in raw and "/home/" not in raw


def _strip_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("strip_outputs", NOTEBOOKS / "strip_outputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", NAMES)
def test_strip_outputs_gives_back_the_stored_notebook(name, tmp_path):
    """A notebook run and saved by an editor, once stripped, is byte for byte the stored one."""
    stored = (NOTEBOOKS / name).read_text(encoding="utf-8")
    nb = nbformat.reads(stored, as_version=4)
    for i, cell in enumerate(nb.cells):
        cell.metadata["collapsed"] = False
        if cell.cell_type == "code":
            cell.execution_count = i
            cell.metadata["execution"] = {"iopub.status.busy": "2024-01-01T00:00:00Z"}
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="42\n"),
                            nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="})]
    nb.metadata = {"kernelspec": {"display_name": ".venv (Python 3.11)", "language": "python", "name": "venv"},
                   "language_info": {"name": "python", "version": "3.11.7"}, "vscode": {"interpreter": {}}}
    path = tmp_path / name
    path.write_text(nbformat.writes(nb), encoding="utf-8")
    strip = _strip_module()
    assert strip.strip_file(path) is True
    assert path.read_text(encoding="utf-8") == stored
    assert strip.strip_file(path) is False  # already clean: left alone


# -- executed -----------------------------------------------------------------------------------

def _runs_this_python() -> bool:
    """Does kernel ``python3`` resolve to this interpreter (as jupyter_client starts it)?"""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        exe = KernelSpecManager().get_kernel_spec("python3").argv[0]
    except NoSuchKernel:
        return False
    # jupyter_client replaces a bare "python"/"python3"/"python3.X" by sys.executable
    if exe in {"python", f"python{sys.version_info[0]}", "python%d.%d" % sys.version_info[:2]}:
        return True
    return Path(exe).resolve() == Path(sys.executable).resolve()


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory):
    """Kernel ``python3`` runs this interpreter; notebooks' temporary folders go to pytest's."""
    with pytest.MonkeyPatch.context() as mp:
        if not _runs_this_python():
            from ipykernel.kernelspec import install

            prefix = tmp_path_factory.mktemp("kernelspec")
            install(prefix=str(prefix), kernel_name="python3")
            paths = [str(prefix / "share" / "jupyter"), os.environ.get("JUPYTER_PATH", "")]
            mp.setenv("JUPYTER_PATH", os.pathsep.join(p for p in paths if p))
            assert _runs_this_python()
        mp.setenv("TMPDIR", str(tmp_path_factory.mktemp("notebook-tmp")))
        mp.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend draws the figures
        yield


@pytest.fixture(scope="module")
def away(tmp_path_factory):
    """A folder outside the checkout holding a copy of the notebooks."""
    folder = tmp_path_factory.mktemp("copied-notebooks")
    assert ROOT not in folder.resolve().parents
    for name in NAMES:
        (folder / name).write_bytes((NOTEBOOKS / name).read_bytes())
    return folder


def execute(path: Path, check: str, parameters: str = ""):
    """Run the notebook at ``path`` from its folder with ``check`` appended; return it and the
    check's facts. ``parameters`` is appended to the cell tagged ``parameters``.

    ``check`` fills a dict ``facts``; a cell that raises fails the test with its traceback.
    """
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if "parameters" in cell.metadata.get("tags", []) and parameters:
            cell.source += "\n" + parameters
    nb.cells.append(nbformat.v4.new_code_cell(
        "import json as _json, sys as _sys, graph as _graph\n"
        "facts = {'python': _sys.executable, 'package': _graph.__file__}\n"
        + check + "\nprint('FACTS ' + _json.dumps(facts, default=str))"))
    nbclient.NotebookClient(nb, timeout=900, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    printed = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    facts = json.loads(printed.split("FACTS ", 1)[1])
    return nb.cells[:-1], facts


def outputs(cells, mime: str) -> list[str]:
    """The ``mime`` data of every display output, in order."""
    return [o["data"][mime] for c in cells if c.cell_type == "code" for o in c.outputs
            if o.output_type in ("display_data", "execute_result") and mime in o.get("data", {})]


def frames(cells) -> list[dict]:
    return [frame for markup in outputs(cells, "text/html") for frame in frames_of(markup)]


def assert_clean_run(cells, facts):
    import graph

    assert Path(facts["python"]).resolve() == Path(sys.executable).resolve()
    assert Path(facts["package"]) == Path(graph.__file__)  # the installed package, from anywhere
    for cell in cells:
        for o in getattr(cell, "outputs", []):
            assert o.output_type != "error", (cell.id, o.get("evalue"))
            assert not (o.output_type == "stream" and o.name == "stderr"), (cell.id, o.text[:500])


@pytest.fixture(scope="module")
def quickstart(kernel_env, away):
    return execute(away / "01_quickstart.ipynb", """
facts.update(out=str(OUT), corpus=str(CORPUS), documents=summary["documents"], columns=list(df.columns),
             rows=len(df), weights=df["weight"].tolist())
""")


@pytest.fixture(scope="module")
def sparql(kernel_env, away):
    return execute(away / "02_sparql.ipynb", """
with Store.from_file(BUILD / "store") as _disk:
    facts["store_quads"] = len(_disk)
facts.update(build=str(BUILD), saved=sorted(queries),
             rdflib=sorted(map(list, rdflib_pairs.values.tolist())),
             opposition={f"{s} {t}": int(n) for s, t, n in opposition[["source", "target", "mentions"]].values})
_ox = Store.from_file(BUILD / "graph.trig")
facts["oxigraph"] = sorted(run(_ox, resolve_query(
    "SELECT ?a ?b WHERE { ?x dg:opposes ?y . ?x dg:code ?a . ?y dg:code ?b }"))[1])
facts["file_quads"] = len(_ox)
""")


@pytest.fixture(scope="module")
def network(kernel_env, away):
    return execute(away / "03_stance_network.ipynb", """
_flip = flips_frame([made_up("condemn", "2022-05-02"), made_up("agree", "2023-03-10")], window="year")
facts.update(build=str(BUILD), actors=sorted(actors.index), columns=list(actors.columns),
             blocs=partition.blocs, census=census, mediator_columns=list(mediators_frame(events).columns),
             flip=_flip.to_dict("records"))
""")


@pytest.mark.slow
def test_quickstart_builds_the_sample_corpus(quickstart):
    cells, facts = quickstart
    assert_clean_run(cells, facts)
    corpus = ROOT / "examples" / "corpus"
    assert Path(facts["corpus"]) == corpus  # found through the installed package
    jsonl = sum(1 for p in corpus.glob("*.jsonl") for line in p.read_text(encoding="utf-8").splitlines()
                if line.strip())
    assert facts["documents"] == jsonl + sum(1 for p in corpus.iterdir() if p.suffix != ".jsonl")
    out = Path(facts["out"])
    assert {"events.jsonl", "graph.trig", "stance.html", "report.md"} <= {p.name for p in out.iterdir()}


@pytest.mark.slow
def test_quickstart_events_dataframe(quickstart):
    cells, facts = quickstart
    rows = read_events(Path(facts["out"]))
    assert len(rows) > 20 and facts["rows"] == len(rows)
    assert EVENT_COLUMNS <= set(facts["columns"])
    # weight = Goldstein weight / 10 x confidence (docs/analysis.md), row by row
    assert facts["weights"] == pytest.approx([r["goldstein"] / 10 * r["confidence"] for r in rows], abs=1e-6)
    tables = [t for t in outputs(cells, "text/html") if "<table" in t]
    assert any("<th>relation</th>" in t and "<th>sentence</th>" in t for t in tables)


@pytest.mark.slow
def test_quickstart_draws_the_graph_inline(quickstart):
    from graph.analysis.networks import load_events
    from graph.viz.html import render_html

    cells, facts = quickstart
    shown = frames(cells)
    assert len(shown) == 2
    assert all(f["sandbox"] == "allow-scripts" for f in shown)
    # the first frame holds exactly the page of the build's events, no file or server needed
    assert shown[0]["srcdoc"] == render_html(load_events(Path(facts["out"]) / "events.jsonl"))
    assert "<script src" not in shown[1]["srcdoc"] and "Sample corpus: canonical actors" in shown[1]["srcdoc"]


@pytest.mark.slow
def test_sparql_runs_every_saved_query(sparql):
    cells, facts = sparql
    assert_clean_run(cells, facts)
    files = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    assert facts["saved"] == [p.stem for p in files]
    titles = [re.search(r"^# title: (.+)$", p.read_text(encoding="utf-8"), re.M).group(1) for p in files]
    headings = [m for m in outputs(cells, "text/markdown") if m.startswith("### ")]
    assert [h.splitlines()[0].split(" (`")[0][4:] for h in headings] == titles
    assert facts["store_quads"] == facts["file_quads"] > 1000  # store folder and file agree


@pytest.mark.slow
def test_sparql_who_opposes_whom(sparql):
    cells, facts = sparql
    rows = read_events(Path(facts["build"]))
    expected = sorted({(r["source"], r["target"]) for r in rows if r["sign"] == "-"})
    assert expected, "the sample corpus has conflictual events"
    assert [tuple(p) for p in facts["oxigraph"]] == expected
    assert [tuple(p) for p in facts["rdflib"]] == expected  # rdflib gives the same answer
    mentions = Counter((r["source"], r["target"]) for r in rows)
    assert facts["opposition"] == {f"{s} {t}": mentions[s, t] for s, t in expected}
    iri_tables = [t for t in outputs(cells, "text/html") if "<th>a</th>" in t and "<th>b</th>" in t]
    assert len(iri_tables) == 1 and iri_tables[0].count("https://w3id.org/dipgraph/actor/") == 2 * len(expected)


@pytest.mark.slow
def test_stance_network_measures_and_plots(network):
    cells, facts = network
    assert_clean_run(cells, facts)
    rows = read_events(Path(facts["build"]))
    assert facts["actors"] == sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    assert {"support_received", "support_given", "contact_received", "opposition_received", "pagerank_positive",
            "pagerank_negative", "betweenness_positive", "bloc"} <= set(facts["columns"])
    members = [a for bloc in facts["blocs"] for a in bloc]
    assert sorted(members) == facts["actors"]  # every actor in exactly one bloc
    c = facts["census"]
    assert c["+++"] + c["++-"] + c["+--"] + c["---"] == c["total"] > 0
    assert facts["mediator_columns"] == ["mediator", "score", "explicit", "pairs"]
    # condemn (-2/10) in 2022, agree (+4/10) in 2023: one flip, "-/+"
    assert facts["flip"] == [{"source": "IRN", "target": "SAU", "from_period": "2022", "to_period": "2023",
                              "from_weight": -0.2, "to_weight": 0.4, "change": "-/+"}]
    assert len(outputs(cells, "image/png")) == 5  # bars, matrix, network, per month, active pairs
    assert len(frames(cells)) == 1


@pytest.fixture(scope="module")
def own_corpus(kernel_env, away, tmp_path_factory):
    """The fourth notebook on a JSONL file of its own (two articles written for this test, one
    undated), with a date for the undated one."""
    folder = tmp_path_factory.mktemp("own-corpus")
    rows = [{"id": "one", "date": "2021-03-04", "title": "Talks",
             "text": "Turkey strongly supports Azerbaijan, the Turkish foreign minister said. "
                     "France condemned Azerbaijan for the shelling of Stepanakert."},
            {"id": "two", "title": "Aid",
             "text": "Russia sent humanitarian aid to Armenia. Armenia accused Azerbaijan of "
                     "attacking civilians."}]
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path, execute(away / "04_your_corpus.ipynb", """
facts.update(out=str(out), documents=summary["documents"], actor=ACTOR, pairs=pairs.to_dict("records"),
             actors=sorted(actors.index), dates=sorted({e.date for e in result.events}))
""", parameters=f"CORPUS = {str(path)!r}\nDATE = '2021-03-09'")


@pytest.mark.slow
def test_your_own_corpus_builds_queries_measures_and_plots(own_corpus):
    path, (cells, facts) = own_corpus
    assert_clean_run(cells, facts)
    assert facts["documents"] == 2
    rows = read_events(Path(facts["out"]))
    assert rows, "the two articles give stance events"
    assert facts["actors"] == sorted({r["source"] for r in rows} | {r["target"] for r in rows})
    # the undated article took DATE; the dated one kept its own
    assert set(facts["dates"]) <= {"2021-03-04", "2021-03-09"} and None not in facts["dates"]
    mentions = Counter((r["source"], r["relation"], r["target"]) for r in rows)
    assert {(p["source"], p["relation"], p["target"]): int(p["mentions"]) for p in facts["pairs"]} == dict(mentions)
    assert len(outputs(cells, "image/png")) == 3
    assert len(frames(cells)) == 1
