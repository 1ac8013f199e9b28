"""The export formats, declared once: the export dialog and the CLI's --format are built from it."""

from __future__ import annotations

from retro_editor.export.base import ExportFormat


def export_formats() -> dict[str, ExportFormat]:
    from retro_editor.export import html

    formats = [html.FORMAT]
    return {fmt.name: fmt for fmt in formats}
