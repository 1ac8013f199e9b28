"""Locates the bundled resources (themes, templates, icons, sample project).

They live in ``resources/`` at the top of a source checkout, inside the package in a
wheel, and beside the executable in a frozen build.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "resources",
        here.parents[1] / "resources",
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "retro_editor" / "resources")
    for candidate in candidates:
        if (candidate / "themes").is_dir():
            return candidate
    raise FileNotFoundError("Retro Editor's resources folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


#: the documentation pages the app shows (Help → User Guide and the pages it links to)
HELP_PAGES = ("user-guide.md", "shortcuts.md", "project-format.md")


def help_page(name: str) -> Path:
    """A documentation page: in ``resources/docs`` of a build (the spec copies them there),
    in ``docs/`` of a source checkout."""
    bundled = resource_path("docs", name)
    return bundled if bundled.exists() else resources_dir().parent / "docs" / name
