"""The outline's edits of the article: core.outline text operations, each one undo step.

Every method reads the current text, asks ``core.outline`` for the new one, applies it to the
shared QTextDocument with ``apply_text`` (so Ctrl+Z in the editor takes it back exactly) and
carries the sections' states (status, note, target) to their anchors in the new text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

from retro_editor.core import outline_ops
from retro_editor.core.manifest import SectionState
from retro_editor.core.outline import Section, find_section, iter_sections, parse_outline
from retro_editor.ui.outline.text_apply import apply_text

if TYPE_CHECKING:
    from retro_editor.ui.document import ProjectDocument


class ReadOnlyError(outline_ops.OutlineError):
    """An outline edit of a project that is open read-only."""


class SectionOperations:
    """Outline edits on one ProjectDocument; each returns the anchor of the section it acted on.

    ``core.outline_ops`` raises ``OutlineEditRefused`` for an edit it refuses (a level past
    1–6, a move into its own subsection, a result whose outline would not be the one asked
    for) and ``SectionNotFound`` for an unknown anchor; both pass through, with the text
    untouched. With ``read_only`` set every edit raises :class:`ReadOnlyError` and changes
    nothing. All three are ``OutlineError``s: the only exceptions the view reports.
    """

    def __init__(self, document: ProjectDocument, read_only: bool = False) -> None:
        self._document = document
        self.read_only = read_only

    # --- moving -------------------------------------------------------------------------
    def move(self, anchor: str, target_anchor: str, position: str) -> str | None:
        """Moves ``anchor`` (with its subsections) before, after or into ``target_anchor``."""
        if anchor == target_anchor:
            return None

        def landing(order: list[Section], row: int) -> int:
            rest = order[:row] + order[row + 1 + _descendants(order[row]):]
            target = next(s for s in rest if s.anchor == target_anchor)
            at = rest.index(target)
            return at if position == "before" else at + 1 + _descendants(target)

        # a signal's str: move_section refuses anything but before/after/into
        return self._run(anchor, lambda text: outline_ops.move_section(
            text, anchor, target_anchor, cast(outline_ops.Position, position)), landing)

    def move_up(self, anchor: str) -> str | None:
        previous, _ = self._neighbours(anchor)
        return self.move(anchor, previous.anchor, "before") if previous is not None else None

    def move_down(self, anchor: str) -> str | None:
        _, following = self._neighbours(anchor)
        return self.move(anchor, following.anchor, "after") if following is not None else None

    def promote(self, anchor: str) -> str | None:
        return self._run(anchor, lambda text: outline_ops.promote(text, anchor))

    def demote(self, anchor: str) -> str | None:
        return self._run(anchor, lambda text: outline_ops.demote(text, anchor))

    # --- naming, adding, deleting -------------------------------------------------------
    def rename(self, anchor: str, title: str) -> str | None:
        return self._run(anchor, lambda text: outline_ops.rename(text, anchor, title),
                         renamed=True)

    def insert(self, after: Section | None, level: int, title: str,
               parent: Section | None = None) -> str | None:
        """Adds a section after ``after`` (with its subsections) or, given ``parent``, as the
        parent's last subsection; returns the new section's anchor."""
        self._check_writable()
        reference = parent if parent is not None else after
        if parent is not None:
            after = parent.children[-1] if parent.children else parent
        text = self._document.text()
        roots = parse_outline(text)
        before = [s.anchor for s in iter_sections(roots)]
        new_text = outline_ops.insert_section(
            text, after.anchor if after is not None else None, level, title)
        new_roots = parse_outline(new_text)
        new_order = list(iter_sections(new_roots))
        if reference is None:
            position = len(before)  # None: at the end of the text
        else:
            found = find_section(roots, reference.anchor)
            if found is None:
                return None
            position = before.index(reference.anchor) + 1 + _descendants(found)
        self._apply(roots, new_text, new_roots)
        if 0 <= position < len(new_order):
            return new_order[position].anchor
        return None

    def insert_before(self, before: Section, level: int, title: str) -> str | None:
        """Adds a section just before ``before``; returns the new section's anchor."""
        text = self._document.text()
        roots = parse_outline(text)
        position = [s.anchor for s in iter_sections(roots)].index(before.anchor)
        new_text = outline_ops.insert_section(text, None, level, title,
                                              before_anchor=before.anchor)
        new_roots = parse_outline(new_text)
        new_order = list(iter_sections(new_roots))
        self._apply(roots, new_text, new_roots)
        return new_order[position].anchor if position < len(new_order) else None

    def delete(self, anchor: str) -> str | None:
        """Deletes the section with its subsections; returns the anchor of the one that
        took its place in document order (if any)."""
        return self._run(anchor, lambda text: outline_ops.delete_section(text, anchor))

    def set_status(self, anchor: str, status: str) -> None:
        self._check_writable()
        states = self._document.manifest.sections
        current = states.get(anchor) or SectionState()
        if current.status != status:
            self._document.set_section_state(anchor, current.model_copy(update={"status": status}))

    # --- internals ----------------------------------------------------------------------
    def _run(self, anchor: str, operation: Callable[[str], str],
             landing: Callable[[list[Section], int], int] | None = None,
             renamed: bool = False) -> str | None:
        """Applies ``operation`` to the text; returns the section's anchor afterwards, found
        by its place in document order (``landing`` gives the new place when it moves)."""
        self._check_writable()
        text = self._document.text()
        roots = parse_outline(text)
        order = list(iter_sections(roots))
        row = next((i for i, section in enumerate(order) if section.anchor == anchor), None)
        if row is None:
            raise outline_ops.SectionNotFound(f"no section with the anchor {anchor!r}")
        new_text = operation(text)
        if new_text == text:
            return anchor
        new_row = landing(order, row) if landing is not None else row
        new_roots = parse_outline(new_text)
        new_order = list(iter_sections(new_roots))
        new_anchor = new_order[new_row].anchor if 0 <= new_row < len(new_order) else None
        renames = {anchor: new_anchor} if renamed and new_anchor is not None else None
        self._apply(roots, new_text, new_roots, renames)
        return new_anchor

    def _apply(self, roots: list[Section], new_text: str, new_roots: list[Section],
               renamed: dict[str, str] | None = None) -> None:
        """Puts ``new_text`` in the document (one undo step) and re-keys the section states."""
        self._check_writable()
        states = outline_ops.remap_section_states(
            roots, new_roots, self._document.manifest.sections, renamed)
        apply_text(self._document.text_document, new_text)
        self._document.set_section_states(states)

    def _check_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyError(QCoreApplication.translate(
                "SectionOperations", "the project is open read-only"))

    def _neighbours(self, anchor: str) -> tuple[Section | None, Section | None]:
        roots = parse_outline(self._document.text())
        siblings = self._siblings(roots, anchor)
        if siblings is None:
            return None, None
        row = [s.anchor for s in siblings].index(anchor)
        previous = siblings[row - 1] if row > 0 else None
        following = siblings[row + 1] if row + 1 < len(siblings) else None
        return previous, following

    @classmethod
    def _siblings(cls, sections: list[Section], anchor: str) -> list[Section] | None:
        if any(s.anchor == anchor for s in sections):
            return sections
        for section in sections:
            found = cls._siblings(section.children, anchor)
            if found is not None:
                return found
        return None


def _descendants(section: Section) -> int:
    return sum(1 for _ in iter_sections(section.children))

