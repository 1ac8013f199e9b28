"""Exports refuse inputs beyond their documented limits with a clear message instead of
using gigabytes (issue 11, item 9). The limits are in ``retro_editor.export.limits``."""

from __future__ import annotations

import pytest

from conftest import export, files_below
from retro_editor.core.errors import ProjectError

#: 20,001 cells: one over the limit, small enough to export quickly without it
OVER_LIMIT_ROWS = 20_001 // 3 + 1


def _big_table(rows: int) -> str:
    return "| a | b | c |\n|---|---|---|\n" + "| 1 | 2 | 3 |\n" * rows


@pytest.mark.parametrize("name", ["html", "docx", "epub", "markdown", "hugo", "jekyll"])
def test_a_table_over_the_cell_limit_is_refused(name, sample_copy, tmp_path):
    """Repro: a 2 MB table of small cells took 1.86 GB to export as DOCX (main: no limit;
    this table, just over the limit, was exported). Parsing alone such a table costs
    ~700 MB, so every format refuses it, before parsing."""
    line = sample_copy.text.count("\n") + 3
    sample_copy.text += "\n\n" + _big_table(OVER_LIMIT_ROWS)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ProjectError, match="more than 20,000 cells") as info:
        export(sample_copy, name, out / (f"x.{name}" if name in ("html", "docx", "epub")
                                         else "x.md" if name == "markdown" else "site"))
    assert f"line {line}" in str(info.value) and "article.md" in str(info.value)
    assert files_below(out) == []


def test_a_big_table_in_fenced_code_is_not_a_table(sample_copy, tmp_path):
    sample_copy.text += "\n\n```\n" + _big_table(OVER_LIMIT_ROWS) + "```\n"
    assert export(sample_copy, "markdown", tmp_path / "x.md").stat().st_size > 0


def test_a_table_in_a_quote_is_counted_after_parsing(sample_copy, tmp_path):
    """The source scan looks at plain tables; the renderers count every table's cells."""
    quoted = "".join(f"> {line}\n" for line in _big_table(OVER_LIMIT_ROWS).splitlines())
    sample_copy.text += "\n\n" + quoted
    with pytest.raises(ProjectError, match="more than 20,000 cells"):
        export(sample_copy, "docx", tmp_path / "x.docx")


def test_a_table_under_the_limit_is_exported(sample_copy, tmp_path):
    sample_copy.text += "\n\n" + _big_table(1000)
    assert export(sample_copy, "docx", tmp_path / "x.docx").stat().st_size > 0


@pytest.fixture
def big_image(sample_copy):
    """A 51 MB file named .png (sparse: no disk space used), referenced by the article."""
    path = sample_copy.assets_dir / "huge.png"
    with open(path, "wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    sample_copy.text += "\n\n![huge](assets/huge.png)\n"
    return path


@pytest.mark.parametrize("name,options", [("html", {}), ("docx", {}), ("epub", {})])
def test_an_image_over_the_size_limit_is_refused_where_it_is_embedded(name, options, big_image,
                                                                      sample_copy, tmp_path):
    """Repro: a 300 MB image in assets/ took 2.45 GB and wrote a 400 MB HTML page (main: this
    51 MB one was embedded, a 68 MB page written)."""
    with pytest.raises(ProjectError, match="up to 50 MB") as info:
        export(sample_copy, name, tmp_path / f"x.{name}", **options)
    assert "huge.png" in str(info.value)
    assert not (tmp_path / f"x.{name}").exists()


def test_an_image_over_the_limit_is_refused_by_the_pdf(big_image, sample_copy, tmp_path, qapp):
    with pytest.raises(ProjectError, match="up to 50 MB"):
        export(sample_copy, "pdf", tmp_path / "x.pdf")


def test_a_big_image_is_still_copied_when_not_embedded(big_image, sample_copy, tmp_path):
    """Copying streams the file: no limit is needed there."""
    export(sample_copy, "html", tmp_path / "x.html", images="copy")
    assert (tmp_path / "x_files" / "assets" / "huge.png").stat().st_size == 51 * 1024 * 1024
