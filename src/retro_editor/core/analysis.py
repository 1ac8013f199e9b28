"""One analysis of the article's text: its sections, word counts and statistics.

:func:`analyse` gives an immutable :class:`TextAnalysis` snapshot that the outline, the
status bar, the side panel and the preview all read, so the text is analysed once per
change rather than once per view.

Incremental: the text is cut into *chunks* at its top-level headings (the text before the
first heading, then each heading's own text up to the next heading), the same cut the
outline counts section words by. What is learnt about a chunk (:class:`ChunkFacts`) is
keyed by the chunk's prose itself, so ``analyse(text, previous)`` works out only the chunks
that are new since ``previous`` and reuses the rest: typing in one section recounts that
section, not the article. The block scan that finds the headings still reads the whole
text (it decides what is code and what is a heading, which an edit far away can change).

The result never depends on ``previous``: it is exactly what ``analyse(text)`` gives.

Later kinds of analysis (spelling, the state of links) belong in :class:`ChunkFacts`, as
further per-chunk fields worked out by :func:`_facts` and reused the same way, with
article-level summaries on :class:`TextAnalysis`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from .outline import Section, build_sections, iter_sections, prose_lines, section_at_line
from .outline_scan import scan_outline
from .textstats import count_prose_words, reading_minutes

__all__ = ["ChunkFacts", "TextAnalysis", "analyse"]


@dataclass(frozen=True)
class ChunkFacts:
    """What is known about one chunk of prose (a section's own text, or the preamble)."""

    words: int


@dataclass(frozen=True)
class TextAnalysis:
    """One text's analysis. Treat it, its sections included, as read-only: it is shared
    by every view of the document and reused by the next analysis."""

    text: str
    #: the top-level sections in order, each with its subsections (``core.outline``)
    sections: tuple[Section, ...]
    #: words of prose in the whole text
    words: int
    #: words before the first heading
    preamble_words: int
    _chunks: Mapping[str, ChunkFacts] = field(repr=False, compare=False,
                                              default_factory=lambda: MappingProxyType({}))

    @property
    def characters(self) -> int:
        return len(self.text)

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.words)

    def iter_sections(self) -> Iterator[Section]:
        """Every section, depth first in document order."""
        return iter_sections(self.sections)

    def section_at(self, line: int) -> Section | None:
        """The deepest section holding 0-based ``line`` (None before the first heading)."""
        return section_at_line(self.sections, line)


def analyse(text: str, previous: TextAnalysis | None = None) -> TextAnalysis:
    """The analysis of ``text``, reusing what ``previous`` learnt about unchanged chunks."""
    known = previous._chunks if previous is not None else {}
    chunks: dict[str, ChunkFacts] = {}

    def words_of(prose: str) -> int:
        facts = chunks.get(prose)
        if facts is None:
            facts = known.get(prose)
            if facts is None:
                facts = _facts(prose)
            chunks[prose] = facts
        return facts.words

    scan = scan_outline(text)
    roots = build_sections(scan, count=words_of)
    first = roots[0].line if roots else len(scan.lines)
    preamble = words_of("\n".join(prose_lines(scan)[:first])) if first else 0
    words = preamble + sum(section.words for section in roots)
    return TextAnalysis(text=text, sections=tuple(roots), words=words, preamble_words=preamble,
                        _chunks=MappingProxyType(chunks))


def _facts(prose: str) -> ChunkFacts:
    """Works out what is known about a chunk that no earlier analysis had."""
    return ChunkFacts(words=count_prose_words(prose))
