"""File → Export…: format, destination and options (built from the export registry), then the
export runs with a delayed, cancellable progress dialog (``Exporter``). Choices are remembered per project.
Fields holding drafts (typed values that are not valid yet) are listed before exporting: the
export uses the valid values only."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.errors import ProjectError
from retro_editor.ui.jobs import Job, JobCancelled
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.core.manifest_drafts import DraftProblem
    from retro_editor.export.base import ExportFormat, ExportOption
    from retro_editor.ui.prompts import Prompts
    from retro_editor.ui.window_parts import ExportParts


tr = translator("ExportDialog")


def drafts_note(drafts: list[DraftProblem]) -> str:
    """The line shown above the export's options when some fields hold drafts."""
    if not drafts:
        return ""
    head = (tr("1 field holds a draft and is left out of the export:") if len(drafts) == 1
            else tr("{n} fields hold drafts and are left out of the export:").format(
                n=len(drafts)))
    items = [tr("{field} “{value}” {reason}").format(field=d.field, value=d.value,
                                                     reason=tr(d.reason)) for d in drafts]
    return "\n".join([head, *items])


def _choice_text(option: ExportOption, choice: Any) -> str:
    """What a choice is called in its combo box; the theme option's empty choice is the
    project's own theme."""
    if option.name == "theme" and choice == "":
        return tr("Project's theme")
    return str(choice)

class ExportDialog(QDialog):
    def __init__(self, formats: dict[str, ExportFormat], remembered: dict[str, dict[str, Any]],
                 default_destination: Callable[[ExportFormat], Path], last_format: str | None,
                 prompts: Prompts, parent: QWidget | None = None,
                 drafts: list[DraftProblem] | None = None) -> None:
        super().__init__(parent)
        self._prompts = prompts
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export"))
        self._formats = formats
        self._remembered = remembered
        self._default_destination = default_destination
        self._option_widgets: dict[str, QWidget] = {}

        self.format_box = QComboBox(self)
        self.format_box.setAccessibleName(tr("Format"))
        for fmt in formats.values():
            self.format_box.addItem(tr(fmt.label), fmt.name)
        self.destination = QLineEdit(self)
        self.destination.setAccessibleName(tr("Destination"))
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)
        # one form, so the options' labels line up with Format and Destination
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(tr("&Format:"), self.format_box)
        destination_label = QLabel(tr("&Destination:"), self)
        destination_label.setBuddy(self.destination)
        self.form.addRow(destination_label, row)
        self.destination.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self._fixed_rows = self.form.rowCount()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.drafts_label = QLabel(drafts_note(drafts or []), self)
        self.drafts_label.setObjectName("exportDrafts")
        self.drafts_label.setAccessibleName(tr("Fields left out of the export"))
        self.drafts_label.setWordWrap(True)
        self.drafts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.drafts_label.setVisible(bool(drafts))
        layout = QVBoxLayout(self)
        layout.addWidget(self.drafts_label)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        if last_format in formats:
            self.format_box.setCurrentIndex(list(formats).index(last_format))
        self._format_changed()

    def current_format(self) -> ExportFormat:
        return self._formats[self.format_box.currentData()]

    def _format_changed(self) -> None:
        fmt = self.current_format()
        remembered = self._remembered.get(fmt.name, {})
        self.destination.setText(remembered.get("output") or str(self._default_destination(fmt)))
        while self.form.rowCount() > self._fixed_rows:
            self.form.removeRow(self._fixed_rows)
        self._option_widgets.clear()
        saved_options = remembered.get("options", {})
        for option in fmt.options:
            widget = self._option_widget(option, saved_options.get(option.name, option.default))
            self._option_widgets[option.name] = widget
            self.form.addRow(tr(option.label) + ":", widget)

    def _option_widget(self, option: ExportOption, value: Any) -> QWidget:
        widget: QWidget
        if isinstance(option.default, bool):
            check = QCheckBox(self)
            check.setChecked(bool(value))
            widget = check
        elif option.choices:
            combo = QComboBox(self)
            for choice in option.choices:
                combo.addItem(_choice_text(option, choice), choice)
            if value in option.choices:
                combo.setCurrentIndex(option.choices.index(value))
            widget = combo
        else:
            widget = QLineEdit(str(value), self)
        widget.setAccessibleName(tr(option.label))
        widget.setToolTip(tr(option.help) if option.help else "")
        return widget

    def options(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name, widget in self._option_widgets.items():
            if isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        return values

    def destination_path(self) -> Path:
        return Path(self.destination.text()).expanduser()

    def _browse(self) -> None:
        path = self._prompts.choose_export_destination(self.destination.text(),
                                                       self.current_format())
        if path is not None:
            self.destination.setText(str(path))


@dataclasses.dataclass(frozen=True)
class ExportRequest:
    """What the writer chose in the export dialog."""

    format: ExportFormat
    destination: Path
    options: dict[str, Any]


class Exporter(QObject):
    """Runs the exports of one window's open project; ``job`` is the latest one started."""

    def __init__(self, parts: ExportParts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parts = parts
        self.job: Job | None = None

    def ask_and_export(self) -> Job | None:
        """Asks for format, destination and options, then starts the export; the job or None."""
        doc = self._parts.controller.document
        if doc is None:
            return None
        targets = doc.manifest.export.targets
        last = targets.get("_last", {}).get("format")
        self._parts.side_panel.flush()
        from retro_editor.export.registry import export_formats  # noqa: PLC0415 (not at start-up)

        request = self._parts.prompts.ask_export(
            export_formats(), targets, lambda fmt: fmt.default_destination(doc.project), last,
            doc.drafts())
        if request is None:
            return None
        return self.export(request.format, request.destination, request.options)

    def export(self, fmt: ExportFormat, destination: Path, options: dict[str, Any],
               force: bool = False) -> Job | None:
        parts = self._parts
        doc = parts.controller.document
        if doc is None:
            return None
        try:
            resolved = fmt.resolve_options(options)
        except ValueError as exc:
            parts.prompts.show_error(tr("Cannot export"), str(exc))
            return None
        remembered = dict(doc.manifest.export.targets)
        remembered[fmt.name] = {"output": str(destination), "options": options}
        remembered["_last"] = {"format": fmt.name}
        doc.remember_export_targets(remembered)
        live = doc.sync_text_to_project()
        project = dataclasses.replace(live, manifest=live.manifest.model_copy(deep=True))
        warnings = fmt.export_warnings(project, resolved)
        job = Job(tr("Exporting {label}…").format(label=tr(fmt.label)),
                  lambda: fmt.run(project, destination, resolved, force=force), parts.job_parent(),
                  on_gui_thread=fmt.runs_on_gui_thread)

        from retro_editor.export.writing import ExportConflict  # noqa: PLC0415 (not at start-up)

        def finished(error: BaseException | None) -> None:
            if error is None:
                parts.show_status_message(tr("Exported {path}").format(path=destination), 8000)
                if warnings:
                    parts.prompts.show_info(tr("Exported, with warnings"), "\n\n".join(warnings))
            elif isinstance(error, JobCancelled):
                parts.show_status_message(tr("Export cancelled"), 5000)
            elif isinstance(error, ExportConflict):
                if parts.prompts.confirm_replace_export_files([str(p) for p in error.paths]):
                    self.export(fmt, destination, options, force=True)
                else:
                    parts.show_status_message(tr("Export cancelled"), 5000)
            elif isinstance(error, ProjectError):
                parts.prompts.show_error(tr("The export failed"), str(error))
            else:
                parts.prompts.show_error(tr("The export failed"),
                                         f"{type(error).__name__}: {error}")

        job.done.connect(finished)
        job.start()
        self.job = job
        return job
