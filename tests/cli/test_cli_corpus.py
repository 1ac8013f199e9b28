"""Every command on every broken input: one line on stderr, no traceback, exit status 2; valid
input with warnings: one warning line each, exit 0 (1 with --strict or for check)."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from retro_editor.cli import EXIT_STATUSES, Console, main, run_command

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "Neon Harbor Retrospective"
FORMATS = ("html", "markdown", "hugo", "jekyll", "docx", "epub", "pdf")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def copy_sample(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(SAMPLE, target)
    return target


def manifest_of(folder: Path) -> Path:
    return next(folder.glob("*.retro"))


def _truncated(tmp_path):
    folder = copy_sample(tmp_path, "truncated")
    m = manifest_of(folder)
    m.write_bytes(m.read_bytes()[:150])
    return folder


def _invalid_field(tmp_path):
    folder = copy_sample(tmp_path, "invalid")
    m = manifest_of(folder)
    data = json.loads(m.read_text("utf-8"))
    data["article"]["language"] = 42
    m.write_text(json.dumps(data), "utf-8")
    return folder


def _huge(tmp_path):
    folder = copy_sample(tmp_path, "huge")
    manifest_of(folder).write_bytes(b'{"format": "retro-editor/2", "x": "' + b"a" * 6_000_000
                                    + b'"}')
    return folder


def _newer(tmp_path):
    folder = copy_sample(tmp_path, "newer")
    manifest_of(folder).write_text('{"format": "retro-editor/99"}', "utf-8")
    return folder


def _binary_manifest(tmp_path):
    folder = copy_sample(tmp_path, "binary")
    manifest_of(folder).write_bytes(bytes(range(256)) * 8)
    return folder


def _non_utf8_article(tmp_path):
    folder = copy_sample(tmp_path, "latin1")
    (folder / "article.md").write_bytes("# Café\n".encode("latin-1"))
    return folder


def _missing_article(tmp_path):
    folder = copy_sample(tmp_path, "no-article")
    (folder / "article.md").unlink()
    return folder


def _article_is_a_folder(tmp_path):
    folder = copy_sample(tmp_path, "article-folder")
    (folder / "article.md").unlink()
    (folder / "article.md").mkdir()
    return folder


def _manifest_is_a_folder(tmp_path):
    folder = copy_sample(tmp_path, "manifest-folder")
    m = manifest_of(folder)
    m.unlink()
    m.mkdir()
    return folder


def _two_manifests(tmp_path):
    folder = copy_sample(tmp_path, "two")
    (folder / "other.retro").write_text('{"format": "retro-editor/2"}', "utf-8")
    return folder


def _empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    return tmp_path / "empty"


def _missing(tmp_path):
    return tmp_path / "nowhere" / "post.md"


def _binary_md(tmp_path):
    path = tmp_path / "garbage.md"
    path.write_bytes(bytes(range(256)) * 20)
    return path


def _non_utf8_md(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("---\ntitle: Café\n---\nTexte é\n".encode("latin-1"))
    return path


def _huge_md(tmp_path):
    path = tmp_path / "huge.md"
    path.write_bytes(b"x" * (21 * 1024 * 1024))
    return path


def _md_folder(tmp_path):
    (tmp_path / "folder.md").mkdir()
    return tmp_path / "folder.md"


def _other_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello", "utf-8")
    return path


BROKEN = [_truncated, _invalid_field, _huge, _newer, _binary_manifest, _non_utf8_article,
          _missing_article, _article_is_a_folder, _manifest_is_a_folder, _two_manifests,
          _empty_folder, _missing, _binary_md, _non_utf8_md, _huge_md, _md_folder, _other_file]


def assert_one_error_line(code: int, err: str) -> str:
    assert code == 2, err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("retro-editor: error: ")
    return lines[0]


@pytest.mark.parametrize("make", BROKEN, ids=[f.__name__.strip("_") for f in BROKEN])
def test_broken_input_is_one_line_and_status_2_for_every_command(capsys, tmp_path, make):
    target = make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    commands = [["check", str(target)]] + [
        ["export", str(target), "-f", fmt, "-o", str(tmp_path / f"out-{fmt}")] for fmt in FORMATS]
    messages = set()
    for argv in commands:
        code, out, err = run(capsys, *argv)
        messages.add(assert_one_error_line(code, err))
    assert len(messages) == 1, messages  # the same reason whatever the command
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written


def test_messages_name_the_real_cause(capsys, tmp_path):
    cases = {
        _manifest_is_a_folder: "is a folder",
        _article_is_a_folder: "is a folder",
        _md_folder: "holds no .retro manifest",
        _missing: "not found",
        _huge_md: "the limit is 20 MB",
        _truncated: "truncated",
    }
    for make, expected in cases.items():
        code, _, err = run(capsys, "check", str(make(tmp_path)))
        assert expected in assert_one_error_line(code, err), err


IMPOSSIBLE = "---\ntitle: Post\nupdated: 2019-02-30\nrelated:\n  - title: A\n    url: ftp://a\n---\n# Post\n"


def test_impossible_date_is_a_warning_not_a_crash(capsys, tmp_path):
    """Repro (issue 10 #2): check/export on ``updated: 2019-02-30`` printed a traceback and
    exited 1."""
    md = tmp_path / "post.md"
    md.write_text(IMPOSSIBLE, "utf-8")
    code, out, err = run(capsys, "check", str(md))
    assert code == 1 and "Traceback" not in err
    assert f"{md}: front matter: updated: is not a real date" in out
    assert "holds the draft" not in out  # each draft named once, by the import
    assert "related[0].url: must be an http or https URL" in out
    assert err.strip() == "2 problem(s) found, 2 search and social warning(s)"
    for strict, expected in ((False, 0), (True, 1)):
        out_dir = tmp_path / f"site-{strict}"
        out_dir.mkdir()
        argv = ["export", str(md), "-f", "hugo", "-o", str(out_dir)] + (["--strict"] if strict else [])
        code, out, err = run(capsys, *argv)
        assert code == expected, err
        warnings = [line for line in err.splitlines() if "warning" in line]
        assert len(warnings) == 2 and all(w.startswith("retro-editor: warning: ") for w in warnings)
        assert "exported" in out and (out_dir / "post").is_dir()


def test_drafts_in_a_project_are_warned_about_on_export(capsys, tmp_path):
    folder = copy_sample(tmp_path, "drafted")
    m = manifest_of(folder)
    data = json.loads(m.read_text("utf-8"))
    data["format"] = "retro-editor/2"
    data["article"]["published"] = None
    data["article"]["drafts"] = {"published": "2019-02-30"}
    m.write_text(json.dumps(data), "utf-8")
    code, out, err = run(capsys, "export", str(folder), "-f", "markdown", "-q",
                         "-o", str(tmp_path / "out.md"))
    assert code == 0, err
    assert err.splitlines() == [
        f'retro-editor: warning: {m}: article.published: holds the draft "2019-02-30", which is '
        "not a real date (2019-02 has 28 days)"]
    code, out, _ = run(capsys, "check", str(folder))
    assert code == 1 and out.count("article.published") == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_error_after_progress_starts_on_its_own_line(tmp_path):
    """Repro (issue 11 #17): ``exporting hugo: 0/3retro-editor: error: …`` on one line."""
    folder = copy_sample(tmp_path, "lost-image")
    (folder / "assets" / "storyboard.png").unlink()
    terminal = Terminal()
    code = run_command(["export", str(folder), "-f", "hugo", "-o", str(tmp_path / "site")],
                       Console(terminal))
    assert code == 2
    lines = terminal.getvalue().split("\n")
    assert lines[0].startswith("\rexporting hugo: ") and lines[-1] == ""
    assert lines[1].startswith("retro-editor: error: ") and "storyboard.png" in lines[1]
    assert len(lines) == 3


def test_progress_is_not_written_into_a_pipe(capsys, tmp_path):
    folder = copy_sample(tmp_path, "piped")
    code, out, err = run(capsys, "export", str(folder), "-f", "markdown",
                         "-o", str(tmp_path / "x.md"))
    assert (code, err) == (0, "")
    assert out.strip() == f"exported {tmp_path / 'x.md'}"


@pytest.mark.parametrize("argv", [
    ["export", "x"], ["export", "x", "-f", "html", "--bogus"], ["check"], ["new"],
    ["check", "a", "b"], ["--bogus"], ["export", "x", "-f"],
])
def test_bad_arguments_are_one_line(capsys, argv):
    code, out, err = run(capsys, *argv)
    line = assert_one_error_line(code, err)
    assert "--help" in line


def test_exit_statuses_are_in_help_and_readme(capsys):
    readme = (REPO / "README.md").read_text("utf-8")
    for argv in (["--help"], ["export", "--help"], ["check", "--help"], ["new", "--help"]):
        with pytest.raises(SystemExit) as exited:
            main(argv)
        assert exited.value.code == 0
        out = capsys.readouterr().out
        for code, meaning in EXIT_STATUSES:
            assert re.search(rf"^\s+{code}\s+{re.escape(meaning)}$", out, re.M), (argv, code)
    for code, meaning in EXIT_STATUSES:
        assert f"| {code} | {meaning} |" in readme


def test_installed_command_never_shows_a_traceback(tmp_path):
    md = tmp_path / "post.md"
    md.write_text(IMPOSSIBLE, "utf-8")
    garbage = _binary_manifest(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    for argv, expected in ((["check", str(md)], 1), (["check", str(garbage)], 2),
                           (["export", str(garbage), "-f", "pdf"], 2)):
        result = subprocess.run([sys.executable, "-m", "retro_editor.cli", *argv], env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == expected, result.stderr
        assert "Traceback" not in result.stderr


def test_a_file_where_the_destination_folder_should_be_is_named_as_such(capsys, tmp_path):
    a_file = tmp_path / "site"
    a_file.write_text("not a folder", "utf-8")
    for argv in (["-f", "hugo", "-o", str(a_file)], ["-f", "html", "-o", str(a_file / "x.html")]):
        code, _, err = run(capsys, "export", str(SAMPLE), *argv)
        line = assert_one_error_line(code, err)
        assert line == f"retro-editor: error: {a_file}: is a file, not a folder; choose a folder " \
                       "for the export"
