"""The status bar's sign that a large paste is converting, with its Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from retro_editor.ui.editor.paste_conversion import PasteConversion
from retro_editor.ui.translate import translator

tr = translator("PasteProgress")


class PasteProgress(QWidget):
    """Shown while ``conversion`` is busy: a label, a busy bar and Cancel."""

    def __init__(self, conversion: PasteConversion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteProgress")
        self.label = QLabel(tr("Converting the pasted HTML…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # the helper reports no fraction: a busy bar
        self.bar.setMaximumWidth(120)
        self.bar.setAccessibleName(tr("Paste conversion"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelPaste")
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setToolTip(tr("Stop converting; the document stays as it is"))
        self.cancel_button.clicked.connect(conversion.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        conversion.busyChanged.connect(self.setVisible)
        self.setVisible(conversion.busy())
