"""Format 2: format-1 upgrade, partial dates, drafts and their wording, front matter kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import (
    FORMAT_ID,
    FORMAT_VERSION,
    READABLE_VERSIONS,
    Fact,
    Manifest,
    RelatedLink,
    dump_manifest,
    parse_manifest,
    parse_partial_date,
)
from retro_editor.core.manifest_drafts import DraftProblem, draft_problems, typed_value
from retro_editor.core.project import open_project, save_project

P = Path("/p/x.retro")
FORMAT_1 = {
    "format": "retro-editor/1",
    "article": {"title": "Hero", "published": "2001-10-30"},
    "facts": [{"label": "Released", "value": "2002"}],
    "related": [{"title": "A story", "url": "https://example.org/a", "date": "2020-02-29",
                 "views": 12}],
}


def test_version_constants():
    assert (FORMAT_VERSION, FORMAT_ID, READABLE_VERSIONS) == (2, "retro-editor/2", (1, 2))


def test_format_1_project_opens_and_saves_as_format_2(tmp_path):
    (tmp_path / "hero.retro").write_text(json.dumps(FORMAT_1), encoding="utf-8")
    (tmp_path / "article.md").write_text("# Hero\n", encoding="utf-8")
    project = open_project(tmp_path)
    assert project.format_version_on_disk == 1
    assert project.manifest.article.published == "2001-10-30"
    assert project.manifest.related[0].date == "2020-02-29"
    save_project(project)
    saved = json.loads((tmp_path / "hero.retro").read_text(encoding="utf-8"))
    assert saved["format"] == "retro-editor/2"
    assert saved["article"]["published"] == "2001-10-30"
    assert saved["front_matter"] == {}
    assert "drafts" not in saved["article"] and "drafts" not in saved["related"][0]
    assert project.format_version_on_disk == 2
    assert open_project(tmp_path).manifest == project.manifest


@pytest.mark.parametrize(("text", "parts"), [
    ("1999", (1999, None, None)),
    ("1999-03", (1999, 3, None)),
    ("1999-03-14", (1999, 3, 14)),
    ("2020-02-29", (2020, 2, 29)),
    ("0001-01-01", (1, 1, 1)),
])
def test_partial_dates_parse(text, parts):
    assert parse_partial_date(text) == parts
    assert parse_manifest(json.dumps({"format": FORMAT_ID, "article": {"published": text}})
                          .encode(), P).article.published == text


@pytest.mark.parametrize(("text", "reason"), [
    ("2019-02-30", "is not a real date (2019-02 has 28 days)"),
    ("2024-13-45", "has no month 13 (months are 01 to 12)"),
    ("2024-04-31", "is not a real date (2024-04 has 30 days)"),
    ("0000", "must have a year from 0001 on"),
    ("99", "must be a date like 1999, 1999-03 or 1999-03-14"),
    ("1999-3", "must be a date like 1999, 1999-03 or 1999-03-14"),
    ("14/03/1999", "must be a date like 1999, 1999-03 or 1999-03-14"),
    ("1999-03-14T10:00", "must be a date like 1999, 1999-03 or 1999-03-14"),
    (" 1999", "must be a date like 1999, 1999-03 or 1999-03-14"),
])
def test_partial_dates_refused_with_a_reason(text, reason):
    with pytest.raises(ValueError) as info:
        parse_partial_date(text)
    assert str(info.value) == reason


def test_drafts_round_trip_and_slots_stay_at_default():
    m = Manifest.model_validate({
        "article": {"drafts": {"published": "2019-02-30", "tags": "film,, wuxia",
                               "language": "english"}},
        "facts": [{"label": "", "drafts": {"label": ""}}],
        "related": [{"title": "", "url": "", "drafts": {"title": "", "url": "example.org/x",
                                                        "views": "about 4k"}}],
    })
    data = dump_manifest(m, P)
    again = parse_manifest(data, P)
    assert again == m and dump_manifest(again, P) == data
    saved = json.loads(data)
    assert saved["article"]["drafts"] == {"language": "english", "published": "2019-02-30",
                                          "tags": "film,, wuxia"}
    assert (saved["article"]["published"], saved["article"]["tags"],
            saved["article"]["language"]) == (None, [], "en")
    assert saved["related"][0]["drafts"]["url"] == "example.org/x"


def test_empty_drafts_are_left_out():
    data = json.loads(dump_manifest(Manifest(facts=[Fact(label="a")])))
    assert "drafts" not in data["article"] and "drafts" not in data["facts"][0]


@pytest.mark.parametrize(("given", "field", "reason"), [
    ({"article": {"published": "1999", "drafts": {"published": "x"}}}, "article.published",
     'must be left at null while drafts.published holds the text as typed'),
    ({"article": {"drafts": {"colour": "red"}}}, "article.drafts",
     'names "colour", which is not a field here'),
    ({"facts": [{"label": "", "drafts": {"value": "v"}}]}, "facts[0].label",
     "must not be empty"),
    ({"related": [{"title": "", "url": "", "drafts": {"title": "t"}}]}, "related[0]",
     "has no URL: give the page's URL, or for a print source its publication as the source"),
    ({"related": [{"title": "t", "url": "https://e.org", "drafts": {"views": 3}}]},
     "related[0].drafts.views", "must be text"),
])
def test_inconsistent_drafts_are_field_precise_errors(given, field, reason):
    with pytest.raises(ProjectError) as info:
        parse_manifest(json.dumps({"format": FORMAT_ID, **given}).encode(), P)
    assert str(info.value) == f"{P}: {field}: {reason}"


def test_draft_problems_wording():
    m = Manifest.model_validate({
        "article": {"drafts": {"published": "2019-02-30", "tags": "film,, wuxia",
                               "canonical_url": "example.org"}},
        "facts": [{"label": "Year", "value": ""}, {"label": "", "drafts": {"label": ""}}],
        "related": [{"title": "t", "url": "https://e.org",
                     "drafts": {"views": "about 4k", "date": "1999"}}],
    })
    assert draft_problems(m) == [
        DraftProblem("article.published", "2019-02-30",
                     "is not a real date (2019-02 has 28 days)"),
        DraftProblem("article.tags", "film,, wuxia", "has an empty tag between commas"),
        DraftProblem("article.canonical_url", "example.org", "must be an http or https URL"),
        DraftProblem("facts[1].label", "", "must not be empty"),
        DraftProblem("related[0].date", "1999", "is kept as typed until you edit the field"),
        DraftProblem("related[0].views", "about 4k",
                     "must be a whole number of 0 or more, like 1843, 12k or 1.2M"),
    ]


@pytest.mark.parametrize(("text", "views"), [
    ("", None), ("0", 0), ("1843", 1843), ("1,843", 1843), ("12k", 12000), ("12K", 12000),
    ("1.2M", 1_200_000), ("1,5k", 1500), ("3 b", 3_000_000_000), (" 7 ", 7),
])
def test_views_typed(text, views):
    assert typed_value("related", "views", text) == views


@pytest.mark.parametrize(("text", "reason"), [
    ("-50", "must be 0 or more"),
    ("12 thousand", "must be a whole number of 0 or more, like 1843, 12k or 1.2M"),
    ("1.2345k", ("must be a whole number of 0 or more, like 1843, 12k or 1.2M "
                 "(1.2345k is not a whole number)")),
    ("1.5", "must be a whole number of 0 or more, like 1843, 12k or 1.2M"),
])
def test_views_refused(text, reason):
    with pytest.raises(ValueError) as info:
        typed_value("related", "views", text)
    assert str(info.value) == reason


def test_typed_values_of_other_fields():
    assert typed_value("article", "published", " 1999-03 ") == "1999-03"
    assert typed_value("article", "cover", "") is None
    assert typed_value("article", "tags", "film, wuxia") == ["film", "wuxia"]
    assert typed_value("fact", "value", "  x ") == "x"
    with pytest.raises(ValueError, match="must not be empty"):
        typed_value("related", "title", "  ")
    with pytest.raises(ValueError, match="must use only lowercase"):
        typed_value("article", "slug", "Hero 2")
    assert RelatedLink(title="t", url="https://e.org", date="1999").date == "1999"


def test_front_matter_keeps_file_order_and_values():
    m = Manifest(front_matter={"zeta": 1, "alpha": {"b": 2, "a": [None, True]}, "mid": "x"})
    data = dump_manifest(m, P)
    assert list(json.loads(data)["front_matter"]) == ["zeta", "alpha", "mid"]
    assert list(json.loads(data)["front_matter"]["alpha"]) == ["b", "a"]
    assert parse_manifest(data, P).front_matter == m.front_matter
