"""The published JSON Schema: every `--format json` and `jsonl` output validates, and its vocabularies are
the package's own (labels, rating scale, service types)."""

import copy
import json

import jsonschema
import pytest
from typer.testing import CliRunner

from nlp.vocab import ENTITY_LABELS, RATINGS, SENTENCE_LABELS, SERVICE_TYPES
from nlp.cli import app
from nlp.schemas import SCHEMA_FILE, load_schema

runner = CliRunner()
HTML = ("<html><body><nav>Skip to main content</nav><article><h1>Leeds YJS rated ‘Good’</h1>"
        "<p>Leeds Youth Justice Service has been rated ‘Good’ by HM Inspectorate of Probation.</p>"
        "<p>Inspectors were impressed by the work of staff.</p><p>The report makes three recommendations.</p>"
        "</article></body></html>")


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator, document) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]


def test_json_output_validates(validator, root):
    result = runner.invoke(app, ["summarise", str(root / "corpus/releases/westminster-yjs-2024.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert _errors(validator, summary) == []
    assert summary["schema"] == validator.schema["title"]


def test_jsonl_output_validates_line_by_line(validator, root, tmp_path):
    page = tmp_path / "leeds.html"
    page.write_text(HTML, encoding="utf-8")
    releases = sorted((root / "corpus" / "releases").glob("*.txt"))[:6]
    result = runner.invoke(app, ["summarise", *map(str, releases), str(page), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 7
    for line in lines:
        assert _errors(validator, line) == [], line["source"]
    assert "text" in lines[-1]  # the HTML input carries its extracted text


def test_json_array_of_several_validates_item_by_item(validator, root):
    releases = sorted((root / "corpus" / "releases").glob("*.txt"))[-2:]
    result = runner.invoke(app, ["summarise", *map(str, releases), "--format", "json"])
    assert result.exit_code == 0, result.output
    summaries = json.loads(result.stdout)
    assert len(summaries) == 2 and all(_errors(validator, s) == [] for s in summaries)


def test_the_schema_rejects_what_breaks_the_contract(validator, models, westminster_text):
    from nlp.summarise import summarise_text

    good = summarise_text(westminster_text, models=models)
    assert _errors(validator, good) == []
    broken = []
    for change in (lambda d: d.pop("sentences"), lambda d: d.update(overall_rating="Very good"),
                   lambda d: d.update(published="17 September 2024"), lambda d: d["entities"][0].update(label="ORG"),
                   lambda d: d["sentences"][0]["scores"].pop("NEUTRAL"), lambda d: d.update(schema="inspection-summary/2")):
        document = copy.deepcopy(good)
        change(document)
        broken.append(bool(_errors(validator, document)))
    assert broken == [True] * 6


def test_the_schema_allows_growth_and_the_services_list(validator, models, westminster_text):
    from nlp.summarise import summarise_text

    document = copy.deepcopy(summarise_text(westminster_text, models=models))
    document["services"] = [{"name": "Westminster Youth Justice Service", "short": "Westminster YJS", "type": "YJS",
                             "overall_rating": "Good", "ratings": [{"aspect": "court disposals", "rating": "Good"}]}]
    document["sentences"][0]["fact_score"] = 0.5  # a per-sentence field added later
    document["new_field"] = {"anything": True}
    assert _errors(validator, document) == []
    document["services"][0]["overall_rating"] = "Fine"
    assert _errors(validator, document)


def test_the_schema_speaks_the_package_vocabulary():
    defs = load_schema()["$defs"]
    assert defs["rating"]["enum"] == list(RATINGS)
    assert defs["service_type"]["enum"] == list(SERVICE_TYPES)
    assert set(defs["label"]["enum"]) == set(SENTENCE_LABELS)
    assert set(defs["entity_label"]["enum"]) == set(ENTITY_LABELS)
    assert set(defs["sentence"]["properties"]["scores"]["required"]) == set(SENTENCE_LABELS)


def test_the_docs_point_at_the_schema_file(root):
    docs = (root / "docs" / "schema.md").read_text(encoding="utf-8")
    assert f"nlp/schemas/{SCHEMA_FILE}" in docs
    assert (root / "nlp" / "schemas" / SCHEMA_FILE).is_file()


def test_a_release_with_several_services_validates_and_its_first_is_the_old_fields(validator, models):
    from nlp.summarise import summarise_text

    text = ("Two youth services inspected\n\nInspectors found Allerdale Youth Justice Service to be ‘Good’ and Copeland "
            "Youth Justice Service to be ‘Requires improvement’. Out-of-court disposals, rated separately for each "
            "service, were ‘Outstanding’ for Allerdale YJS and ‘Inadequate’ for Copeland YJS.")
    summary = summarise_text(text, models=models)
    assert _errors(validator, summary) == []
    first, second = summary["services"]
    assert {k: first[k] for k in ("name", "short", "type")} == summary["service"]
    assert (first["overall_rating"], first["ratings"]) == (summary["overall_rating"], summary["ratings"])
    assert second["short"] == "Copeland YJS" and second["ratings"] == [{"aspect": "out-of-court disposals",
                                                                        "rating": "Inadequate"}]
    for key in ("short", "type", "overall_rating", "ratings"):  # every item carries all five keys
        document = copy.deepcopy(summary)
        del document["services"][1][key]
        assert _errors(validator, document), key
