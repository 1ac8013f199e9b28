"""Limits that keep an export's memory bounded, each with a message saying what to change.

Measured before these limits (bench/pathological_exports.py): a 2 MB Markdown table of
small cells took 1.86 GB as DOCX, and a 300 MB image embedded in HTML took 2.45 GB and wrote
a 400 MB page. Exports that hold images in memory (HTML with embedded images, PDF, DOCX, EPUB)
take images up to :data:`MAX_IMAGE_BYTES`; exports that lay tables out (HTML, PDF, DOCX,
EPUB) take tables up to :data:`MAX_TABLE_CELLS` cells; every export checks that limit on the
Markdown source before parsing it, since parsing such a table is itself the cost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from markdown_it.token import Token

from retro_editor.core.errors import ProjectError

MAX_IMAGE_BYTES = 50 * 1024 * 1024
MAX_TABLE_CELLS = 20_000


def refuse_big_image(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError:
        return  # reading it reports the problem
    if size > MAX_IMAGE_BYTES:
        raise ProjectError(path, f"the image is {size / 2**20:.0f} MB; exports embed images "
                                 f"up to {MAX_IMAGE_BYTES // 2**20} MB (make it smaller)")


_DELIMITER_ROW = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def _too_many_cells(start: int) -> str:
    return (f"the table at line {start + 1} has more than {MAX_TABLE_CELLS:,} cells, more "
            "than an export lays out; split it or link to the data as a file")


def refuse_big_tables_in_text(text: str, article: Path) -> None:
    """The same limit read from the Markdown source, before it is parsed: parsing a 2 MB
    table alone takes ~700 MB. Counts header and body rows times the delimiter row's
    columns, as GFM lays a table out; fenced code is skipped."""
    if text.count("|") <= MAX_TABLE_CELLS:
        return
    lines = text.split("\n")
    fence = ""
    i = 1
    while i < len(lines):
        line = lines[i]
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
        elif opened:
            fence = opened.group(1)
        elif "-" in line and "|" in lines[i - 1] and _DELIMITER_ROW.match(line):
            columns = line.strip().strip("|").count("|") + 1
            end = i + 1
            while end < len(lines) and lines[end].strip():
                end += 1
            if columns * (end - i) > MAX_TABLE_CELLS:
                raise ProjectError(article, _too_many_cells(i - 1))
            i = end
            continue
        i += 1


def refuse_big_tables(tokens: Sequence[Token], article: Path) -> None:
    """Refuses the first table with more than :data:`MAX_TABLE_CELLS` cells."""
    cells = 0
    start: int | None = None
    for token in tokens:
        if token.type == "table_open":
            cells, start = 0, token.map[0] if token.map else None
        elif token.type in ("td_open", "th_open"):
            cells += 1
            if cells > MAX_TABLE_CELLS:
                raise ProjectError(article, _too_many_cells(start or 0))
