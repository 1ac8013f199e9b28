"""Help → Markdown Cheat Sheet: each piece of Markdown the renderer supports beside what the
renderer makes of it, so the sheet cannot claim more than the app does."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from retro_editor.core.translatable import N_
from retro_editor.render.markdown import MarkdownRenderer
from retro_editor.ui.translate import translator

tr = translator("CheatSheet")


@dataclass(frozen=True)
class Entry:
    title: str
    markdown: str
    #: shown instead of the rendered result when that says nothing on its own
    note: str = ""


ENTRIES: tuple[Entry, ...] = (
    Entry(N_("Headings"), "# Article title\n## Section\n### Subsection"),
    Entry(N_("Emphasis"), "*italic*, **bold**, ***both***, ~~struck through~~"),
    Entry(N_("Inline code"), "Type `retro-editor check` in a terminal."),
    Entry(N_("Links"), "[The archive](https://example.com/archive)\n\n"
          "<https://example.com>  or just https://example.com"),
    Entry(N_("Images"), '![The 1999 cover](assets/cover.png "Cover")',
          N_("The image from the project's assets folder, with its alternative text; "
             "paste or drop an image into the editor to copy it there.")),
    Entry(N_("Lists"), "- An item\n- Another\n  - Indented under it\n\n1. First\n2. Second"),
    Entry(N_("Task lists"), "- [x] Interview the director\n- [ ] Find the trailer"),
    Entry(N_("Quotes"), "> We had six weeks and no budget."),
    Entry(N_("Code blocks"), '```python\nprint("Hello, 1999")\n```'),
    Entry(N_("Tables"), "| Year | Title |\n|:-----|------:|\n| 1999 | Demo |\n| 2001 | Sequel |"),
    Entry(N_("Footnotes"), "A bold claim.[^1]\n\n[^1]: The source of the claim."),
    Entry(N_("Definition lists"), "Shareware\n: Software tried for free, paid for later."),
    Entry(N_("Horizontal rule"), "Before\n\n---\n\nAfter"),
    Entry(N_("Line break"), "First line\\\nSecond line"),
    Entry(N_("Escaping"), r"\*not italic\*"),
    Entry(N_("Front matter"), "---\ntitle: Neon Harbor\ndate: 1999-03-14\n---",
          N_("At the very top of an imported file: read as the article's metadata, never "
             "printed.")),
)


def cheat_sheet_html(renderer: MarkdownRenderer) -> str:
    """The sheet as one HTML page: a table of what you type and what you get."""
    rows = []
    for entry in ENTRIES:
        result = (f"<p><i>{escape(tr(entry.note))}</i></p>" if entry.note
                  else renderer.render(entry.markdown))
        rows.append(f"<tr><th colspan='2' align='left'>{escape(tr(entry.title))}</th></tr>"
                    f"<tr><td width='50%'><pre>{escape(entry.markdown)}</pre></td>"
                    f"<td width='50%'>{result}</td></tr>")
    title = escape(tr("Markdown Cheat Sheet"))
    intro = escape(tr("What you type in the editor, and what the page shows."))
    typed, shown = escape(tr("You type")), escape(tr("You get"))
    return (f"<h1>{title}</h1><p>{intro}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='6'>"
            f"<tr><th align='left'>{typed}</th><th align='left'>{shown}</th></tr>"
            f"{''.join(rows)}</table>")
