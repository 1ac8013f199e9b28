"""Find and replace matching, shared by the find bar.

Matching uses QRegularExpression (PCRE2, with Unicode properties) over the document's exact
text (:func:`retro_editor.ui.text_access.raw_text`), so match offsets are the document's own
UTF-16 positions and replacing never touches the no-break spaces between matches. The pattern syntax is
Perl/PCRE, which accepts Python's ``(?P<name>...)`` groups too. Replacement templates follow
Python ``re`` semantics: ``\\1``..``\\99``, ``\\g<1>``, ``\\g<name>``, ``\\n``, ``\\t`` and
``\\\\``; an unknown group is an error. With "regular expression" off, the search text and the
replacement are literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression, QRegularExpressionMatch

from retro_editor.ui.text_access import Utf16Slices
from retro_editor.ui.translate import translator

#: most matches counted and highlighted per search (beyond it the count shows "N+")
MATCH_CAP = 1000

_TEMPLATE_RE = re.compile(r"\\(?:g<([^>]*)>|(\d{1,2})|(.)|$)", re.DOTALL)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "a": "\a", "f": "\f", "v": "\v"}


class TemplateError(ValueError):
    """The replacement template refers to a group that does not exist, or is malformed."""


@dataclass(frozen=True)
class SearchOptions:
    text: str
    case_sensitive: bool = False
    whole_word: bool = False
    regex: bool = False


_tr = translator("Search")


def compile_search(options: SearchOptions) -> tuple[QRegularExpression | None, str]:
    """The expression for ``options`` and an error message ('' when it is valid)."""
    if not options.text:
        return None, ""
    pattern = options.text if options.regex else QRegularExpression.escape(options.text)
    if options.whole_word:
        pattern = rf"(?<!\w)(?:{pattern})(?!\w)"
    flags = (QRegularExpression.PatternOption.UseUnicodePropertiesOption
             | QRegularExpression.PatternOption.MultilineOption)
    if not options.case_sensitive:
        flags |= QRegularExpression.PatternOption.CaseInsensitiveOption
    expression = QRegularExpression(pattern, flags)
    if not expression.isValid():
        return None, _tr("Invalid regular expression: {error} (at {offset})").format(
            error=expression.errorString(), offset=expression.patternErrorOffset())
    return expression, ""


def find_matches(expression: QRegularExpression, text: str,
                 cap: int | None = MATCH_CAP) -> tuple[list[tuple[int, int]], bool]:
    """Non-empty matches as (start, end) positions, and whether the cap cut the list."""
    matches: list[tuple[int, int]] = []
    iterator = expression.globalMatch(text)
    while iterator.hasNext():
        match = iterator.next()
        start, end = match.capturedStart(), match.capturedEnd()
        if end > start:
            if cap is not None and len(matches) >= cap:
                return matches, True
            matches.append((start, end))
    return matches, False


def match_at(expression: QRegularExpression, text: str, start: int,
             end: int) -> QRegularExpressionMatch | None:
    """The match that spans exactly ``start``..``end``, if any."""
    match = expression.match(text, start)
    if match.hasMatch() and match.capturedStart() == start and match.capturedEnd() == end:
        return match
    return None


def expand_template(template: str, match: QRegularExpressionMatch) -> str:
    """Python ``re``-style expansion of ``template`` with the groups of ``match``."""
    names = set(match.regularExpression().namedCaptureGroups()) - {""}
    count = match.regularExpression().captureCount()

    def group(ref: str) -> str:
        if ref.isdigit():
            index = int(ref)
            if index > count:
                raise TemplateError(_tr("invalid group reference {group}").format(group=ref))
            return match.captured(index) or ""
        if ref not in names:
            raise TemplateError(_tr("unknown group name {group}").format(group=ref))
        return match.captured(ref) or ""

    def substitute(found: re.Match[str]) -> str:
        named, number, escaped = found.groups()
        if named is not None:
            return group(named)
        if number is not None:
            return group(number)
        if escaped is None:
            raise TemplateError(_tr("bad escape (end of pattern)"))
        if escaped in _ESCAPES:
            return _ESCAPES[escaped]
        if escaped.isascii() and escaped.isalpha():
            raise TemplateError(_tr("bad escape \\{escape}").format(escape=escaped))
        return "\\" + escaped

    return _TEMPLATE_RE.sub(substitute, template)


def replacement_for(expression: QRegularExpression, options: SearchOptions, template: str,
                    match: QRegularExpressionMatch) -> str:
    return expand_template(template, match) if options.regex else template


@dataclass(frozen=True)
class ReplacedSpan:
    """One stretch of the text searched with its matches replaced: ``original`` (between
    UTF-16 positions ``start`` and ``end``) becomes ``text``; ``count`` matches in it."""

    start: int
    end: int
    original: str
    text: str
    count: int


def replace_all_spans(expression: QRegularExpression, options: SearchOptions, template: str,
                      text: str, span_chars: int) -> list[ReplacedSpan]:
    """Replaces every match in ``text``, in spans of about ``span_chars`` characters at most
    (a longer match is a span of its own), so the caller can edit the document span by span.

    Raises :class:`TemplateError` before anything is replaced.
    """
    piece = Utf16Slices(text)
    spans: list[ReplacedSpan] = []
    parts: list[str] = []
    first = last = count = 0

    def close() -> None:
        spans.append(ReplacedSpan(first, last, piece(first, last), "".join(parts), count))

    iterator = expression.globalMatch(text)
    while iterator.hasNext():
        match = iterator.next()
        start, end = match.capturedStart(), match.capturedEnd()
        if end == start:
            continue
        replacement = replacement_for(expression, options, template, match)
        if count and end - first > span_chars:
            close()
            parts, count = [], 0
        if count:
            parts.append(piece(last, start))
        else:
            first = start
        parts.append(replacement)
        last = end
        count += 1
    if count:
        close()
    return spans
