"""Property: whatever is typed into a side-panel field or table cell survives save and reopen.

Typed through the real widgets (the Article form's fields, the Facts and Related tables' cell
editors given by their delegates) and committed with Return as a writer does; then saved to
disk, and a new document and side panel are built from the files. The field then holds the
same text (surrounding whitespace aside), either as a valid value or flagged as a draft; what
is on disk always holds it.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from typing_helpers import replace_line, type_in_cell, type_text

from retro_editor.core.manifest import Fact, RelatedLink
from retro_editor.core.manifest_drafts import typed_value
from retro_editor.core.project import new_project, open_project, save_project
from retro_editor.core.typed_fields import text_of
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.side_panel import SidePanel

ARTICLE_FIELDS = ("title", "subtitle", "author", "published", "updated", "slug", "summary",
                  "tags", "category", "language", "canonical_url")
FACT_COLUMNS = ("label", "value")
RELATED_COLUMNS = ("title", "url", "source", "date", "views", "note", "author", "description",
                   "image", "archive_url", "issue", "page")

# Printable text of any script (no control characters: a key press cannot type them), plus
# the shapes that exercise the rules: dates, counts, URLs, tags, slugs.
typed = st.one_of(
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
            max_size=24),
    st.from_regex(r"[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?", fullmatch=True),
    st.from_regex(r" ?-?[0-9]{1,6}([.,][0-9]{1,3})?[kKmM]? ?", fullmatch=True),
    st.from_regex(r"(https?://)?[a-z]{1,8}\.example(/[a-z0-9-]{0,8})?", fullmatch=True),
    st.from_regex(r"[a-z0-9 -]{0,6}(,[ a-z0-9-]{0,6}){0,3}", fullmatch=True),
)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])
_folders = itertools.count()


@pytest.fixture(scope="module")
def workspace():
    with tempfile.TemporaryDirectory(prefix="drafts-rt-") as folder:
        yield Path(folder)


def fresh_project(workspace: Path):
    project = new_project(workspace / f"p{next(_folders)}", "Round trip")
    project.manifest.facts = [Fact(label="Base label", value="base value")]
    project.manifest.related = [RelatedLink(title="Base", url="https://example.org/base")]
    save_project(project)
    return project.folder


def panel_for(qtbot, folder: Path) -> tuple[ProjectDocument, SidePanel]:
    document = ProjectDocument(open_project(folder))
    panel = SidePanel(document=document)
    qtbot.addWidget(panel)
    panel.resize(700, 800)
    panel.show()
    panel.activateWindow()
    return document, panel


def expected_text(kind: str, field: str, text: str) -> tuple[str, bool]:
    """What the field shows after reopening, and whether it is flagged as a draft."""
    try:
        value = typed_value(kind, field, text)
    except ValueError:
        return text.strip(), True
    return text_of(value), False


def save_and_reopen(qtbot, document: ProjectDocument, panel: SidePanel):
    panel.flush()
    save_project(document.sync_text_to_project())
    folder = document.project.folder
    panel.close()
    return panel_for(qtbot, folder)


@SETTINGS
@given(field=st.sampled_from(ARTICLE_FIELDS), text=typed)
def test_article_field_round_trip(qtbot, workspace, field, text):
    document, panel = panel_for(qtbot, fresh_project(workspace))
    tab = panel.article_tab
    panel.setCurrentWidget(tab)
    widget = getattr(tab, field)
    if field == "summary":
        widget.setFocus()
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key_Delete)
        type_text(qtbot, widget, text)
        qtbot.keyClick(widget, Qt.Key_Tab)
    else:
        replace_line(qtbot, widget, text)
    document, panel = save_and_reopen(qtbot, document, panel)

    widget = getattr(panel.article_tab, field)
    shown = widget.toPlainText() if field == "summary" else widget.text()
    want, draft = expected_text("article", field, text)
    assert shown == want
    assert bool(widget.property("invalid")) == draft
    article = document.manifest.article
    on_disk = article.drafts[field] if draft else text_of(getattr(article, field))
    assert on_disk == want


def table_round_trip(qtbot, workspace, tab_name: str, kind: str, columns, column: int,
                     text: str) -> None:
    document, panel = panel_for(qtbot, fresh_project(workspace))
    tab = getattr(panel, tab_name)
    panel.setCurrentWidget(tab)
    type_in_cell(qtbot, tab.view, 0, column, text)
    document, panel = save_and_reopen(qtbot, document, panel)

    model = getattr(panel, tab_name).model
    field = columns[column]
    want, draft = expected_text(kind, field, text)
    assert model.rowCount() == 1
    assert model.index(0, column).data(Qt.EditRole) == want
    assert (model.index(0, column).data(Qt.BackgroundRole) is not None) == draft
    entry = getattr(document.manifest, "facts" if kind == "fact" else "related")[0]
    on_disk = entry.drafts[field] if draft else text_of(getattr(entry, field))
    assert on_disk == want


@SETTINGS
@given(column=st.sampled_from(range(len(FACT_COLUMNS))), text=typed)
def test_facts_cell_round_trip(qtbot, workspace, column, text):
    table_round_trip(qtbot, workspace, "facts_tab", "fact", FACT_COLUMNS, column, text)


@SETTINGS
@given(column=st.sampled_from(range(len(RELATED_COLUMNS))), text=typed)
def test_related_cell_round_trip(qtbot, workspace, column, text):
    table_round_trip(qtbot, workspace, "related_tab", "related", RELATED_COLUMNS, column, text)
