"""Comparing versions: sections moved, added, deleted and changed word by word; details as
fields; and the parts of the article that the compare and restore rest on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from retro_editor.core.history_compare import (
    SectionStatus,
    compare_files,
    compare_manifests,
    compare_texts,
)
from retro_editor.core.history_sections import article_parts, section_span

OLD = ("Opening words.\n\n# Alpha\n\nThe first quick paragraph.\n\nA second one.\n\n"
       "# Beta\n\nBeta stays as it is.\n\n# Gamma\n\nGamma goes away.\n")
NEW = ("Opening words.\n\n# Beta\n\nBeta stays as it is.\n\n# Alpha\n\n"
       "The first slow paragraph, longer.\n\nA second one.\n\n# Delta\n\nDelta is new.\n")


def by_anchor(changes):
    return {c.anchor: c for c in changes}


def test_moved_added_deleted_and_changed_sections():
    changes = by_anchor(compare_texts(OLD, NEW))
    assert set(changes) == {"alpha", "beta", "gamma", "delta"}
    moved = [a for a in ("alpha", "beta") if changes[a].status is SectionStatus.MOVED]
    assert len(moved) == 1, "one of the two swapped sections counts as moved"
    assert changes["gamma"].status is SectionStatus.DELETED
    assert changes["gamma"].old_text == "# Gamma\n\nGamma goes away.\n"
    assert changes["delta"].status is SectionStatus.ADDED
    alpha = changes["alpha"]
    assert alpha.edited and len(alpha.paragraphs) == 1
    runs = [(r.op, r.text) for r in alpha.paragraphs[0].runs if r.op != "equal"]
    assert runs == [("delete", "quick"), ("insert", "slow"), ("delete", "paragraph."),
                    ("insert", "paragraph, longer.")]
    assert not changes["beta"].edited
    assert "" not in changes, "the unchanged opening is not listed"


def test_word_runs_join_back_to_both_texts():
    alpha = by_anchor(compare_texts(OLD, NEW))["alpha"]
    for paragraph in alpha.paragraphs:
        assert "".join(r.text for r in paragraph.runs if r.op != "insert") == paragraph.old
        assert "".join(r.text for r in paragraph.runs if r.op != "delete") == paragraph.new


def test_the_same_text_compares_as_no_change():
    assert compare_texts(OLD, OLD) == ()


def test_metadata_changes_are_listed_as_fields():
    old = {"format": "retro-editor/2", "article": {"title": "Neon", "tags": ["a"]},
           "facts": [{"label": "Year", "value": "1999"}]}
    new = {"format": "retro-editor/2", "article": {"title": "Neon Harbor", "tags": ["a", "b"]},
           "facts": []}
    fields = {c.field: (c.old, c.new) for c in compare_manifests(old, new)}
    assert fields == {"article.title": ("Neon", "Neon Harbor"),
                      "article.tags[1]": (None, "b"),
                      "facts[0].label": ("Year", None), "facts[0].value": ("1999", None)}


def test_compare_files_lists_changed_assets_and_reads_crlf_articles():
    old = {"article.md": OLD.replace("\n", "\r\n").encode(), "p.retro": b'{"article": {}}',
           "assets/a.png": b"1"}
    new = {"article.md": OLD.encode(), "p.retro": b'{"article": {}}', "assets/b.png": b"2"}
    comparison = compare_files(old, new)
    assert comparison.sections == () and comparison.fields == ()
    assert comparison.files == ("assets/a.png", "assets/b.png")


texts = st.lists(st.sampled_from(["# A\n", "## B\n", "text\n", "\n", "# A\n", "```\n# no\n```\n",
                                  "Title\n===\n", "  # C #\n"]), max_size=12).map("".join)


@given(texts)
def test_parts_join_back_to_the_text(text):
    assert "".join(p.text for p in article_parts(text)) == text


@given(texts)
def test_a_section_span_starts_at_its_heading(text):
    for part in article_parts(text):
        span = section_span(text, part.anchor)
        assert span is not None
        assert text[span[0]:span[1]].startswith(part.text)
