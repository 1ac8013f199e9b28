"""Related rows: page metadata fields, archived copies and print sources without a URL."""

import json

import pytest

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import (
    FORMAT_ID,
    Manifest,
    RelatedLink,
    dump_manifest,
    parse_manifest,
)
from retro_editor.core.manifest_drafts import typed_value
from retro_editor.core.typed_fields import entry_from_texts


def _load(related: list[dict], fmt: str = FORMAT_ID) -> Manifest:
    return parse_manifest(json.dumps({"format": fmt, "related": related}).encode(), "x.retro")


def test_page_fields_and_archive_round_trip():
    row = {"title": "T", "url": "https://example.org/a", "author": "Ana", "description": "D",
           "image": "https://example.org/a.jpg",
           "archive_url": "https://web.archive.org/web/2004/https://example.org/a"}
    manifest = _load([row])
    assert manifest.related[0].archive_url == row["archive_url"]
    assert json.loads(dump_manifest(manifest))["related"] == [
        {**row, "date": None, "note": "", "source": "", "views": None}]


def test_a_print_source_has_no_url():
    manifest = _load([{"title": "The making of", "source": "Sight & Screen",
                       "issue": "No. 9", "page": "34"}])
    assert manifest.related[0].url == ""
    assert json.loads(dump_manifest(manifest))["related"][0]["issue"] == "No. 9"


def test_a_row_with_neither_url_nor_source_is_refused_with_the_reason():
    with pytest.raises(ProjectError, match=r"related\[0\]: has no URL"):
        _load([{"title": "T"}])


def test_new_fields_left_out_at_their_defaults():
    data = json.loads(dump_manifest(Manifest(related=[RelatedLink(
        title="T", url="https://example.org/")])))
    assert data["related"] == [{"date": None, "note": "", "source": "", "title": "T",
                                "url": "https://example.org/", "views": None}]


@pytest.mark.parametrize("key", ["author", "image", "archive_url", "issue", "page"])
def test_format_1_cannot_hold_the_new_fields(key):
    value = "https://example.org/x" if key in ("image", "archive_url") else "x"
    with pytest.raises(ProjectError, match=rf"related\[0\]\.{key}: is new in format 2"):
        _load([{"title": "T", "url": "https://example.org/", key: value}], "retro-editor/1")


def test_a_bad_image_url_is_a_draft_kept_as_typed():
    item, reasons = entry_from_texts("related", {"title": "T", "url": "https://e.org/",
                                                 "image": "cover.png"})
    assert item.drafts == {"image": "cover.png"} and item.image is None
    assert "http or https" in reasons["image"]


def test_an_empty_url_is_valid_only_beside_a_source():
    assert typed_value("related", "url", "", {"source": "Sight & Screen"}) == ""
    with pytest.raises(ValueError, match="unless the row is a print source"):
        typed_value("related", "url", "", {"source": ""})
