"""The PDF as a publication (issue 16): document information, page numbers and a running
head, bookmarks from the outline, `<details>` printed open, headings kept with the block
after them, and a quiet command line. Read back
with poppler's pdfinfo/pdftotext and pypdf."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from conftest import SAMPLE, export, run_cli
from retro_editor.core.outline import iter_sections, parse_outline
from retro_editor.core.project import new_project, open_project, save_project
from retro_editor.export.print_page import (
    keep_headings_with_blocks,
    prepare_page,
    print_css,
    running_head,
)

needs_poppler = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils missing")


def page_texts(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")[:-1]


def pdfinfo(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    """The sample exported from the command line without a display, as a writer would."""
    folder = tmp_path_factory.mktemp("pdfpub")
    shutil.copytree(SAMPLE, folder / "sample")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "QTWEBENGINE_CHROMIUM_FLAGS")}
    out = folder / "sample.pdf"
    result = run_cli("export", str(folder / "sample"), "-f", "pdf", "-o", str(out), "-q", env=env)
    assert result.returncode == 0, result.stderr
    return out, open_project(folder / "sample"), result


def test_the_command_line_prints_no_qt_chatter_with_q(sample_pdf):
    """Repro: QRhi, Vulkan, GBM and D-Bus warnings on stderr even with ``-q``."""
    _, _, result = sample_pdf
    assert result.stderr == ""


@needs_poppler
def test_document_information_from_the_article(sample_pdf):
    """Repro: no title, author, subject or keywords in the PDF."""
    path, project, _ = sample_pdf
    article = project.manifest.article
    info = pdfinfo(path)
    assert info["Title"] == article.title
    assert info["Author"] == article.author
    assert info["Subject"] == article.summary
    assert info["Keywords"] == ", ".join(article.tags)
    reader = PdfReader(str(path), strict=True)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == article.language
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]


@needs_poppler
def test_every_page_is_numbered_and_has_the_title_as_running_head(sample_pdf):
    """Repro: no page numbers."""
    path, project, _ = sample_pdf
    pages = page_texts(path)
    assert len(pages) > 3
    head = project.manifest.article.title
    for number, text in enumerate(pages, 1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert re.fullmatch(rf"{number}\s*/\s*{len(pages)}", lines[-1]), (number, lines[-1])
        if number > 1:
            assert lines[0] == head, number
    first = [line.strip() for line in pages[0].splitlines() if line.strip()]
    assert first[0] != head  # the first page shows the title itself, large


def test_bookmarks_follow_the_outline(sample_pdf):
    """Repro: no bookmarks. Each top-level section is a bookmark, its subsections nested
    under it, each pointing at the page where its heading is printed."""
    path, project, _ = sample_pdf
    reader = PdfReader(str(path), strict=True)
    outline = reader.outline
    top = [item for item in outline if not isinstance(item, list)]
    sections = [s for s in iter_sections(parse_outline(project.text))
                if s.title != project.manifest.article.title]
    level = min(s.level for s in sections)
    expected = [s.title for s in sections if s.level == level] + ["Related news"]
    assert [item.title for item in top] == expected
    nested = [item.title for group in outline if isinstance(group, list) for item in group]
    assert nested == [s.title for s in sections if s.level == level + 1]
    pages = page_texts(path)
    for item in top:
        page = reader.get_destination_page_number(item)
        assert " ".join(item.title.split()).casefold() in " ".join(pages[page].split()).casefold()


@pytest.fixture(scope="module")
def features_pdf(tmp_path_factory, qapp):
    folder = tmp_path_factory.mktemp("pdffeatures")
    project = new_project(folder / "p", "Print features")
    project.text = (
        "Intro.\n\n"
        "<details>\n<summary>More about it</summary>\n\nThe folded-away paragraph.\n\n</details>\n")
    save_project(project)
    return export(open_project(folder / "p"), "pdf", folder / "features.pdf", page_size="Letter")


@needs_poppler
def test_details_are_printed_open(features_pdf):
    """Repro: a collapsed <details> printed only its summary."""
    text = " ".join(page_texts(features_pdf)[0].split())
    assert "More about it" in text and "The folded-away paragraph." in text


def test_a_heading_is_kept_with_the_image_table_or_code_after_it():
    body = ('<p>Text.</p>\n<h2 id="a">A</h2>\n<h3 id="b">B</h3>\n<p><img src="x.png" alt=""></p>\n'
            '<h2 id="c">C</h2>\n<p>Words.</p>\n<h2 id="d">D</h2>\n<table><tr><td>1</td></tr></table>\n'
            '<h2 id="e">E</h2>\n<div class="highlight"><pre><code>x</code></pre></div>\n')
    kept = keep_headings_with_blocks(body)
    assert ('<div class="print-keep"><h2 id="a">A</h2>\n<h3 id="b">B</h3>\n'
            '<p><img src="x.png" alt=""></p></div>') in kept
    assert '<div class="print-keep"><h2 id="d">D</h2>\n<table>' in kept
    assert '<div class="print-keep"><h2 id="e">E</h2>\n<div class="highlight">' in kept
    assert '\n<h2 id="c">C</h2>\n<p>Words.</p>' in kept  # a paragraph breaks well: no wrapper
    assert kept.count("print-keep") == 3
    assert kept.replace('<div class="print-keep">', "").replace("</div></div>", "</div>") \
        .replace("</p></div>", "</p>").replace("</table></div>", "</table>") == body


def test_every_heading_gets_a_destination_link_and_details_open():
    page = ('<html><body><header><h1 class="article-title" id="t">T</h1></header>'
            '<article id="retro-body" class="article-body"><h2 id="one">One &amp; two</h2>'
            '<details><summary>S</summary><p>x</p></details></article></body></html>')
    printed, found = prepare_page(page)
    assert [(h.level, h.anchor, h.title) for h in found] == [(2, "one", "One & two")]
    assert '<nav hidden><a href="#one"></a></nav>' in printed
    assert "<details open>" in printed


def test_the_running_head_is_a_safe_css_string_and_a_long_title_is_shortened():
    css = print_css('Tom "&" Jerry </style><script>x</script> \\ end', "Letter", 12.5)
    assert css.count("</style>") == 1 and css.endswith("</style>") and "<script" not in css
    assert "size: Letter; margin: 12.5mm;" in css
    assert running_head("word " * 40).endswith("\u2026") and len(running_head("word " * 40)) <= 90
    assert running_head("  A  short\ntitle ") == "A short title"
    assert "@top-center { content: none; font:" in print_css("", "A4", 18)



def test_the_page_is_laid_out_for_print_only():
    """Repro: Qt WebEngine laid the page out on screen when it loaded, then styled and laid it
    out again for print (4 of 6 s for 292 pages). The body is displayed in print only."""
    css = print_css("T", "A4", 18)
    assert "@media screen { body { display: none; } }" in css
    assert css.index("@media screen") > css.index("@page")
