"""``retro-editor --smoke-test`` from the source tree (the packaged app runs the same code:
see test_deb.py), and the checks it makes of the exported files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from retro_editor.ui.smoke_test import SmokeTestFailure, check_output, check_spelling


def test_smoke_test_passes_on_the_sample_project(sample_project_dir, tmp_path):
    project = tmp_path / "Neon Harbor"
    shutil.copytree(sample_project_dir, project)
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    result = subprocess.run([sys.executable, "-m", "retro_editor.cli", "--smoke-test",
                             "Neon Harbor"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    lines = [line for line in result.stdout.splitlines() if line.startswith("smoke test: ")]
    assert [line.split(":")[1].split()[0] for line in lines] == [
        "opened", "preview", "render", "spell", "exported", "exported", "passed"], output


def test_check_output_rejects_truncated_or_foreign_files(tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 2000)  # no %%EOF: cut short
    with pytest.raises(SmokeTestFailure, match="not a complete PDF"):
        check_output("pdf", pdf, "Title")
    pdf.write_bytes(b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n")
    assert "bytes" in check_output("pdf", pdf, "Title")
    html = tmp_path / "a.html"
    html.write_text("<html><body>Another article</body></html>", encoding="utf-8")
    with pytest.raises(SmokeTestFailure, match="not the article's web page"):
        check_output("html", html, "Title")
    with pytest.raises(SmokeTestFailure, match="wrote no file"):
        check_output("html", tmp_path / "missing.html", "Title")


def test_spelling_step_fails_without_an_english_dictionary(monkeypatch):
    assert "suggested 'receive'" in check_spelling()
    monkeypatch.setitem(sys.modules, "enchant", None)  # import enchant raises ImportError
    with pytest.raises(SmokeTestFailure, match="Enchant library is not installed"):
        check_spelling()


def test_the_quick_start_opens_a_copy_of_the_sample(tmp_path):
    """``run-app.sh`` without a project runs ``retro-editor --sample``: the writer's copy of the
    bundled sample, made in Documents the first time."""
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    env.pop("XDG_DOCUMENTS_DIR", None)
    result = subprocess.run([sys.executable, "-m", "retro_editor.cli", "--sample",
                             "--smoke-test"], cwd=tmp_path, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    copy = home / "Documents" / "Retro Editor" / "Neon Harbor Retrospective"
    assert f"opened {copy}" in result.stdout
    assert (copy / "article.md").is_file()
