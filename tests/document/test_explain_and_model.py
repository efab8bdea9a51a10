"""``dipgraph explain``, the document model record and the document lexicon checks."""

from __future__ import annotations

import json
import pickle

import pytest
from click.testing import CliRunner

from graph.cli import cli, main
from graph.document.lexicon import load_document_lexicon, state_kinds
from graph.errors import DataFileError, UnsupportedLanguage

TEXT = ("Fighting broke out between Ethiopia and Eritrea along the border on Monday. "
        "Kenya urged both sides to stop. The two neighbours signed a truce on Friday. "
        "The truce was brokered by the African Union.")


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    path = tmp_path_factory.mktemp("explain") / "horn.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_explain_prints_the_frame_and_every_antecedent(article):
    result = CliRunner().invoke(cli, ["explain", str(article), "--lang", "en"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "sides: ERI vs ETH" in out
    for heading in ("## Mentions", "## Frame", "## Salient entities", "## References", "## Events"):
        assert heading in out
    refs = out.split("## References")[1].split("## Events")[0]
    assert "The truce" in refs and "ERI,ETH" in refs
    assert "AU      mediate   ETH" in out


def test_explain_json_is_the_document_model(article):
    result = CliRunner().invoke(cli, ["explain", str(article), "--lang", "en", "--json"])
    (piece,) = json.loads(result.output)
    model = piece["document"]
    assert model["sides"] == ["ERI", "ETH"]
    assert {e["code"] for e in model["entities"]} >= {"ETH", "ERI", "KEN", "AU"}
    ref = next(r for r in model["references"] if r["kind"] == "event")
    assert ref["antecedents"] == ["ERI", "ETH"] and not ref["ambiguous"]
    assert {(e["source"], e["relation"], e["target"]) for e in piece["events"]} >= {
        ("AU", "mediate", "ETH"), ("AU", "mediate", "ERI")}


def test_explain_unknown_id_is_a_one_line_error(article, capsys):
    code = main(["explain", str(article), "--id", "nope"])
    assert code == 2
    assert capsys.readouterr().err.strip() == f"Error: {article}: no document with id 'nope'"


def test_document_model_is_plain_data(article):
    from graph.nlp import load_pipeline
    from graph.nlp.extensions import make_doc

    nlp = load_pipeline("en")
    doc = nlp(make_doc(nlp, TEXT, {"id": "h", "date": None, "language": "en", "title": None}))
    model = doc._.document
    assert pickle.loads(pickle.dumps(model)) == model  # crosses process boundaries (n_process=2)
    assert json.loads(json.dumps(model))["doc"] == "h"


def test_lexicons_and_kinds_load():
    assert load_document_lexicon("fr").event_kind("trêve") == "agreement"
    with pytest.raises(UnsupportedLanguage, match="unsupported language 'xx'"):  # never English
        load_document_lexicon("xx")
    assert {"monarchy", "gulf"} <= state_kinds()["QAT"]


def test_a_wrong_actor_type_in_the_lexicon_is_reported(tmp_path, monkeypatch):
    import graph.document.lexicon as mod
    import graph.languages as languages
    import graph.resources as resources

    bad = json.loads(languages.language_file("en", "document.json").read_text(encoding="utf-8"))
    bad["kind_nouns"]["group"] = {"types": ["Gang"]}
    (tmp_path / "data" / "lang" / "en").mkdir(parents=True)
    (tmp_path / "data" / "lang" / "en" / "document.json").write_text(json.dumps(bad), encoding="utf-8")
    (tmp_path / "data" / "pipelines.json").write_bytes(resources.data_path("pipelines.json").read_bytes())
    monkeypatch.setattr(resources, "_PACKAGE", tmp_path)
    languages.load_json.cache_clear()
    try:
        with pytest.raises(DataFileError, match="kind noun 'group': unknown or no actor types"):
            mod.load_document_lexicon.__wrapped__("en")
    finally:
        languages.load_json.cache_clear()


QUOTED = ("Fighting between Serbia and Kosovo broke out near the border on Sunday. "
          "Serbia's foreign minister spoke in Belgrade. \"We condemn Pristina for the raid,\" he said. "
          "Croatia and Slovenia opened talks with Hungary on Monday. The talks, chaired by Austria, lasted a day.")


def test_explain_shows_quote_speakers_and_event_entities_from_nouns(tmp_path):
    path = tmp_path / "quoted.txt"
    path.write_text(QUOTED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", str(path), "--lang", "en", "--json"])
    assert result.exit_code == 0, result.output
    (piece,) = json.loads(result.output)
    model = piece["document"]
    speaker = next(r for r in model["references"] if r["kind"] == "speaker")
    assert speaker["text"] == "We" and speaker["antecedents"] == ["SRB"]
    talks = next(e for e in model["events"] if e["trigger"] == "talks")
    assert talks["kind"] == "agreement" and set(talks["participants"]) == {"HRV", "SVN", "HUN"}
    got = {(e["source"], e["relation"], e["target"]) for e in piece["events"]}
    assert ("SRB", "condemn", "XKX") in got
    assert {("AUT", "mediate", c) for c in ("HRV", "SVN", "HUN")} <= got


def test_every_document_lexicon_has_the_same_keys():
    en, fr = load_document_lexicon("en"), load_document_lexicon("fr")
    assert set(fr.quote_marks) == set(en.quote_marks) == {"open", "close", "both"}
    assert fr.side_nouns and fr.signing_verbs and fr.with_words and fr.speaker_pronouns


def test_explain_shows_mediation_parties_group_repeats_and_compound_nominals(tmp_path):
    path = tmp_path / "mediated.txt"
    path.write_text("Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday. Saudi Arabia had mediated "
                    "for months. Hezbollah fired rockets at Israel. Israeli jets struck the Iran-backed militant group.",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["explain", str(path), "--lang", "en", "--json"])
    assert result.exit_code == 0, result.output
    (piece,) = json.loads(result.output)
    refs = piece["document"]["references"]
    mediation = next(r for r in refs if r["text"] == "mediated")
    assert set(mediation["antecedents"]) == {"ETH", "ERI"} and "agreement stated" in mediation["why"]
    nominal = next(r for r in refs if r["kind"] == "nominal")
    assert nominal["text"] == "militant group" and nominal["antecedents"] == ["HEZBOLLAH"]
    text = CliRunner().invoke(cli, ["explain", str(path), "--lang", "en"]).output
    assert "mediation: parties of the agreement stated" in text
