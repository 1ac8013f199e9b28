"""Building a window a few steps per event-loop turn, so that keys typed meanwhile are not
held up (the second stage of a staged start: see ``ui/first_text``).

The steps are a generator: each ``next()`` does one step. :class:`StagedBuild` runs them in
turns of about :data:`STEP_TURN_MS`, or all at once (:meth:`StagedBuild.run_all`, when the
window is closed before it is complete), then calls what was to follow once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from importlib import import_module

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from retro_editor.ui.preview.factory import AfterFirstPaint

#: a turn lasts about this long (or one step, if longer): keys typed meanwhile wait no longer
STEP_TURN_MS = 12

#: modules imported one per step, so that keys typed meanwhile wait for one import at most
#: (each comes after what it imports, roughly); anything missing here is imported where it is
#: used. The preview's come first: its web engine then starts in its own processes while the
#: panes are built.
PREVIEW_IMPORTS = (
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "markdown_it", "jinja2",
    "retro_editor.render.page", "retro_editor.ui.preview.view",
)
PANE_IMPORTS = (
    "pydantic", "yaml", "retro_editor.core.article_goals", "retro_editor.core.manifest",
    "retro_editor.core.project", "retro_editor.core.analysis", "dulwich.repo",
    "retro_editor.core.history_store", "retro_editor.core.backups", "retro_editor.ui.document",
    "retro_editor.ui.prompts", "retro_editor.ui.project_controller", "retro_editor.ui.outline",
    "retro_editor.ui.goals", "retro_editor.ui.side_panel", "retro_editor.ui.history",
    "retro_editor.ui.export_dialog", "retro_editor.ui.window_actions",
    "retro_editor.ui.start_screen", "retro_editor.ui.wiring", "retro_editor.ui.safety",
)


def import_steps(names: tuple[str, ...]) -> Iterator[bool]:
    """Imports ``names``, one per step."""
    for name in names:
        try:
            import_module(name)
        except ImportError:
            pass  # QtWebEngine may be missing: create_preview says so
        yield True


class StagedBuild(QObject):
    """Runs ``steps``; then, once, ``then`` (given to :meth:`run_after_first_paint`) and
    ``finished``."""

    def __init__(self, steps: Iterator[bool], finished: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._finished: Callable[[], None] | None = finished
        self._then: Callable[[], None] | None = None
        #: True while ``then`` runs (it may run an event loop: the project's open does)
        self.finishing = False

    def run_after_first_paint(self, widget: QWidget, then: Callable[[], None] | None) -> None:
        """Once ``widget`` has painted, runs the steps in turns, then ``then``; a
        :meth:`run_all` before calls it too."""
        self._then = then
        AfterFirstPaint(widget, self._run_in_turns)

    def run_all(self) -> None:
        """Runs whatever steps are left now, then what follows them."""
        while next(self._steps, False):
            pass
        self._finish()

    def _run_in_turns(self) -> None:
        timer = QTimer(self)
        timer.setInterval(0)

        def turn() -> None:
            deadline = time.perf_counter() + STEP_TURN_MS / 1000
            while next(self._steps, False):
                if time.perf_counter() >= deadline:
                    return
            timer.stop()  # before what follows, which may run an event loop (the open)
            timer.deleteLater()
            self._finish()

        timer.timeout.connect(turn)
        timer.start()

    def _finish(self) -> None:
        if self.finishing:  # asked again from within ``then``: the outer call ends it
            return
        then, self._then = self._then, None
        if then is not None:
            self.finishing = True
            try:
                then()
            finally:
                self.finishing = False
        finished, self._finished = self._finished, None
        if finished is not None:
            finished()
