"""The bundled sample project, copied to a writable place before it is opened."""

from __future__ import annotations

import shutil
from pathlib import Path

SAMPLE_NAME = "Neon Harbor Retrospective"


def install_sample(source_root: Path, destination_parent: Path) -> Path:
    """Copies the sample project into ``destination_parent`` unless a copy is already there.

    The bundled copy may sit in a read-only installation, so it is never opened in place.
    Returns the folder to open.
    """
    destination = destination_parent / SAMPLE_NAME
    if not destination.exists():
        destination_parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(source_root / SAMPLE_NAME, destination)
    return destination
