"""Turning pydantic ``ValidationError``s into plain per-field messages, and marking fields.

The forms and tables of the side panel validate what the writer typed with the manifest's own
models, so the rules live in one place (``core.manifest``); this module only words the
errors for people and shows them on the widgets.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtWidgets import QWidget

from retro_editor.core.manifest import validation_problems
from retro_editor.ui.translate import translator

#: style for fields whose value is invalid: a red outline that reads in light and dark themes
INVALID_STYLE = (
    "QLineEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"], "
    "QDateEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] "
    "{ border: 1px solid #d0342c; border-radius: 3px; padding: 2px; }"
)
#: colour of inline error messages (readable on light and dark backgrounds)
ERROR_COLOR = "#d0342c"
#: colour of the inline warnings that are advice rather than errors
WARNING_COLOR = "#b26a00"

_TOP_KEY = re.compile(r"^[^.\[]+")


_tr = translator("Validation")


def translated(reason: str) -> str:
    """A reason worded by ``core`` (``"must be an http or https URL"``), for people."""
    return _tr(reason)


def field_errors(exc: ValidationError) -> dict[str, str]:
    """Maps each failing field path (``"url"``, ``"tags[2]"``) to its first reason.

    The wording is the manifest's own (``core.manifest.validation_problems``), so the panel
    and ``retro-editor check`` say the same thing; it goes through the translator.
    """
    messages: dict[str, str] = {}
    for path, why in validation_problems(exc):
        messages.setdefault(path or "", _tr(why))
    return messages


def top_level_errors(exc: ValidationError) -> dict[str, str]:
    """Like :func:`field_errors` but keyed by the top-level field only (``"tags"``)."""
    messages: dict[str, str] = {}
    for path, why in field_errors(exc).items():
        match = _TOP_KEY.match(path)
        messages.setdefault(match.group(0) if match else "", why)
    return messages


def validate(model: type[BaseModel],
             data: dict[str, Any]) -> tuple[BaseModel | None, dict[str, str]]:
    """Validates ``data`` with ``model``: ``(instance, {})`` or ``(None, {field: reason})``."""
    try:
        return model.model_validate(data), {}
    except ValidationError as exc:
        return None, top_level_errors(exc)


def mark_invalid(widget: QWidget, message: str | None) -> None:
    """Shows (``message``) or clears (``None``) the invalid state of a form field.

    The field's own help tooltip, if it was given with :func:`set_help`, comes back when
    the error is fixed.
    """
    invalid = message is not None
    help_text = str(widget.property("helpText") or "")
    shown = message if message is not None else help_text
    if bool(widget.property("invalid")) == invalid and widget.toolTip() == shown:
        return
    widget.setProperty("invalid", invalid)
    widget.setToolTip(shown)
    widget.setAccessibleDescription(shown)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def set_help(widget: QWidget, text: str) -> None:
    """Gives a field a help tooltip that :func:`mark_invalid` restores after an error."""
    widget.setProperty("helpText", text)
    if not widget.property("invalid"):
        widget.setToolTip(text)
        widget.setAccessibleDescription(text)


def row_problem(row: int, field: str, why: str) -> str:
    """One table problem in words: ``"row 3 URL must be an http or https URL"`` (1-based row)."""
    return _tr("row {row} {field} {problem}").format(row=row + 1, field=field, problem=why)


def problems_summary(problems: list[str]) -> str:
    """``"2 problems: row 3 URL must be …, row 4 Title is required"`` (empty when none)."""
    if not problems:
        return ""
    count = len(problems)
    head = _tr("1 problem") if count == 1 else _tr("{count} problems").format(count=count)
    return _tr("{summary}: {problems}").format(summary=head, problems=", ".join(problems))
