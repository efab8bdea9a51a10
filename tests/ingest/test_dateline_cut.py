"""Datelines are cut from the first sentence without moving character offsets."""

from __future__ import annotations

import pytest

from graph.ingest.language import cut_dateline


@pytest.mark.parametrize("text, dateline", [
    ("KYIV, June 1 (Reuters) - Russia struck the port.", "KYIV, June 1 (Reuters) -"),
    ("WASHINGTON/MOSCOW - The two capitals traded accusations.", "WASHINGTON/MOSCOW -"),
    ("ADDIS ABABA — Ethiopia recalled its envoy.", "ADDIS ABABA —"),
    ("Bamako, 3 mars (AFP) - La junte a rompu avec Paris.", "Bamako, 3 mars (AFP) -"),
    ("NIAMEY (AFP) — « Nous sommes prêts », a dit le général.", "NIAMEY (AFP) —"),
    ("ACCRA, Ghana, May 2 (AP) — Ghana hosted the talks.", "ACCRA, Ghana, May 2 (AP) —"),
    ("QUITO, March 9, 2023 (Reuters) - Ecuador expelled the envoy.", "QUITO, March 9, 2023 (Reuters) -"),
    ("Lima, Peru, 4 April (AFP) - Peru recalled its ambassador.", "Lima, Peru, 4 April (AFP) -"),
    ("ISLAMABAD: Pakistan summoned the envoy.", "ISLAMABAD:"),
])
def test_dateline_ends_with_a_line_break(text, dateline):
    out = cut_dateline(text)
    assert len(out) == len(text)
    assert out.split("\n")[0] == dateline


@pytest.mark.parametrize("text", [
    "Russia - the old rival - struck again.",
    "Turkey and Greece - two NATO allies - met in Athens.",
    "La France — comme l'Allemagne — a condamné l'attaque.",
    "UN: Russia must withdraw.",
    "Chile, Peru and Bolivia - three neighbours - met.",
])
def test_sentences_with_dashes_are_left_alone(text):
    assert cut_dateline(text) == text


def test_read_documents_cuts_the_dateline(tmp_path):
    from graph.ingest import read_documents

    (tmp_path / "a.txt").write_text("NAIROBI, May 3 (AP) - Kenya condemned the raid on Mandera.\n", encoding="utf-8")
    doc = next(read_documents([tmp_path]))
    assert doc.text.startswith("NAIROBI, May 3 (AP) -\nKenya condemned")
