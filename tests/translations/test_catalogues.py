"""The German, French and Spanish catalogues: complete, current with the sources, one
placeholder style, accelerators kept, and the compiled .qm files matching the .ts sources."""

from __future__ import annotations

import ast
import re
import shutil
import sys
from pathlib import Path

import pytest
import update_translations as catalogues

#: a translation may equal its English source only if the source is a name, a unit, a
#: format or placeholders alone (checked below), or a word the language spells the same
SAME_EVERYWHERE = {"PDF", "URL", "Slug", "S&lug:", "Aa", ".*", " pt", " min", " px", " s",
                   "Retro Editor"}
SAME_IN = {
    "de": {"Editor", "Format", "&Format:", "F&ormat", "Status", "S&tatus", "&Status:",
           "Status: {status}", "W", "Links", "Name", "&Logo:"},
    "fr": {"Article", "&Image…", "Images", "Images ({patterns})", "&Section", "Section",
           "Date", "Destination", "Format", "F&ormat", "Message", "Note", "Source",
           "Description", "Image", "Page", "Section #{name}"},
    "es": {"Editor"},
}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_QT_MARKER = re.compile(r"%(\d|n|L\d)|%[sd]")


def _messages(language: str) -> list[catalogues.Message]:
    return list(catalogues.read_ts(catalogues.catalogue(language)).values())


def _is_format_only(text: str) -> bool:
    return not re.search(r"[^\W\d_]", _PLACEHOLDER.sub("", text))


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_every_message_is_translated(language):
    messages = _messages(language)
    assert len(messages) > 400
    unfinished = [m.source for m in messages if not m.finished or not m.translation.strip()]
    assert not unfinished, f"{language}: untranslated: {unfinished[:10]}"
    allowed = SAME_EVERYWHERE | SAME_IN[language]
    same = [m.source for m in messages if m.translation == m.source
            and m.source not in allowed and not _is_format_only(m.source)]
    assert not same, f"{language}: translation identical to the English: {same}"


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_translations_keep_the_placeholders_and_accelerators(language):
    for message in _messages(language):
        assert sorted(_PLACEHOLDER.findall(message.translation)) == sorted(
            _PLACEHOLDER.findall(message.source)), (language, message.source)
        assert message.translation.endswith("\n") == message.source.endswith("\n")
        if "&" in message.source.replace("&&", "") and "<" not in message.source:
            assert message.translation.replace("&&", "").count("&") == 1, (
                language, message.source, message.translation)


def test_sources_use_named_placeholders_only():
    """One style: ``tr("… {name} …").format(name=…)``; Qt's ``%1``/``%n`` and ``%s`` are
    not used, so a translator sees what each placeholder stands for."""
    messages = _messages("de")
    assert not [m.source for m in messages if _QT_MARKER.search(m.source)]
    assert not [m.source for m in messages if re.search(r"\{\d*\}", m.source)]


needs_lupdate = pytest.mark.skipif(
    not (Path(sys.executable).with_name("pyside6-lupdate").exists()
         or shutil.which("pyside6-lupdate")), reason="pyside6-lupdate is not installed")


@needs_lupdate
def test_catalogues_hold_exactly_the_strings_of_the_sources():
    extracted = catalogues.extract()
    assert {("Actions", "&File", ""), ("MainWindow", "Markdown editor", "")} <= set(extracted)
    for language in catalogues.LANGUAGES:
        held = set(catalogues.read_ts(catalogues.catalogue(language)))
        assert held == set(extracted), (
            f"retro_editor_{language}.ts is not current: run scripts/update-translations.sh "
            f"and translate; new: {sorted(set(extracted) - held)[:5]}, "
            f"gone: {sorted(held - set(extracted))[:5]}")


@needs_lupdate
@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_compiled_catalogues_match_their_sources(language, tmp_path):
    ts = catalogues.catalogue(language)
    catalogues.release(ts, tmp_path / "fresh.qm")
    assert ts.with_suffix(".qm").read_bytes() == (tmp_path / "fresh.qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run scripts/update-translations.sh")


def test_no_translatable_text_hides_where_the_extraction_cannot_see_it():
    """lupdate reads an f-string as one string and cannot follow a variable: a ``tr`` call
    inside an f-string, or on anything but a literal or a declared text (``N_``,
    ``translatable``) passed by name, would never reach the catalogues."""
    hidden = []
    for path in sorted(catalogues.SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{path.name}:{node.lineno}" for inner in ast.walk(node)
                           if isinstance(inner, ast.Call) and _tr_name(inner.func)
                           and inner.args and isinstance(inner.args[0], ast.Constant)]
            elif isinstance(node, ast.Call) and _tr_name(node.func) and node.args:
                text = node.args[0]
                if not isinstance(text, (ast.Constant, ast.Name, ast.Attribute)):
                    hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden


def _tr_name(func: ast.expr) -> bool:
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name in {"tr", "_tr"}


def test_module_context_comes_from_its_translator(tmp_path):
    module = tmp_path / "pane.py"
    module.write_text('tr = translator("StatusPane")\n', encoding="utf-8")
    assert catalogues.declared_context(module) == "StatusPane"
    module.write_text('tr = translator("A")\nother = translator("B")\n', encoding="utf-8")
    with pytest.raises(SystemExit):
        catalogues.declared_context(module)
