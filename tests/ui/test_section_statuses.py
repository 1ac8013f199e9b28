"""Section statuses are declared once, in core: the outline's Status menu and the side
panel's Section tab offer exactly those, in that order, under the same names."""

from __future__ import annotations

from pathlib import Path

from retro_editor.core.manifest import SECTION_STATUSES, Manifest
from retro_editor.core.project import Project
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.outline import OutlineView
from retro_editor.ui.side_panel.section_tab import SectionTab


def test_outline_menu_and_section_tab_offer_the_core_statuses(qtbot, tmp_path: Path) -> None:
    project = Project(folder=tmp_path, manifest_name="test.retro", manifest=Manifest(),
                      text="# T\n\n## One\n", saved=True)
    document = ProjectDocument(project)
    outline = OutlineView(document=document)
    tab = SectionTab(document=document)
    qtbot.addWidget(outline)
    qtbot.addWidget(tab)

    menu = [(a.data(), a.text()) for a in outline.status_menu.actions()]
    combo = [(tab.status.itemData(i), tab.status.itemText(i)) for i in range(tab.status.count())]

    assert [value for value, _ in menu] == list(SECTION_STATUSES)
    assert combo == menu
    assert all(text and text != value for value, text in menu)  # a name, not the raw key
