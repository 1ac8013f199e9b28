"""Project → Name This Version: saves if needed, records the project and names the version
(a git tag in ``.history/``), e.g. "Sent to editor" or "Published"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retro_editor.core.errors import ProjectError
from retro_editor.core.history_message import Version, VersionKind
from retro_editor.core.history_store import HistoryStore
from retro_editor.ui.translate import translator

if TYPE_CHECKING:
    from retro_editor.ui.history.recorder import HistoryRecorder
    from retro_editor.ui.project_controller import ProjectController
    from retro_editor.ui.prompts import Prompts

tr = translator("History")


def name_this_version(controller: ProjectController, recorder: HistoryRecorder,
                      prompts: Prompts) -> Version | None:
    """Asks for a name and gives it to the project as saved now; None if nothing was named."""
    document = controller.document
    if document is None or controller.read_only:
        return None
    name = prompts.ask_text(tr("Name This Version"),
                            tr("Name for this version (like “Sent to editor”):"))
    if name is None or not name.strip():
        return None
    if document.is_modified() and not controller.save():
        return None
    recorder.flush()
    folder = document.project.folder
    try:
        store = HistoryStore.open(folder)
        assert store is not None
        try:
            analysis = document.analysis.current()
            words = analysis.words if analysis.text == document.project.text else None
            recorded = store.record(VersionKind.SNAPSHOT, words=words)
            version_id = recorded.id if recorded is not None else store.resolve("latest")
            store.name_version(version_id, name)
            version = store.version(version_id)
        finally:
            store.close()
    except ProjectError as exc:
        prompts.show_error(tr("The version was not named"), str(exc))
        return None
    recorder.recorded.emit(version)
    return version
