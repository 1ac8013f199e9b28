"""The project's history in the window: versions recorded on save, the History panel
(compare, restore) and Project → Name This Version."""

from retro_editor.ui.history.naming import name_this_version
from retro_editor.ui.history.panel import HistoryPanel
from retro_editor.ui.history.recorder import HistoryRecorder
from retro_editor.ui.history.syncing import ProjectSync

__all__ = ["HistoryPanel", "HistoryRecorder", "ProjectSync", "name_this_version"]
