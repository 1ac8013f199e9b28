"""Read-only mode: with the project's lock held by another Retro Editor, nothing the writer can
do in this window changes the article text, the manifest or the files on disk.

Repro (issue 10, found #4): open the sample project while another process holds its lock,
answer "Open Read-Only", put the cursor in a word and press Ctrl+B: ``****`` appeared in the
text. Insert actions, Format shortcuts, outline operations, Replace All, paste and image drops
changed it too, because they edit through QTextCursor, which ignores the editor's read-only
flag, and the window only switched off Save.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QInputMethodEvent,
    QKeySequence,
    QTextCursor,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from retro_editor.testing.processes import hold_lock_in_child
from retro_editor.ui.prompts import CloseAnswer, Prompts
from retro_editor.ui.safety.lock_dialogs import LockAnswer

#: actions that leave the document rather than edit it; closing is allowed when read-only
LEAVING = {"file.close", "file.quit"}
#: a list item of the sample article (0-based line) and a word in it
LIST_LINE, WORD = 78, (2, 6)


class QuietPrompts(Prompts):
    """Answers every question without a dialog; Insert → Image is offered a real PNG."""

    def __init__(self, image: Path) -> None:
        super().__init__(None)
        self.image = image
        self.messages: list[str] = []

    def ask_save_changes(self, project_name):
        return CloseAnswer.DISCARD

    def show_error(self, title, message, details=""):
        self.messages.append(message)

    def show_info(self, title, message, details=""):
        self.messages.append(message)

    def choose_project_to_open(self, start):
        return None

    def choose_new_project_folder(self, start, title):
        return None

    def choose_image(self, start):
        return self.image

    def ask_locked(self, locked, project_name):
        self.messages.append(f"locked: {project_name}")
        return LockAnswer.READ_ONLY

    def tell_read_only(self, project_name):
        self.messages.append(f"read-only: {project_name}")
        return False

    def ask_text(self, title, label):
        return None

    def show_about(self, title, text):
        self.messages.append(text)

    def ask_export(self, *_args):
        return None

    def edit_preferences(self, dialog):
        return None



def red_png(folder: Path) -> Path:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = folder / "dropped photo.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def image(tmp_path) -> Path:
    outside = tmp_path / "outside"
    outside.mkdir()
    return red_png(outside)


@pytest.fixture
def locked_project(sample_copy):
    child = hold_lock_in_child(sample_copy)
    yield sample_copy
    child.communicate("\n", timeout=30)


def _open_read_only(qtbot, settings, project, image, monkeypatch, data: Path | None = None):
    """The main window on ``project`` opened read-only; with SafetyServices (as the app builds
    it) when ``data`` is given."""
    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.safety import SafetyServices
    from retro_editor.ui.window_actions import WindowActions

    # opens the file manager, which would outlive the test; every dialog goes to QuietPrompts
    monkeypatch.setattr(WindowActions, "open_folder", lambda self, *_a: None)
    win = MainWindow(settings, QuietPrompts(image))
    if data is not None:
        win.safety = SafetyServices(win, data / "recovery", data / "backups")
    win.show()
    assert win.open_project(project)
    assert win.prompts.messages == [f"locked: {win.controller.display_name()}"]
    assert win.controller.read_only
    win.activateWindow()  # after the lock dialog: shortcuts only fire in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    win.outline.report_problem = win.prompts.messages.append
    win.outline.confirm_delete = lambda *_a: True
    qtbot.waitUntil(lambda: len(win.outline.sections()) > 0, timeout=5000)
    return win


@pytest.fixture
def bare_window(qtbot, settings, locked_project, image, monkeypatch, dispose):
    """The main window alone, without the data-safety services."""
    win = _open_read_only(qtbot, settings, locked_project, image, monkeypatch)
    yield win
    dispose(win)


@pytest.fixture
def window(qtbot, settings, locked_project, image, monkeypatch, dispose, tmp_path):
    """The window as the app builds it: with SafetyServices attached."""
    win = _open_read_only(qtbot, settings, locked_project, image, monkeypatch, tmp_path / "data")
    yield win
    win.safety.shutdown()
    dispose(win)


class Guard:
    """Tries things on the read-only document and records those that changed anything."""

    def __init__(self, window, folder: Path) -> None:
        self.window = window
        self.folder = folder
        self.original = self.state()
        self.culprits: list[str] = []

    def state(self):
        document = self.window.controller.document
        files = {path.relative_to(self.folder).as_posix(): path.read_bytes()
                 for path in sorted(self.folder.rglob("*")) if path.is_file()}
        return (document.text(), document.manifest.model_dump_json(), document.is_modified(),
                files)

    def attempt(self, label: str, action) -> None:
        before = self.state()
        action()
        QApplication.processEvents()
        if self.state() != before:
            self.culprits.append(label)

    def assert_untouched(self) -> None:
        assert not self.culprits, "changed by: " + ", ".join(self.culprits)
        assert self.state() == self.original


def put_cursor(editor, select_word: bool) -> None:
    block = editor.document().findBlockByNumber(LIST_LINE)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + WORD[0])
    if select_word:
        cursor.setPosition(block.position() + WORD[1], QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.setFocus()


def window_actions(window) -> dict[str, QAction]:
    """Every action of the window's menus, toolbar, editor, find bar and outline."""
    found: dict[str, QAction] = {}
    for action in list(window.action_map.values()) + window.editor.formatting_actions() + [
            window.find_bar.find_next_action, window.find_bar.find_previous_action]:
        found[action.objectName() or action.text()] = action
    for action in window.outline.actions() + list(window.outline.status_actions.values()):
        found["outline:" + action.text()] = action
    return found


def select_section(window, title: str) -> None:
    """Makes ``title`` the outline's current section (else its first subsection, when an
    earlier attempt changed the outline: that attempt is reported on its own)."""
    outline = window.outline
    outline.expandAll()
    model = outline.model()
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        if index.data() == title:
            outline.setCurrentIndex(index)
            return
        pending.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    outline.setCurrentIndex(model.index(0, 0, model.index(0, 0)))


def test_editing_actions_are_disabled(window):
    """Menus and toolbar offer nothing that edits; reading, finding and Save As stay."""
    actions = window_actions(window)
    enabled = {name for name, action in actions.items() if action.isEnabled()}
    for name in ("edit.paste", "edit.cut", "edit.undo", "edit.redo", "edit.replace",
                 "insert.image", "insert.section", "insert.footnote", "insert.table",
                 "file.save", "project.restore_backup"):
        assert name in actions and name not in enabled, name
    for name in ("file.save_as", "file.export", "edit.copy", "edit.find", "edit.select_all",
                 "view.zoom_in", "project.check"):
        assert name in enabled, name
    formatting = {a.objectName() for a in window.editor.formatting_actions()}
    assert not formatting & enabled
    outline_editing = {"outline:" + a.text() for a in (
        window.outline.promote_action, window.outline.demote_action,
        window.outline.move_up_action, window.outline.move_down_action,
        window.outline.rename_action, window.outline.add_after_action,
        window.outline.add_child_action, window.outline.delete_action)}
    select_section(window, "The Impact on Late-Night Television")
    enabled = {name for name, action in window_actions(window).items() if action.isEnabled()}
    assert not outline_editing & enabled


def test_every_action_leaves_the_document_untouched(qtbot, window, locked_project):
    """Each action is triggered as offered, then again forced on (its handler must refuse)."""
    guard = Guard(window, locked_project)
    for forced in (False, True):
        for name, action in window_actions(window).items():
            if name in LEAVING:
                continue
            for select_word in (False, True):
                put_cursor(window.editor, select_word)
                select_section(window, "The Impact on Late-Night Television")
                if forced:
                    action.setEnabled(True)
                label = f"{name} ({'forced' if forced else 'as offered'})"
                guard.attempt(label, action.trigger)
    guard.assert_untouched()


def _sequences(action: QAction) -> list[QKeySequence]:
    return [sequence for sequence in action.shortcuts() if not sequence.isEmpty()]


def _press(widget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    widget.setFocus()
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())


EDITING_KEYS = [
    ("typing", Qt.Key.Key_X, Qt.KeyboardModifier.NoModifier),
    ("Return", Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    ("Shift+Return", Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier),
    ("Tab", Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    ("Shift+Tab", Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    ("Backspace", Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
    ("Delete", Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    ("Ctrl+V", Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier),
    ("Shift+Insert", Qt.Key.Key_Insert, Qt.KeyboardModifier.ShiftModifier),
    ("Ctrl+X", Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier),
    ("Ctrl+Z", Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    ("Ctrl+Y", Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier),
]


def test_every_shortcut_in_the_editor_leaves_the_document_untouched(qtbot, window,
                                                                     locked_project):
    """Every declared shortcut and the editing keys, sent to the editor, with and without
    a selection (Ctrl+B used to wrap the word in ``**``)."""
    guard = Guard(window, locked_project)
    editor = window.editor
    put_cursor(editor, False)
    QTest.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible(), "shortcuts reach the window"
    QGuiApplication.clipboard().setText("pasted words")
    for name, action in window_actions(window).items():
        if name in LEAVING or name.startswith("outline:"):
            continue
        for sequence in _sequences(action):
            for select_word in (False, True):
                put_cursor(editor, select_word)
                guard.attempt(f"{name} {sequence.toString()}",
                              lambda s=sequence: _press(editor, s))
    for label, key, modifiers in EDITING_KEYS:
        for select_word in (False, True):
            put_cursor(editor, select_word)
            guard.attempt(label, lambda k=key, m=modifiers: QTest.keyClick(editor, k, m))
    event = QInputMethodEvent()
    event.setCommitString("typed by an input method")
    put_cursor(editor, False)
    guard.attempt("input method", lambda: QApplication.sendEvent(editor, event))
    guard.assert_untouched()


def test_every_outline_operation_leaves_the_document_untouched(qtbot, window, locked_project):
    """Shortcuts in the outline, renaming in place, dragging a section and the model's own
    rename and move requests."""
    guard = Guard(window, locked_project)
    outline = window.outline
    model = outline.model()
    target = "The Impact on Late-Night Television"
    for action in outline.actions():
        for sequence in _sequences(action):
            select_section(window, target)
            guard.attempt(f"outline {sequence.toString()}", lambda s=sequence: _press(outline, s))
    for status_action in outline.status_actions.values():
        select_section(window, target)
        guard.attempt(f"status {status_action.data()}", status_action.trigger)

    def rename_in_place():
        select_section(window, target)
        outline.setFocus()
        QTest.keyClick(outline, Qt.Key.Key_F2)
        editor = outline.findChild(QLineEdit)
        if editor is not None:
            editor.setText("Renamed")
            QTest.keyClick(editor, Qt.Key.Key_Return)

    guard.attempt("rename in place", rename_in_place)

    def rename_through_model():
        select_section(window, target)
        model.setData(outline.currentIndex(), "Renamed", Qt.ItemDataRole.EditRole)

    guard.attempt("model rename", rename_through_model)

    def drop_on_first():
        select_section(window, target)
        data = model.mimeData([outline.currentIndex()])
        first = model.index(0, 0)
        model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, first)

    guard.attempt("drop between sections", drop_on_first)

    def real_drop():
        select_section(window, target)
        data = model.mimeData([outline.currentIndex()])
        first_child = model.index(0, 0, model.index(0, 0))
        rect = outline.visualRect(first_child)
        outline.dropEvent(QDropEvent(QPoint(rect.center().x(), rect.top() + 1).toPointF(),
                                     Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                                     Qt.KeyboardModifier.NoModifier))

    guard.attempt("drop event", real_drop)
    guard.attempt("add section", outline.add_section_after_current)
    guard.attempt("add subsection", outline.add_subsection_to_current)
    guard.assert_untouched()


def _image_mime(image: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    return mime


def test_dropping_or_pasting_an_image_or_text_changes_nothing(qtbot, window, locked_project,
                                                              image):
    """A dropped image file is neither copied into assets/ nor linked; paste does nothing."""
    guard = Guard(window, locked_project)
    editor = window.editor

    def drop(mime: QMimeData) -> None:
        put_cursor(editor, False)
        point = editor.cursorRect().center()
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(editor.viewport(), QDragEnterEvent(point, *args))
        QApplication.sendEvent(editor.viewport(), QDragMoveEvent(point, *args))
        QApplication.sendEvent(editor.viewport(), QDropEvent(QPointF(point), *args))

    def text() -> QMimeData:
        mime = QMimeData()
        mime.setText("dropped words")
        return mime

    def bitmap() -> QMimeData:
        mime = QMimeData()
        mime.setImageData(QImage(str(image)))
        return mime

    guard.attempt("drop image file", lambda: drop(_image_mime(image)))
    guard.attempt("drop text", lambda: drop(text()))
    for label, make in (("file", lambda: _image_mime(image)), ("text", text), ("bitmap", bitmap)):
        guard.attempt(f"insert {label} mime data", lambda m=make: editor.insertFromMimeData(m()))
        # the clipboard takes ownership of what it is given (and deletes it when replaced):
        # a fresh object each time, never one Python still holds
        QGuiApplication.clipboard().setMimeData(make())
        put_cursor(editor, True)
        guard.attempt(f"paste {label}", editor.paste)
        put_cursor(editor, True)
        guard.attempt(f"Ctrl+V {label}", lambda: QTest.keyClick(
            editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier))
    guard.attempt("insert image file", lambda: editor.insert_image_file(image))
    # what the clipboard holds must go while the application does: left until exit, it
    # crashed the process after the last test
    QGuiApplication.clipboard().clear()
    guard.assert_untouched()
    assert not editor.canInsertFromMimeData(_image_mime(image))


def test_replace_all_changes_nothing(qtbot, window, locked_project):
    """The find bar finds in a read-only document but does not replace."""
    guard = Guard(window, locked_project)
    bar = window.find_bar
    bar.open_find(replace=True)
    qtbot.keyClicks(bar.find_field, "Neon")
    bar.replace_field.setText("Argon")
    assert bar.match_count() > 0
    guard.attempt("replace", bar.replace)
    guard.attempt("replace all", bar.replace_all)
    guard.attempt("Replace All button", lambda: QTest.mouseClick(
        bar.replace_all_button, Qt.MouseButton.LeftButton))
    guard.assert_untouched()
    assert not bar.replace_all_button.isVisible()


def test_the_window_alone_is_read_only(qtbot, bare_window, locked_project):
    """Read-only mode is decided by the window itself, not by the optional safety services:
    the editor, the side panel and the Format shortcuts all refuse edits."""
    guard = Guard(bare_window, locked_project)
    editor = bare_window.editor
    assert editor.isReadOnly()
    assert not bare_window.side_panel.isEnabled()
    put_cursor(editor, True)
    guard.attempt("Ctrl+B", lambda: QTest.keyClick(editor, Qt.Key.Key_B,
                                                   Qt.KeyboardModifier.ControlModifier))
    put_cursor(editor, False)
    guard.attempt("typing", lambda: qtbot.keyClicks(editor, "typed"))
    for field in bare_window.side_panel.findChildren(QLineEdit) + \
            bare_window.side_panel.findChildren(QPlainTextEdit):
        guard.attempt(f"side panel {field.accessibleName()}",
                      lambda f=field: (qtbot.keyClicks(f, "typed"),
                                       QTest.keyClick(f, Qt.Key.Key_Return)))
    bare_window.side_panel.flush()
    guard.assert_untouched()


def test_enabled_state_is_the_read_only_rule(window):
    """Every window action is on exactly when ``enabled_actions(READ_ONLY)`` says so, and the
    outline offers only Go to Section."""
    from retro_editor.ui.action_ids import Access, ActionId, enabled_actions

    allowed = enabled_actions(Access.READ_ONLY)
    assert {i for i, a in window.action_map.items() if a.isEnabled()} == allowed & set(window.action_map)
    select_section(window, "The Impact on Late-Night Television")
    offered = {a.objectName() for a in window.outline.context_menu().actions()
               if a.isEnabled() and not a.isSeparator()}
    assert offered == {ActionId.OUTLINE_GO}
