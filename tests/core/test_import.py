"""Markdown import never loses a file: every front matter value ends up in the manifest (a
field, a draft, or ``front_matter``), the text is always imported, and every problem is listed
at once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retro_editor.core.errors import ProjectError
from retro_editor.core.frontmatter import split_front_matter
from retro_editor.core.manifest_drafts import draft_problems
from retro_editor.core.project import import_markdown, open_project, save_project


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def everything(project) -> str:
    """All the project holds, as one string to look for values in."""
    return json.dumps(project.manifest.model_dump(mode="json"), ensure_ascii=False) + project.text


# (id, file text, values that must be held somewhere, substrings of the problems, body start)
CORPUS = [
    ("impossible-date-yaml",
     "---\ntitle: Post\nupdated: 2019-02-30\n---\nBody.\n",
     ["2019-02-30"], ["updated: is not a real date (2019-02 has 28 days)"], "Body."),
    ("impossible-dates-everywhere",
     "---\ndate: 2021-02-29\nlastmod: 2019-13-01\nseen: 2019-02-30\nrelated:\n"
     "  - title: A\n    url: https://example.org/a\n    date: 2020-04-31\n---\nBody.\n",
     ["2021-02-29", "2019-13-01", "2019-02-30", "2020-04-31"],
     ["date: is not a real date", "lastmod: has no month 13", "related[0].date: is not a real"],
     "Body."),
    ("impossible-date-toml",
     "+++\ntitle = \"Post\"\nupdated = 2019-02-30\nseen = 2019-02-31T10:00:00Z\n+++\nBody.\n",
     ["2019-02-30", "2019-02-31T10:00:00Z"],
     ["updated: is not a real date", "seen: is not a real date or time"], "Body."),
    ("wrong-types",
     "---\ntitle: {a: 1}\ntags: 5\nslug_locked: maybe\nlanguage: 42\nfacts: 3\nrelated: text\n"
     "canonical_url: ftp://example.org/x\ncover: ../outside.png\n---\nBody.\n",
     ['"a": 1', "maybe", "42", "ftp://example.org/x", "../outside.png", "text"],
     ["title: must be text", "slug_locked: must be true or false", "facts: must be a list",
      "related: must be a list", "canonical_url: must be an http or https URL",
      "cover: must stay inside the project folder", "language: must be a language tag"],
     "Body."),
    ("bad-related-entries",
     "---\nrelated:\n  - title: A\n    url: ftp://a\n    views: -5\n  - just text\n"
     "  - title: C\n    url: https://example.org/c\n    thumbnail: c.png\n    views: 12k\n"
     "  - url: https://example.org/no-title\n---\nBody.\n",
     ["ftp://a", "-5", "just text", "c.png", "no-title"],
     ["related[0].url: must be an http or https URL", "related[0].views: must be 0 or more",
      "related[1]: must be an object", "related[2].thumbnail: unknown field",
      "related[3].title: is required"], "Body."),
    ("unknown-keys",
     "---\ntitle: Post\ndraft: true\nweight: 3\nseries: [One, Two]\nparams: {math: true}\n"
     "aliases:\n  - /old/\n---\nBody.\n",
     ["One", "Two", "/old/", '"weight": 3', '"math": true', '"draft": true'], [], "Body."),
    ("duplicate-keys",
     "---\ntitle: First\ntitle: Second\nrelated:\n  - title: A\n    url: https://e.org/1\n"
     "    url: https://e.org/2\n---\nBody.\n",
     ["First", "Second", "https://e.org/1", "https://e.org/2"],
     ["title: appears twice (lines 2 and 3)", "url: appears twice (lines 6 and 7)"], "Body."),
    ("invalid-yaml-left-in-text",
     "---\ntitle: [unclosed\n---\nBody.\n",
     ["title: [unclosed"], ["front matter is not valid YAML (line 3, column 1)"], "---\ntitle: [unclosed"),
    ("invalid-toml-left-in-text",
     "+++\ntitle = \n+++\nBody.\n",
     ["title = "], ["is not valid TOML"], "+++\ntitle ="),
    ("unclosed-toml",
     "+++\ntitle = 'x'\nBody.\n",
     ["title = 'x'"], ["front matter has no closing +++ line"], "+++"),
    ("aliases-refused-but-kept",
     "---\na: &x [1]\nb: *x\n---\nBody.\n",
     ["a: &x [1]"], ["aliases (*name) are not supported"], "---"),
    ("yaml-1.1-words-stay-text",
     "---\ntitle: yes\nsummary: 007\ncategory: 1_000\n---\nBody.\n",
     ['"title": "yes"', '"summary": "007"', '"category": "1_000"'], [], "Body."),
    ("date-with-time-zone",
     "---\ndate: 2016-10-06 11:10:38 -0700\n---\nBody.\n",
     ['"published": "2016-10-06"', "2016-10-06 11:10:38 -0700"], [], "Body."),
]


@pytest.mark.parametrize(("text", "held", "problems", "body"),
                         [case[1:] for case in CORPUS], ids=[case[0] for case in CORPUS])
@pytest.mark.parametrize("style", ["plain", "bom-crlf"])
def test_every_file_opens_with_everything_held_and_all_problems_listed(
        tmp_path, text, held, problems, body, style):
    """Repro (issue 10 #2, #5): ``updated: 2019-02-30`` raised an uncaught ValueError; any bad
    field refused the whole file, one error per attempt."""
    if style == "bom-crlf":
        text = "\ufeff" + text.replace("\n", "\r\n")
    md = write(tmp_path / "post.md", text)
    project = open_project(md)
    assert project.text.startswith(body)
    kept = everything(project)
    for value in held:
        assert value in kept, f"{value!r} was lost"
    listed = [str(p) for p in project.import_problems]
    for expected in problems:
        assert any(expected in line for line in listed), (expected, listed)
    assert len(listed) >= len(problems)
    assert all(line.startswith(f"{md}: front matter") for line in listed), listed
    assert (style == "bom-crlf") == project.bom
    assert project.newline == ("\r\n" if style == "bom-crlf" else "\n")
    save_project(project)  # drafts and front_matter are a valid manifest
    again = open_project(project.folder)
    assert again.manifest == project.manifest
    assert md.read_bytes() == text.encode("utf-8")


def test_each_draft_is_named_once_by_the_import_and_by_the_manifest(tmp_path):
    project = import_markdown(write(tmp_path / "p.md", "---\nupdated: 2019-02-30\n"
                                                       "related:\n  - title: A\n    url: x\n---\n"))
    drafts = {(d.field, d.value) for d in draft_problems(project.manifest)}
    assert drafts == {("article.updated", "2019-02-30"), ("related[0].url", "x")}
    assert {p.draft for p in project.import_problems} == {"article.updated", "related[0].url"}


def test_slug_comes_from_the_title(tmp_path):
    """Repro: an imported .md had an empty slug until the title was edited."""
    project = import_markdown(write(tmp_path / "p.md", "---\ntitle: 'Hero: The Return'\n---\nx\n"))
    assert (project.manifest.article.slug, project.manifest.article.slug_locked) == (
        "hero-the-return", False)
    headed = import_markdown(write(tmp_path / "q.md", "# Ten Years of Neon\n"))
    assert headed.manifest.article.slug == "ten-years-of-neon"
    assert headed.manifest_name == "ten-years-of-neon.retro"


def test_front_matter_keeps_file_order_and_original_spelling(tmp_path):
    project = import_markdown(write(tmp_path / "p.md", "---\nZeta: 1\nTitle: T\nalpha: 2\n"
                                                       "linkTitle: L\n---\n"))
    assert project.manifest.article.title == "T"
    assert list(project.manifest.front_matter) == ["Zeta", "alpha", "linkTitle"]


def test_unreadable_file_is_one_error_and_nothing_is_written(tmp_path):
    md = tmp_path / "bad.md"
    md.write_bytes(b"---\ntitle: x\n---\n\xff\xfe")
    with pytest.raises(ProjectError, match=r"is not UTF-8 text"):
        open_project(md)
    folder = tmp_path / "folder.md"
    folder.mkdir()
    with pytest.raises(ProjectError, match=r"is a folder"):
        import_markdown(folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.md", "folder.md"]


def test_split_never_raises_on_odd_yaml():
    for raw in ("---\n? [a, b]\n: c\n---\n", "---\nx: !!timestamp 2019-02-30\n---\n",
                "---\nx: !!python/object:os.system ls\n---\n", "---\n" + "[" * 5000 + "\n---\n",
                "---\n- a\n- b\n---\nBody\n"):
        front = split_front_matter(raw)
        assert front.data is None and front.body == raw


scalar = st.one_of(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
                   st.integers(-10**6, 10**6), st.booleans())
key = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz_"), min_size=1, max_size=8)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(meta=st.dictionaries(st.one_of(key, st.sampled_from(
    ["title", "date", "tags", "slug", "lang", "image", "views", "canonical", "published"])),
    st.one_of(scalar, st.lists(scalar, max_size=3)), max_size=8))
def test_any_front_matter_imports_and_every_value_is_held(tmp_path_factory, meta):
    import yaml

    folder = tmp_path_factory.mktemp("any")
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\nBody.\n"
    project = import_markdown(write(folder / "p.md", text))
    assert project.text == "Body.\n"
    save_project(project)
    assert open_project(project.folder).manifest == project.manifest
    kept = everything(project)
    for value in meta.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip() and "," not in item:
                assert json.dumps(item.strip(), ensure_ascii=False)[1:-1] in kept, item
