"""The section-keyed three-way merge: one-sided changes merge, two-sided ones conflict."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from retro_editor.core.history_merge import merge_files, merge_manifests, merge_texts

BASE = "Intro\n\n# A\n\na\n\n# B\n\nb\n\n# C\n\nc\n"


def test_different_sections_merge_silently():
    ours = BASE.replace("a\n", "a mine\n")
    theirs = BASE.replace("c\n", "c theirs\n")
    conflicts: list = []
    merged = merge_texts(BASE, ours, theirs, conflicts=conflicts)
    assert merged == "Intro\n\n# A\n\na mine\n\n# B\n\nb\n\n# C\n\nc theirs\n"
    assert conflicts == []


def test_neighbouring_sections_do_not_conflict_as_a_line_merge_would():
    ours = BASE.replace("a\n\n# B", "a\nmine at the end of A\n\n# B")
    theirs = BASE.replace("# B\n\nb", "# B\n\ntheirs at the start of B\nb")
    conflicts: list = []
    merged = merge_texts(BASE, ours, theirs, conflicts=conflicts)
    assert "mine at the end of A" in merged and "theirs at the start of B" in merged
    assert conflicts == []


def test_the_same_section_changed_on_both_sides_is_a_conflict_with_both_texts():
    ours = BASE.replace("b\n", "b mine\n")
    theirs = BASE.replace("b\n", "b theirs\n")
    conflicts: list = []
    assert merge_texts(BASE, ours, theirs, conflicts=conflicts) == ours
    assert [(c.kind, c.name) for c in conflicts] == [("section", "b")]
    assert "b mine" in conflicts[0].ours and "b theirs" in conflicts[0].theirs
    assert merge_texts(BASE, ours, theirs, "theirs") == theirs


def test_added_deleted_and_moved_sections():
    ours = BASE + "\n# D\n\nd\n"
    theirs = BASE.replace("# B\n\nb\n\n", "")
    assert merge_texts(BASE, ours, theirs) == "Intro\n\n# A\n\na\n\n# C\n\nc\n\n# D\n\nd\n"
    moved = "Intro\n\n# C\n\nc\n\n# A\n\na\n\n# B\n\nb\n"
    edited = BASE.replace("a\n", "a mine\n")
    assert merge_texts(BASE, edited, moved) == "Intro\n\n# C\n\nc\n\n# A\n\na mine\n\n# B\n\nb\n"


def test_deleted_on_one_side_edited_on_the_other_conflicts():
    conflicts: list = []
    merge_texts(BASE, BASE.replace("# C\n\nc\n", ""), BASE.replace("c\n", "c edited\n"),
                conflicts=conflicts)
    assert [(c.kind, c.name, c.ours) for c in conflicts] == [("section", "c", None)]


def test_manifest_fields_merge_field_by_field():
    base = {"article": {"title": "T", "subtitle": "S", "tags": ["a"]}, "facts": []}
    ours = {"article": {"title": "T2", "subtitle": "S", "tags": ["a"]}, "facts": []}
    theirs = {"article": {"title": "T", "subtitle": "S2", "tags": ["a", "b"]}, "facts": []}
    conflicts: list = []
    assert merge_manifests(base, ours, theirs, conflicts=conflicts) == {
        "article": {"title": "T2", "subtitle": "S2", "tags": ["a", "b"]}, "facts": []}
    assert conflicts == []
    both = {"article": {"title": "T3", "subtitle": "S", "tags": ["a"]}, "facts": []}
    merge_manifests(base, ours, both, conflicts=conflicts)
    assert [(c.kind, c.name, c.ours, c.theirs) for c in conflicts] == [
        ("field", "article.title", "T2", "T3")]


def test_merge_files_keeps_our_manifest_name_and_merges_assets():
    def files(text, title, **extra):
        return {"article.md": text.encode(), "mine.retro": json.dumps({"article": {
            "title": title}}).encode(), **extra}
    base = files(BASE, "T")
    ours = files(BASE, "T", **{"assets/new.png": b"1"})
    theirs = files(BASE.replace("a\n", "a2\n"), "T2")
    theirs["theirs.retro"] = theirs.pop("mine.retro")
    result = merge_files(base, ours, theirs)
    assert result.conflicts == []
    assert set(result.files) == {"article.md", "mine.retro", "assets/new.png"}
    assert json.loads(result.files["mine.retro"]) == {"article": {"title": "T2"}}


sections = st.lists(st.sampled_from(["# A\n\na\n\n", "# B\n\nb\n\n", "# C\n\nc\n\n", "x\n\n"]),
                    max_size=5).map("".join)


@given(sections, sections)
def test_a_change_on_one_side_only_is_taken_whole(base, changed):
    assert merge_texts(base, base, changed) == merge_texts(base, changed, base)
    conflicts: list = []
    merge_texts(base, base, changed, conflicts=conflicts)
    assert conflicts == []
