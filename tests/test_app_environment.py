"""The web engine's flags the app sets before Qt starts."""

from __future__ import annotations

import os

from retro_editor.app import prepare_environment


def test_the_preview_may_collect_its_garbage_and_other_flags_stay(monkeypatch):
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    prepare_environment()
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert "--disable-gpu" in flags and "--js-flags=--expose-gc" in flags
    prepare_environment()
    assert os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split() == flags  # nothing twice


def test_flags_for_javascript_given_by_the_user_are_kept(monkeypatch):
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--js-flags=--max-old-space-size=512")
    prepare_environment()
    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert "--js-flags=--max-old-space-size=512" in flags
    assert "--js-flags=--expose-gc" not in flags
