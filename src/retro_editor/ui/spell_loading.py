"""Opens spell checkers off the GUI thread, each Enchant dictionary loaded once per window.

Importing Enchant and loading a Hunspell dictionary take 30–100 ms, and freeing one about as
long, on whatever thread does it: on the GUI thread that is a pause the writer feels right
after opening a project. So the checker is built on a worker thread and handed to the editor
when ready (the text is shown and typed in meanwhile), and the dictionaries stay loaded while
the window lives: opening or closing another project in the same language costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from retro_editor.core.spelling import SpellCheckSetup, open_spell_checker
from retro_editor.ui.tasks import TaskRunner

SPELLING_QUEUE = "spelling"


class LoadedEnchant:
    """Stands in for the ``enchant`` module in ``open_spell_checker``: the same
    ``list_languages`` and ``Dict``, each answer kept for the next checker."""

    def __init__(self, module: Any) -> None:
        self._module = module
        self._languages: list[str] | None = None
        self._dictionaries: dict[str, Any] = {}

    def list_languages(self) -> list[str]:
        if self._languages is None:
            self._languages = list(self._module.list_languages())
        return self._languages

    def Dict(self, tag: str) -> Any:  # noqa: N802 (the name enchant gives it)
        found = self._dictionaries.get(tag)
        if found is None:
            found = self._dictionaries[tag] = self._module.Dict(tag)
        return found


class SpellCheckerLoader(QObject):
    """``load(languages, folder, on_ready)`` builds a checker on a worker thread, one at a
    time, and calls ``on_ready(setup)`` on the GUI thread."""

    def __init__(self, parent: QObject | None = None, tasks: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks or TaskRunner(self, name="spelling", threads=1)
        self._enchant: LoadedEnchant | None = None

    def _load_enchant(self) -> LoadedEnchant:
        """The shared stand-in (ImportError or OSError without the Enchant library)."""
        if self._enchant is None:
            import enchant  # noqa: PLC0415 (optional, and slow to import: on the worker only)

            self._enchant = LoadedEnchant(enchant)
        return self._enchant

    def load(self, languages: Sequence[str], folder: Path | None,
             on_ready: Callable[[SpellCheckSetup], object]) -> None:
        self._tasks.submit(open_spell_checker, list(languages), folder, self._load_enchant,
                           on_done=on_ready, queue=SPELLING_QUEUE)

    def wait(self, timeout: float | None = None) -> bool:
        """Waits for the checkers being built (tests; their results still arrive as events)."""
        return self._tasks.wait(timeout, queue=SPELLING_QUEUE)
