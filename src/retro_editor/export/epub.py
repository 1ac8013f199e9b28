"""EPUB 3 books (ebooklib), from the same tokens and HTML as the web page.

Chapters: by default one per top-level section — the ``##`` sections when a single ``#``
heading titles the article, else the highest heading level used — after a title chapter
holding the title block, the fact box and the text before the first section; with
``chapters=single`` the whole article is one chapter. Footnotes go to a "Notes" chapter and
related news to a final one; every in-book link is pointed at the chapter now holding its
target, and links to files outside the book become plain text. The navigation document and
the NCX follow the outline. The theme's CSS is packed, images too (those EPUB readers are not
required to show, and remote ones, which EPUB forbids, are replaced by their description).

The text shown from the metadata (title page, fact box, related news, the navigation's titles)
is typeset as the body (smart punctuation, :func:`~retro_editor.render.typography.typeset_text`);
the package metadata (title, creator, description, subjects) is data and stays as typed.

Identifier: the canonical URL, else a ``urn:uuid`` derived from the slug, so re-exports of a
project update the same book in a reader's library.
"""

from __future__ import annotations

import html
import io
import logging
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ebooklib import epub
from markdown_it.token import Token

from retro_editor.core.control_chars import as_newlines, as_spaces, html_breaks, refuse_xml_controls
from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.core.translatable import translatable
from retro_editor.export.assets import embeddable_file, is_local, mime_type
from retro_editor.export.base import ExportFormat, ExportOption, Output, Step
from retro_editor.export.epub_style import epub_css, mark_note_references, notes_as_asides
from retro_editor.export.frontmatter_out import slug_of
from retro_editor.export.html import chosen_theme, theme_option
from retro_editor.export.limits import refuse_big_tables
from retro_editor.export.tokens import chapter_level, published_renderer, top_headings
from retro_editor.render.markdown import leading_title_heading
from retro_editor.render.page import (
    DEFAULT_LABELS,
    long_date,
    print_details,
    safe_link,
    views_text,
)
from retro_editor.render.typography import PLAIN, Typesetting, typeset_text

_log = logging.getLogger(__name__)
_CORE_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/svg+xml", "image/webp"}
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r'\s([a-zA-Z-]+)="([^"]*)"')
_ID = re.compile(r'(\sid=")([^"]*)(")')
_HREF = re.compile(r'(<a\b[^>]*?)\shref="([^"]*)"')
_NCNAME = re.compile(r"^[^\W\d][\w.-]*$")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
_esc = html.escape
NOTES_FILE = "notes.xhtml"


@dataclass
class Chapter:
    title: str
    file_name: str
    body: str
    headings: list[tuple[int, str, str]] = field(default_factory=list)  # level, title, anchor


def book_identifier(project: Project) -> str:
    canonical = project.manifest.article.canonical_url
    if canonical:
        return canonical
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'retro-editor:' + slug_of(project))}"


def _shown(value: str, typesetting: Typesetting) -> str:
    """Metadata as the reader sees it: typeset as the body, then escaped."""
    return _esc(typeset_text(value, typesetting))


def title_block(project: Project, typesetting: Typesetting = PLAIN) -> str:
    """The title page's header and fact box, the text typeset as the body (``typesetting``)."""
    article = project.manifest.article

    def _text(value: str) -> str:
        return _shown(value, typesetting)

    parts = ['<header class="article-header">']
    if article.category:
        parts.append(f'<p class="kicker">{_text(article.category)}</p>')
    parts.append(f'<h1 class="article-title">{_text(article.title or DEFAULT_LABELS["untitled"])}</h1>')
    if article.subtitle:
        parts.append(f'<p class="article-subtitle">{_text(article.subtitle)}</p>')
    byline = []
    if article.author:
        byline.append(f'<span class="author">{_esc(DEFAULT_LABELS["by"])} {_text(article.author)}</span>')
    if article.published:
        byline.append(f'<time class="published" datetime="{_esc(article.published)}">'
                      f"{_esc(long_date(article.published))}</time>")
    if article.updated:
        byline.append(f'<span class="updated">{_esc(DEFAULT_LABELS["updated"])} '
                      f'<time datetime="{_esc(article.updated)}">'
                      f"{_esc(long_date(article.updated))}</time></span>")
    if byline:
        parts.append(f'<p class="byline">{" · ".join(byline)}</p>')
    parts.append("</header>")
    facts = project.manifest.facts
    if facts:
        parts.append(f'<aside class="fact-box"><h2 class="fact-box-title">'
                     f'{_esc(DEFAULT_LABELS["facts"])}</h2><dl>')
        parts.extend(f"<dt>{_text(f.label)}</dt><dd>{_text(f.value)}</dd>" for f in facts)
        parts.append("</dl></aside>")
    return "\n".join(parts)


def related_block(project: Project, typesetting: Typesetting = PLAIN) -> str:
    """The related news chapter, the writer's text typeset as the body (``typesetting``)."""

    def _text(value: str) -> str:
        return _shown(value, typesetting)

    items = []
    for link in project.manifest.related:
        url = safe_link(link.url)
        title = (f'<a class="related-title" href="{_esc(url)}">{_text(link.title)}</a>' if url
                 else f'<span class="related-title">{_text(link.title)}</span>')
        archive = safe_link(link.archive_url)
        if archive:
            title += (f' <a class="related-archive" href="{_esc(archive)}">'
                      f'({_esc(DEFAULT_LABELS["archived"])})</a>')
        meta = [f'<span class="{kind}">{_text(text)}</span>'
                for kind, text in (("author", link.author), ("source", link.source)) if text]
        if print_details(link):
            meta.append(f'<span class="print">{_esc(print_details(link))}</span>')
        if link.date:
            meta.append(f'<time datetime="{link.date}">{long_date(link.date)}</time>')
        if link.views is not None:
            meta.append(f'<span class="views">{_esc(views_text(link.views, DEFAULT_LABELS))}</span>')
        separator = '<span class="sep"> · </span>'
        meta_html = f'<p class="related-meta">{separator.join(meta)}</p>' if meta else ""
        note = f'<p class="related-note">{_text(link.note)}</p>' if link.note else ""
        items.append(f"<li>{title}{meta_html}{note}</li>")
    return (f'<section class="related-news"><h2>{_esc(DEFAULT_LABELS["related"])}</h2>'
            f'<ul>{"".join(items)}</ul></section>')


class EpubBuilder:
    def __init__(self, project: Project, options: dict[str, Any]) -> None:
        self.project = project
        self.options = options
        self.renderer = published_renderer(project)
        self.env: dict[str, Any] = {}
        self.tokens = self.renderer.parse(project.text, self.env)
        refuse_big_tables(self.tokens, project.article_path)
        self.images: dict[str, str] = {}  # project-relative path -> name in the book
        self.image_items: list[epub.EpubImage] = []

    def chapters(self) -> list[Chapter]:
        tokens = self.tokens
        notes_at = next((i for i, t in enumerate(tokens) if t.type == "footnote_block_open"),
                        len(tokens))
        body = tokens[:notes_at]
        headings = [h for h in top_headings(body)]
        title = self.project.manifest.article.title
        skip = 0
        if headings and leading_title_heading(body, title) == headings[0].index:
            skip = headings[0].index + 3
            headings = headings[1:]
        level = chapter_level(headings)
        starts = ([] if self.options["chapters"] == "single"
                  else [h for h in headings if h.level == level])
        chapters = []
        first_end = starts[0].index if starts else len(body)
        typesetting = self.renderer.typesetting
        intro = Chapter(typeset_text(title or DEFAULT_LABELS["untitled"], typesetting), "title.xhtml",
                        title_block(self.project, typesetting) + self.render(body[skip:first_end]))
        intro.headings = [(h.level, h.title, h.anchor) for h in headings
                          if skip <= h.index < first_end]
        chapters.append(intro)
        for number, start in enumerate(starts):
            end = starts[number + 1].index if number + 1 < len(starts) else len(body)
            chapter = Chapter(start.title, f"chapter-{number + 1:03d}.xhtml",
                              self.render(body[start.index:end]))
            chapter.headings = [(h.level, h.title, h.anchor) for h in headings
                                if start.index < h.index < end]
            chapters.append(chapter)
        if notes_at < len(tokens):
            chapters.append(Chapter(DEFAULT_LABELS.get("notes", "Notes"), NOTES_FILE,
                                    self.render(tokens[notes_at:])))
        if self.project.manifest.related:
            chapters.append(Chapter(DEFAULT_LABELS["related"], "related.xhtml",
                                    related_block(self.project, typesetting)))
        return chapters

    def render(self, tokens: Sequence[Token]) -> str:
        return self.renderer.render_tokens(list(tokens), self.env) if tokens else ""

    # --- images ---------------------------------------------------------------------

    def book_image(self, src: str) -> str | None:
        """The image's name in the book (packing it on first use); None if it cannot go in."""
        path = embeddable_file(self.project, src)
        relative = path.relative_to(self.project.folder.resolve()).as_posix()
        if relative not in self.images:
            media = mime_type(path)
            if media not in _CORE_IMAGE_TYPES:
                _log.warning("%s: EPUB readers need not show %s images; left out", path, media)
                return None
            name = f"images/{len(self.images) + 1:03d}-{_UNSAFE_NAME.sub('-', path.name)}"
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise ProjectError(path, f"cannot read the image: {exc.strerror or exc}") from exc
            self.image_items.append(epub.EpubImage(uid=f"image-{len(self.images) + 1}",
                                                   file_name=name, media_type=media, content=data))
            self.images[relative] = name
        return self.images[relative]

    def fix_images(self, body: str) -> str:
        def replace(match: re.Match[str]) -> str:
            attrs = dict(_ATTR.findall(match.group(0)))
            src = html.unescape(attrs.get("src", ""))
            alt = attrs.get("alt", "")
            name = self.book_image(src) if src and is_local(src) else None
            if name is None:
                return f'<span class="image-missing">[{alt or _esc(src)}]</span>'
            title = f' title="{attrs["title"]}"' if "title" in attrs else ""
            return f'<img src="{_esc(name)}" alt="{alt}"{title}/>'

        return _IMG.sub(replace, body)


def _fix_ids(chapters: list[Chapter]) -> dict[str, str]:
    """Ids made valid XML names (``1999`` → ``id-1999``); returns id → file holding it."""
    renamed: dict[str, str] = {}
    where: dict[str, str] = {}

    def fix(value: str) -> str:
        return value if _NCNAME.match(value) else "id-" + _UNSAFE_NAME.sub("-", value)

    for chapter in chapters:
        def replace(match: re.Match[str], chapter: Chapter = chapter) -> str:
            old = html.unescape(match.group(2))
            new = fix(old)
            renamed[old] = new
            where.setdefault(new, chapter.file_name)
            return match.group(1) + _esc(new) + match.group(3)

        chapter.body = _ID.sub(replace, chapter.body)
        chapter.headings = [(lvl, t, renamed.get(a, fix(a)) if a else a)
                            for lvl, t, a in chapter.headings]
    for old, new in renamed.items():
        where.setdefault(old, where[new])
    return {**{old: where[new] + "#" + new for old, new in renamed.items()}}


def _fix_links(chapters: list[Chapter], targets: dict[str, str]) -> None:
    """In-book fragments point at the right chapter; links that cannot work become text."""
    for chapter in chapters:
        def replace(match: re.Match[str], chapter: Chapter = chapter) -> str:
            href = html.unescape(match.group(2))
            if href.startswith("#"):
                target = targets.get(href[1:])
                if target is None:
                    return match.group(1)
                file_name, fragment = target.split("#", 1)
                href = ("" if file_name == chapter.file_name else file_name) + "#" + fragment
                return f'{match.group(1)} href="{_esc(href)}"'
            return match.group(0) if safe_link(href) else match.group(1)

        chapter.body = _HREF.sub(replace, chapter.body)


def _toc(chapters: list[Chapter]) -> list[Any]:
    toc: list[Any] = []
    for chapter in chapters:
        children: list[Any] = []
        stack: list[tuple[int, list[Any]]] = [(0, children)]
        for level, title, anchor in chapter.headings:
            if not anchor:
                continue
            while len(stack) > 1 and stack[-1][0] >= level:
                stack.pop()
            link = epub.Link(f"{chapter.file_name}#{anchor}", title, f"nav-{chapter.file_name}-{anchor}")
            grand: list[Any] = []
            stack[-1][1].append([link, grand])
            stack.append((level, grand))
        toc.append(_toc_entry(epub.Link(chapter.file_name, chapter.title, f"nav-{chapter.file_name}"),
                              children))
    return toc


def _toc_entry(link: epub.Link, children: list[Any]) -> Any:
    if not children:
        return link
    return (epub.Section(link.title, link.href),
            [_toc_entry(child, grand) for child, grand in children])


def build_book(project: Project, options: dict[str, Any]) -> epub.EpubBook:
    article = project.manifest.article
    builder = EpubBuilder(project, options)
    theme = chosen_theme(project, options)
    book = epub.EpubBook()
    book.set_identifier(book_identifier(project))
    book.set_title(as_newlines(article.title or DEFAULT_LABELS["untitled"]))
    book.set_language(article.language)
    if article.author:
        book.add_author(as_newlines(article.author))
    if article.summary:
        book.add_metadata("DC", "description", as_newlines(article.summary))
    if article.published:
        book.add_metadata("DC", "date", article.published)
    for tag in article.tags:
        book.add_metadata("DC", "subject", as_newlines(tag))
    if article.category:
        book.add_metadata("DC", "subject", as_newlines(article.category))
    if article.cover:
        path = embeddable_file(project, article.cover)
        if mime_type(path) in _CORE_IMAGE_TYPES:
            book.set_cover(f"images/cover{path.suffix.lower()}", path.read_bytes())
            book.get_item_with_id("cover").is_linear = True  # readers open the book on it
    css = epub.EpubItem(uid="theme", file_name="style/book.css", media_type="text/css",
                        content=epub_css(theme).encode("utf-8"))
    book.add_item(css)
    if article.cover and book.get_item_with_id("cover"):
        book.get_item_with_id("cover").add_item(css)
    chapters = builder.chapters()
    for chapter in chapters:
        body = mark_note_references(chapter.body)
        if chapter.file_name == NOTES_FILE:
            body = notes_as_asides(body, chapter.title)
        chapter.body = html_breaks(builder.fix_images(body))
        chapter.title = as_spaces(chapter.title)
        chapter.headings = [(level, as_spaces(title), as_spaces(anchor))
                            for level, title, anchor in chapter.headings]
    _fix_links(chapters, _fix_ids(chapters))
    items = []
    for chapter in chapters:
        item = epub.EpubHtml(title=chapter.title, file_name=chapter.file_name,
                             lang=article.language)
        item.content = (f'<html><head><title>{_esc(chapter.title)}</title></head>'
                        f'<body class="theme-{theme}"><div class="page">{chapter.body}</div>'
                        "</body></html>")
        item.add_item(css)
        book.add_item(item)
        items.append(item)
    for image in builder.image_items:
        book.add_item(image)
    book.toc = _toc(chapters)
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = (["cover"] if article.cover and book.get_item_with_id("cover") else []) + [
        items[0], "nav", *items[1:]]
    return book


def run(project: Project, destination: Path, options: dict[str, Any],
        output: Output) -> Iterator[Step]:
    refuse_xml_controls(project, "EPUB")
    yield (0, 3)
    book = build_book(project, options)
    yield (1, 3)
    buffer = io.BytesIO()
    epub.write_epub(buffer, book, {})
    yield (2, 3)
    output.commit_file(destination, buffer.getvalue())
    yield (3, 3)


FORMAT = ExportFormat(
    name="epub",
    label=translatable("ExportDialog", "E-book (EPUB 3)"),
    extension=".epub",
    produce=run,
    description="An EPUB 3 book with the theme's CSS, images, navigation and metadata.",
    options=(
        ExportOption("chapters", translatable("ExportDialog", "Chapters"), "sections",
                     ("sections", "single"),
                     translatable("ExportDialog", "sections: one chapter per top-level section; "
                                  "single: one chapter")),
        theme_option(),
    ),
)
