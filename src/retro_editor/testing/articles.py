"""Deterministic generated articles for tests and benchmarks.

One generator serves every bench and test so their figures describe the same kind of text:
sections every ``section_words`` words (``##`` and ``###``), paragraphs of long sentences with
emphasis and links, and — as the mix asks — lists, quotes, fenced code, tables, images and
footnotes. The same ``(words, seed, mix)`` always gives the same text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

WORDS = ("harbour neon rain lantern ferry video director light night pier camera song band "
         "chorus crane signal dawn amber water television record single album frame").split()


@dataclass(frozen=True)
class Mix:
    """How often each kind of block follows a paragraph (probabilities, summing to < 1)."""

    lists: float = 0.10
    quotes: float = 0.06
    code: float = 0.04
    tables: float = 0.02
    images: float = 0.01
    footnotes: float = 0.04
    subsections: float = 0.08


#: every kind of block: what the renderer, exporters and outline meet in real articles
RICH = Mix()
#: paragraphs and headings only: what a typing benchmark wants (every block one paragraph)
PLAIN = Mix(lists=0, quotes=0, code=0, tables=0, images=0, footnotes=0, subsections=0.08)


def _words(rng: random.Random, low: int, high: int) -> list[str]:
    return [rng.choice(WORDS) for _ in range(rng.randint(low, high))]


def _paragraph(rng: random.Random, section: int) -> list[str]:
    words = _words(rng, 60, 110)
    words[3] = f"*{words[3]}*"
    words[9] = f"[{words[9]}](https://example.org/{section})"
    words[14] = f"**{words[14]}**"
    return words


def generated_article(words: int, *, seed: int = 7, mix: Mix = RICH, section_words: int = 1200,
                      title: str = "A Generated Retrospective") -> str:
    """An article of about ``words`` words (headings and markup not counted), ending in "\\n"."""
    rng = random.Random(seed)
    out = [f"# {title}", ""]
    notes: list[str] = []
    count = section = 0
    while count < words:
        if count // section_words >= section:
            section += 1
            out += [f"## Section {section}: {rng.choice(WORDS).title()}", ""]
        elif rng.random() < mix.subsections:
            out += [f"### Part {section}.{count}", ""]
        paragraph = _paragraph(rng, section)
        if rng.random() < mix.footnotes:
            notes.append(f"[^n{len(notes) + 1}]: {' '.join(_words(rng, 6, 12)).capitalize()}.")
            paragraph[-1] += f"[^n{len(notes)}]"
        out += [" ".join(paragraph).capitalize() + ".", ""]
        count += len(paragraph)
        count += _extra_block(rng, out, count, mix)
    out += [*notes, ""] if notes else []
    return "\n".join(out).rstrip("\n") + "\n"


def _extra_block(rng: random.Random, out: list[str], count: int, mix: Mix) -> int:
    """Appends at most one non-paragraph block; returns the words it added."""
    roll = rng.random()
    for kind in ("lists", "quotes", "code", "tables", "images"):
        chance = getattr(mix, kind)
        if roll < chance:
            break
        roll -= chance
    else:
        return 0
    if kind == "lists":
        items = [" ".join(_words(rng, 6, 10)) for _ in range(4)]
        out += [*(f"- {item}" for item in items), f"  - {' '.join(_words(rng, 4, 6))}", ""]
        return sum(len(item.split()) for item in items) + 5
    if kind == "quotes":
        quote = _words(rng, 30, 50)
        out += ["> " + " ".join(quote).capitalize() + ".", ""]
        return len(quote)
    if kind == "code":
        out += ["```python", f"def f{count}(x):", f"    return x * {count}", "```", ""]
        return 0
    if kind == "tables":
        out += ["| Year | Chart | Note |", "|---|--:|---|",
                *(f"| {1999 + i} | {i + 1} | {rng.choice(WORDS)} |" for i in range(4)), ""]
        return 8
    out += [f"![Storyboard {count}](assets/storyboard.png)", ""]
    return 0


def middle_paragraph_line(block_count: int, line_text: Callable[[int], str]) -> int:
    """The first non-blank line from the middle of a text of ``block_count`` lines: where
    the benches and tests type, as a writer working mid-article does."""
    line = block_count // 2
    while not line_text(line).strip():
        line += 1
    return line
