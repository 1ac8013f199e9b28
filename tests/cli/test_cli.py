"""The command line, run in-process on temporary copies of the sample project."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run
from retro_editor import __version__


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"retro-editor {__version__}"


def test_new_creates_an_openable_project(capsys, tmp_path):
    code, out, err = run(capsys, "new", str(tmp_path / "Fresh"), "--title", "Fresh Start")
    assert code == 0, err
    manifests = list((tmp_path / "Fresh").glob("*.retro"))
    assert len(manifests) == 1
    assert json.loads(manifests[0].read_text("utf-8"))["article"]["title"] == "Fresh Start"
    assert (tmp_path / "Fresh" / "article.md").read_text("utf-8") == ""  # title: manifest only
    code, out, err = run(capsys, "check", str(tmp_path / "Fresh"))
    assert code == 0, out + err


def test_new_refuses_a_folder_with_files(capsys, tmp_path):
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("keep me")
    code, out, err = run(capsys, "new", str(tmp_path / "busy"), "--title", "X")
    assert code == 2
    assert err.startswith("retro-editor: error: ")
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert (tmp_path / "busy" / "notes.txt").read_text() == "keep me"


def test_export_html_is_standalone(capsys, sample_copy, tmp_path):
    out_file = tmp_path / "out" / "page.html"
    out_file.parent.mkdir()
    code, out, err = run(capsys, "export", str(sample_copy), "--format", "html", "-o", str(out_file))
    assert code == 0, err
    html = out_file.read_text("utf-8")
    assert "<title>Neon Harbor at 25" in html
    assert 'src="data:image/png;base64,' in html
    assert 'src="assets/' not in html
    assert "<style" in html and "<link rel=\"stylesheet\"" not in html
    assert str(out_file) in out


def test_export_html_can_copy_images(capsys, sample_copy, tmp_path):
    out_file = tmp_path / "page.html"
    code, _, err = run(capsys, "export", str(sample_copy), "-f", "html", "-o", str(out_file),
                       "--set", "images=copy")
    assert code == 0, err
    html = out_file.read_text("utf-8")
    assert 'src="page_files/assets/cover.png"' in html
    assert (tmp_path / "page_files" / "assets" / "cover.png").is_file()


@pytest.mark.parametrize("argv, message", [
    (["--format", "rtf"], "unknown format 'rtf'"),
    (["--format", "html", "--set", "images=inline"], "images must be one of embed, copy"),
    (["--format", "html", "--set", "colour=red"], "html export has no option 'colour'"),
    (["--format", "html", "--set", "novalue"], "--set takes OPTION=VALUE"),
])
def test_export_argument_errors(capsys, sample_copy, tmp_path, argv, message):
    code, _, err = run(capsys, "export", str(sample_copy), "-o", str(tmp_path / "x.html"), *argv)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.html").exists()


def test_export_missing_project_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "export", str(tmp_path / "nowhere"), "-f", "html",
                       "-o", str(tmp_path / "x.html"))
    assert code == 2
    assert str(tmp_path / "nowhere") in err
    assert len(err.strip().splitlines()) == 1


def test_export_with_missing_image_names_it_and_writes_nothing(capsys, sample_copy, tmp_path):
    (sample_copy / "assets" / "cover.png").unlink()
    out_file = tmp_path / "page.html"
    code, _, err = run(capsys, "export", str(sample_copy), "-f", "html", "-o", str(out_file))
    assert code == 2
    assert "cover.png" in err
    assert not out_file.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name != "project"] == []


def test_check_sample_has_no_problems(capsys, sample_copy):
    code, out, err = run(capsys, "check", str(sample_copy))
    assert code == 0, out + err
    assert "no problems" in out


def test_check_reports_each_problem_with_file_and_field(capsys, sample_copy):
    (sample_copy / "assets" / "cover.png").unlink()
    manifest = next(sample_copy.glob("*.retro"))
    with (sample_copy / "article.md").open("a", encoding="utf-8") as f:
        f.write("\n![Lost](assets/missing-photo.jpg)\n")
    code, out, err = run(capsys, "check", str(sample_copy))
    assert code == 1
    lines = out.strip().splitlines()
    assert any("article.cover" in line and "cover.png" in line for line in lines), out
    assert any("missing-photo.jpg" in line and "article.md" in line for line in lines), out
    assert manifest.exists()


def test_check_invalid_manifest_is_an_error(capsys, sample_copy):
    manifest = next(sample_copy.glob("*.retro"))
    data = json.loads(manifest.read_text("utf-8"))
    data["related"][1]["url"] = "ftp://example.org/x"
    before = json.dumps(data, indent=2)
    manifest.write_text(before, "utf-8")
    code, _, err = run(capsys, "check", str(sample_copy))
    assert code == 2
    assert "related[1].url" in err
    assert manifest.read_text("utf-8") == before


def test_installed_entry_point_runs_without_a_display(sample_copy, tmp_path):
    exe = Path(sys.executable).with_name("retro-editor")
    if not exe.exists():
        pytest.skip("the console script is not installed in this environment")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([str(exe), "export", str(sample_copy), "-f", "html", "-q",
                             "-o", str(tmp_path / "p.html")], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "p.html").stat().st_size > 10_000


def test_check_search_and_social_warnings_exit_1_only_when_strict(capsys, tmp_path):
    run(capsys, "new", str(tmp_path / "Fresh"), "--title", "Fresh Start")
    code, out, _ = run(capsys, "check", str(tmp_path / "Fresh"))
    assert code == 0
    assert "article.summary: is empty" in out and "(search and social warning)" in out
    assert "article.cover: is empty: social cards will have no image" in out
    code, _, err = run(capsys, "check", "--strict", str(tmp_path / "Fresh"))
    assert code == 1 and "0 problem(s) found, 2 search and social warning(s)" in err
