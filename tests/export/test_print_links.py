"""Printed links: a link whose text is its URL is printed once, other web links get their
URL printed after them (the page's print CSS)."""

from __future__ import annotations

from test_pdf import pdf_text

from conftest import export


def test_a_link_spelling_its_url_is_printed_once(sample_copy, tmp_path, qapp):
    sample_copy.text = ("Bare https://example.org/bare here.\n\n"
                        "Angle <https://example.org/angle> here.\n\n"
                        "Named [the story](https://example.org/named) here.\n")
    text = pdf_text(export(sample_copy, "pdf", tmp_path / "links.pdf"))
    assert text.count("https://example.org/bare") == 1
    assert text.count("https://example.org/angle") == 1
    assert "the story (https://example.org/named)" in text
