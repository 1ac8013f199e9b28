"""The interface's translations: ``tr = translator("StatusBar")`` names a module's context,
and :func:`install_translations` loads the catalogues of the chosen language at start-up.

Placeholders in a translatable string are named and filled with ``str.format``:
``tr("Saved {name}").format(name=...)`` (never ``%1`` or ``%s``; a test enforces it).
The catalogues are Qt's: ``resources/translations/retro_editor_<lang>.ts`` (sources, kept
current by ``scripts/update-translations.sh``) compiled to ``.qm`` beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from retro_editor.resources import resource_path

#: the interface languages besides English, by their code
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
CATALOGUE = "retro_editor"


def translator(context: str) -> Callable[[str], str]:
    """A ``tr(text)`` that translates ``text`` in ``context`` (through Qt's translators)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def interface_language(preference: str, system: QLocale | None = None) -> str:
    """The language code the interface uses: the preference if it names one of
    :data:`LANGUAGES`, else the first of the system's UI languages that is one, else English."""
    if preference in LANGUAGES:
        return preference
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def catalogue_folder() -> Path:
    return resource_path("translations")


def install_translations(app: QCoreApplication, language: str,
                         folder: Path | None = None) -> list[QTranslator]:
    """Loads the app's catalogue and Qt's own (button texts, standard dialogs) for
    ``language`` into ``app``; English needs none. Returns the translators installed (kept
    alive by the caller; :func:`remove_translations` takes them out again)."""
    if language == "en":
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{language}", str(folder or catalogue_folder())):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if any(qt_own.load(f"qtbase_{language}", str(place)) for place in _qt_catalogue_folders()):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def _qt_catalogue_folders() -> list[Path]:
    """Where Qt's own catalogues are: Qt's configured place, else beside PySide6's Qt (a
    frozen build keeps them there without a qt.conf saying so)."""
    import PySide6

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            Path(PySide6.__file__).parent / "Qt" / "translations"]


def remove_translations(app: QCoreApplication, installed: list[QTranslator]) -> None:
    for item in installed:
        app.removeTranslator(item)
