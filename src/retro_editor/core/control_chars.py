"""Control characters in what DOCX and EPUB write as XML, which cannot hold most of them.

The rule lives in core so that ``retro-editor check`` warns about what those exports refuse.

Two are line breaks to the writer: U+000B (the line break Word puts in copied text) and
U+000C (form feed). They are kept as line breaks (:data:`LINE_BREAKS`). Every other
character XML forbids (the rest of U+0000-U+001F but tab, line feed and carriage return;
U+FFFE, U+FFFF; lone surrogates) is flagged by :func:`refuse_xml_controls` before the export
starts, naming the field or line, instead of being changed or dropped. In the article's text
U+0000 is left to the renderer, which shows it as U+FFFD as CommonMark says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project

LINE_BREAKS = re.compile("[\x0b\x0c]")
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NOT_XML_TEXT = re.compile("[\x01-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _fields(project: Project) -> Iterator[tuple[str, str]]:
    manifest = project.manifest
    article = manifest.article
    for name in ("title", "subtitle", "author", "summary", "category", "slug", "language",
                 "cover", "canonical_url"):
        yield f"article.{name}", str(getattr(article, name) or "")
    for i, tag in enumerate(article.tags):
        yield f"article.tags[{i}]", tag
    for i, fact in enumerate(manifest.facts):
        yield f"facts[{i}].label", fact.label
        yield f"facts[{i}].value", fact.value
    for i, link in enumerate(manifest.related):
        for name in ("title", "source", "note", "url"):
            yield f"related[{i}].{name}", str(getattr(link, name) or "")


def _describe(char: str) -> str:
    return f"the control character U+{ord(char):04X}"


def xml_control_problems(project: Project, format_label: str) -> Iterator[ProjectError]:
    """Every field, and the first line of the article, holding a character XML forbids."""
    for field, value in _fields(project):
        found = _NOT_XML.search(value)
        if found:
            yield ProjectError(project.manifest_path, f"holds {_describe(found.group(0))}, "
                               f"which {format_label} cannot hold; remove it", field)
    found = _NOT_XML_TEXT.search(project.text)
    if found:
        line = project.text.count("\n", 0, found.start()) + 1
        yield ProjectError(project.article_path, f"holds {_describe(found.group(0))}, which "
                           f"{format_label} cannot hold; remove it", f"line {line}")


def refuse_xml_controls(project: Project, format_label: str) -> None:
    """A ``ProjectError`` naming the first field or line with a character XML forbids."""
    for problem in xml_control_problems(project, format_label):
        raise problem


def as_newlines(text: str) -> str:
    """Plain-text fields (document properties, book metadata): breaks as line feeds."""
    return LINE_BREAKS.sub("\n", text)


def as_spaces(text: str) -> str:
    """One-line places (a table of contents entry, a page title)."""
    return LINE_BREAKS.sub(" ", text)


_TAG_OR_BREAK = re.compile(r"<[^>]*>|[\x0b\x0c]")


def html_breaks(markup: str) -> str:
    """XHTML with each line break character as ``<br/>`` (a space inside a tag)."""
    if not LINE_BREAKS.search(markup):
        return markup
    return _TAG_OR_BREAK.sub(
        lambda m: LINE_BREAKS.sub(" ", m.group(0)) if m.group(0).startswith("<") else "<br/>",
        markup)
