"""The preview's render helper: renders whole articles off the GUI process.

A helper module (see :mod:`retro_editor.render.helper_process`), run as
``python -m retro_editor.render.worker``: each request's payload is an article, each answer's
payload its body HTML, and the answer's meta carries the block map of the body
(see :func:`retro_editor.render.blocks.analyse_body`). Imports no Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from typing import Any

from retro_editor.render.blocks import analyse_body
from retro_editor.render.helper_process import Handler, Meta, serve_stdio
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.render.typography import Typesetting


def load_factory(spec: str) -> Callable[[], Any]:
    module_name, _, attr = spec.partition(":")
    factory: Callable[[], Any] = getattr(importlib.import_module(module_name), attr)
    return factory


def render_handler(renderer: Any) -> Handler:
    """Answers a request (an article) with its body HTML and block map; a request whose
    meta has a ``line_offset`` is a span of an article starting at that line, answered with
    its HTML only.

    A request whose meta names a ``typesetting`` (:meth:`Typesetting.to_meta`) other than the
    renderer's is rendered by a :class:`MarkdownRenderer` with that typesetting (the last one
    is kept for the next request); a renderer without typesetting (a test's) is always used.
    """
    other: list[Any] = []

    def pick(meta: Meta) -> Any:
        current = getattr(renderer, "typesetting", None)
        if "typesetting" not in meta or current is None:
            return renderer
        wanted = Typesetting.from_meta(meta["typesetting"])
        if wanted == current:
            return renderer
        if not other or other[0].typesetting != wanted:
            if other:
                other.pop().close()
            other.append(MarkdownRenderer(typesetting=wanted))
        return other[0]

    def render(meta: Meta, text: str) -> tuple[Meta, str]:
        offset = meta.get("line_offset")
        if isinstance(offset, int) and not isinstance(offset, bool):  # a span of the article
            return {}, pick(meta).render(text, line_offset=offset)
        html: str = pick(meta).render(text)
        return analyse_body(html, text), html

    return render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="retro-editor-render-worker")
    parser.add_argument("--renderer", default="retro_editor.render.markdown:MarkdownRenderer",
                        help="module:factory of the renderer")
    args = parser.parse_args(argv)
    return serve_stdio(render_handler(load_factory(args.renderer)()))


if __name__ == "__main__":
    sys.exit(main())
