"""Opening, creating, importing and saving projects; bad input refused with files unharmed."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retro_editor.core import storage
from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import (
    FORMAT_ID,
    ArticleMeta,
    Fact,
    Manifest,
    NewerFormatError,
    RelatedLink,
    SectionState,
    dump_manifest,
)
from retro_editor.core.project import (
    Project,
    import_markdown,
    new_project,
    open_project,
    save_project,
)

from .test_manifest import BAD_FILES


def make_project(folder: Path, manifest: bytes | None = None, article: bytes = b"# Hi\n",
                 name: str = "hi.retro") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(manifest if manifest is not None else dump_manifest(Manifest()))
    (folder / "article.md").write_bytes(article)
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- opening ----------------------------------------------------------------------------

def test_open_folder_and_retro_file(tmp_path):
    folder = make_project(tmp_path / "Hero", article="# Héros 🎸\n\nText\n".encode())
    for path in (folder, folder / "hi.retro"):
        project = open_project(path)
        assert project.folder == folder and project.manifest_name == "hi.retro"
        assert project.text == "# Héros 🎸\n\nText\n"
        assert project.saved and project.newline == "\n" and not project.bom
        assert project.manifest_path == folder / "hi.retro"
        assert project.article_path == folder / "article.md"
        assert project.assets_dir == folder / "assets"


def test_open_sample_project(sample_project_dir):
    project = open_project(sample_project_dir)
    assert project.manifest.article.title
    assert project.text.startswith("#") or "\n#" in project.text


def test_sample_manifest_is_written_as_a_save_writes_it(sample_project_dir):
    """A first save of the sample must change nothing (or the history records a version and
    the file shows a diff the writer did not make)."""
    from retro_editor.core.manifest import dump_manifest

    project = open_project(sample_project_dir)
    assert dump_manifest(project.manifest) == project.manifest_path.read_bytes()


def test_folder_without_manifest(tmp_path):
    with pytest.raises(ProjectError) as info:
        open_project(tmp_path)
    assert str(info.value) == (f"{tmp_path}: holds no .retro manifest; "
                               "this is not a Retro Editor project")


@pytest.mark.parametrize("opened", ["", "hi.retro", "other.retro"])
def test_folder_with_two_manifests(tmp_path, opened):
    make_project(tmp_path)
    (tmp_path / "other.retro").write_bytes(dump_manifest(Manifest()))
    with pytest.raises(ProjectError) as info:
        open_project(tmp_path / opened)
    assert str(info.value) == (f"{tmp_path}: holds 2 .retro manifests (hi.retro, other.retro); "
                               "a project folder must hold exactly one")


def test_missing_article(tmp_path):
    make_project(tmp_path)
    (tmp_path / "article.md").unlink()
    with pytest.raises(ProjectError) as info:
        open_project(tmp_path)
    assert str(info.value) == (f"{tmp_path / 'article.md'}: is missing; the project's text "
                               "lives in article.md beside hi.retro")


def test_non_utf8_article(tmp_path):
    make_project(tmp_path, article=b"# Title\n\ncaf\xe9\n")
    before = snapshot(tmp_path)
    with pytest.raises(ProjectError) as info:
        open_project(tmp_path)
    assert str(info.value) == (f"{tmp_path / 'article.md'}: is not UTF-8 text "
                               "(byte 0xe9 at offset 12, line 3)")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("path", ["nowhere", "nowhere.retro", "file.txt"])
def test_open_what_is_not_a_project(tmp_path, path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ProjectError) as info:
        open_project(tmp_path / path)
    assert str(info.value).startswith(f"{tmp_path / path}: ")


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in BAD_FILES],
                         ids=[c[0] for c in BAD_FILES])
def test_bad_manifest_refused_and_untouched(tmp_path, data, expected):
    folder = make_project(tmp_path / "p", manifest=data)
    before = snapshot(folder)
    with pytest.raises(ProjectError) as info:
        open_project(folder)
    assert str(info.value) == f"{folder / 'hi.retro'}: {expected}"
    assert snapshot(folder) == before


def test_newer_manifest_never_overwritten(tmp_path):
    folder = make_project(tmp_path)
    project = open_project(folder)
    newer = b'{"format": "retro-editor/3", "article": {"title": "From the future"}}\n'
    (folder / "hi.retro").write_bytes(newer)
    before = snapshot(folder)
    project.text = "changed"
    with pytest.raises(NewerFormatError) as info:
        save_project(project)
    assert str(info.value) == (f"{folder / 'hi.retro'}: was written by a newer Retro Editor "
                               "(format 3); this version reads formats up to 2")
    assert snapshot(folder) == before
    with pytest.raises(NewerFormatError):
        open_project(folder)


def test_stale_temp_files_cleaned_on_open(tmp_path):
    folder = make_project(tmp_path)
    stale = folder / ".article.md.retro-tmp-deadbeef"
    stale.write_bytes(b"half a save")
    os.utime(stale, (time.time() - 600,) * 2)
    open_project(folder)
    assert not stale.exists()


# --- paths --------------------------------------------------------------------------------

def test_resolve_inside(tmp_path):
    folder = make_project(tmp_path / "p")
    (folder / "assets").mkdir()
    project = open_project(folder)
    assert project.resolve("assets/a.png") == (folder / "assets" / "a.png").resolve()


@pytest.mark.parametrize(("relative", "reason"), [
    ("../secret.txt", "must stay inside the project folder (no ..)"),
    ("assets/../../secret.txt", "must stay inside the project folder (no ..)"),
    ("/etc/passwd", "must be a path relative to the project folder, like assets/cover.png"),
    ("C:/Windows/x.png", "must be a path relative to the project folder, like assets/cover.png"),
    ("assets\\..\\x", "must use / between folders, not \\"),
    ("link/secret.txt", "points outside the project folder"),
    ("assets/escape.png", "points outside the project folder"),
])
def test_resolve_refuses_escapes(tmp_path, relative, reason):
    (tmp_path / "secret.txt").write_text("secret")
    folder = make_project(tmp_path / "p")
    (folder / "assets").mkdir()
    (folder / "link").symlink_to(tmp_path)
    (folder / "assets" / "escape.png").symlink_to(tmp_path / "secret.txt")
    project = open_project(folder)
    with pytest.raises(ProjectError) as info:
        project.resolve(relative)
    assert str(info.value) == f"{folder}: {relative}: {reason}"


def test_cover_escaping_in_manifest_refused(tmp_path):
    data = json.dumps({"format": FORMAT_ID, "article": {"cover": "../x.png"}}).encode()
    folder = make_project(tmp_path / "p", manifest=data)
    with pytest.raises(ProjectError) as info:
        open_project(folder)
    assert str(info.value) == (f"{folder / 'hi.retro'}: article.cover: must stay inside the "
                               "project folder (no ..)")


# --- new and save -------------------------------------------------------------------------

def test_new_project(tmp_path):
    project = new_project(tmp_path / "Hero Retrospective", "  Hero:  A Retrospective ")
    folder = tmp_path / "Hero Retrospective"
    assert project.folder == folder and project.saved
    assert project.manifest_name == "hero-a-retrospective.retro"
    assert sorted(p.name for p in folder.iterdir()) == [
        "article.md", "assets", "hero-a-retrospective.retro"]
    assert (folder / "article.md").read_text() == ""  # the title lives in the manifest only
    again = open_project(folder)
    assert again.manifest.article.title == "Hero: A Retrospective"
    assert again.manifest.article.slug == "hero-a-retrospective"
    assert again == project


def test_new_project_in_empty_folder_ok_nonempty_refused(tmp_path):
    (tmp_path / "empty").mkdir()
    new_project(tmp_path / "empty", "Title")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(ProjectError) as info:
        new_project(tmp_path / "full", "Title")
    assert str(info.value) == f"{tmp_path / 'full'}: is not empty; choose a new or empty folder"
    assert sorted(p.name for p in (tmp_path / "full").iterdir()) == ["notes.txt"]


def test_save_round_trip_and_crlf_bom_byte_identical(tmp_path):
    article = b"\xef\xbb\xbf# Title\r\n\r\nCaf\xc3\xa9 \xf0\x9f\x8e\xb8\r\n"
    folder = make_project(tmp_path, article=article)
    project = open_project(folder)
    assert project.bom and project.newline == "\r\n"
    assert project.text == "# Title\n\nCafé 🎸\n"
    before = snapshot(folder)
    save_project(project)
    assert snapshot(folder) == before
    assert (folder / "assets").is_dir()


def test_save_keeps_permissions(tmp_path):
    folder = make_project(tmp_path)
    os.chmod(folder / "article.md", 0o600)
    os.chmod(folder / "hi.retro", 0o640)
    project = open_project(folder)
    project.text += "more\n"
    save_project(project)
    assert (folder / "article.md").stat().st_mode & 0o777 == 0o600
    assert (folder / "hi.retro").stat().st_mode & 0o777 == 0o640


def test_save_refuses_read_only_article(tmp_path):
    folder = make_project(tmp_path)
    os.chmod(folder / "article.md", 0o444)
    project = open_project(folder)
    project.text = "new"
    project.manifest.article.title = "New"
    before = snapshot(folder)
    with pytest.raises(ProjectError) as info:
        save_project(project)
    assert str(info.value) == f"{folder / 'article.md'}: the file is read-only; it was not replaced"
    assert snapshot(folder) == before


def test_save_refuses_invalid_manifest_before_writing(tmp_path):
    folder = make_project(tmp_path)
    project = open_project(folder)
    project.text = "new text"
    project.manifest.related.append(RelatedLink(title="x", url="https://example.org"))
    project.manifest.related[0].url = "not a url"
    before = snapshot(folder)
    with pytest.raises(ProjectError) as info:
        save_project(project)
    assert str(info.value) == f"{folder / 'hi.retro'}: related[0].url: must be an http or https URL"
    assert snapshot(folder) == before


@pytest.mark.parametrize("function", ["write", "fsync"])
def test_failed_save_leaves_old_files(tmp_path, monkeypatch, function):
    folder = make_project(tmp_path)
    project = open_project(folder)
    project.text = "new " * 100_000
    project.manifest.article.title = "New"
    before = snapshot(folder)

    def fail(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.os, function, fail)
    with pytest.raises(ProjectError) as info:
        save_project(project)
    monkeypatch.undo()
    assert str(info.value) == f"{folder / 'article.md'}: the disk is full"
    assert snapshot(folder) == before


def test_save_refuses_a_folder_with_another_manifest(tmp_path):
    project = import_markdown(write(tmp_path / "post.md", "# Post\n"))
    make_project(project.folder, name="someone-else.retro")
    with pytest.raises(ProjectError, match=r"already holds another project's manifest"):
        save_project(project)


astral_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
meta_text = st.text(st.sampled_from("<&\"'>abc é🎸\u00a0 \t"), max_size=30)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=astral_text, long_line=st.integers(0, 200_000), newline=st.sampled_from(["\n", "\r\n"]),
       bom=st.booleans(), title=meta_text, note=meta_text)
def test_save_load_round_trip(tmp_path_factory, text, long_line, newline, bom, title, note):
    folder = tmp_path_factory.mktemp("rt")
    text = text + "x" * long_line
    manifest = Manifest(
        article=ArticleMeta(title=title, summary=note, tags=[t for t in [title.strip()] if t]),
        facts=[Fact(label="L" + title, value=note)],
        related=[RelatedLink(title="T" + note, url="https://example.org/?a=1&b='2'", note=note,
                             views=long_line, date=dt.date(2001, 10, 30))],
        sections={note or "k": SectionState(note=note)})
    project = Project(folder=folder, manifest_name="rt.retro", manifest=manifest, text=text,
                      newline=newline, bom=bom, saved=False)
    save_project(project)
    again = open_project(folder)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    assert again.text == normalised
    assert again.manifest == manifest
    assert again.bom == bom
    if "\n" in normalised:
        assert again.newline == newline
    first = snapshot(folder)
    save_project(again)
    assert snapshot(folder) == first


# --- import ---------------------------------------------------------------------------------

def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")
    return path


YAML_POST = """---
title: "Hero: A Retrospective"
subtitle: Twenty years on
author: [Ana, Ben]
date: 2021-10-30T09:00:00+02:00
lastmod: 2021-11-02
slug: hero_retro
description: A look back.
tags: [film, wuxia]
categories: [Film, Asia]
lang: pt_BR
image: /images/cover.png
canonical_url: https://example.org/hero
draft: true
unknown_key: {nested: [1, 2]}
---

# Hero

Body text.
"""

TOML_POST = """+++
title = "Hero"
date = 2021-10-30
tags = ["film"]
[[facts]]
label = "Released"
value = "2002"
[[related]]
title = "A story"
url = "https://example.org/a"
date = 2020-01-02
views = 1200
+++
Body.
"""


def test_open_markdown_with_yaml_front_matter(tmp_path):
    md = write(tmp_path / "hero.md", YAML_POST)
    project = open_project(md)
    assert not project.saved
    assert project.folder == tmp_path / "hero" and not project.folder.exists()
    assert project.manifest_name == "hero-retro.retro"
    a = project.manifest.article
    assert (a.title, a.subtitle, a.author) == ("Hero: A Retrospective", "Twenty years on",
                                               "Ana, Ben")
    assert (a.published, a.updated) == ("2021-10-30", "2021-11-02")
    assert (a.slug, a.slug_locked) == ("hero-retro", True)
    assert (a.summary, a.tags, a.category, a.language) == ("A look back.", ["film", "wuxia"],
                                                           "Film", "pt-BR")
    assert (a.cover, a.canonical_url) == ("images/cover.png", "https://example.org/hero")
    assert project.text == "# Hero\n\nBody text.\n"
    save_project(project)
    assert project.saved and open_project(project.folder).manifest == project.manifest
    assert md.read_text() == YAML_POST


def test_open_markdown_with_toml_front_matter(tmp_path):
    project = open_project(write(tmp_path / "hero.md", TOML_POST))
    assert project.manifest.article.title == "Hero"
    assert project.manifest.article.published == "2021-10-30"
    assert project.manifest.facts == [Fact(label="Released", value="2002")]
    assert project.manifest.related == [RelatedLink(title="A story", url="https://example.org/a",
                                                    date="2020-01-02", views=1200)]
    assert project.text == "Body.\n"


def test_markdown_without_front_matter(tmp_path):
    write(tmp_path / "notes", "taken")
    project = import_markdown(write(tmp_path / "notes.md", "---\n\nIntro\n\n# Real Title\n"))
    assert project.manifest.article.title == "Real Title"
    assert project.folder == tmp_path / "notes 2"
    assert project.text == "---\n\nIntro\n\n# Real Title\n"
    plain = import_markdown(write(tmp_path / "plain.md", "no heading\r\n"))
    assert plain.manifest.article.title == "plain" and plain.newline == "\r\n"
    untitled = import_markdown(write(tmp_path / "untitled.md", "---\ntitle: ''\n---\n# H\n"))
    assert untitled.manifest.article.title == ""


def test_exported_front_matter_imports_back_equal(tmp_path):
    manifest = Manifest(
        article=ArticleMeta(title="Hero", subtitle="Sub", author="Ana", slug="hero",
                            published=dt.date(2001, 10, 30), updated=dt.date(2002, 1, 1),
                            summary="S", tags=["a", "b"], category="Film", language="en-GB",
                            cover="assets/cover.png", canonical_url="https://example.org/h"),
        facts=[Fact(label="Released", value="2001"), Fact(label="Director", value="Zhang")],
        related=[RelatedLink(title="T", url="https://example.org/t", source="BBC",
                             date=dt.date(2020, 5, 6), views=7, note="n")],
        sections={"hero": SectionState(status="final", note="ok", target=500)},
    )
    front = manifest.model_dump(mode="json")
    meta = {k: v for k, v in front["article"].items() if k != "slug_locked"}
    meta.update(facts=front["facts"], related=front["related"], sections=front["sections"])
    import yaml
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\n# Hero\n"
    project = import_markdown(write(tmp_path / "hero.md", text))
    assert project.manifest == manifest
    assert project.text == "# Hero\n"


@pytest.mark.parametrize(("text", "message"), [
    ("---\ntitle: [unclosed\n---\n", "front matter is not valid YAML (line 3, column 1): "
                                     "expected ',' or ']', but got '<stream end>'"),
    ("---\na: &x [1]\nb: *x\n---\n", "front matter is not valid YAML (line 3, column 4): "
                                     "aliases (*name) are not supported in front matter"),
    ("+++\ntitle = \n+++\n", "front matter is not valid TOML: Invalid value (at line 1, column 9)"),
    ("+++\ntitle = 'x'\n", "front matter has no closing +++ line; the text was imported "
                         "as it is"),
    ("---\ntitle: {a: 1}\n---\n", "front matter: title: must be text"),
    ("---\ndate: someday\n---\n", "front matter: date: must be a date like 1999, 1999-03 or 1999-03-14"),
    ("---\nrelated:\n  - title: x\n    url: ftp://x\n---\n",
     "front matter: related[0].url: must be an http or https URL"),
    ("---\nfacts: 3\n---\n", "front matter: facts: must be a list"),
])
def test_bad_front_matter_is_listed_and_the_file_still_opens(tmp_path, text, message):
    """Each problem is listed (with the file and key), never raised; nothing is written."""
    md = write(tmp_path / "post.md", text)
    project = open_project(md)
    assert any(str(p).startswith(f"{md}: {message}") for p in project.import_problems), [
        str(p) for p in project.import_problems]
    assert md.read_text() == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["post.md"]


def test_markdown_size_bounded(tmp_path):
    md = tmp_path / "huge.md"
    md.write_bytes(b"x" * (21 * 1024 * 1024))
    with pytest.raises(ProjectError) as info:
        open_project(md)
    assert str(info.value) == f"{md}: Markdown file is 21 MB; the limit is 20 MB"


def test_unchanged_files_are_not_rewritten_and_folder_synced_once(tmp_path, monkeypatch):
    folder = make_project(tmp_path)
    project = open_project(folder)
    inodes = {p.name: p.stat().st_ino for p in folder.iterdir()}
    syncs = []
    monkeypatch.setattr("retro_editor.core.project.sync_folder", syncs.append)
    save_project(project)
    assert syncs == [] and (folder / "assets").is_dir()
    assert {p.name: p.stat().st_ino for p in folder.iterdir() if p.is_file()} == inodes
    project.text += "more\n"
    project.manifest.article.title = "Changed"
    save_project(project)
    assert syncs == [folder]
    assert (folder / "article.md").stat().st_ino != inodes["article.md"]
    assert open_project(folder).manifest.article.title == "Changed"


HUGO_BUNDLE = """---
title: Hero
published_period: 2021-10
params:
  subtitle: Twenty years on
  images:
  - cover.png
  published_period: 2021-10
  mood: calm
---
Body.
"""


def test_a_hugo_bundle_gives_back_its_cover_and_partial_date(tmp_path):
    """Our Hugo export keeps the cover only under params and a partial date as
    published_period (Hugo reads neither as its own field)."""
    project = open_project(write(tmp_path / "hero" / "index.md", HUGO_BUNDLE))
    a = project.manifest.article
    assert (a.cover, a.subtitle, a.published) == ("cover.png", "Twenty years on", "2021-10")
    assert project.manifest.front_matter["params"]["mood"] == "calm"
