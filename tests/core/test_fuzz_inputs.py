"""Fuzzing manifests and front matter: every manifest ends in success or one ProjectError
line; every front matter is imported (never a traceback) with one line per problem, into a
manifest that can be saved (any exception fails the test)."""

from __future__ import annotations

import datetime as dt
import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retro_editor.core.errors import ProjectError
from retro_editor.core.frontmatter import split_front_matter
from retro_editor.core.frontmatter_map import manifest_from_front_matter
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


def _import(meta: dict, text_dates: set[str] | None = None) -> Manifest:
    """The manifest built from ``meta``; every problem is one line and the result saves."""
    manifest, problems = manifest_from_front_matter(meta, text_dates)
    for problem in problems:
        assert "\n" not in str(problem), str(problem)
    dump_manifest(manifest)
    return manifest


def _split_then_map(text: str) -> None:
    front = split_front_matter(text)
    for problem in front.problems:
        assert "\n" not in str(problem), str(problem)
    _import(front.data or {}, front.text_dates)


@FUZZ
@given(st.text(max_size=300))
def test_random_yaml_front_matter(raw):
    _split_then_map(f"---\n{raw}\n---\nbody\n")


@FUZZ
@given(st.text(max_size=300))
def test_random_toml_front_matter(raw):
    _split_then_map(f"+++\n{raw}\n+++\nbody\n")


@FUZZ
@given(st.dictionaries(keys | st.sampled_from(["date", "lastmod", "author", "authors",
                                               "categories", "images", "description",
                                               "keywords", "lang", "canonical"]),
                       manifest_like | st.dates() | st.datetimes(), max_size=6))
def test_structured_front_matter(meta):
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\nbody\n"
    _split_then_map(text)
    _import(meta)


@FUZZ
@given(st.dictionaries(st.text(max_size=8) | st.integers() | st.booleans() | st.none(),
                       json_values | st.dates(), max_size=5))
def test_front_matter_with_odd_keys(meta):
    _import(meta)


def test_dates_and_times_map():
    manifest = _import({"date": dt.datetime(2001, 10, 30, 12, 0)})
    assert str(manifest.article.published) == "2001-10-30"


def test_found_by_fuzzing_control_character_in_yaml_is_one_line():
    """Repro (found by the fuzz run): front matter ``---\nkey: \x1f\n---`` gave a two-line
    message (PyYAML's reader error carries its position on a second line)."""
    front = split_front_matter("---\nkey: \x1f\n---\nbody\n")
    assert [str(p) for p in front.problems] == [
        "front matter is not valid YAML: unacceptable character #x001f: special characters "
        'are not allowed in "<unicode string>", position 5; it was left at the top of the text']


def test_found_by_fuzzing_slug_beside_a_list_title_is_kept():
    """Repro (found by the fuzz run): ``slug: true`` beside ``title: [~]`` raised TypeError
    (a traceback) instead of naming the key."""
    manifest, problems = manifest_from_front_matter({"slug": True, "title": [None]})
    assert {p.key for p in problems} >= {"title"}
    assert manifest.front_matter.get("title") == [None]


def test_found_by_fuzzing_control_character_after_text_is_kept():
    """Repro (found by the fuzz run after the merge): ``---\\n0\\x1f\\n---`` raised PyYAML's
    ReaderError from the loader's constructor, outside the handled part: the import failed
    with a traceback instead of keeping the front matter in the text."""
    front = split_front_matter("---\n0\x1f\n---\nbody\n")
    assert front.data is None
    assert front.body == "---\n0\x1f\n---\nbody\n"
    assert len(front.problems) == 1
    assert str(front.problems[0]).startswith("front matter is not valid YAML")
