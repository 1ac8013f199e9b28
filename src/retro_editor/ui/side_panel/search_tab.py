"""The Search & Social tab: the article as a search result and as a social card, the warnings
of :mod:`retro_editor.core.publishing_checks`, and the publisher for the structured data.

The previews follow the metadata as it is typed. The warnings that read the article text are
worked out on the task runner, a moment after typing stops and only while the tab is shown, so
a long article never makes the editor wait.
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import urlsplit

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from retro_editor.core.errors import ProjectError
from retro_editor.core.project import Project
from retro_editor.core.publishing_checks import PublishingWarning, publishing_warnings
from retro_editor.core.publishing_settings import SCHEMA_TYPES, PublishingSettings
from retro_editor.core.search_preview import (
    CARD_RATIO,
    DESCRIPTION_FONT_PX,
    TITLE_FONT_PX,
    search_result,
)
from retro_editor.ui.document import ProjectDocument
from retro_editor.ui.tasks import TaskRunner

#: the sans serif result pages use, and its metric twins on systems without it
RESULT_FONTS = ["Arial", "Liberation Sans", "Nimbus Sans", "Helvetica", "sans-serif"]
REFRESH_MS = 700
_LINE = re.compile(r"line (\d+)$")
_PUBLISHER_FIELDS = ("publisher_name", "publisher_url", "publisher_logo")


def _result_font(pixels: int) -> QFont:
    font = QFont()
    font.setFamilies(RESULT_FONTS)
    font.setPixelSize(pixels)
    return font


def cropped_cover(pixmap: QPixmap, width: int) -> QPixmap:
    """``pixmap`` cut to the social card's 1.91:1 around its centre and scaled to ``width``."""
    height = round(width / CARD_RATIO)
    scaled = pixmap.scaled(QSize(width, height), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                           Qt.TransformationMode.SmoothTransformation)
    x = (scaled.width() - width) // 2
    y = (scaled.height() - height) // 2
    return scaled.copy(x, y, width, height)


class _Card(QFrame):
    """A rounded, bordered box like the result pages and social sites draw."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 10)
        self.layout_.setSpacing(3)

    def label(self, pixels: int, role: str) -> QLabel:
        label = QLabel(self)
        label.setFont(_result_font(pixels))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setObjectName(role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(label)
        return label


class _CoverImage(QLabel):
    """The card's cover, cropped to the card's ratio at whatever width the panel gives it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._source = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_source(self, pixmap: QPixmap) -> None:
        self._source = pixmap
        self._update()

    def has_image(self) -> bool:
        return not self._source.isNull()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self._update()

    def _update(self) -> None:
        width = max(self.width(), 120)
        self.setFixedHeight(round(width / CARD_RATIO))
        if self._source.isNull():
            self.setPixmap(QPixmap())
            self.setText(self.tr("No cover image"))
            return
        image = cropped_cover(self._source, width)
        rounded = QPixmap(image.size())
        rounded.fill(Qt.GlobalColor.transparent)
        painter = QPainter(rounded)
        path = QPainterPath()
        path.addRoundedRect(QRectF(image.rect()), 6, 6)
        painter.setClipPath(path)
        painter.drawPixmap(0, 0, image)
        painter.end()
        self.setPixmap(rounded)


class SearchSocialTab(QScrollArea):
    """Shows ``document``'s metadata as result pages and social sites will, and edits the
    ``publishing`` part of the manifest."""

    #: a warning about the text was activated: the 0-based line to show in the editor
    lineRequested = Signal(int)
    #: a warning about a manifest field was activated (``article.title``)
    fieldRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Search and social preview"))
        self._document: ProjectDocument | None = None
        self._tasks: TaskRunner | None = None
        self._loading = False
        self._stale = True
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_warnings)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._build_result(body))
        layout.addWidget(self._build_card(body))
        layout.addWidget(self._build_warnings(body))
        layout.addWidget(self._build_publisher(body))
        layout.addStretch(1)
        self.setWidget(body)
        self.set_document(None)

    # --- building ------------------------------------------------------------------------
    def _build_result(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("In search results"), parent)
        card = _Card(box)
        self.result_address = card.label(12, "resultAddress")
        self.result_title = card.label(TITLE_FONT_PX, "resultTitle")
        self.result_title.setStyleSheet("color: #1a0dab;")
        self.result_description = card.label(DESCRIPTION_FONT_PX, "resultDescription")
        note = QLabel(self.tr("Cut where a desktop result page cuts: the title beyond 600 px "
                              "of 20 px Arial, the description beyond 920 px of 14 px."), box)
        note.setWordWrap(True)
        note.setEnabled(False)
        layout = QVBoxLayout(box)
        layout.addWidget(card)
        layout.addWidget(note)
        return box

    def _build_card(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("As a social card"), parent)
        card = _Card(box)
        self.card_image = _CoverImage(card)
        card.layout_.addWidget(self.card_image)
        self.card_domain = card.label(12, "cardDomain")
        self.card_title = card.label(15, "cardTitle")
        title_font = self.card_title.font()
        title_font.setBold(True)
        self.card_title.setFont(title_font)
        self.card_description = card.label(13, "cardDescription")
        layout = QVBoxLayout(box)
        layout.addWidget(card)
        return box

    def _build_warnings(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Warnings"), parent)
        self.warnings = QListWidget(box)
        self.warnings.setAccessibleName(self.tr("Search and social warnings"))
        self.warnings.setWordWrap(True)
        self.warnings.setMinimumHeight(90)
        self.warnings.itemActivated.connect(self._on_warning_activated)
        layout = QVBoxLayout(box)
        layout.addWidget(self.warnings)
        return box

    def _build_publisher(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Structured data"), parent)
        form = QFormLayout(box)
        self.schema_type = QComboBox(box)
        self.schema_type.addItem(self.tr("Article"), "Article")
        self.schema_type.addItem(self.tr("News article"), "NewsArticle")
        self.schema_type.setAccessibleName(self.tr("Type of article"))
        self.schema_type.currentIndexChanged.connect(self._commit)
        form.addRow(self.tr("&Type:"), self.schema_type)
        self.publisher: dict[str, QLineEdit] = {}
        labels = {"publisher_name": (self.tr("&Publisher:"), self.tr("Site or magazine name")),
                  "publisher_url": (self.tr("&Home page:"), "https://example.org/"),
                  "publisher_logo": (self.tr("&Logo:"), self.tr("URL or assets/logo.png"))}
        for key in _PUBLISHER_FIELDS:
            label, placeholder = labels[key]
            line = QLineEdit(box)
            line.setPlaceholderText(placeholder)
            line.setAccessibleName(label.replace("&", "").rstrip(":"))
            line.editingFinished.connect(self._commit)
            form.addRow(label, line)
            self.publisher[key] = line
        return box

    # --- public --------------------------------------------------------------------------
    def set_document(self, document: ProjectDocument | None) -> None:
        if self._document is not None:
            self._commit()
            self._document.manifestChanged.disconnect(self._on_manifest_changed)
            self._document.text_document.contentsChanged.disconnect(self._on_text_changed)
        self._document = document
        self._generation += 1
        self.setEnabled(document is not None)
        if document is not None:
            document.manifestChanged.connect(self._on_manifest_changed)
            document.text_document.contentsChanged.connect(self._on_text_changed)
        self._load_publishing()
        self._update_previews()
        self.warnings.clear()
        self._stale = True
        if self.isVisible():
            self._timer.start(0)

    def set_task_runner(self, tasks: TaskRunner | None) -> None:
        """Where the warnings are worked out (None: on the GUI thread, for small tests)."""
        self._tasks = tasks

    def flush(self) -> None:
        self._commit()

    def warning_texts(self) -> list[str]:
        return [self.warnings.item(i).text() for i in range(self.warnings.count())]

    # --- events --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._timer.start(0)

    def _on_manifest_changed(self, part: str) -> None:
        if part == "publishing" and not self._loading:
            self._load_publishing()
        if part in ("article", "publishing"):
            self._update_previews()
        self._schedule()

    def _on_text_changed(self) -> None:
        self._schedule()

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    # --- previews ------------------------------------------------------------------------
    def _update_previews(self) -> None:
        document = self._document
        if document is None:
            for label in (self.result_address, self.result_title, self.result_description,
                          self.card_domain, self.card_title, self.card_description):
                label.clear()
            self.card_image.set_source(QPixmap())
            return
        manifest = document.manifest
        result = search_result(manifest)
        self.result_address.setText(result.address)
        self.result_title.setText(result.title or self.tr("(no title)"))
        self.result_description.setText(result.description or self.tr("(no description)"))
        article = manifest.article
        self.card_domain.setText(self._domain(article.canonical_url).upper())
        self.card_title.setText(article.title or self.tr("(no title)"))
        metrics = self.card_description.fontMetrics()
        width = max(self.card_description.width(), 200)
        self.card_description.setText(metrics.elidedText(article.summary,
                                                         Qt.TextElideMode.ElideRight, width))
        self.card_image.set_source(self._cover(document.project, article.cover))

    @staticmethod
    def _domain(url: str | None) -> str:
        return urlsplit(url).netloc if url else ""

    @staticmethod
    def _cover(project: Project, cover: str | None) -> QPixmap:
        if not cover:
            return QPixmap()
        try:
            return QPixmap(str(project.resolve(cover)))
        except ProjectError:
            return QPixmap()

    # --- warnings ------------------------------------------------------------------------
    def _refresh_warnings(self) -> None:
        document = self._document
        if document is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        snapshot = dataclasses.replace(document.project, text=document.text(),
                                       manifest=document.manifest.model_copy(deep=True))
        if self._tasks is None:
            self._show_warnings(generation, publishing_warnings(snapshot))
            return
        self._tasks.submit(publishing_warnings, snapshot, queue="publishing-checks",
                           on_done=lambda found: self._show_warnings(generation, found))

    def _show_warnings(self, generation: int, found: list[PublishingWarning]) -> None:
        if generation != self._generation:
            return  # the text or the document changed since: a newer pass is coming
        self.warnings.clear()
        if not found:
            item = QListWidgetItem(self.tr("No warnings: search engines and social sites "
                                           "have what they need."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.warnings.addItem(item)
            return
        for warning in found:
            text = (self.tr("{field}: {message}").format(field=warning.field, message=warning.message)
                    if warning.field else warning.message)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (warning.where, warning.field or ""))
            item.setToolTip(text)
            self.warnings.addItem(item)

    def _on_warning_activated(self, item: QListWidgetItem) -> None:
        where, field = item.data(Qt.ItemDataRole.UserRole) or ("", "")
        line = _LINE.match(field)
        if where == "article" and line:
            self.lineRequested.emit(int(line.group(1)) - 1)
        elif where == "manifest" and field:
            self.fieldRequested.emit(field)

    # --- publisher form ------------------------------------------------------------------
    def _load_publishing(self) -> None:
        settings = (self._document.manifest.publishing if self._document is not None
                    else PublishingSettings())
        self._loading = True
        try:
            self.schema_type.setCurrentIndex(SCHEMA_TYPES.index(settings.schema_type))
            for key, line in self.publisher.items():
                if not line.hasFocus() or self._document is None:
                    line.setText(getattr(settings, key))
        finally:
            self._loading = False

    def _commit(self) -> None:
        if self._document is None or self._loading:
            return
        values = {key: line.text().strip() for key, line in self.publisher.items()}
        settings = PublishingSettings(schema_type=self.schema_type.currentData(), **values)
        self._loading = True
        try:
            self._document.set_publishing(settings)
        finally:
            self._loading = False
