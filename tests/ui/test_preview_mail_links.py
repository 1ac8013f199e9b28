"""Mail links in the preview: opened by the system, or, where nothing can open them, the
writer is told and gets the address."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWebEngineWidgets")

from PySide6.QtCore import QUrl  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from test_preview_security import click  # noqa: E402
from test_preview_view import Harness  # noqa: E402

from retro_editor.ui.preview.url_policy import mail_address  # noqa: E402

TEXT = "# Title\n\nWrite to [the editor](mailto:ed@example.org?subject=Hello%20there).\n"


def test_mail_link_without_a_mail_program_says_so_and_copies_the_address(qtbot, tmp_path):
    """Repro: where no program is set up for mail links (the system opener reports failure),
    clicking a mailto: link in the preview did nothing at all, though the user guide says
    mail links open."""
    h = Harness(qtbot, tmp_path, TEXT)
    tried = []
    h.view.set_opener(lambda url: tried.append(url.toString()) or False)
    QGuiApplication.clipboard().setText("")
    with qtbot.waitSignal(h.view.linkFailed, timeout=10_000) as failed:
        click(h, 'a[href^="mailto:"]')
    assert tried == ["mailto:ed@example.org?subject=Hello there"]
    assert failed.args[0] == ("No program on this computer is set up to open "
                              "mailto:ed@example.org?subject=Hello there. The address "
                              "ed@example.org was copied to the clipboard.")
    assert QGuiApplication.clipboard().text() == "ed@example.org"


def test_mail_link_goes_to_the_system_opener(qtbot, tmp_path):
    h = Harness(qtbot, tmp_path, TEXT)
    click(h, 'a[href^="mailto:"]')
    qtbot.waitUntil(lambda: h.opened == ["mailto:ed@example.org?subject=Hello there"])


def test_mail_address():
    assert mail_address(QUrl("mailto:a@example.org?subject=x")) == "a@example.org"
    assert mail_address(QUrl("MAILTO:a@example.org")) == "a@example.org"
    assert mail_address(QUrl("https://example.org")) is None
