"""Writes resources/text_widths/arial-metrics.json: advance widths of the Arial-compatible
sans serif that search result pages use, for measuring titles and descriptions in pixels.

The widths come from URW's Nimbus Sans (Debian: fonts-urw-base35), whose metrics match
Helvetica's, which Arial's match. Run with the project's Python:

    .venv/bin/python scripts/make-text-widths.py [FONT.otf]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication  # noqa: E402

FONT = Path("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf")
UNITS = 1000
#: Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic, general punctuation, currency
RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x2000, 0x206F),
          (0x20A0, 0x20BF), (0x2100, 0x2122)]


def main() -> int:
    font_file = Path(sys.argv[1]) if len(sys.argv) > 1 else FONT
    app = QGuiApplication([])
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    if font_id < 0:
        print(f"cannot load {font_file}", file=sys.stderr)
        return 2
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPixelSize(UNITS)
    font.setKerning(False)
    metrics = QFontMetricsF(font)
    widths = {}
    for start, end in RANGES:
        for code in range(start, end + 1):
            if metrics.inFontUcs4(code):
                widths[str(code)] = round(metrics.horizontalAdvance(chr(code)))
    out = Path(__file__).resolve().parents[1] / "resources" / "text_widths" / "arial-metrics.json"
    data = {"source": f"{family} ({font_file.name}), metric-compatible with Arial",
            "units_per_em": UNITS, "widths": widths}
    out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", "utf-8")
    print(f"{out}: {len(widths)} characters")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
