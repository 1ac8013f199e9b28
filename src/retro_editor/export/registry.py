"""The export formats, declared once: the export dialog and the CLI's --format are built from it."""

from __future__ import annotations

from retro_editor.export.base import ExportFormat


def export_formats() -> dict[str, ExportFormat]:
    """Every format, in menu order. The PDF exporter's Qt modules load only when it runs."""
    from retro_editor.export import docx, epub, html, hugo, jekyll, markdown, pdf

    formats = [html.FORMAT, pdf.FORMAT, docx.FORMAT, epub.FORMAT, markdown.FORMAT, hugo.FORMAT,
               jekyll.FORMAT]
    return {fmt.name: fmt for fmt in formats}
