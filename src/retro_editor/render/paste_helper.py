"""The paste helper: converts large clipboard HTML to Markdown off the GUI process.

A helper module (see :mod:`retro_editor.render.helper_process`), run as
``python -m retro_editor.render.paste_helper``: each request's payload is clipboard HTML, each
answer's payload its Markdown, and the answer's meta says ``{"markdown": false}`` when there
was nothing to convert (:func:`~retro_editor.core.html_to_markdown.html_to_markdown` gave
None). The conversion is pure Python: on a GUI thread's pool thread it would hold the GIL
and stall typing (bench/html_paste.py measures both). Imports no Qt.
"""

from __future__ import annotations

import sys

from retro_editor.render.helper_process import Meta, serve_stdio

PASTE_HELPER = "retro_editor.render.paste_helper"


def convert(_meta: Meta, html: str) -> tuple[Meta, str]:
    # imported here: the app imports this module for PASTE_HELPER alone, at start-up
    from retro_editor.core.html_to_markdown import html_to_markdown

    markdown = html_to_markdown(html)
    return {"markdown": markdown is not None}, markdown or ""


def main(argv: list[str] | None = None) -> int:
    del argv
    return serve_stdio(convert)


if __name__ == "__main__":
    sys.exit(main())
