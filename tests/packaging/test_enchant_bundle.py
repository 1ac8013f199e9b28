"""What the Windows and macOS builds carry of Enchant, and how the frozen app finds it."""

from __future__ import annotations

from pathlib import Path

import pytest
from enchant_bundle import DICTIONARIES, macos_entries, trim_windows, windows_libraries

from retro_editor.bundled_enchant import CONFIG_VARIABLE, LIBRARY_VARIABLE, use_bundled_enchant

ROOT = "enchant/data/mingw64/"
#: the shape of pyenchant's Windows wheel, and what each of its DLLs imports
WHEEL_IMPORTS = {
    "bin/libenchant-2.dll": ["libglib-2.0-0.dll", "libgmodule-2.0-0.dll", "KERNEL32.dll"],
    "bin/libglib-2.0-0.dll": ["libintl-8.dll", "libpcre2-8-0.dll", "msvcrt.dll"],
    "bin/libgmodule-2.0-0.dll": ["libglib-2.0-0.dll"],
    "bin/libintl-8.dll": ["libiconv-2.dll"],
    "bin/libiconv-2.dll": [],
    "bin/libpcre2-8-0.dll": [],
    "bin/libhunspell-1.7-0.dll": ["libstdc++-6.dll"],
    "bin/libstdc++-6.dll": [],
    "bin/libnuspell.dll": ["libicuuc72.dll"],
    "bin/libicuuc72.dll": ["libicudt72.dll"],
    "bin/libicudt72.dll": [],
    "bin/libpython3.10.dll": [],
    "lib/enchant-2/enchant_hunspell.dll": ["libenchant-2.dll", "LIBHUNSPELL-1.7-0.dll"],
    "lib/enchant-2/enchant_nuspell.dll": ["libenchant-2.dll", "libnuspell.dll"],
}
WHEEL_DATA = ["lib/enchant-2/enchant_hunspell.a", "lib/enchant-2/enchant_hunspell.la",
              "share/enchant/enchant.ordering", "share/doc/enchant/enchant.html",
              *(f"share/enchant/hunspell/{tag}.{ext}"
                for tag in ("en_US", "en_GB", "en_AU", "en_US-large") for ext in ("dic", "aff"))]


def wheel_entries() -> list[tuple[str, str, str]]:
    entries = [((ROOT + name).replace("/", "\\"), f"C:/site/{ROOT}{name}", "BINARY")
               for name in WHEEL_IMPORTS]
    entries += [(ROOT + name, f"C:/site/{ROOT}{name}", "DATA") for name in WHEEL_DATA]
    return [*entries, ("retro_editor/resources/x.png", "x.png", "DATA")]


def imports(source: str) -> list[str]:
    return WHEEL_IMPORTS[source.removeprefix(f"C:/site/{ROOT}")]


def test_the_windows_build_keeps_what_enchant_and_hunspell_load_and_english():
    entries = wheel_entries()
    libraries = windows_libraries(entries, imports)
    assert libraries == {"libenchant-2.dll", "libglib-2.0-0.dll", "libgmodule-2.0-0.dll",
                         "libintl-8.dll", "libiconv-2.dll", "libpcre2-8-0.dll",
                         "libhunspell-1.7-0.dll", "libstdc++-6.dll"}
    kept = {name.replace("\\", "/").removeprefix(ROOT) for name, _, _ in
            trim_windows(entries, libraries)}
    assert kept == {*(name for name in WHEEL_IMPORTS
                      if name.startswith("bin/") and name[4:].lower() in libraries),
                    "lib/enchant-2/enchant_hunspell.dll", "share/enchant/enchant.ordering",
                    "share/enchant/hunspell/en_US.dic", "share/enchant/hunspell/en_US.aff",
                    "share/enchant/hunspell/en_GB.dic", "share/enchant/hunspell/en_GB.aff",
                    "retro_editor/resources/x.png"}


def homebrew_enchant(prefix: Path) -> Path:
    lib = prefix / "lib"
    (lib / "enchant-2").mkdir(parents=True)
    (lib / "libenchant-2.2.dylib").write_bytes(b"\xcf\xfa\xed\xfe")
    try:  # Homebrew's unversioned name is a link to the library
        (lib / "libenchant-2.dylib").symlink_to("libenchant-2.2.dylib")
    except OSError:
        pass  # Windows without the privilege to make links
    (lib / "enchant-2" / "enchant_hunspell.so").write_bytes(b"\xcf\xfa\xed\xfe")
    dictionaries = prefix / "dictionaries"
    dictionaries.mkdir()
    for tag in DICTIONARIES:
        for suffix in (".dic", ".aff"):
            (dictionaries / f"{tag}{suffix}").write_text("1\nword\n")
    (dictionaries / "LICENSE-en_US.txt").write_text("MIT")
    return dictionaries


def test_the_macos_build_lays_out_homebrews_enchant_and_the_dictionaries(tmp_path):
    dictionaries = homebrew_enchant(tmp_path)
    binaries, datas = macos_entries(tmp_path, dictionaries)
    assert binaries == [(str(tmp_path / "lib" / "libenchant-2.2.dylib"), "enchant/lib"),
                        (str(tmp_path / "lib" / "enchant-2" / "enchant_hunspell.so"),
                         "enchant/lib/enchant-2")]
    assert sorted(Path(source).name for source, _ in datas) == [
        "LICENSE-en_US.txt", "en_GB.aff", "en_GB.dic", "en_US.aff", "en_US.dic"]
    assert {target for _, target in datas} == {"enchant/config/hunspell"}


def test_a_macos_build_without_enchant_or_a_dictionary_stops(tmp_path):
    with pytest.raises(FileNotFoundError, match="no libenchant-2"):
        macos_entries(tmp_path, tmp_path)
    dictionaries = homebrew_enchant(tmp_path / "brew")
    (dictionaries / "en_GB.aff").unlink()
    with pytest.raises(FileNotFoundError, match="en_GB.aff"):
        macos_entries(tmp_path / "brew", dictionaries)


def test_the_frozen_app_uses_the_enchant_it_bundles(tmp_path):
    (tmp_path / "enchant" / "lib").mkdir(parents=True)
    (tmp_path / "enchant" / "lib" / "libenchant-2.2.dylib").write_bytes(b"")
    (tmp_path / "enchant" / "config" / "hunspell").mkdir(parents=True)
    environ: dict[str, str] = {}
    use_bundled_enchant(tmp_path, environ)
    assert environ == {LIBRARY_VARIABLE: str(tmp_path / "enchant" / "lib" / "libenchant-2.2.dylib"),
                       CONFIG_VARIABLE: str(tmp_path / "enchant" / "config")}
    chosen = {CONFIG_VARIABLE: "/Users/me/enchant"}  # the user's own choice stays
    use_bundled_enchant(tmp_path, chosen)
    assert chosen[CONFIG_VARIABLE] == "/Users/me/enchant" and LIBRARY_VARIABLE in chosen


def test_a_build_without_a_bundled_enchant_changes_nothing(tmp_path):
    environ: dict[str, str] = {}
    assert use_bundled_enchant(tmp_path, environ) == {} and environ == {}
