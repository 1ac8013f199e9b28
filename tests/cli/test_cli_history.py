"""history, snapshot, diff and restore on the command line: output, exit statuses, git."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import run
from retro_editor.core.history_store import HISTORY_NAME


def edit(folder: Path, old: str, new: str) -> None:
    article = folder / "article.md"
    article.write_text(article.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def test_snapshot_names_versions_history_lists_them(capsys, sample_copy):
    code, out, _ = run(capsys, "snapshot", str(sample_copy), "-m", "First draft")
    assert code == 0 and "First draft" in out
    edit(sample_copy, "In the autumn of 1999", "In the wet autumn of 1999")
    assert run(capsys, "snapshot", str(sample_copy), "-m", "Sent to editor")[0] == 0
    code, out, _ = run(capsys, "history", str(sample_copy))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    newest_id, _date, _time, words, word_label, change, *rest = lines[0].split()
    assert word_label == "words" and change == "+1" and int(words) > 2000
    assert " ".join(rest).startswith("Sent to editor  Edited:".replace("  ", " "))
    tags = subprocess.run(["git", "--git-dir", str(sample_copy / HISTORY_NAME), "tag", "-l"],
                          check=True, capture_output=True, text=True).stdout.split()
    assert tags == ["first-draft", "sent-to-editor"]
    assert newest_id and len(newest_id) == 10


def test_diff_shows_sections_words_and_details(capsys, sample_copy):
    run(capsys, "snapshot", str(sample_copy), "-m", "Before")
    edit(sample_copy, "In the autumn of 1999", "In the wet autumn of 1999")
    manifest = next(sample_copy.glob("*.retro"))
    data = json.loads(manifest.read_text(encoding="utf-8"))
    old_title = data["article"]["title"]
    data["article"]["title"] = "Neon Harbor, Again"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    code, out, _ = run(capsys, "diff", str(sample_copy), "before")
    assert code == 0
    assert "(#neon-harbor-at-25-the-rain-the-lights-and-the-last-ferry-home): changed" in out
    assert "In the{+ wet+} autumn of 1999" in out
    assert f'detail article.title: "{old_title}" -> "Neon Harbor, Again"' in out
    assert run(capsys, "diff", str(sample_copy), "before", "before")[1] == "no differences\n"


def test_restore_one_section_leaves_the_rest_byte_identical(capsys, sample_copy):
    run(capsys, "snapshot", str(sample_copy), "-m", "Before")
    edit(sample_copy, "## The Making of Neon Harbor", "## The Making of Neon Harbor\n\nNew words.")
    edit(sample_copy, "In the autumn of 1999", "In the wet autumn of 1999")
    edited = (sample_copy / "article.md").read_bytes()
    code, out, err = run(capsys, "restore", str(sample_copy), "before",
                         "--section", "the-making-of-neon-harbor")
    assert (code, err) == (0, "")
    restored = (sample_copy / "article.md").read_bytes()
    assert b"New words." not in restored and b"In the wet autumn of 1999" in restored
    assert restored == edited.replace(b"\n\nNew words.", b"", 1)
    code, out, _ = run(capsys, "history", str(sample_copy))
    assert [line.split("  ")[-1] for line in out.splitlines()][:2] == [
        f"Restored section #the-making-of-neon-harbor from {out.splitlines()[-1][:10]}",
        out.splitlines()[1].split("  ")[-1]]
    assert len(out.splitlines()) == 3, "the text before the restore was recorded first"


def test_restore_whole_brings_back_the_article_and_details(capsys, sample_copy):
    original = (sample_copy / "article.md").read_bytes()
    run(capsys, "snapshot", str(sample_copy), "-m", "Before")
    (sample_copy / "article.md").write_text("# Gone\n", encoding="utf-8")
    assert run(capsys, "restore", str(sample_copy), "Before")[0] == 0
    assert (sample_copy / "article.md").read_bytes() == original


@pytest.mark.parametrize("argv, message", [
    (("history", "{p}"), "has no history yet"),
    (("diff", "{p}", "zzzz"), "has no history yet"),
])
def test_without_history_one_line_exit_2(capsys, sample_copy, argv, message):
    code, out, err = run(capsys, *(a.format(p=sample_copy) for a in argv))
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_unknown_version_or_section_is_one_line_exit_2(capsys, sample_copy):
    run(capsys, "snapshot", str(sample_copy), "-m", "Before")
    code, _, err = run(capsys, "diff", str(sample_copy), "Published")
    assert code == 2 and "Published: no version has this id or name" in err
    assert err.count("\n") == 1
    code, _, err = run(capsys, "restore", str(sample_copy), "Before", "--section", "nowhere")
    assert code == 2 and "this version has no section #nowhere" in err
    assert err.count("\n") == 1
    code, _, err = run(capsys, "snapshot", str(sample_copy), "-m", "before")
    assert code == 2 and "already has this name" in err


def test_sync_and_clone_exit_1_listing_conflicts(capsys, sample_copy, tmp_path):
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
    code, out, _ = run(capsys, "sync", str(sample_copy), "--remote", str(remote))
    assert (code, out) == (0, "pushed\n")
    laptop = tmp_path / "laptop"
    code, out, _ = run(capsys, "clone", str(remote), str(laptop))
    assert code == 0 and (laptop / "article.md").read_bytes() == (
        sample_copy / "article.md").read_bytes()
    edit(sample_copy, "## The Making of Neon Harbor", "## The Making of Neon Harbor\n\nDesk.")
    edit(laptop, "## The Making of Neon Harbor", "## The Making of Neon Harbor\n\nLaptop.")
    assert run(capsys, "sync", str(sample_copy))[0] == 0
    code, out, err = run(capsys, "sync", str(laptop))
    assert code == 1
    assert out == "conflict: section the-making-of-neon-harbor\n"
    assert "1 conflict(s)" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "sync", str(laptop), "--take", "mine")
    assert code == 0 and out.endswith("merged\n")
    assert run(capsys, "sync", str(sample_copy))[1] == "pulled\n"
    assert "Laptop." in (sample_copy / "article.md").read_text(encoding="utf-8")


def test_sync_without_a_remote_is_one_line_exit_2(capsys, sample_copy, tmp_path):
    code, _, err = run(capsys, "sync", str(sample_copy))
    assert code == 2 and "has no remote to sync with" in err and err.count("\n") == 1
    code, _, err = run(capsys, "sync", str(sample_copy), "--remote", str(tmp_path / "none"))
    assert code == 2 and "cannot be reached" in err and err.count("\n") == 1
