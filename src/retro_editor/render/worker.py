"""The preview's helper process: renders whole articles off the GUI process.

Run as ``python -m retro_editor.render.worker``. It reads requests from stdin and writes
results to stdout, one frame each, until stdin closes. Imports no Qt.

A frame is ``<4-byte big-endian length of JSON><JSON><4-byte length of payload><payload>``
where the payload is UTF-8 text: the article in a request, the body HTML in a result.
The result's JSON carries the block map of the body
(see :func:`retro_editor.render.blocks.analyse_body`).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Callable
from typing import Any, BinaryIO

from retro_editor.render.blocks import analyse_body


# --- framing -------------------------------------------------------------------------------
def encode_frame(meta: dict[str, Any], payload: str) -> bytes:
    head = json.dumps(meta).encode("utf-8")
    body = payload.encode("utf-8", "surrogatepass")
    return (len(head).to_bytes(4, "big") + head + len(body).to_bytes(4, "big") + body)


def decode_frame(buffer: bytes | bytearray) -> tuple[dict[str, Any], str, int] | None:
    """``(meta, payload, frame length)`` of the first complete frame, or None."""
    if len(buffer) < 4:
        return None
    head_len = int.from_bytes(buffer[:4], "big")
    body_at = 4 + head_len + 4
    if len(buffer) < body_at:
        return None
    body_len = int.from_bytes(buffer[4 + head_len:body_at], "big")
    end = body_at + body_len
    if len(buffer) < end:
        return None
    meta = json.loads(bytes(buffer[4:4 + head_len]))
    payload = bytes(buffer[body_at:end]).decode("utf-8", "surrogatepass")
    return meta, payload, end


def _read_exact(stream: BinaryIO, n: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < n:
        chunk = stream.read(n - len(chunks))
        if not chunk:
            return None
        chunks += chunk
    return bytes(chunks)


def read_frame(stream: BinaryIO) -> tuple[dict[str, Any], str] | None:
    head_len = _read_exact(stream, 4)
    if head_len is None:
        return None
    head = _read_exact(stream, int.from_bytes(head_len, "big"))
    body_len = _read_exact(stream, 4) if head is not None else None
    body = _read_exact(stream, int.from_bytes(body_len, "big")) if body_len else b""
    if head is None or body is None:
        return None
    return json.loads(head), body.decode("utf-8", "surrogatepass")


# --- the process ---------------------------------------------------------------------------
def load_factory(spec: str) -> Callable[[], Any]:
    module_name, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module_name), attr)


def serve(renderer: Any, requests: BinaryIO, results: BinaryIO) -> None:
    """Answers render requests until the input closes."""
    while True:
        frame = read_frame(requests)
        if frame is None:
            return
        meta, text = frame
        answer: dict[str, Any] = {"id": meta.get("id")}
        html = ""
        try:
            html = renderer.render(text)
            answer.update(analyse_body(html, text))
        except Exception as exc:  # reported to the GUI, which keeps the last good page
            answer["error"] = f"{type(exc).__name__}: {exc}"
            html = ""
        results.write(encode_frame(answer, html))
        results.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="retro-editor-render-worker")
    parser.add_argument("--renderer", default="retro_editor.render.markdown:MarkdownRenderer",
                        help="module:factory of the renderer")
    args = parser.parse_args(argv)
    results = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt frames
    renderer = load_factory(args.renderer)()
    serve(renderer, sys.stdin.buffer, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
