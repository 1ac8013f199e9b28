"""The documented format agrees with the code: committed schema, example, field list."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from retro_editor.core.manifest import (
    ArticleMeta,
    ExportSettings,
    Fact,
    Manifest,
    RelatedLink,
    SectionState,
    dump_manifest,
    parse_manifest,
)
from retro_editor.core.manifest_schema import schema_text

from .test_manifest import FIELD_CASES, manifest_bytes

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = DOCS / "project-format.schema.json"
EXAMPLE = DOCS / "example.retro"
REGENERATE = ("docs/project-format.schema.json is out of date; regenerate it with\n"
              "    python -m retro_editor.core.manifest_schema --schema > docs/project-format.schema.json")

# Rules the Python side adds on top of the schema: whitespace is stripped before the
# non-empty checks, URL ports are range-checked and a day must exist in its month.
PYTHON_ONLY = {"article.tags[1]", "related[0].title"}
CALENDAR_ONLY = "2019-02-30"


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_committed_schema_is_current():
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), REGENERATE


def test_example_is_valid_by_schema_and_parser():
    data = EXAMPLE.read_bytes()
    errors = [e.message for e in validator().iter_errors(json.loads(data))]
    assert errors == []
    manifest = parse_manifest(data, EXAMPLE)
    assert manifest.facts and manifest.related and manifest.sections
    assert dump_manifest(manifest) == data, "docs/example.retro is not in the saved layout"


@pytest.mark.parametrize(("given", "field"), [(c[0], c[1]) for c in FIELD_CASES
                                              if c[1] not in PYTHON_ONLY
                                              and "99999" not in json.dumps(c[0])
                                              and CALENDAR_ONLY not in json.dumps(c[0])])
def test_schema_rejects_what_the_parser_rejects(given, field):
    assert list(validator().iter_errors(json.loads(manifest_bytes(**given)))), field


def test_schema_rejects_other_formats():
    v = validator()
    assert list(v.iter_errors({"format": "retro-editor/3"}))
    assert list(v.iter_errors({"article": {}}))
    assert not list(v.iter_errors({"format": "retro-editor/2"}))


@pytest.mark.parametrize("model", [ArticleMeta, Fact, RelatedLink, SectionState, ExportSettings,
                                   Manifest])
def test_every_field_is_documented(model):
    doc = (DOCS / "project-format.md").read_text(encoding="utf-8")
    for name in model.model_fields:
        assert f"`{name}`" in doc, f"{model.__name__}.{name} is missing from project-format.md"
