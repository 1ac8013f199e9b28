"""A format's warnings reach the writer after an export from the window (Hugo: raw HTML that
a default Hugo site drops)."""

from __future__ import annotations

from retro_editor.export.registry import export_formats


def _export(qtbot, window, name, destination):
    job = window.exporter.export(export_formats()[name], destination, {})
    with qtbot.waitSignal(job.done, timeout=30_000) as blocker:
        pass
    assert blocker.args == [None]


def test_hugo_export_tells_of_raw_html(qtbot, window, prompts, sample_copy, tmp_path):
    article = sample_copy / "article.md"
    article.write_text(article.read_text("utf-8") + '\n<div class="aside">Raw block</div>\n',
                       encoding="utf-8")
    assert window.open_project(sample_copy)
    _export(qtbot, window, "hugo", tmp_path)
    assert prompts.names() == ["show_info"]
    title, message = prompts.args_of("show_info")
    assert title == "Exported, with warnings"
    assert "raw HTML '<div class=\"aside\">Raw block</div>' is dropped by Hugo's default" in message


def test_no_message_without_warnings(qtbot, window, prompts, sample_copy, tmp_path):
    assert window.open_project(sample_copy)
    _export(qtbot, window, "jekyll", tmp_path)
    assert "show_info" not in prompts.names()
