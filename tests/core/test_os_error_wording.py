"""Every core message about an OSError uses one wording: ``describe_os_error``'s plain words,
never Python's ``strerror`` ("No such file or directory")."""

from __future__ import annotations

from pathlib import Path

import pytest

from retro_editor.core.assets import add_asset, import_image_file
from retro_editor.core.backups import restore_backup
from retro_editor.core.errors import ProjectError
from retro_editor.core.lock import acquire_lock


def _message(action) -> str:
    with pytest.raises(ProjectError) as caught:
        action()
    return str(caught.value)


def test_a_missing_image_is_not_found(tmp_path: Path):
    """Repro: the message read "cannot read the image: No such file or directory"."""
    message = _message(lambda: import_image_file(tmp_path / "assets", tmp_path / "gone.png"))
    assert message.endswith("cannot read the image: not found")


def test_a_missing_backup_is_not_found(tmp_path: Path):
    """Repro: the message read "cannot restore: No such file or directory"."""
    message = _message(lambda: restore_backup(tmp_path / "gone.zip", tmp_path / "project"))
    assert message.endswith("cannot restore: not found")


def test_a_lock_in_a_missing_folder_is_not_found(tmp_path: Path):
    message = _message(lambda: acquire_lock(tmp_path / "gone"))
    assert message.endswith("cannot create the lock file: not found")


def test_an_assets_folder_under_a_file_names_the_reason(tmp_path: Path):
    (tmp_path / "file").write_text("x")
    message = _message(lambda: add_asset(tmp_path / "file" / "assets", "a.png", b"png"))
    assert message.endswith("cannot create the folder: a part of the path is not a folder")
