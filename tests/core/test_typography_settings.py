"""The manifest's ``typography`` object: left out while default, kept when set, checked."""

from __future__ import annotations

import json

import pytest

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import Manifest, TypographySettings, dump_manifest, parse_manifest


def test_default_typography_is_left_out_and_on():
    data = json.loads(dump_manifest(Manifest()))
    assert "typography" not in data
    assert Manifest().typography.smart_punctuation is True
    assert Manifest().typography.captions == "title"


def test_typography_round_trips():
    manifest = Manifest(typography=TypographySettings(smart_punctuation=False, captions="alt"))
    data = json.loads(dump_manifest(manifest))
    assert data["typography"] == {"smart_punctuation": False, "captions": "alt"}
    assert parse_manifest(dump_manifest(manifest), None).typography == manifest.typography


@pytest.mark.parametrize("typography, field", [
    ({"captions": "figure"}, "typography.captions"),
    ({"smart_punctuation": "yes"}, "typography.smart_punctuation"),
    ({"quotes": "fr"}, "typography"),
])
def test_bad_typography_is_a_field_precise_error(typography, field):
    text = json.dumps({"format": "retro-editor/2", "typography": typography})
    with pytest.raises(ProjectError) as caught:
        parse_manifest(text.encode(), None)
    assert field in str(caught.value)


def test_format_1_cannot_hold_typography():
    text = json.dumps({"format": "retro-editor/1", "typography": {"captions": "alt"}})
    with pytest.raises(ProjectError, match="typography"):
        parse_manifest(text.encode(), None)
