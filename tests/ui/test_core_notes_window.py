"""What core reports beside success reaches the writer: the status bar shows it."""

from __future__ import annotations

import hashlib
import os

import pytest

from retro_editor.core.save_journal import JOURNAL_NAME, write_journal
from retro_editor.core.storage import prepare_write

OTHER_GROUP = 4242


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving the article another group needs root")
def test_save_that_cannot_keep_the_group_says_so(qtbot, window, sample_copy, monkeypatch):
    """Repro: a save that could not keep article.md's group returned a note that the window
    dropped: the writer never learnt the shared file had changed group."""
    article = sample_copy / "article.md"
    os.chown(article, -1, OTHER_GROUP)
    assert window.open_project(sample_copy)

    def refuse(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr(os, "chown", refuse)  # as for a writer outside that group
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "x")
    window.action_map["file.save"].trigger()

    assert not window.isWindowModified()
    assert window.statusBar().currentMessage() == (
        f"article.md was saved, but its group could not be kept (group {OTHER_GROUP} became "
        f"{os.getegid()})")


def test_open_that_finishes_an_interrupted_save_says_so(qtbot, window, sample_copy):
    """Repro: opening a project whose last save died between its two renames finished that
    save silently (Project.open_notes was never shown)."""
    manifest = next(sample_copy.glob("*.retro"))
    new_text = b"# Finished by the next open\n"
    new_manifest = manifest.read_bytes().replace(b"Neon Harbor", b"Neon Harbour")
    prepared = [prepare_write(sample_copy / "article.md", new_text),
                prepare_write(manifest, new_manifest)]
    write_journal(sample_copy, prepared,
                  [hashlib.sha256(data).hexdigest() for data in (new_text, new_manifest)])
    prepared[0].commit()  # the crash: the manifest's rename never happened

    assert window.open_project(sample_copy)

    assert window.statusBar().currentMessage() == (
        f"{manifest.name}: an interrupted save was finished")
    assert window.controller.document.project.text == new_text.decode()
    assert "Neon Harbour" in window.controller.document.project.manifest.article.title
    assert not (sample_copy / JOURNAL_NAME).exists()
