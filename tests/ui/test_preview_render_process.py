"""The GUI's client of the render helper: answers as signals, and a helper that dies or writes
garbage fails the request instead of breaking the preview."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from retro_editor.ui.preview.render_process import RenderProcess

MISBEHAVING = str(Path(__file__).resolve().parents[1] / "render")


@pytest.fixture
def outcomes():
    return []


def client(qapp, outcomes, command=None) -> RenderProcess:
    process = RenderProcess(timeout_ms=60_000, command=command)
    process.finished.connect(lambda rid, meta, html: outcomes.append(("ok", rid, meta, html)))
    process.failed.connect(lambda rid, reason: outcomes.append(("failed", rid, reason)))
    return process


def test_renders_an_article_with_its_block_map(qtbot, qapp, outcomes):
    process = client(qapp, outcomes)
    try:
        request = process.request("# Title\n\nText.\n")
        qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    finally:
        process.shutdown()
    kind, rid, meta, html = outcomes[0]
    assert (kind, rid) == ("ok", request) and html.startswith('<h1 data-source-line="0"')
    assert [block[:2] for block in meta["blocks"]] == [[0, "h1"], [2, "p"]]


def test_renders_a_span_at_its_source_lines(qtbot, qapp, outcomes):
    process = client(qapp, outcomes)
    try:
        request = process.request("\nA pasted paragraph.\n\n## Part", {"line_offset": 40})
        qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    finally:
        process.shutdown()
    kind, rid, meta, html = outcomes[0]
    assert (kind, rid, meta.get("blocks")) == ("ok", request, None)
    assert html.startswith('<p data-source-line="41"') and 'data-source-line="43"' in html


def test_a_helper_writing_garbage_fails_the_request(qtbot, qapp, outcomes):
    """Repro: a helper whose output is not frames (here: a length and broken JSON) used to
    raise JSONDecodeError in the output slot and leave the request waiting for its timeout."""
    garbage = ("import sys; sys.stdout.buffer.write((5).to_bytes(4, 'big') + b'{nope'"
               " + (0).to_bytes(4, 'big')); sys.stdout.flush(); sys.stdin.read()")
    process = client(qapp, outcomes, command=(sys.executable, ["-c", garbage]))
    try:
        request = process.request("# Title\n")
        qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
    finally:
        process.shutdown()
    assert outcomes == [("failed", request, "The preview's render process stopped.")]


def test_a_helper_that_dies_fails_the_request_and_the_next_one_restarts_it(
        qtbot, qapp, outcomes, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", MISBEHAVING)
    process = client(qapp, outcomes, command=(sys.executable, [
        "-m", "retro_editor.render.worker", "--renderer", "helper_renderers:Misbehaving"]))
    try:
        dying = process.request("die")
        qtbot.waitUntil(lambda: bool(outcomes), timeout=60_000)
        fine = process.request("fine")
        qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=60_000)
    finally:
        process.shutdown()
    assert outcomes[0] == ("failed", dying, "The preview's render process stopped.")
    assert outcomes[1][:2] == ("ok", fine) and outcomes[1][3] == "<p>fine</p>"
