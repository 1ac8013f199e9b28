"""Column widths for Word tables, chosen the way a browser lays out an automatic table.

python-docx gives every column the same width, so a column holding a long word is squeezed
until Word (and LibreOffice) break the word across lines. Here each column gets at least the
width of its longest word, and the room left over is shared in proportion to how much more
text each column holds. When the longest words alone are wider than the page, the table's
text is set smaller (down to :data:`SMALLEST_PT`) until they fit, as Word's "autofit to
window" would. Widths are estimated from character counts: the tables' sans serif averages
a little over half an em per character.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Pt

EMU_PER_TWIP = 635
#: the table styles' text size, and the smallest it is reduced to for a wide table
TABLE_PT = 9.5
SMALLEST_PT = 6.5
#: estimated width of one character at TABLE_PT (0.55 em, bold headers included), in EMU
CHAR_EMU = 66_000
#: the left and right cell margins of the table styles (108 twips each), in EMU
PADDING_EMU = 2 * 108 * EMU_PER_TWIP


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


@dataclass(frozen=True)
class TableLayout:
    widths: list[int]
    """each column's width in EMU"""
    font_pt: float
    """the text size (TABLE_PT unless the longest words needed less)"""


def column_widths(rows: Sequence[Sequence[str]], total: int) -> TableLayout:
    """Widths in EMU summing to ``total`` for the cell texts ``rows`` (ragged rows allowed)."""
    columns = max((len(row) for row in rows), default=0)
    if not columns:
        return TableLayout([], TABLE_PT)
    words, texts = [1] * columns, [1] * columns
    for row in rows:
        for index, text in enumerate(row):
            words[index] = max(words[index], _longest_word(text) + 1)
            texts[index] = max(texts[index], len(text.strip()) + 1)
    font_pt = TABLE_PT
    room_for_text = total - PADDING_EMU * columns
    if CHAR_EMU * sum(words) > room_for_text:
        font_pt = max(SMALLEST_PT, TABLE_PT * room_for_text / (CHAR_EMU * sum(words)))
    char = CHAR_EMU * font_pt / TABLE_PT
    least = [PADDING_EMU + char * n for n in words]
    most = [PADDING_EMU + char * n for n in texts]
    if sum(most) <= total:
        shares = [float(width) for width in most]
    elif sum(least) <= total:
        extra = [m - n for m, n in zip(most, least, strict=True)]
        room = total - sum(least)
        shares = [n + room * e / sum(extra) for n, e in zip(least, extra, strict=True)]
    else:
        shares = [float(width) for width in least]
    scale = total / sum(shares)
    widths = [int(share * scale) for share in shares]
    widths[-1] += total - sum(widths)
    return TableLayout(widths, font_pt)


def apply_layout(table: object, layout: TableLayout) -> None:
    """Fixes the grid and every cell to the layout's widths and the table to their sum, and
    sets every run's size when the text must be smaller than the style's."""
    tbl = table._tbl  # type: ignore[attr-defined]
    if layout.font_pt < TABLE_PT:
        size = Pt(round(layout.font_pt * 2) / 2)
        for run in tbl.iter(qn("w:r")):
            run.get_or_add_rPr().sz_val = size
    twips = [max(1, width // EMU_PER_TWIP) for width in layout.widths]
    for grid_col, width in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=False):
        grid_col.set(qn("w:w"), str(width))
    for tr in tbl.findall(qn("w:tr")):
        for tc, width in zip(tr.findall(qn("w:tc")), twips, strict=False):
            tc_w = tc.get_or_add_tcPr().get_or_add_tcW()
            tc_w.set(qn("w:type"), "dxa")
            tc_w.set(qn("w:w"), str(width))
    tbl_pr = tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is not None:
        tbl_w.set(qn("w:type"), "dxa")
        tbl_w.set(qn("w:w"), str(sum(twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(layout)
    else:
        tbl_pr.append(layout)
