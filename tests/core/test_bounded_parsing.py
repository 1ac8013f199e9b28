"""Parsers of core are linear: pathological manifests and headings return (under a hang guard)."""

from __future__ import annotations

import json

import pytest

from retro_editor.core.anchors import AnchorAllocator
from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import FORMAT_ID, json_depth_exceeds, parse_manifest
from retro_editor.core.outline import iter_sections, parse_outline
from retro_editor.testing.hang_guard import BOUND, returns_within

pytestmark = pytest.mark.slow

P = "m.retro"


def _parse_error(data: bytes) -> str:
    try:
        parse_manifest(data, P)
    except ProjectError as exc:
        return str(exc)
    return "parsed"


def test_manifest_of_escaped_quotes_is_refused_promptly():
    """Repro: a 200 KB manifest ``{"x": "\\"\\"\\"…`` (an unterminated string of escaped
    quotes) took over 90 s before "is not valid JSON": the nesting pre-pass retried its string
    pattern from every quote. It must return, with the JSON error, under the hang guard."""
    data = b'{"format": "' + FORMAT_ID.encode() + b'", "x": "' + b'\\"' * 100_000
    message = returns_within(BOUND, _parse_error, data)
    assert message.startswith(f"{P}: is not valid JSON at line 1")
    assert "Unterminated string" in message


def test_depth_scan_is_linear_and_still_skips_strings():
    """Repro as above, for the scan alone; strings (even unterminated) hide their brackets."""
    assert not returns_within(BOUND, json_depth_exceeds, b'["' + b'\\"[' * 300_000)
    assert json_depth_exceeds(b'{"a\\"[": ' + b"[" * 65 + b"]" * 65 + b"}")
    assert not json_depth_exceeds(b'{"a\\\\": "' + b"[" * 100 + b'"}')


def test_large_valid_manifest_parses():
    """A valid manifest near the 5 MB limit (facts with escaped quotes) loads in full."""
    facts = [{"label": f"Fact {i}", "value": 'neon "rain" ' * 20} for i in range(14_000)]
    data = json.dumps({"format": FORMAT_ID, "facts": facts}).encode()
    assert 4_000_000 < len(data) < 5 * 1024 * 1024
    manifest = returns_within(BOUND, parse_manifest, data, P)
    assert len(manifest.facts) == 14_000


def test_many_headings_with_one_title_get_unique_anchors_promptly():
    """Repro: 100,000 headings "# Same" took over 120 s to export: each repeat counted up
    from ``same-1`` through every anchor already given."""
    text = "# Same\n\n" * 100_000
    sections = list(iter_sections(returns_within(BOUND, parse_outline, text)))
    anchors = [s.anchor for s in sections]
    assert anchors[:3] == ["same", "same-1", "same-2"]
    assert anchors[-1] == "same-99999"
    assert len(set(anchors)) == 100_000


def test_allocator_skips_anchors_taken_by_other_titles():
    allocator = AnchorAllocator()
    got = [allocator.anchor(t) for t in ("Intro", "Intro", "Intro 2", "Intro", "Intro", "Intro 1")]
    assert got == ["intro", "intro-1", "intro-2", "intro-3", "intro-4", "intro-1-1"]
