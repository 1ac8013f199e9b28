"""The Article tab: the article's metadata as a form, applied to the manifest as it is typed.

What the writer types stays in the field and reaches the manifest. A value the manifest's rules
refuse (a canonical URL that is not http/https, a slug with spaces, the date 2019-02-30 …) is
saved as a draft: kept as typed, marked on its field with the reason, until it is fixed.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.errors import ProjectError
from retro_editor.core.manifest import ArticleMeta
from retro_editor.core.slug import make_slug
from retro_editor.core.spelling import SpellChecker
from retro_editor.core.typed_fields import entry_from_texts, text_of, texts_of
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.editor.spell_marks import SpellMarks
from retro_editor.ui.prompts import Prompts
from retro_editor.ui.side_panel.article_fields import CoverPreview
from retro_editor.ui.side_panel.date_field import PartialDateEdit
from retro_editor.ui.side_panel.spelled_fields import SpelledLineEdit, SpelledPlainTextEdit
from retro_editor.ui.side_panel.text import format_count
from retro_editor.ui.side_panel.validation import (
    ERROR_COLOR,
    INVALID_STYLE,
    WARNING_COLOR,
    mark_invalid,
    set_help,
    translated,
)
from retro_editor.ui.text_access import widget_text

AssetImporter = Callable[[str], str]
SNIPPET_LENGTH = 160
_SHORT_SUMMARY = 50
_DEBOUNCE_MS = 600
_LANGUAGES = ("en", "en-GB", "en-US", "de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt",
              "pt-BR", "ru", "sv", "tr", "uk", "zh-Hans", "zh-Hant")
_LINE_FIELDS = ("title", "subtitle", "author", "published", "updated", "slug", "tags",
                "category", "language", "canonical_url")
#: every field the writer fills in, in form order
TYPED_FIELDS = ("title", "subtitle", "author", "published", "updated", "slug", "summary", "tags",
                "category", "language", "cover", "canonical_url")


class ArticleTab(QScrollArea):
    """Edits ``manifest.article`` through ``ProjectDocument.set_article``."""

    #: messages for the fields whose value is not applied ("Canonical URL must be …"); [] when none
    problemsChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None, document: ProjectDocument | None = None,
                 prompts: Prompts | None = None):
        super().__init__(parent)
        self._prompts = prompts or Prompts(self)
        self._document: ProjectDocument | None = None
        self._importer: AssetImporter | None = None
        self._errors: dict[str, str] = {}
        self._kept: set[str] = set()  # fields loaded as drafts and not edited since
        self._slug_locked = False
        self._cover = ""
        self._loading = False
        self._applying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.commit(reveal=False))
        #: the spell check of the prose fields (title, subtitle, summary)
        self.spell_marks = SpellMarks(self)
        self.spell_marks.wordAccepted.connect(lambda _word: self.recheck_spelling())
        self.setAccessibleName(self.tr("Article"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._build()
        if document is not None:
            self.set_document(document)
        else:
            self.setEnabled(False)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        page = QWidget(self)
        page.setStyleSheet(INVALID_STYLE)
        outer = QVBoxLayout(page)
        self._form = QFormLayout()
        outer.addLayout(self._form)
        outer.addStretch(1)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._labels: dict[str, str] = {}
        self._inputs: dict[str, QWidget] = {}
        self._messages: dict[str, QLabel] = {}

        self.title = self._spelled_line("title", self.tr("&Title:"), self.tr("Title"))
        self.subtitle = self._spelled_line("subtitle", self.tr("Su&btitle:"), self.tr("Subtitle"))
        self.author = self._line("author", self.tr("&Author:"), self.tr("Author"))
        self.published = PartialDateEdit(page)
        self._add_row("published", self.tr("Publi&shed:"), self.tr("Published date"),
                      self.published)
        self.updated = PartialDateEdit(page)
        self._add_row("updated", self.tr("Up&dated:"), self.tr("Last updated date"), self.updated)
        for date_field in (self.published, self.updated):
            set_help(date_field, self.tr("A date like 1999-03-14, or just 1999-03 or 1999; "
                                         "Alt+Down opens a calendar"))

        self.slug = QLineEdit(page)
        self.follow_title = QToolButton(page)
        self.follow_title.setText(self.tr("↺ Follow title"))
        self.follow_title.setAccessibleName(self.tr("Make the slug follow the title"))
        self.follow_title.setToolTip(self.tr("Derive the slug from the title again"))
        slug_row = QHBoxLayout()
        slug_row.setContentsMargins(0, 0, 0, 0)
        slug_row.addWidget(self.slug, 1)
        slug_row.addWidget(self.follow_title)
        slug_box = QWidget(page)
        slug_box.setLayout(slug_row)
        self._add_row("slug", self.tr("S&lug:"), self.tr("Slug"), slug_box, field=self.slug)
        set_help(self.slug, self.tr("The last part of the page's web address; it follows the "
                                    "title until you edit it"))

        self.summary = SpelledPlainTextEdit(self.spell_marks, page)
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 5 + 12)
        self.summary_hint = QLabel(page)
        self.summary_hint.setAccessibleName(self.tr("Summary length"))
        self.summary_hint.setWordWrap(True)
        summary_box = QWidget(page)
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.summary)
        summary_layout.addWidget(self.summary_hint)
        self._add_row("summary", self.tr("Su&mmary:"), self.tr("Summary"), summary_box,
                      field=self.summary)
        set_help(self.summary, self.tr("The description shown by search engines and link "
                                       "previews"))

        self.tags = self._line("tags", self.tr("Ta&gs:"), self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("music video, 2001, animation"))
        set_help(self.tags, self.tr("Separate tags with commas"))
        self.category = self._line("category", self.tr("Categor&y:"), self.tr("Category"))
        self.language = self._line("language", self.tr("La&nguage:"), self.tr("Language"))
        self.language.setCompleter(QCompleter(list(_LANGUAGES), self.language))
        set_help(self.language, self.tr("A language tag such as en, fr or pt-BR"))

        self.cover_preview = CoverPreview(page)
        self.cover_path = QLabel(page)
        self.cover_path.setWordWrap(True)
        self.cover_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_cover = QPushButton(self.tr("&Choose…"), page)
        self.choose_cover.setAccessibleName(self.tr("Choose a cover image"))
        self.remove_cover = QPushButton(self.tr("&Remove"), page)
        self.remove_cover.setAccessibleName(self.tr("Remove the cover image"))
        cover_buttons = QHBoxLayout()
        cover_buttons.setContentsMargins(0, 0, 0, 0)
        cover_buttons.addWidget(self.choose_cover)
        cover_buttons.addWidget(self.remove_cover)
        cover_buttons.addStretch(1)
        cover_side = QVBoxLayout()
        cover_side.addWidget(self.cover_path)
        cover_side.addLayout(cover_buttons)
        cover_side.addStretch(1)
        cover_box = QWidget(page)
        cover_layout = QHBoxLayout(cover_box)
        cover_layout.setContentsMargins(0, 0, 0, 0)
        cover_layout.addWidget(self.cover_preview, 0, Qt.AlignmentFlag.AlignTop)
        cover_layout.addLayout(cover_side, 1)
        self._add_row("cover", self.tr("Cover image:"), self.tr("Cover image"), cover_box,
                      field=self.choose_cover)

        self.canonical_url = self._line("canonical_url", self.tr("Canonical &URL:"),
                                        self.tr("Canonical URL"))
        self.canonical_url.setPlaceholderText("https://")
        set_help(self.canonical_url, self.tr("The page's main address, if it is also "
                                             "published elsewhere (http or https)"))
        self.setWidget(page)

        order = (self.title, self.subtitle, self.author, self.published, self.updated,
                 self.slug, self.follow_title, self.summary, self.tags, self.category,
                 self.language, self.choose_cover, self.remove_cover, self.canonical_url)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        for key in _LINE_FIELDS:
            line = self._line_input(key)
            line.textEdited.connect(lambda _text, k=key: self._on_text_edited(k))
            line.editingFinished.connect(lambda k=key: self._on_editing_finished(k))
        self.summary.textChanged.connect(self._on_summary_changed)
        self.summary.installEventFilter(self)
        self.published.datePicked.connect(lambda: self._on_date_picked("published"))
        self.updated.datePicked.connect(lambda: self._on_date_picked("updated"))
        self.follow_title.clicked.connect(self.follow_title_again)
        self.choose_cover.clicked.connect(self.choose_cover_image)
        self.remove_cover.clicked.connect(self.remove_cover_image)
        self._update_summary_hint()
        self._update_cover_buttons()

    def _line_input(self, key: str) -> QLineEdit:
        """The input of one of ``_LINE_FIELDS`` (all line edits)."""
        line = self._inputs[key]
        assert isinstance(line, QLineEdit)
        return line

    def _line(self, key: str, label: str, name: str) -> QLineEdit:
        line = QLineEdit(self)
        self._add_row(key, label, name, line)
        return line

    def _spelled_line(self, key: str, label: str, name: str) -> SpelledLineEdit:
        line = SpelledLineEdit(self.spell_marks, self)
        self._add_row(key, label, name, line)
        return line

    def _add_row(self, key: str, label: str, name: str, widget: QWidget,
                 field: QWidget | None = None) -> None:
        field = field or widget
        field.setAccessibleName(name)
        caption = QLabel(label, widget.parentWidget())
        caption.setBuddy(field)
        message = QLabel(widget.parentWidget())
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {ERROR_COLOR};")
        message.setAccessibleName(self.tr("{field} problem").format(field=name))
        self._form.addRow(caption, widget)
        self._form.addRow("", message)
        self._form.setRowVisible(message, False)
        self._labels[key] = name
        self._inputs[key] = field
        self._messages[key] = message

    # --- public --------------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None) -> None:
        """Shows ``document``'s article (pending edits go to the previous document first)."""
        if self._document is not None:
            self.flush()
            self._document.manifestChanged.disconnect(self._on_manifest_changed)
        self._document = document
        self.setEnabled(document is not None)
        self._set_errors({})
        self._kept = set()
        if document is not None:
            document.manifestChanged.connect(self._on_manifest_changed)
        self._load(document.manifest.article if document is not None else ArticleMeta(),
                   force=True)

    def set_asset_importer(self, importer: AssetImporter | None) -> None:
        """``importer(path) -> "assets/NAME"`` copies a picked image into the project.

        It raises on failure; the message is shown under the cover field."""
        self._importer = importer
        self._update_cover_buttons()

    def set_spell_checker(self, checker: SpellChecker | None, can_add: bool = True) -> None:
        """Checks the prose fields with ``checker`` from now on (None: no marks); ``can_add``
        says whether words may be added to the project dictionary."""
        self.spell_marks.checker = checker
        self.spell_marks.can_add = can_add
        self.recheck_spelling()

    def recheck_spelling(self) -> None:
        """Checks the prose fields again (a word was accepted, here or in the editor)."""
        self.title.recheck()
        self.subtitle.recheck()
        self.summary.recheck()

    def flush(self) -> None:
        """Applies what is being typed right now (the window calls this before saving)."""
        if self._document is not None:
            self.commit()

    def has_problems(self) -> bool:
        return bool(self._errors)

    def problems(self) -> list[str]:
        return [self.tr("{field} {problem}").format(field=self._labels.get(key, key), problem=why)
                for key, why in self._errors.items()]

    def commit(self, reveal: bool = True) -> None:
        """Applies the form to the manifest: valid fields as values, the others as drafts.

        With ``reveal`` False (a pause while typing), an error in the field being typed in is
        held back until the writer leaves the field, so half-typed values are not shouted at.
        """
        self._timer.stop()
        if self._document is None:
            return
        article, reasons = entry_from_texts("article", self._texts(), self._kept,
                                            extra={"slug_locked": self._slug_locked})
        self._set_errors({key: translated(why) for key, why in reasons.items()}, reveal)
        assert isinstance(article, ArticleMeta)  # the "article" kind is an ArticleMeta
        self._applying = True
        try:
            self._document.set_article(article)
        finally:
            self._applying = False

    def focus_field(self, key: str) -> None:
        """Puts the keyboard focus in the input of ``key`` (``summary``), if there is one."""
        widget = self._inputs.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow_title_again(self) -> None:
        """The "↺ follow title" button: the slug is derived from the title again."""
        self._slug_locked = False
        self._update_follow_button()
        self._set_text(self.slug, make_slug(self.title.text(), fallback=""))
        self.commit()

    def choose_cover_image(self) -> None:
        if self._importer is None or self._document is None:
            return
        start = self._document.project.folder / "assets"
        path = self._prompts.choose_cover_image(start if start.is_dir() else Path.home())
        if path is None:
            return
        try:
            relative = self._importer(str(path))
        except Exception as exc:  # noqa: BLE001 - the window's importer: any failure is shown
            self._show_message("cover", self.tr("The image could not be added: {reason}").format(reason=exc))
            return
        self._cover = relative
        self._kept.discard("cover")
        self.commit()
        self._show_cover()

    def remove_cover_image(self) -> None:
        self._cover = ""
        self._kept.discard("cover")
        self.commit()
        self._show_cover()

    # --- reacting ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return super().eventFilter(watched, event)

    def _on_text_edited(self, key: str) -> None:
        self._kept.discard(key)
        if key == "title" and not self._slug_locked:
            self._kept.discard("slug")
            self._set_text(self.slug, make_slug(self.title.text(), fallback=""))
        elif key == "slug":
            self._slug_locked = True
            self._update_follow_button()
        self._timer.start()

    def _on_editing_finished(self, key: str) -> None:
        self.commit()
        if key not in self._errors and self._document is not None:
            self._set_text(self._line_input(key),
                           text_of(getattr(self._document.manifest.article, key)))

    def _on_date_picked(self, key: str) -> None:
        self._kept.discard(key)
        self.commit()

    def _on_summary_changed(self) -> None:
        self._update_summary_hint()
        if not self._loading:
            self._kept.discard("summary")
            self._timer.start()

    def _on_manifest_changed(self, part: str) -> None:
        if part == "article" and not self._applying and self._document is not None:
            self._load(self._document.manifest.article)

    # --- form <-> article ----------------------------------------------------------------
    def _texts(self) -> dict[str, str]:
        texts = {key: self._line_input(key).text() for key in _LINE_FIELDS}
        texts["summary"] = widget_text(self.summary)
        texts["cover"] = self._cover
        return {key: texts[key] for key in TYPED_FIELDS}

    def _load(self, article: ArticleMeta, force: bool = False) -> None:
        """Shows ``article``, drafts flagged; unless ``force``, a field being typed in or
        holding an invalid value is left alone."""
        def busy(key: str, widget: QWidget) -> bool:
            return not force and (key in self._errors or widget.hasFocus())

        texts, drafts = texts_of("article", article, TYPED_FIELDS)
        self._loading = True
        try:
            for key in _LINE_FIELDS:
                if not busy(key, self._inputs[key]):
                    self._set_text(self._line_input(key), texts[key])
            if not busy("summary", self.summary) and widget_text(self.summary) != texts["summary"]:
                self.summary.setPlainText(texts["summary"])
            if not busy("slug", self.slug):
                self._slug_locked = article.slug_locked
            if force or "cover" not in self._errors:
                self._cover = texts["cover"]
        finally:
            self._loading = False
        busy_fields = {key for key in TYPED_FIELDS
                       if key != "cover" and busy(key, self._inputs[key])}
        self._kept = (set(drafts) - busy_fields) | (self._kept & busy_fields)
        if force or drafts:
            shown = entry_from_texts("article", self._texts(), self._kept)[1]
            self._set_errors({key: translated(why) for key, why in shown.items()})
        self._update_follow_button()
        self._update_summary_hint()
        self._show_cover()

    @staticmethod
    def _set_text(line: QLineEdit, text: str) -> None:
        if line.text() != text:
            line.setText(text)
            if not line.hasFocus():
                line.setCursorPosition(0)

    # --- feedback ------------------------------------------------------------------------
    def _set_errors(self, errors: dict[str, str], reveal: bool = True) -> None:
        for key, field in self._inputs.items():
            why = errors.get(key)
            held_back = (not reveal and why is not None and field.hasFocus()
                         and not field.property("invalid"))
            if why is None or not held_back:
                mark_invalid(field, why)
                if why:
                    self._show_message(key, self.tr("{field} {problem}").format(
                        field=self._labels[key], problem=why))
                else:  # a valid cover path may still name a missing file: keep saying so
                    self._show_message(key, self._cover_file_problem() if key == "cover" else "")
        before = self.problems()
        self._errors = dict(errors)
        if self.problems() != before:
            self.problemsChanged.emit(self.problems())

    def _show_message(self, key: str, text: str) -> None:
        message = self._messages[key]
        message.setText(text)
        self._form.setRowVisible(message, bool(text))

    def _update_follow_button(self) -> None:
        self.follow_title.setEnabled(self._slug_locked)

    def _update_summary_hint(self) -> None:
        count = len(widget_text(self.summary).strip())
        n = format_count(count)
        limit = format_count(SNIPPET_LENGTH)
        color = ""
        if count == 0:
            text = self.tr("No summary yet — about {limit} characters suit search snippets")
        elif count < _SHORT_SUMMARY:
            text = self.tr("{count} / {limit} characters — a little short for search snippets")
        elif count <= SNIPPET_LENGTH:
            text = self.tr("{count} / {limit} characters — good for search snippets")
        else:
            text = self.tr("{count} / {limit} characters — search engines will cut it short")
            color = WARNING_COLOR
        self.summary_hint.setText(text.format(count=n, limit=limit))
        self.summary_hint.setProperty("warning", bool(color))
        self.summary_hint.setStyleSheet(f"color: {color};" if color else "")

    def _update_cover_buttons(self) -> None:
        can_choose = self._importer is not None
        self.choose_cover.setEnabled(can_choose)
        self.choose_cover.setToolTip(
            self.tr("Pick an image; it is copied into the project's assets folder")
            if can_choose else self.tr("Images can be added once the project is open"))
        self.remove_cover.setEnabled(bool(self._cover))

    def _cover_file_problem(self) -> str:
        """Why the cover cannot be shown (its path is outside the project, or the file is
        missing), or "" when its file is there (or there is no cover)."""
        if not self._cover or self._document is None:
            return ""
        try:
            path = self._document.project.resolve(self._cover)
        except ProjectError as exc:
            return str(exc.reason)
        return "" if path.is_file() else self.tr("The file {path} is missing").format(path=self._cover)

    def _show_cover(self) -> None:
        self._update_cover_buttons()
        if "cover" not in self._errors:
            self._show_message("cover", "")
        if not self._cover or self._document is None:
            self.cover_path.setText(self.tr("No cover image"))
            self.cover_preview.show_none()
            return
        self.cover_path.setText(self._cover)
        problem = self._cover_file_problem()
        if "cover" in self._errors:
            self.cover_preview.show_none()
        elif problem:
            self.cover_preview.show_none()
            self._show_message("cover", problem)
        elif not self.cover_preview.show_image(str(self._document.project.resolve(self._cover))):
            self._show_message("cover", self.tr("The file {path} is not an image this editor "
                                                "can show").format(path=self._cover))
