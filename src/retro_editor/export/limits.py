"""Limits that keep an export's memory bounded, each with a message saying what to change.

Measured before these limits (bench/pathological_exports.py): a 2 MB Markdown table of
small cells took 1.86 GB as DOCX, and a 300 MB image embedded in HTML took 2.45 GB and wrote
a 400 MB page. Exports that hold images in memory (HTML with embedded images, PDF, DOCX, EPUB)
take images up to :data:`MAX_IMAGE_BYTES`; exports that lay tables out (HTML, PDF, DOCX,
EPUB) take tables up to :data:`MAX_TABLE_CELLS` cells.
"""

from __future__ import annotations

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
                where = f"the table at line {start + 1}" if start is not None else "a table"
                raise ProjectError(article, f"{where} has more than {MAX_TABLE_CELLS:,} cells, "
                                            "more than an export lays out; split it or "
                                            "link to the data as a file")
