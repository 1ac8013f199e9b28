"""Fuzzing manifests and front matter: every input ends in success or one ProjectError line,
never a traceback (any other exception fails the test)."""

from __future__ import annotations

import datetime as dt
import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retro_editor.core.errors import ProjectError
from retro_editor.core.frontmatter import manifest_from_front_matter, split_front_matter
from retro_editor.core.manifest import FORMAT_ID, Manifest, dump_manifest, parse_manifest

FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

scalars = (st.none() | st.booleans() | st.integers(-2**70, 2**70)
           | st.floats(allow_nan=False) | st.text(max_size=40)
           | st.sampled_from(["", "2001-10-30", "https://example.org/a", "en", "draft",
                              "images/a.png", "../x", "retro-editor/1", "retro-editor/99"]))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                           max_leaves=25)
keys = st.sampled_from(["format", "article", "facts", "related", "sections", "export",
                        "title", "slug", "tags", "url", "label", "value", "views", "note",
                        "status", "target", "theme", "targets", "published", "cover"])
manifest_like = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=30)

VALID = dump_manifest(Manifest())


def one_line_or_success(function, *args) -> None:
    try:
        function(*args)
    except ProjectError as exc:
        assert "\n" not in str(exc), str(exc)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_as_manifest(data):
    one_line_or_success(parse_manifest, data, "m.retro")


@FUZZ
@given(manifest_like)
def test_json_structures_as_manifest(value):
    if isinstance(value, dict) and value.get("format") is None:
        value = {"format": FORMAT_ID, **value}
    one_line_or_success(parse_manifest, json.dumps(value).encode(), "m.retro")


@FUZZ
@given(st.integers(0, len(VALID) - 1), st.binary(min_size=1, max_size=8))
def test_damaged_valid_manifest(at, junk):
    one_line_or_success(parse_manifest, VALID[:at] + junk + VALID[at + len(junk):], "m.retro")


def _split_then_map(text: str) -> None:
    meta, _body = split_front_matter(text, "a.md")
    manifest_from_front_matter(meta or {}, "a.md")


@FUZZ
@given(st.text(max_size=300))
def test_random_yaml_front_matter(raw):
    one_line_or_success(_split_then_map, f"---\n{raw}\n---\nbody\n")


@FUZZ
@given(st.text(max_size=300))
def test_random_toml_front_matter(raw):
    one_line_or_success(_split_then_map, f"+++\n{raw}\n+++\nbody\n")


@FUZZ
@given(st.dictionaries(keys | st.sampled_from(["date", "lastmod", "author", "authors",
                                               "categories", "images", "description",
                                               "keywords", "lang", "canonical"]),
                       manifest_like | st.dates() | st.datetimes(), max_size=6))
def test_structured_front_matter(meta):
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\nbody\n"
    one_line_or_success(_split_then_map, text)
    one_line_or_success(manifest_from_front_matter, meta, "a.md")


@FUZZ
@given(st.dictionaries(st.text(max_size=8) | st.integers() | st.booleans() | st.none(),
                       json_values | st.dates(), max_size=5))
def test_front_matter_with_odd_keys(meta):
    one_line_or_success(manifest_from_front_matter, meta, "a.md")


def test_dates_and_times_map():
    manifest = manifest_from_front_matter({"date": dt.datetime(2001, 10, 30, 12, 0)}, "a.md")
    assert str(manifest.article.published) == "2001-10-30"


def test_found_by_fuzzing_control_character_in_yaml_is_one_line():
    """Repro (found by the fuzz run): front matter ``---\\n\\x1f\\n---`` gave a two-line
    message (PyYAML's reader error carries its position on a second line)."""
    try:
        _split_then_map("---\n\x1f\n---\nbody\n")
    except ProjectError as exc:
        assert "\n" not in str(exc)
        assert str(exc).startswith("a.md: front matter is not valid YAML: unacceptable character")
    else:
        raise AssertionError("a control character is not valid YAML")


def test_found_by_fuzzing_slug_beside_a_list_title_is_a_project_error():
    """Repro (found by the fuzz run): ``slug: true`` beside ``title: [~]`` raised TypeError
    (a traceback) instead of naming the key."""
    try:
        manifest_from_front_matter({"slug": True, "title": [None]}, "a.md")
    except ProjectError as exc:
        assert str(exc).startswith("a.md: front matter: ")
    else:
        raise AssertionError("a list title must be refused")
