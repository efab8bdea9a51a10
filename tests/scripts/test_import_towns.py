"""``scripts/import_towns.py``: major towns of GeoNames as places of their state (a8)."""

from __future__ import annotations

import import_towns as towns

from graph.actors.kb import load_kb, read_actor_table


def test_the_script_is_deterministic_and_says_what_it_left_out(tmp_path):
    first, second = tmp_path / "a.tsv", tmp_path / "b.tsv"
    assert towns.main(["--min-population", "1000000", "--out", str(first)]) == 0
    assert towns.main(["--min-population", "1000000", "--out", str(second)]) == 0
    text = first.read_text(encoding="utf-8")
    assert text == second.read_text(encoding="utf-8")
    notice = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    assert "common English or French words" in notice and "person of the base" in notice
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")][1:]
    names = {r[0] for r in rows}
    assert "Kharkiv" in names and all(int(r[2]) >= 1_000_000 for r in rows)
    # a capital (the base's), a state's name, a namesake of another state, a disputed town: left out
    assert not names & {"Moscow", "Armenia", "Hyderabad", "Donetsk"}


def test_towns_are_places_of_their_state_never_actors():
    kb = load_kb()
    rows = {r["name"]: r["code"] for r in read_actor_table("towns.tsv")}
    assert rows["Kharkiv"] == "UKR" and rows["Lyon"] == "FRA"
    town = [a for a in kb.aliases if a.text == "Kharkiv"]
    assert town and all(a.kind == "town" and a.place and a.exact for a in town)
    assert all(a.kind != "town" for a in kb.aliases if a.text in ("Moscow", "Paris", "Kyiv"))
