"""The Enchant library and dictionaries a frozen macOS build carries, made the ones used.

``packaging/enchant_bundle.py`` puts Homebrew's Enchant in the app as ``enchant/lib/`` (the
library, its providers in ``enchant/lib/enchant-2/``) and the English Hunspell dictionaries
in ``enchant/config/hunspell/``. Before pyenchant is first imported, the frozen app's entry
point calls :func:`use_bundled_enchant` with the app's folder: ``PYENCHANT_LIBRARY_PATH``
names the bundled library (pyenchant then tells Enchant its prefix, where the providers are)
and ``ENCHANT_CONFIG_DIR`` the folder whose ``hunspell/`` holds the dictionaries. A variable
the user set is left alone; nothing is set when the bundle holds no Enchant (Windows builds
carry it inside pyenchant's own folder, found without help; Linux builds use the system's).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

LIBRARY_VARIABLE = "PYENCHANT_LIBRARY_PATH"
CONFIG_VARIABLE = "ENCHANT_CONFIG_DIR"


def bundled_library(root: Path) -> Path | None:
    """The Enchant library under ``root/enchant/lib``, or None."""
    found = sorted((root / "enchant" / "lib").glob("libenchant-2*.dylib"))
    return found[0] if found else None


def use_bundled_enchant(root: Path,
                        environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """Points pyenchant and Enchant at the copies bundled under ``root``; returns what it set."""
    environ = os.environ if environ is None else environ
    wanted = {}
    library = bundled_library(root)
    if library is not None:
        wanted[LIBRARY_VARIABLE] = str(library)
    config = root / "enchant" / "config"
    if (config / "hunspell").is_dir():
        wanted[CONFIG_VARIABLE] = str(config)
    chosen = {name: value for name, value in wanted.items() if not environ.get(name)}
    environ.update(chosen)
    return chosen
