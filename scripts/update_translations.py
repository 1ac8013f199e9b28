"""Keeps the interface's translation catalogues current with the sources.

    python scripts/update_translations.py           # extract, merge into the .ts, compile .qm
    python scripts/update_translations.py --check   # exit 1 if a catalogue is not current

``pyside6-lupdate`` extracts every ``tr("…")``, ``_tr("…")``, ``self.tr("…")``, ``N_("…")``
and ``translatable("Context", "…")``. It cannot see which context a module's
``tr = translator("Context")`` names, so the messages it files under the empty context are
moved to the context their file's ``translator("…")`` declares. The result is merged into
``resources/translations/retro_editor_<lang>.ts`` (translations kept; new messages
unfinished; messages gone from the sources dropped) and compiled with ``pyside6-lrelease``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "retro_editor"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es")
ALIASES = "tr+=_tr,tr+=N_,QT_TRANSLATE_NOOP+=translatable"
_DECLARED = re.compile(r'\btranslator\(\s*"([^"]+)"\s*\)')

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    finished: bool = False

    @property
    def key(self) -> Key:
        return self.context, self.source, self.comment


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` beside this Python, or on the PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (pip install PySide6 into this Python)")
    return found


def declared_context(path: Path) -> str:
    contexts = set(_DECLARED.findall(path.read_text(encoding="utf-8")))
    if len(contexts) != 1:
        raise SystemExit(f"{path}: a module with tr() calls declares exactly "
                         f"one translator(\"Context\"); found {sorted(contexts) or 'none'}")
    return contexts.pop()


def extract(sources: Path = SOURCES) -> dict[Key, Message]:
    """Every translatable message of the sources, by (context, source, disambiguation)."""
    files = sorted(str(p) for p in sources.rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp, "files.lst")
        listing.write_text("\n".join(files), encoding="utf-8")
        template = Path(tmp, "template.ts")
        subprocess.run([qt_tool("lupdate"), f"@{listing}", "-tr-function-alias", ALIASES,
                        "-no-obsolete", "-locations", "absolute", "-silent", "-ts", str(template)],
                       check=True)
        found = read_ts(template)
    messages: dict[Key, Message] = {}
    for message in found.values():
        for file, line in message.locations:
            path = Path(tmp, file).resolve() if not Path(file).is_absolute() else Path(file)
            context = message.context or declared_context(path)
            moved = messages.setdefault((context, message.source, message.comment),
                                        Message(context, message.source, message.comment))
            moved.locations.append((Path(os.path.relpath(path, FOLDER)).as_posix(), line))
    return messages


def read_ts(path: Path) -> dict[Key, Message]:
    messages: dict[Key, Message] = {}
    if not path.exists():
        return messages
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                name, element.findtext("source") or "", element.findtext("comment") or "",
                [(loc.get("filename", ""), int(loc.get("line", "0")))
                 for loc in element.iter("location")],
                (translation.text or "") if translation is not None else "",
                translation is not None and translation.get("type") is None)
            messages[message.key] = message
    return messages


def merge(extracted: dict[Key, Message], existing: dict[Key, Message]) -> list[Message]:
    merged = []
    for key, message in extracted.items():
        old = existing.get(key)
        merged.append(Message(*key, sorted(message.locations),
                              old.translation if old else "", bool(old and old.finished)))
    return sorted(merged, key=lambda m: (m.context, m.locations[0] if m.locations else ("", 0)))


def write_ts(path: Path, language: str, messages: list[Message]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    context = None
    for message in messages:
        if message.context != context:
            if context is not None:
                lines.append("</context>")
            context = message.context
            lines += ["<context>", f"    <name>{escape(context)}</name>"]
        lines.append("    <message>")
        lines += [f"        <location filename={quoteattr(file)} line=\"{line}\"/>"
                  for file, line in message.locations]
        lines.append(f"        <source>{escape(message.source)}</source>")
        if message.comment:
            lines.append(f"        <comment>{escape(message.comment)}</comment>")
        state = "" if message.finished else ' type="unfinished"'
        lines.append(f"        <translation{state}>{escape(message.translation)}</translation>")
        lines.append("    </message>")
    if context is not None:
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def catalogue(language: str) -> Path:
    return FOLDER / f"retro_editor_{language}.ts"


def release(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", "-removeidentical", str(ts), "-qm", str(qm)],
                   check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="report catalogues that are not current; change nothing")
    args = parser.parse_args()
    extracted = extract()
    stale = []
    for language in LANGUAGES:
        path = catalogue(language)
        text = write_ts(path, language, merge(extracted, read_ts(path)))
        current = path.exists() and path.read_text(encoding="utf-8") == text
        if args.check:
            if not current:
                stale.append(path.name)
            continue
        if not current:
            path.write_text(text, encoding="utf-8")
        release(path, path.with_suffix(".qm"))
        todo = sum(not m.finished for m in read_ts(path).values())
        print(f"{path.relative_to(ROOT)}: {len(extracted)} messages, {todo} unfinished")
    if stale:
        print("not current (run scripts/update-translations.sh): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
