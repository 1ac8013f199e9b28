"""Word documents (python-docx), built by walking the renderer's token stream.

Every document starts from the styled reference document ``resources/docx/reference.docx``
(built by ``scripts/make-docx-reference.py``: the page theme's fonts, sizes and colours, page
numbers in the footer). Markdown headings become Word's own "Heading 1"…"Heading 6" styles (so
the navigation pane shows the outline) with bookmarks for in-document links; emphasis,
strikethrough and inline code become run formatting; links are real ``w:hyperlink`` elements;
lists use the "List Bullet"/"List Number" styles (three levels, each numbered list restarting
at its own start); block quotes use "Quote", indented one step more per nesting level; code
blocks "Source Code", highlighted (:mod:`.docx_code`); tables "Article Table" with columns as
wide as their words need (:mod:`.docx_tables`); images are embedded and scaled down to the
text width, an image with a title gets a "Caption" paragraph. Footnotes are real Word footnotes
(see :mod:`.docx_parts`). The title block ("Title", "Subtitle", "Byline", cover), the fact box
(a "Fact Box" table) and the related news (a final section) come from the manifest, and the
document properties (title, author, subject = summary, keywords = tags, category, language,
created = published, modified = updated) too: a date the article does not have stays empty.
The shown text gets the body's smart punctuation
(:func:`retro_editor.render.typography.typeset_text`); the properties are data and stay as typed.

SVG and other images Word cannot embed are replaced by their description in brackets.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import UnrecognizedImageError
from docx.image.image import Image
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Inches, Pt, Twips
from docx.text.paragraph import Paragraph
from markdown_it.token import Token

from retro_editor.core.control_chars import as_newlines, refuse_xml_controls
from retro_editor.core.dates import period_start
from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.core.translatable import translatable
from retro_editor.export.assets import embeddable_file, is_local
from retro_editor.export.base import ExportFormat, Output, Step
from retro_editor.export.docx_code import CodeWriter
from retro_editor.export.docx_inline import InlineWriter
from retro_editor.export.docx_parts import (
    CODE_BLOCK_STYLE,
    FACT_TABLE_STYLE,
    LINK_STYLE,
    TABLE_STYLE,
    BodyWriter,
    Bookmarks,
    Footnotes,
    Links,
    Numbering,
    add_hyperlink,
    add_run_to,
    repeat_header_row,
    set_numbering,
    style_id,
    xml_text,
)
from retro_editor.export.docx_tables import apply_layout, column_widths
from retro_editor.export.limits import refuse_big_tables
from retro_editor.export.tokens import local_image_sources, published_renderer
from retro_editor.render.markdown import leading_title_heading
from retro_editor.render.page import (
    DEFAULT_LABELS,
    long_date,
    print_details,
    safe_link,
    views_text,
)
from retro_editor.render.typography import typeset_text, typesetting_for
from retro_editor.resources import resource_path

_log = logging.getLogger(__name__)
_TAG = re.compile(r"<[^>]*>")
_ALIGN = {"align-center": WD_ALIGN_PARAGRAPH.CENTER, "align-right": WD_ALIGN_PARAGRAPH.RIGHT,
          "align-left": WD_ALIGN_PARAGRAPH.LEFT}
_PROPERTY_MAX = 255  # python-docx refuses longer core properties

#: writes the block starting at ``tokens[i]``, returns the index after what it used
BlockRule = Callable[[Sequence[Token], int], int]


def _plain(html_text: str) -> str:
    return html.unescape(_TAG.sub("", html_text)).strip()


def _footnote_bodies(tokens: Sequence[Token]) -> dict[int, list[list[Token]]]:
    """Footnote id → the inline children of each of its paragraphs."""
    bodies: dict[int, list[list[Token]]] = {}
    current: int | None = None
    for token in tokens:
        if token.type == "footnote_open":
            current = int(token.meta["id"])
            bodies[current] = []
        elif token.type == "footnote_close":
            current = None
        elif current is not None and token.type == "inline":
            bodies[current].append(list(token.children or ()))
    return bodies


def _cell_text(inline: Token) -> str:
    return "".join(c.content for c in inline.children or () if c.type in ("text", "code_inline"))


def _drop_property(document: Any, tag: str) -> None:
    element = document.part.package.core_properties._element
    for old in element.findall(qn(tag)):
        element.remove(old)


def _text_width(section: Section) -> int:
    """The width between the page margins (a US Letter page's if the template omits one)."""
    page = section.page_width if section.page_width is not None else Inches(8.5)
    left = section.left_margin if section.left_margin is not None else Inches(1)
    right = section.right_margin if section.right_margin is not None else Inches(1)
    return int(page) - int(left) - int(right)


class DocxWriter:
    """Builds one document; :meth:`build` yields progress steps."""

    def __init__(self, project: Project, tokens: Sequence[Token]) -> None:
        self.project = project
        self.tokens = tokens
        self.document = docx.Document(str(resource_path("docx", "reference.docx")))
        self.code = CodeWriter()
        self.body = BodyWriter(self.document)
        self.bookmarks = Bookmarks()
        self.numbering = Numbering(self.document)
        self.footnotes = Footnotes(self.document)
        self.typesetting = typesetting_for(project.manifest)
        self.notes = _footnote_bodies(tokens)
        self.body_images = {unquote(src) for src in local_image_sources(tokens)}
        self.warnings: list[str] = []
        self._styles: dict[str, str] = {}
        self.links = Links()
        self._images: dict[Path, int] = {}
        section = self.document.sections[0]
        self.text_width = _text_width(section)
        self._lists: list[tuple[str, int | None]] = []  # ("bullet"|"ordered", numbering id)
        self._item_started: list[bool] = []
        self._quotes = 0
        self._definitions = 0
        self._block_rules = self._block_table()

    def style(self, name: str) -> str:
        if name not in self._styles:
            self._styles[name] = style_id(self.document, name)
        return self._styles[name]

    def shown(self, text: str) -> str:
        """Text from the manifest as the reader sees it: typeset as the body is."""
        return typeset_text(text, self.typesetting)

    def paragraph(self, style: str | None = None) -> Paragraph:
        return self.body.paragraph(self.style(style) if style else "")

    # --- the whole document ---------------------------------------------------------

    def build(self) -> Iterator[Step]:
        tokens = self.tokens
        total = len(tokens) + 1
        start = 0
        first = leading_title_heading(tokens, self.project.manifest.article.title)
        if first is not None:
            self.heading(tokens, first, style="Title")
            start = first + 3
            self.title_block(with_title=False)
        else:
            self.title_block(with_title=True)
        index = start
        while index < len(tokens):
            index = self.block(tokens, index)
            if index % 400 < 3:
                yield (index, total)
        self.related_news()
        self.properties()
        yield (total - 1, total)

    def title_block(self, with_title: bool) -> None:
        article = self.project.manifest.article
        if with_title and article.title:
            self.paragraph("Title").add_run(xml_text(self.shown(article.title)))
        if article.subtitle:
            self.paragraph("Subtitle").add_run(xml_text(self.shown(article.subtitle)))
        byline = []
        if article.author:
            byline.append(f"{DEFAULT_LABELS['by']} {self.shown(article.author)}")
        if article.published:
            byline.append(long_date(article.published))
        if article.updated:
            byline.append(f"{DEFAULT_LABELS['updated']} {long_date(article.updated)}")
        if byline:
            self.paragraph("Byline").add_run(xml_text(" · ".join(byline)))
        if article.cover and article.cover not in self.body_images:
            paragraph = self.paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self.picture(paragraph, paragraph._p, article.cover, "")
        self.fact_box()

    def fact_box(self) -> None:
        facts = self.project.manifest.facts
        if not facts:
            return
        self.paragraph("Box Title").add_run(xml_text(DEFAULT_LABELS["facts"]))
        table = self.document.add_table(rows=len(facts), cols=2)
        table.style = self.document.styles[FACT_TABLE_STYLE]
        for row, fact in zip(table.rows, facts, strict=False):
            label, value = row.cells
            label.paragraphs[0].add_run(xml_text(self.shown(fact.label)))
            value.paragraphs[0].add_run(xml_text(self.shown(fact.value)))
        apply_layout(table, column_widths([[f.label, f.value] for f in facts], self.text_width))
        self.paragraph()

    def related_news(self) -> None:
        related = self.project.manifest.related
        if not related:
            return
        self.paragraph("Heading 2").add_run(xml_text(DEFAULT_LABELS["related"]))
        for link in related:
            paragraph = self.paragraph()
            paragraph.paragraph_format.keep_with_next = True
            url = safe_link(link.url)
            container = add_hyperlink(paragraph, self.links, url=url) if url else paragraph._p
            add_run_to(container, paragraph, self.shown(link.title), bold=True,
                       style=self.style(LINK_STYLE) if url else "")
            archive = safe_link(link.archive_url)
            if archive:
                paragraph.add_run(" ")
                add_run_to(add_hyperlink(paragraph, self.links, url=archive), paragraph,
                           f'({DEFAULT_LABELS["archived"]})', style=self.style(LINK_STYLE))
            details = [self.shown(link.author), self.shown(link.source), print_details(link),
                       long_date(link.date), views_text(link.views, DEFAULT_LABELS)]
            details = [d for d in details if d]
            meta = self.paragraph()
            if details:
                meta.add_run(xml_text(" · ".join(details))).font.size = Pt(9)
            if link.note:
                meta.add_run(("\n" if details else "") + xml_text(self.shown(link.note))).italic = True

    def properties(self) -> None:
        article = self.project.manifest.article
        props = self.document.core_properties
        props.title = as_newlines(article.title)[:_PROPERTY_MAX]
        props.author = as_newlines(article.author)[:_PROPERTY_MAX]
        props.subject = as_newlines(article.summary)[:_PROPERTY_MAX]
        props.keywords = as_newlines(", ".join(article.tags))[:_PROPERTY_MAX]
        props.category = as_newlines(article.category)[:_PROPERTY_MAX]
        props.language = article.language
        props.comments = ""
        props.last_modified_by = ""
        props.revision = 1
        created = period_start(article.published)
        modified = period_start(article.updated) or created
        for name, day in (("created", created), ("modified", modified)):
            if day:
                setattr(props, name, dt.datetime.combine(day, dt.time()))
            else:
                _drop_property(self.document, f"dcterms:{name}")

    # --- blocks ---------------------------------------------------------------------

    def block(self, tokens: Sequence[Token], i: int) -> int:
        """Writes the block starting at ``tokens[i]``; returns the index after what it used.
        Token types without a rule (``*_close`` of paragraphs, table parts) are skipped."""
        rule = self._block_rules.get(tokens[i].type)
        return rule(tokens, i) if rule is not None else i + 1

    def _block_table(self) -> dict[str, BlockRule]:
        """Token type → the method writing it (markdown-it-py's renderer keeps its rules so)."""
        return {
            "heading_open": self._heading_block,
            "paragraph_open": self._paragraph_open,
            "fence": self._code_token,
            "code_block": self._code_token,
            "bullet_list_open": self._list_open,
            "ordered_list_open": self._list_open,
            "bullet_list_close": self._list_close,
            "ordered_list_close": self._list_close,
            "list_item_open": self._item_open,
            "list_item_close": self._item_close,
            "blockquote_open": self._quote_open,
            "blockquote_close": self._quote_close,
            "table_open": self.table,
            "figure_open": self._figure,
            "hr": self._rule,
            "html_block": self._html_block,
            "dt_open": self._term,
            "dd_open": self._definition_open,
            "dd_close": self._definition_close,
            "footnote_block_open": self._skip_footnotes,
            "inline": self._bare_inline,
        }

    def _heading_block(self, tokens: Sequence[Token], i: int) -> int:
        self.heading(tokens, i)
        return i + 3

    def _paragraph_open(self, tokens: Sequence[Token], i: int) -> int:
        self.paragraph_block(tokens[i + 1].children or [])
        return i + 3

    def _code_token(self, tokens: Sequence[Token], i: int) -> int:
        self.code.write(self.paragraph(CODE_BLOCK_STYLE), tokens[i].content, tokens[i].info)
        return i + 1

    def _list_open(self, tokens: Sequence[Token], i: int) -> int:
        self.open_list(tokens[i])
        return i + 1

    def _list_close(self, tokens: Sequence[Token], i: int) -> int:
        self._lists.pop()
        return i + 1

    def _item_open(self, tokens: Sequence[Token], i: int) -> int:
        self._item_started.append(False)
        return i + 1

    def _item_close(self, tokens: Sequence[Token], i: int) -> int:
        self._item_started.pop()
        return i + 1

    def _quote_open(self, tokens: Sequence[Token], i: int) -> int:
        self._quotes += 1
        return i + 1

    def _quote_close(self, tokens: Sequence[Token], i: int) -> int:
        self._quotes -= 1
        return i + 1

    def _rule(self, tokens: Sequence[Token], i: int) -> int:
        rule = self.paragraph()
        rule.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rule.add_run("*\u2003*\u2003*")
        return i + 1

    def _html_block(self, tokens: Sequence[Token], i: int) -> int:
        text = _plain(tokens[i].content)
        if text:
            self.paragraph(self.paragraph_style()).add_run(xml_text(text))
        return i + 1

    def _term(self, tokens: Sequence[Token], i: int) -> int:
        paragraph = self.paragraph()
        paragraph.paragraph_format.keep_with_next = True
        self.inline(paragraph, tokens[i + 1].children or [], bold=True)
        return i + 3

    def _definition_open(self, tokens: Sequence[Token], i: int) -> int:
        self._definitions += 1
        return i + 1

    def _definition_close(self, tokens: Sequence[Token], i: int) -> int:
        self._definitions -= 1
        return i + 1

    def _skip_footnotes(self, tokens: Sequence[Token], i: int) -> int:
        """The notes' bodies are written where they are referenced (:meth:`footnote`)."""
        while i < len(tokens) and tokens[i].type != "footnote_block_close":
            i += 1
        return i + 1

    def _bare_inline(self, tokens: Sequence[Token], i: int) -> int:
        """Text directly in a list item or cell (never at the top)."""
        self.inline(self.paragraph(self.paragraph_style()), tokens[i].children or [])
        return i + 1

    def heading(self, tokens: Sequence[Token], i: int, style: str = "") -> None:
        token = tokens[i]
        paragraph = self.paragraph(style or f"Heading {min(int(token.tag[1]), 6)}")
        self.inline(paragraph, tokens[i + 1].children or [])
        anchor = token.attrGet("id")
        if anchor:
            self.bookmarks.wrap(paragraph, str(anchor))

    def paragraph_style(self) -> str | None:
        if self._lists:
            kind, _ = self._lists[-1]
            depth = min(len(self._lists), 3)
            suffix = "" if depth == 1 else f" {depth}"
            if self._item_started and not self._item_started[-1]:
                self._item_started[-1] = True
                return ("List Bullet" if kind == "bullet" else "List Number") + suffix
            return "List Continue" + suffix
        if self._definitions:
            return "List Continue"
        if self._quotes:
            return "Quote"
        return None

    def indent_quote(self, paragraph: Paragraph) -> None:
        """A quote nested in a quote is indented one step (the style's indent) per level."""
        if self._quotes > 1:
            step = self.document.styles["Quote"].paragraph_format.left_indent or Twips(340)
            paragraph.paragraph_format.left_indent = step * self._quotes

    def paragraph_block(self, children: Sequence[Token]) -> None:
        style = self.paragraph_style()
        paragraph = self.paragraph(style)
        if style == "Quote":
            self.indent_quote(paragraph)
        if self._lists and style and style.startswith("List Number"):
            num_id = self._lists[-1][1]
            if num_id is not None:
                set_numbering(paragraph, num_id)
        significant = [c for c in children if not (c.type == "text" and not c.content.strip())
                       and c.type != "softbreak"]
        if len(significant) == 1 and significant[0].type == "image" and not self._lists:
            self.figure_image(paragraph, significant[0])  # captions come as figure tokens
            return
        self.inline(paragraph, children)

    def figure_image(self, paragraph: Paragraph, image: Token) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True
        self.picture(paragraph, paragraph._p, str(image.attrGet("src") or ""), image.content)

    def _figure(self, tokens: Sequence[Token], i: int) -> int:
        """A figure from the renderer's figures rule (``figure_open``, the image's inline,
        ``figcaption_open``, the caption's inline, ``figcaption_close``, ``figure_close``):
        the image centred, then a "Caption" paragraph (a credit on a line of its own)."""
        j = i + 1
        while j < len(tokens) and tokens[j].type != "figure_close":
            token, before = tokens[j], tokens[j - 1].type
            if token.type == "inline" and before == "figure_open":
                images = [c for c in token.children or () if c.type == "image"]
                if images:
                    self.figure_image(self.paragraph(self.paragraph_style()), images[0])
            elif token.type == "inline" and before == "figcaption_open":
                self.inline(self.paragraph("Caption"), token.children or [])
            j += 1
        return j + 1

    def open_list(self, token: Token) -> None:
        if token.type == "bullet_list_open":
            self._lists.append(("bullet", None))
            return
        depth = min(len(self._lists) + 1, 3)
        style = "List Number" + ("" if depth == 1 else f" {depth}")
        try:
            start = int(token.attrGet("start") or 1)
        except ValueError:
            start = 1
        self._lists.append(("ordered", self.numbering.restart(style, max(start, 0))))

    def table(self, tokens: Sequence[Token], i: int) -> int:
        rows: list[list[tuple[Token, bool, str]]] = []
        header_rows = 0
        j = i + 1
        while tokens[j].type != "table_close":
            token = tokens[j]
            if token.type == "tr_open":
                rows.append([])
            elif token.type in ("th_open", "td_open"):
                rows[-1].append((tokens[j + 1], token.type == "th_open",
                                 str(token.attrGet("class") or "")))
                if token.type == "th_open" and len(rows) > header_rows:
                    header_rows = len(rows)
            j += 1
        columns = max((len(r) for r in rows), default=0)
        if columns:
            table = self.document.add_table(rows=len(rows), cols=columns)
            table.style = self.document.styles[TABLE_STYLE]
            for number, (row, cells) in enumerate(zip(table.rows, rows, strict=False)):
                if number < header_rows:
                    repeat_header_row(row)
                for cell, (inline, header, css) in zip(row.cells, cells, strict=False):
                    paragraph = cell.paragraphs[0]
                    if css in _ALIGN:
                        paragraph.alignment = _ALIGN[css]
                    self.inline(paragraph, inline.children or [], bold=header)
            apply_layout(table, column_widths(
                [[_cell_text(inline) for inline, _, _ in cells] for cells in rows],
                self.text_width))
            self.paragraph()
        return j + 1

    # --- inline ---------------------------------------------------------------------

    def inline(self, paragraph: Paragraph, children: Sequence[Token], bold: bool = False) -> None:
        InlineWriter(self, paragraph, bold).write(children)

    def picture(self, paragraph: Paragraph, container: Any, src: str, alt: str) -> None:
        if not src:
            return
        if not is_local(src):
            url = safe_link(src)
            target = add_hyperlink(paragraph, self.links, url=url) if url else container
            add_run_to(target, paragraph, f"[{alt or src}]",
                       style=self.style(LINK_STYLE) if url else "")
            return
        path = embeddable_file(self.project, src)
        width = self._image_width(path)
        if width is None:
            self.warnings.append(f"{path}: Word cannot embed this image type; its description "
                                 "is shown instead")
            add_run_to(container, paragraph, f"[{alt or path.name}]", italic=True)
            return
        run = add_run_to(container, paragraph)
        try:
            shape = run.add_picture(str(path), width=width)
        except OSError as exc:
            raise ProjectError(path, f"cannot read the image: {exc.strerror or exc}") from exc
        shape._inline.docPr.set("descr", xml_text(alt))

    def _image_width(self, path: Path) -> int | None:
        if path not in self._images:
            if path.suffix.lower() == ".svg":
                return None
            try:
                native = Image.from_file(str(path)).width
            except UnrecognizedImageError:
                return None
            except OSError as exc:
                raise ProjectError(path, f"cannot read the image: {exc.strerror or exc}") from exc
            self._images[path] = min(int(native), int(self.text_width))
        return self._images[path]

    def footnote(self, paragraph: Paragraph, container: Any, note: int) -> None:
        bodies = self.notes.get(note) or [[]]
        note_id = self.footnotes.new_note()
        for number, children in enumerate(bodies):
            note_paragraph = self.footnotes.add_paragraph(note_id, first=number == 0)
            self.inline(note_paragraph, [c for c in children if c.type != "footnote_ref"])
        self.footnotes.reference(paragraph, note_id, container)


def run(project: Project, destination: Path, options: dict[str, Any],
        output: Output) -> Iterator[Step]:
    refuse_xml_controls(project, "DOCX")
    yield (0, 1)
    tokens = published_renderer(project).parse(project.text)
    refuse_big_tables(tokens, project.article_path)
    writer = DocxWriter(project, tokens)
    total = 1
    try:
        for done, total in writer.build():
            yield (done, total + 1)
    finally:
        writer.code.close()
    buffer = io.BytesIO()
    writer.document.save(buffer)
    output.commit_file(destination, buffer.getvalue())
    for warning in writer.warnings:
        _log.warning("%s", warning)
    yield (total + 1, total + 1)


FORMAT = ExportFormat(
    name="docx",
    label=translatable("ExportDialog", "Word document (DOCX)"),
    extension=".docx",
    produce=run,
    description="Word headings, lists, tables, images, footnotes, the fact box and related "
                "news, with the document properties filled in.",
)
