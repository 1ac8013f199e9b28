"""The manifest schema: every field's constraint, the error wording, stable serialising."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import (
    FORMAT_ID,
    ArticleMeta,
    ExportSettings,
    Fact,
    Manifest,
    NewerFormatError,
    RelatedLink,
    SectionState,
    dump_manifest,
    field_path,
    json_depth_exceeds,
    manifest_problems,
    parse_manifest,
    peek_format_version,
)
from retro_editor.core.manifest_schema import main

P = Path("/p/x.retro")


def manifest_bytes(**parts) -> bytes:
    return json.dumps({"format": FORMAT_ID, **parts}).encode()


def error_of(data: bytes) -> str:
    with pytest.raises(ProjectError) as info:
        parse_manifest(data, P)
    return str(info.value)


LINK = {"title": "A story", "url": "https://example.org/a"}
DATE = "must be a date like 1999, 1999-03 or 1999-03-14"

# (what is given, the field, the reason)
FIELD_CASES = [
    ({"article": {"title": 5}}, "article.title", "must be text"),
    ({"article": {"published": "2001-13-01"}}, "article.published",
     "has no month 13 (months are 01 to 12)"),
    ({"article": {"published": "2019-02-30"}}, "article.published",
     "is not a real date (2019-02 has 28 days)"),
    ({"article": {"published": "2001-1"}}, "article.published", DATE),
    ({"article": {"published": "30/10/2001"}}, "article.published",
     DATE),
    ({"article": {"updated": 1000}}, "article.updated", DATE),
    ({"article": {"updated": "2001-10-30T10:00:00"}}, "article.updated",
     DATE),
    ({"article": {"slug": "Has Spaces"}}, "article.slug",
     "must use only lowercase a-z, 0-9 and -"),
    ({"article": {"slug_locked": "yes"}}, "article.slug_locked", "must be true or false"),
    ({"article": {"summary": "x" * 1001}}, "article.summary", "must be at most 1000 characters"),
    ({"article": {"tags": "a, b"}}, "article.tags", "must be a list"),
    ({"article": {"tags": ["ok", "  "]}}, "article.tags[1]", "must not be empty"),
    ({"article": {"language": "english language"}}, "article.language",
     "must be a language tag like en or pt-BR"),
    ({"article": {"cover": "/etc/passwd"}}, "article.cover",
     "must be a path relative to the project folder, like assets/cover.png"),
    ({"article": {"cover": "C:/x.png"}}, "article.cover",
     "must be a path relative to the project folder, like assets/cover.png"),
    ({"article": {"cover": "assets/../../x.png"}}, "article.cover",
     "must stay inside the project folder (no ..)"),
    ({"article": {"cover": "assets\\x.png"}}, "article.cover",
     "must use / between folders, not \\"),
    ({"article": {"cover": ""}}, "article.cover", "must not be empty (use null for no file)"),
    ({"article": {"canonical_url": "javascript:alert(1)"}}, "article.canonical_url",
     "must be an http or https URL"),
    ({"article": {"colour": "red"}}, "article.colour", "unknown field"),
    ({"article": []}, "article", "must be an object"),
    ({"facts": [{"label": ""}]}, "facts[0].label", "must not be empty"),
    ({"facts": [{"value": "2001"}]}, "facts[0].label", "is required"),
    ({"facts": [{"label": "Year", "value": 2001}]}, "facts[0].value", "must be text"),
    ({"facts": {"Year": "2001"}}, "facts", "must be a list"),
    ({"related": [LINK, LINK, {**LINK, "url": "ftp://example.org"}]}, "related[2].url",
     "must be an http or https URL"),
    ({"related": [{**LINK, "url": "https://"}]}, "related[0].url", "must be an http or https URL"),
    ({"related": [{**LINK, "url": "https://exa mple.org"}]}, "related[0].url",
     "must be an http or https URL"),
    ({"related": [{**LINK, "url": "https://example.org:99999/"}]}, "related[0].url",
     "must be an http or https URL"),
    ({"related": [{**LINK, "title": " "}]}, "related[0].title", "must not be empty"),
    ({"related": [{**LINK, "views": -1}]}, "related[0].views", "must be 0 or more"),
    ({"related": [{**LINK, "views": 1.5}]}, "related[0].views", "must be a whole number"),
    ({"related": [{**LINK, "views": "12"}]}, "related[0].views", "must be a whole number"),
    ({"related": [{**LINK, "views": True}]}, "related[0].views", "must be a whole number"),
    ({"related": [{**LINK, "date": "yesterday"}]}, "related[0].date",
     DATE),
    ({"related": [{**LINK, "extra": 1}]}, "related[0].extra", "unknown field"),
    ({"sections": {"intro": {"status": "done"}}}, "sections.intro.status",
     "must be one of 'draft', 'revised' or 'final'"),
    ({"sections": {"intro": {"target": -5}}}, "sections.intro.target", "must be 0 or more"),
    ({"sections": {"the end": {"note": 3}}}, 'sections["the end"].note', "must be text"),
    ({"export": {"theme": "../../etc/passwd"}}, "export.theme",
     "must be a theme name like light (a-z, 0-9, - and _)"),
    ({"export": {"targets": {"html": []}}}, "export.targets.html", "must be an object"),
    ({"colour": "red"}, "colour", "unknown field"),
]


@pytest.mark.parametrize(("given", "field", "reason"), FIELD_CASES,
                         ids=[c[1] + ":" + c[2][:20] for c in FIELD_CASES])
def test_field_constraints_give_field_and_plain_reason(given, field, reason):
    assert error_of(manifest_bytes(**given)) == f"{P}: {field}: {reason}"


def test_valid_values_accepted_and_strings_stripped():
    data = manifest_bytes(
        article={"title": "  Hero  ", "published": "2001-10-30", "slug": "hero-2001",
                 "language": "pt-BR", "cover": "assets/cover.png", "tags": [" a "],
                 "canonical_url": "https://example.org/hero", "summary": "s" * 1000},
        facts=[{"label": "Released", "value": "2001"}],
        related=[{**LINK, "views": 0, "date": "2020-02-29", "source": "BBC"}],
        sections={"intro": {"status": "final", "target": 0, "note": " keep "}},
        export={"theme": "dark_2", "targets": {"html": {"toc": True, "n": [1, None]}}},
    )
    m = parse_manifest(data, P)
    assert m.article.title == "Hero"
    assert m.article.tags == ["a"]
    assert m.article.published == "2001-10-30"
    assert m.related[0].views == 0 and m.related[0].date == "2020-02-29"
    assert m.sections["intro"] == SectionState(status="final", target=0, note=" keep ")
    assert m.export.targets == {"html": {"toc": True, "n": [1, None]}}


def test_defaults():
    m = parse_manifest(manifest_bytes(), P)
    assert m == Manifest()
    assert m.article.language == "en" and m.article.cover is None
    assert m.export == ExportSettings(theme="light", targets={})
    assert SectionState().status == "draft"


# (name, bytes, the whole expected message after "<path>: ")
BAD_FILES = [
    ("truncated", b'{"format": "retro-editor/1", "facts": [{"label":',
     "ends too early (truncated?) at line 1, column 49: Expecting value"),
    ("malformed", b'{"format": "retro-editor/1",\n  "facts": [}\n',
     "is not valid JSON at line 2, column 13: Expecting value"),
    ("empty", b"", "is empty; a manifest is a JSON object"),
    ("not an object", b"[1, 2]", "must be a JSON object"),
    ("duplicate key", b'{"format": "retro-editor/1", "format": "retro-editor/1"}',
     'is not valid JSON: has the key "format" twice'),
    ("NaN", b'{"format": "retro-editor/1", "export": {"targets": {"a": {"x": NaN}}}}',
     "is not valid JSON: contains NaN, which JSON does not allow"),
    ("no format", b'{"article": {}}',
     'format: is required; a manifest starts with "format": "retro-editor/2"'),
    ("unknown format name", b'{"format": "word/1"}',
     'format: unknown format "word/1"; expected "retro-editor/2"'),
    ("format 0", b'{"format": "retro-editor/0"}',
     'format: unknown format "retro-editor/0"; expected "retro-editor/2"'),
    ("newer format", b'{"format": "retro-editor/3", "shiny": {}}',
     "was written by a newer Retro Editor (format 3); this version reads formats up to 2"),
    ("much newer format", b'{"format": "retro-editor/17"}',
     "was written by a newer Retro Editor (format 17); this version reads formats up to 2"),
    ("format 1 with drafts", b'{"format": "retro-editor/1", "article": {"drafts": {}}}',
     "article.drafts: is new in format 2; this file says it is format 1"),
    ("wrong type", manifest_bytes(related="none"), "related: must be a list"),
    ("bad url", manifest_bytes(related=[LINK, {**LINK, "url": "example.org"}]),
     "related[1].url: must be an http or https URL"),
    ("negative views", manifest_bytes(related=[{**LINK, "views": -3}]),
     "related[0].views: must be 0 or more"),
    ("bad date", manifest_bytes(article={"published": "2001-02-30"}),
     "article.published: is not a real date (2001-02 has 28 days)"),
    ("huge", b'{"format": "retro-editor/1", "article": {"summary": "' + b"x" * (50 * 1024 * 1024)
     + b'"}}', "manifest is 50.0 MB; the limit is 5 MB"),
    ("deeply nested", b"[" * 100_000, "JSON is nested more than 64 levels deep"),
    ("deeply nested object", b'{"format": "retro-editor/1", "export": {"targets": {"a": '
     + b'{"b": ' * 80 + b"1" + b"}" * 83, "JSON is nested more than 64 levels deep"),
    ("not utf-8", b'{"format": "retro-editor/1", "article": {"title": "caf\xe9"}}',
     "is not UTF-8 text (byte 0xe9 at offset 54)"),
    ("utf-16", '{"format": "retro-editor/1"}'.encode("utf-16"),
     "is not UTF-8 text (byte 0xff at offset 0)"),
]


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in BAD_FILES],
                         ids=[c[0] for c in BAD_FILES])
def test_bad_manifest_bytes(data, expected):
    assert error_of(data) == f"{P}: {expected}"
    problems = manifest_problems(data, P)
    assert str(problems[0]) == f"{P}: {expected}"


def test_newer_format_error_is_its_own_type():
    with pytest.raises(NewerFormatError) as info:
        parse_manifest(b'{"format": "retro-editor/3"}', P)
    assert info.value.version == 3
    assert peek_format_version(b'{"format": "retro-editor/3", "x": 1}') == 3
    assert peek_format_version(b"{nonsense") is None


def test_utf8_bom_accepted():
    assert parse_manifest(b"\xef\xbb\xbf" + manifest_bytes(), P) == Manifest()


def test_all_problems_listed():
    data = manifest_bytes(article={"published": "x", "slug": "A"},
                          related=[{**LINK, "views": -1}])
    assert [str(e) for e in manifest_problems(data, P)] == [
        f"{P}: article.published: {DATE}",
        f"{P}: article.slug: must use only lowercase a-z, 0-9 and -",
        f"{P}: related[0].views: must be 0 or more",
    ]
    assert manifest_problems(manifest_bytes(), P) == []


def test_depth_scan_ignores_brackets_in_strings():
    deep_text = json.dumps({"format": FORMAT_ID, "facts": [{"label": "[" * 500, "value": "{"}]})
    assert not json_depth_exceeds(deep_text.encode())
    assert parse_manifest(deep_text.encode(), P).facts[0].label == "[" * 500
    assert json_depth_exceeds(b"[" * 65 + b"]" * 65)
    assert not json_depth_exceeds(b"[" * 64 + b"]" * 64)
    assert not json_depth_exceeds(b"[]" * 100_000)


def test_field_path_spelling():
    assert field_path(("related", 2, "url")) == "related[2].url"
    assert field_path(("sections", "a.b", "[key]")) == 'sections["a.b"]'
    assert field_path(()) is None


def test_dump_is_pretty_sorted_and_stable():
    m = Manifest(article=ArticleMeta(title="Café <&\"'> 🎸", published=dt.date(2001, 10, 30)),
                 facts=[Fact(label="b", value="1"), Fact(label="a", value="2")])
    data = dump_manifest(m)
    text = data.decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "Café <&\\\"'> 🎸" in text
    assert '\n  "article": {\n    "author": ""' in text
    keys = list(json.loads(text))
    assert keys == sorted(keys)
    assert '"published": "2001-10-30"' in text
    assert dump_manifest(parse_manifest(data, P)) == data
    assert [f.label for f in parse_manifest(data, P).facts] == ["b", "a"]


def test_dump_refuses_a_manifest_changed_into_an_invalid_one():
    m = Manifest(related=[RelatedLink(title="x", url="https://example.org")])
    m.related[0].views = -2
    with pytest.raises(ProjectError) as info:
        dump_manifest(m, P)
    assert str(info.value) == f"{P}: related[0].views: must be 0 or more"


def test_schema_command(capsys):
    assert main(["--schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"].startswith("Retro Editor")
    assert main([]) == 2


# --- round trip -------------------------------------------------------------------------

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
line = text.map(str.strip)
non_empty = line.filter(bool)
full_dates = st.dates(min_value=dt.date(1, 1, 1))
dates = st.none() | full_dates | full_dates.map(lambda d: d.isoformat()[:7]) | full_dates.map(
    lambda d: d.isoformat()[:4])
drafted_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12).map(str.strip)


def with_drafts(model, fields, empty):
    """Builds ``model`` items where some fields hold drafts (their slots at the default)."""
    def build(item, drafted, texts):
        names = [f for f, keep in zip(fields, drafted, strict=False) if keep]
        data = item.model_dump()
        data.update({f: empty.get(f, "") for f in names}, drafts=dict(zip(names, texts,
                                                                          strict=False)))
        return model.model_validate(data)

    return lambda item: st.builds(build, st.just(item), st.lists(st.booleans(), min_size=len(fields),
                                                          max_size=len(fields)),
                                   st.lists(drafted_text, min_size=len(fields),
                                            max_size=len(fields)))
urls = st.builds(lambda host, path: f"https://{host}.example/{path}",
                 st.from_regex(r"[a-z0-9]{1,12}", fullmatch=True),
                 st.from_regex(r"[A-Za-z0-9_~%<>&'\"-]{0,20}", fullmatch=True))

manifests = st.builds(
    Manifest,
    article=st.builds(
        ArticleMeta, title=line, subtitle=line, author=line, published=dates, updated=dates,
        slug=st.from_regex(r"[a-z0-9-]{0,20}", fullmatch=True), slug_locked=st.booleans(),
        summary=line, tags=st.lists(non_empty, max_size=4), category=line,
        language=st.sampled_from(["en", "pt-BR", "de", "zh-Hant-TW"]),
        cover=st.none() | st.from_regex(r"assets/[a-z0-9 ._-]{1,12}\.png", fullmatch=True),
        canonical_url=st.none() | urls),
    facts=st.lists(st.builds(Fact, label=non_empty, value=line).flatmap(
        with_drafts(Fact, ("label", "value"), {})), max_size=4),
    related=st.lists(st.builds(RelatedLink, title=non_empty, url=urls, source=line, date=dates,
                               views=st.none() | st.integers(0, 10**12), note=line).flatmap(
        with_drafts(RelatedLink, ("title", "url", "date", "views"),
                    {"date": None, "views": None})), max_size=4),
    sections=st.dictionaries(text.filter(bool), st.builds(
        SectionState, status=st.sampled_from(["draft", "revised", "final"]), note=text,
        target=st.none() | st.integers(0, 10**6)), max_size=3),
    export=st.builds(ExportSettings, theme=st.sampled_from(["light", "dark", "sepia-2"]),
                     targets=st.dictionaries(st.sampled_from(["html", "pdf"]),
                                             st.dictionaries(text, text | st.integers()
                                                             | st.booleans(), max_size=3))),
    front_matter=st.dictionaries(text, st.recursive(
        st.none() | st.booleans() | st.integers() | text,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
        max_leaves=6), max_size=4),
)


@settings(max_examples=150, deadline=None)
@given(manifests)
def test_dump_parse_round_trip(m):
    data = dump_manifest(m)
    again = parse_manifest(data, P)
    assert again == m
    assert list(again.front_matter) == list(m.front_matter)
    assert dump_manifest(again) == data
