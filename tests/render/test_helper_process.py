"""The helper-process module: frames, the serve loop, the command line and the blocking client."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from retro_editor.render import helper_process
from retro_editor.render.helper_process import (
    HELPER_FLAG,
    READY,
    FrameError,
    HelperClient,
    HelperGone,
    HelperNotReady,
    HelperTimeout,
    HelperUnavailable,
    decode_frame,
    encode_frame,
    helper_command,
    read_frame,
    run_helper,
    serve,
    write_frame,
)

RENDER_HELPER = "retro_editor.render.worker"
#: any text, lone surrogates too (the payload is encoded with "surrogatepass")
TEXT = st.text(st.characters(blacklist_categories=()))
#: the meta is JSON, whose reader joins a high and a low lone surrogate written one after the
#: other into one character (CI found "\ud800\udc00" coming back as "\U00010000"): it carries
#: the app's own options, never the writer's text, so its strings are valid Unicode
UNICODE = st.text(st.characters(blacklist_categories=("Cs",)))
JSON = st.recursive(st.none() | st.booleans() | st.integers() | UNICODE,
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(UNICODE, inner, max_size=4), max_leaves=12)
META = st.dictionaries(UNICODE, JSON, max_size=5)


@given(META, TEXT)
def test_frames_round_trip(meta, payload):
    frame = encode_frame(meta, payload)
    assert decode_frame(frame + b"next") == (meta, payload, len(frame))
    stream = io.BytesIO()
    write_frame(stream, meta, payload)
    write_frame(stream, {"second": True}, "")
    stream.seek(0)
    assert read_frame(stream) == (meta, payload)
    assert read_frame(stream) == ({"second": True}, "")
    assert read_frame(stream) is None


@given(META, TEXT, st.data())
def test_a_truncated_frame_is_the_end_of_the_stream(meta, payload, data):
    """A stream cut right after a frame's meta used to yield that frame with an empty payload
    (``read_frame`` took the missing payload length for a zero one): now every cut is EOF."""
    frame = encode_frame(meta, payload)
    cut = data.draw(st.integers(0, len(frame) - 1))
    assert read_frame(io.BytesIO(frame[:cut])) is None
    assert decode_frame(frame[:cut]) is None


def test_a_frame_cut_after_its_meta_is_not_a_frame():
    frame = encode_frame({"id": 1}, "hello")
    assert read_frame(io.BytesIO(frame[:4 + len(b'{"id": 1}')])) is None


@pytest.mark.parametrize("head", [b"{not json", b"[1, 2]", b"\xff\xfe"])
def test_an_unreadable_frame_is_a_frame_error(head):
    frame = len(head).to_bytes(4, "big") + head + (0).to_bytes(4, "big")
    with pytest.raises(FrameError):
        decode_frame(frame)
    with pytest.raises(FrameError):
        read_frame(io.BytesIO(frame))


def _served(handler, *requests):
    stream = io.BytesIO(b"".join(encode_frame(meta, payload) for meta, payload in requests))
    answers = io.BytesIO()
    serve(handler, stream, answers)
    answers.seek(0)
    frames = []
    while (frame := read_frame(answers)) is not None:
        frames.append(frame)
    return frames


def test_serve_announces_ready_then_answers_each_request_with_its_id():
    def shout(meta, payload):
        if payload == "boom":
            raise ValueError("bad input")
        return {"n": len(payload)}, payload.upper()

    frames = _served(shout, ({"id": 1}, "abc"), ({"id": 2}, "boom"), ({"id": 3}, ""))
    assert frames == [(READY, ""), ({"n": 3, "id": 1}, "ABC"),
                      ({"id": 2, "error": "ValueError: bad input"}, ""), ({"n": 0, "id": 3}, "")]


def test_helper_command_runs_the_module_or_the_frozen_app(monkeypatch):
    assert helper_command(RENDER_HELPER, ["--x"]) == [sys.executable, "-m", RENDER_HELPER, "--x"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert helper_command(RENDER_HELPER) == [sys.executable, HELPER_FLAG, RENDER_HELPER]
    with pytest.raises(ValueError):
        helper_command("os")


def test_run_helper_refuses_modules_outside_the_allow_list(capsys):
    assert run_helper(["os"]) == 2
    assert run_helper([]) == 2
    assert "not a helper module: os" in capsys.readouterr().err


def test_the_environment_puts_this_source_first(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    source = str(Path(helper_process.__file__).resolve().parents[2])
    assert helper_process.helper_environment()["PYTHONPATH"].split(":") == [source, "/elsewhere"]


# --- the blocking client against the real render helper ---------------------------------------
@pytest.fixture
def misbehaving(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))
    client = HelperClient(RENDER_HELPER, ["--renderer", "helper_renderers:Misbehaving"])
    yield client
    client.close()


def test_client_gets_answers_from_a_kept_process(misbehaving):
    meta, html = misbehaving.request({}, "one", timeout=60)  # its stray print is not in the frames
    assert html == "<p>one</p>" and meta["lines"] == 1
    pid = misbehaving._holder[0].process.pid
    assert misbehaving.request({}, "two", timeout=60)[1] == "<p>two</p>"
    assert misbehaving._holder[0].process.pid == pid


def test_a_handler_error_is_an_answer_not_a_failure(misbehaving):
    meta, html = misbehaving.request({}, "raise", timeout=60)
    assert meta["error"] == "RuntimeError: no renderer today" and html == ""
    assert misbehaving.request({}, "fine", timeout=60)[1] == "<p>fine</p>"


def test_a_late_helper_is_killed_and_the_next_request_starts_a_new_one(misbehaving):
    misbehaving.request({}, "warm", timeout=60)
    late = misbehaving._holder[0].process
    with pytest.raises(HelperTimeout):
        misbehaving.request({}, "sleep", timeout=0.5)
    assert late.wait(60) is not None and misbehaving._holder[0] is None
    assert misbehaving.request({}, "after", timeout=60)[1] == "<p>after</p>"


def test_a_helper_that_dies_while_answering_is_gone(misbehaving):
    with pytest.raises(HelperGone):
        misbehaving.request({}, "die", timeout=60)
    assert misbehaving.request({}, "again", timeout=60)[1] == "<p>again</p>"


def test_a_helper_that_never_gets_ready_asks_nothing(monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))
    client = HelperClient(RENDER_HELPER, ["--renderer", "helper_renderers:unbuildable"])
    try:
        with pytest.raises(HelperNotReady):
            client.request({}, "text", timeout=60)
    finally:
        client.close()


def test_a_helper_that_cannot_start_is_unavailable(tmp_path):
    client = HelperClient(RENDER_HELPER)
    client.command = [str(tmp_path / "no-such-program")]
    with pytest.raises(HelperUnavailable):
        client.request({}, "text", timeout=60)
