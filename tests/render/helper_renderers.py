"""Renderers for the helper-process tests, loaded by the render helper with ``--renderer``:
one that misbehaves on request (sleeps, dies, raises) and one that cannot even be built."""

from __future__ import annotations

import os
import time


class Misbehaving:
    def render(self, text: str) -> str:
        if text == "sleep":
            time.sleep(600)
        if text == "die":
            os._exit(3)
        if text == "raise":
            raise RuntimeError("no renderer today")
        print("stray output that must not reach the frames")
        return f"<p>{text}</p>"


def unbuildable() -> Misbehaving:
    raise SystemExit(4)
