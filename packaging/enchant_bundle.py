"""What the frozen Windows and macOS builds carry of Enchant, for the spell check.

Both builds bundle the English dictionaries :data:`DICTIONARIES` and nothing else of
spelling (other languages use the system's dictionaries where Enchant finds them; Linux
builds use the system's Enchant and Hunspell packages).

- **Windows**: pyenchant's wheel carries Enchant under ``enchant/data/mingw64`` (``bin/``
  libraries, ``lib/enchant-2`` providers, ``share/enchant/hunspell`` dictionaries), which
  pyenchant finds beside its own module, frozen or not. The wheel holds about 90 MB more than
  the spell check uses: 24 English dictionaries, the Nuspell provider with ICU, and libraries
  of the MSYS2 environment it was built in (Python, Tcl, OpenSSL…). :func:`trim_windows`
  keeps the libraries that ``libenchant-2.dll`` and the Hunspell provider load (followed
  through their imports), the Hunspell provider, ``enchant.ordering`` and the dictionaries
  of :data:`DICTIONARIES`.
- **macOS**: pyenchant has no macOS wheel with Enchant; the build takes Homebrew's
  ``enchant`` (its prefix in ``RETRO_EDITOR_ENCHANT_PREFIX``) and Hunspell dictionaries
  named ``en_US.dic``/``.aff``… in ``RETRO_EDITOR_DICTIONARIES``. :func:`macos_entries` lays
  them out as :mod:`retro_editor.bundled_enchant` expects them at run time:
  ``enchant/lib/libenchant-2*.dylib``, its providers in ``enchant/lib/enchant-2/``
  (Enchant looks for them under the prefix pyenchant sets, the library's folder's parent),
  the dictionaries (and their licence files) in ``enchant/config/hunspell/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

#: the dictionaries the Windows and macOS builds carry
DICTIONARIES = ("en_US", "en_GB")
#: Enchant's own folder inside pyenchant's Windows wheel
WINDOWS_ROOT = "enchant/data/mingw64/"
#: the files of :data:`WINDOWS_ROOT` the spell check loads itself (the rest it loads through them)
WINDOWS_ROOTS = ("bin/libenchant-2.dll", "lib/enchant-2/enchant_hunspell.dll")

Entry = tuple[str, str, str]  # PyInstaller's (destination name, source path, type code)
Imports = Callable[[str], Iterable[str]]  # the DLL names a binary imports


def _relative(entry: Entry) -> str | None:
    """The entry's path inside :data:`WINDOWS_ROOT`, or None when it is outside it."""
    name = entry[0].replace("\\", "/")
    return name[len(WINDOWS_ROOT):] if name.startswith(WINDOWS_ROOT) else None


def windows_libraries(entries: list[Entry], imports: Imports) -> set[str]:
    """The ``bin/`` DLLs (lower-case names) that :data:`WINDOWS_ROOTS` load, directly or not."""
    by_name = {}
    sources = {}
    for entry in entries:
        relative = _relative(entry)
        if relative is None:
            continue
        sources[relative] = entry[1]
        if relative.startswith("bin/") and relative.lower().endswith(".dll"):
            by_name[relative[4:].lower()] = entry[1]
    needed: set[str] = set()
    waiting = [sources[root] for root in WINDOWS_ROOTS if root in sources]
    while waiting:
        for name in imports(waiting.pop()):
            name = name.lower()
            if name in by_name and name not in needed:
                needed.add(name)
                waiting.append(by_name[name])
    needed.update(root[4:].lower() for root in WINDOWS_ROOTS if root.startswith("bin/"))
    return needed


def _keep_windows(relative: str, libraries: set[str]) -> bool:
    folder, _, name = relative.rpartition("/")
    if folder == "bin":
        return name.lower() in libraries
    if folder == "lib/enchant-2":
        return relative in WINDOWS_ROOTS
    if folder == "share/enchant":
        return name == "enchant.ordering"
    if folder == "share/enchant/hunspell":
        return Path(name).stem in DICTIONARIES
    return False


def trim_windows(entries: list[Entry], libraries: set[str]) -> list[Entry]:
    """``entries`` without the parts of pyenchant's Enchant the spell check does not use."""
    kept = []
    for entry in entries:
        relative = _relative(entry)
        if relative is None or _keep_windows(relative, libraries):
            kept.append(entry)
    return kept


def macos_entries(enchant_prefix: Path, dictionaries: Path) -> tuple[list[tuple[str, str]],
                                                                      list[tuple[str, str]]]:
    """``(binaries, datas)`` for the spec: Homebrew's Enchant library and its providers, and
    the dictionaries of :data:`DICTIONARIES` with their licence files.

    Raises ``FileNotFoundError`` for a missing part: a build without its spell check must fail
    here, not in the smoke test after minutes of freezing."""
    lib = enchant_prefix / "lib"
    libraries = sorted(p for p in lib.glob("libenchant-2*.dylib") if not p.is_symlink())
    providers = sorted((lib / "enchant-2").glob("*.so"))
    if not libraries or not providers:
        raise FileNotFoundError(f"no libenchant-2 with providers under {lib}")
    binaries = [(str(libraries[0]), "enchant/lib")]
    binaries += [(str(provider), "enchant/lib/enchant-2") for provider in providers]
    datas = []
    for language in DICTIONARIES:
        for suffix in (".dic", ".aff"):
            path = dictionaries / f"{language}{suffix}"
            if not path.is_file():
                raise FileNotFoundError(f"missing dictionary file {path}")
            datas.append((str(path), "enchant/config/hunspell"))
    datas += [(str(path), "enchant/config/hunspell") for path in sorted(dictionaries.glob("LICENSE*"))]
    return binaries, datas
