"""The widget for one setting, bound to it: the widget shows the stored value and every change
is written at once (the dialog has no OK: changes apply live).

A field is declared with the ``Setting`` it edits, so ranges and choices come from the
settings registry, not from the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFontComboBox, QSpinBox, QWidget

from retro_editor.ui.settings import Setting, Settings

#: (stored value, label shown) pairs
Choices = Callable[[], list[tuple[str, str]]]


@dataclass(frozen=True)
class NumberField:
    setting: Setting[int]
    label: str
    name: str
    suffix: str = ""
    #: what 0 is called, if it means something special ("every save")
    zero_text: str = ""


@dataclass(frozen=True)
class ChoiceField:
    setting: Setting[str]
    label: str
    name: str
    choices: Choices
    #: a line shown under the field (e.g. when the choice takes effect)
    note: str = ""


@dataclass(frozen=True)
class FontField:
    """A font family; the setting's empty default is the family ``default_family()`` gives."""

    setting: Setting[str]
    label: str
    name: str
    default_family: Callable[[], str]


Field = NumberField | ChoiceField | FontField


def build_field(field: Field, settings: Settings, tr: Callable[[str], str],
                changed: Callable[[str], None], parent: QWidget) -> QWidget:
    """The bound widget for ``field``; ``changed(key)`` is called after each stored change."""
    setting: Setting[Any] = field.setting

    def store(value: Any) -> None:
        if settings.get(setting) != value:
            settings.set(setting, value)
            changed(setting.key)

    widget: QWidget
    if isinstance(field, NumberField):
        spin = QSpinBox(parent)
        low, high = field.setting.bounds or (0, 10_000)
        spin.setRange(low, high)
        if field.suffix:
            spin.setSuffix(tr(field.suffix))
        if field.zero_text:
            spin.setSpecialValueText(tr(field.zero_text))
        spin.setValue(settings.get(field.setting))
        spin.valueChanged.connect(store)
        widget = spin
    elif isinstance(field, ChoiceField):
        combo = QComboBox(parent)
        for value, label in field.choices():
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(settings.get(field.setting))))
        combo.currentIndexChanged.connect(lambda index: store(combo.itemData(index)))
        widget = combo
    else:
        fonts = QFontComboBox(parent)
        fonts.setCurrentFont(QFont(settings.get(field.setting) or field.default_family()))
        fonts.currentFontChanged.connect(lambda font: store(font.family()))
        widget = fonts
    widget.setObjectName(field.name)
    widget.setAccessibleName(tr(field.label).replace("&", "").rstrip(":"))
    return widget
