"""``check_project``: one line per problem, nothing raised."""

from __future__ import annotations

import re
from pathlib import Path

from retro_editor.core.check import Problem, check_project, heading_anchors
from retro_editor.core.manifest import ArticleMeta, Manifest, RelatedLink, SectionState
from retro_editor.core.project import Project, save_project


def project_with(tmp_path: Path, text: str, **manifest) -> Project:
    project = Project(folder=tmp_path / "p", manifest_name="p.retro",
                      manifest=Manifest(**manifest), text=text)
    save_project(project)
    (project.assets_dir / "here.png").write_bytes(b"png")
    return project


def integrity_problems(project: Project) -> list[Problem]:
    """What ``check`` finds, without the search and social advice (tested on its own)."""
    return [p for p in check_project(project) if p.level != "advice"]


def lines(project: Project) -> list[str]:
    return [str(p) for p in integrity_problems(project)]


def test_clean_project_has_no_problems(tmp_path):
    text = ("# Hero\n\n![cover](assets/here.png)\n\n<img src=\"assets/here.png\">\n\n"
            "![remote](https://example.org/x.png)\n\n## The Making\n")
    project = project_with(tmp_path, text, article=ArticleMeta(cover="assets/here.png"),
                           sections={"hero": SectionState(), "the-making": SectionState()})
    assert integrity_problems(project) == []


def test_missing_and_escaping_files(tmp_path):
    (tmp_path / "outside.png").write_bytes(b"png")
    text = ("# Title\n\n![a](assets/missing.png)\n\n![b](../outside.png)\n\n"
            "Text <img alt='x' src='/etc/passwd'> more\n\n"
            "```\n![not an image](in/code.png)\n```\n\n![c](ftp://example.org/x.png)\n\n"
            "![d](<assets/here.png>) ![e](assets/here%2Epng)\n")
    project = project_with(tmp_path, text, article=ArticleMeta(cover="assets/gone.png"))
    m, a = project.manifest_path, project.article_path
    assert lines(project) == [
        f"{m}: article.cover: the cover assets/gone.png does not exist in the project",
        f"{a}: line 3: image assets/missing.png does not exist in the project",
        f"{a}: line 5: image ../outside.png: must stay inside the project folder (no ..)",
        f"{a}: line 7: image /etc/passwd: must be a path relative to the project folder, "
        "like assets/cover.png",
        f"{a}: line 13: image ftp://example.org/x.png must be a file in the project "
        "or an http(s) URL",
    ]


def test_symlink_out_of_project(tmp_path):
    (tmp_path / "secret.png").write_bytes(b"png")
    project = project_with(tmp_path, "![x](assets/link.png)\n")
    (project.assets_dir / "link.png").symlink_to(tmp_path / "secret.png")
    assert lines(project) == [f"{project.article_path}: line 1: image assets/link.png: "
                              "points outside the project folder"]


def test_manifest_changed_in_memory_and_related_duplicates(tmp_path):
    link = RelatedLink(title="A", url="https://example.org/a")
    project = project_with(tmp_path, "", related=[link, link.model_copy()])
    project.manifest.related.append(RelatedLink(title="B", url="https://example.org/b"))
    project.manifest.related[2].views = -1
    project.manifest.related[2].url = "mailto:x@example.org"
    m = project.manifest_path
    assert lines(project) == [
        f"{m}: related[2].url: must be an http or https URL",
        f"{m}: related[2].views: must be 0 or more",
        f"{m}: related[1].url: the same URL as related[0] (warning)",
    ]


def test_section_keys_without_heading_are_warnings(tmp_path):
    text = "# Intro\n\n> # Quoted\n\n- # In a list\n\n## Intro\n\nSetext *title*\n---\n"
    project = project_with(tmp_path, text, sections={
        "intro": SectionState(), "intro-1": SectionState(), "setext-title": SectionState(),
        "quoted": SectionState(status="final"), "gone": SectionState()})
    problems = integrity_problems(project)
    assert [str(p) for p in problems] == [
        f"{project.manifest_path}: sections.quoted: no heading in article.md has this anchor "
        "(warning)",
        f"{project.manifest_path}: sections.gone: no heading in article.md has this anchor "
        "(warning)",
    ]
    assert {p.level for p in problems} == {"warning"}


def test_heading_anchors_follow_document_order_and_the_renderer():
    from retro_editor.render.markdown import MarkdownRenderer

    text = "# A\n\n## A\n\n# `Code` and [a link](https://example.org)\n\n- # not a section\n"
    renderer = MarkdownRenderer()
    try:
        ids = set(re.findall(r'<h\d[^>]*\bid="([^"]+)"', renderer.render(text)))
    finally:
        renderer.close()
    assert heading_anchors(text) == ids
    assert {"a", "a-1"} < ids and len(ids) == 3


def test_problem_line():
    assert str(Problem(Path("/p/x.retro"), None, "broken")) == "/p/x.retro: broken"


def test_each_draft_is_one_warning_naming_field_text_and_reason(tmp_path):
    drafted = Manifest.model_validate({
        "article": {"drafts": {"published": "2019-02-30"}},
        "related": [
            {"title": "A", "url": "", "drafts": {"url": "example.org/a", "views": "lots"}},
            {"title": "B", "url": "", "drafts": {"url": "example.org/b"}},
        ],
    })
    project = project_with(tmp_path, "# Hero\n", article=drafted.article,
                           related=drafted.related)
    lines = [str(p) for p in check_project(project) if p.field and "draft" in p.message]
    where = project.manifest_path
    assert lines == [
        f'{where}: article.published: holds the draft "2019-02-30", which is not a real date '
        "(2019-02 has 28 days) (warning)",
        f'{where}: related[0].url: holds the draft "example.org/a", which must be an http or '
        "https URL (warning)",
        f'{where}: related[0].views: holds the draft "lots", which must be a whole number of 0 '
        "or more, like 1843, 12k or 1.2M (warning)",
        f'{where}: related[1].url: holds the draft "example.org/b", which must be an http or '
        "https URL (warning)",
    ]
    assert not any("same URL" in p.message for p in check_project(project))


def test_check_warns_about_control_characters_docx_and_epub_refuse(tmp_path):
    """A title holding U+0001 passed `check` with "no problems" while the DOCX and EPUB
    exports refused it; U+000B (Word's line break) is kept by them and is no problem."""
    from retro_editor.core.check import check_project
    from retro_editor.core.project import new_project, save_project

    project = new_project(tmp_path / "p", "Title")
    project.manifest.article.title = "Bad\x01title"
    project.manifest.article.subtitle = "Two\x0blines"
    project.text = "Fine.\n\nA \x02 here.\n"
    save_project(project)
    found = [(p.field, p.message, p.level) for p in check_project(project)]
    assert ("article.title", "holds the control character U+0001, which DOCX and EPUB cannot "
            "hold; remove it", "warning") in found
    assert ("line 3", "holds the control character U+0002, which DOCX and EPUB cannot hold; "
            "remove it", "warning") in found
    assert not any(field == "article.subtitle" for field, _m, _l in found)
