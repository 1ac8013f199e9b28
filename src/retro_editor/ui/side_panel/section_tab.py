"""The Section tab: status, note and word target of the section under the cursor.

The window works out the section from the document's analysis as the cursor moves (and as
the analysis changes) and calls
:meth:`SectionTab.show_section`; the tab writes through ``ProjectDocument.set_section_state``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.manifest import SECTION_STATUSES, SectionState
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.outline.model import status_label
from retro_editor.ui.side_panel.text import format_count
from retro_editor.ui.text_access import widget_text

_DEBOUNCE_MS = 500
_MAX_TARGET = 1_000_000


class SectionTab(QWidget):
    """Shows and edits ``manifest.sections[anchor]`` for the section the window points at."""

    def __init__(self, parent: QWidget | None = None, document: ProjectDocument | None = None):
        super().__init__(parent)
        self._document: ProjectDocument | None = None
        self._anchor: str | None = None
        self._words = 0
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self.commit)
        self.setAccessibleName(self.tr("Section"))

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setAccessibleName(self.tr("Section title"))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = QLabel(self)
        self.level.setAccessibleName(self.tr("Heading level"))

        self.status = QComboBox(self)
        for value in SECTION_STATUSES:
            self.status.addItem(status_label(value), value)
        self.status.setAccessibleName(self.tr("Section status"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What this section still needs…"))
        self.note.setAccessibleName(self.tr("Section note"))
        self.note.installEventFilter(self)
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 10 + 12)
        self.target = QSpinBox(self)
        self.target.setRange(0, _MAX_TARGET)
        self.target.setSingleStep(100)
        self.target.setGroupSeparatorShown(True)
        self.target.setSpecialValueText(self.tr("None"))
        self.target.setSuffix(self.tr(" words"))
        self.target.setAccessibleName(self.tr("Word target"))
        self.target.setToolTip(self.tr("How many words this section should have (0: no target)"))
        self.progress_label = QLabel(self)
        self.progress_label.setAccessibleName(self.tr("Words written"))
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Progress towards the word target"))

        self.placeholder = QLabel(self.tr("Put the cursor in a section of the article to see "
                                          "its status, note and word target here."), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)

        self.editors = QWidget(self)
        form = QFormLayout(self.editors)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in ((self.tr("&Status:"), self.status), (self.tr("&Note:"), self.note),
                              (self.tr("Word &target:"), self.target),
                              (self.tr("Words:"), self.progress_label), ("", self.progress)):
            caption = QLabel(label, self.editors)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.level)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.editors)
        layout.addStretch(1)
        QWidget.setTabOrder(self.status, self.note)
        QWidget.setTabOrder(self.note, self.target)

        self.status.activated.connect(lambda _index: self.commit())
        self.note.textChanged.connect(self._on_typed)
        self.target.valueChanged.connect(self._on_target_changed)
        self.target.editingFinished.connect(self.commit)
        self.set_document(document)

    # --- public --------------------------------------------------------------------------
    @property
    def anchor(self) -> str | None:
        return self._anchor

    def set_document(self, document: ProjectDocument | None) -> None:
        if self._document is not None:
            self.flush()
            self._document.manifestChanged.disconnect(self._on_manifest_changed)
        self._document = document
        self._anchor = None
        if document is not None:
            document.manifestChanged.connect(self._on_manifest_changed)
        self.show_section(None, "", 0)

    def show_section(self, anchor: str | None, title: str, words: int, level: int = 0) -> None:
        """The section under the cursor changed (or its title or word count did).

        ``anchor`` None: the cursor is before the first heading (or there is no document).
        """
        if anchor != self._anchor:
            self.flush()
            self._anchor = anchor if self._document is not None else None
            self._load(force=True)
        self._words = max(0, int(words))
        has_section = self._anchor is not None
        self.heading.setText(title if has_section else self.tr("No section"))
        self.level.setText(self.tr("Level {level} heading").format(level=level)
                           if has_section and level else "")
        self.level.setVisible(has_section and bool(level))
        self.placeholder.setVisible(not has_section)
        self.editors.setVisible(has_section)
        self.editors.setEnabled(has_section)
        self._update_progress()

    def flush(self) -> None:
        """Applies a note or target being typed (before a save or a change of section)."""
        if self._timer.isActive():
            self.commit()

    def commit(self) -> None:
        self._timer.stop()
        if self._document is None or self._anchor is None or self._loading:
            return
        target = self.target.value()
        state = SectionState(status=self.status.currentData(), note=widget_text(self.note),
                             target=target or None)
        if self._anchor not in self._document.manifest.sections and state == SectionState():
            return
        self._document.set_section_state(self._anchor, state)

    # --- internals -----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _on_typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def _on_target_changed(self, _value: int) -> None:
        self._update_progress()
        if not self._loading:
            self._timer.start()

    def _on_manifest_changed(self, part: str) -> None:
        if part == "sections" and self._anchor is not None:
            self._load()

    def _load(self, force: bool = False) -> None:
        state = SectionState()
        if self._document is not None and self._anchor is not None:
            state = self._document.manifest.sections.get(self._anchor, state)
        self._loading = True
        try:
            if force or not self.status.hasFocus():
                self.status.setCurrentIndex(max(0, self.status.findData(state.status)))
            if (force or not self.note.hasFocus()) and widget_text(self.note) != state.note:
                self.note.setPlainText(state.note)
            if force or not self.target.hasFocus():
                self.target.setValue(state.target or 0)
        finally:
            self._loading = False
        self._update_progress()

    def _update_progress(self) -> None:
        target = self.target.value()
        words = format_count(self._words)
        if target:
            self.progress_label.setText(self.tr("{words} / {target} words").format(
                words=words, target=format_count(target)))
            self.progress.setRange(0, target)
            self.progress.setValue(min(self._words, target))
        else:
            self.progress_label.setText(self.tr("{words} words").format(words=words))
        self.progress.setVisible(bool(target))
