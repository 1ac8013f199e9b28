"""The spell check: several dictionaries at once, plus the project's own word list.

A word is correct when any of the chosen dictionaries accepts it (an English article quoting
German checks against both), or when the project dictionary (``spelling.txt`` in the
project folder, one word per line) lists it, or when the writer ignored it this session.
Dictionaries come from Enchant (``pyenchant``) over the system's Hunspell dictionaries;
:func:`open_spell_checker` never raises for a missing library or dictionary: it returns a
checker over what it found and a one-line notice for the status bar.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from retro_editor.core.errors import ProjectError
from retro_editor.core.prose import Span, line_prose_spans, word_parts, words
from retro_editor.core.storage import atomic_write, read_bytes_limited
from retro_editor.core.translatable import translatable

__all__ = [
    "PROJECT_DICTIONARY_NAME", "ProjectDictionary", "SpellChecker", "SpellCheckSetup",
    "WordList", "enchant_tag", "open_spell_checker", "spelling_languages",
]

PROJECT_DICTIONARY_NAME = "spelling.txt"
MAX_PROJECT_DICTIONARY_BYTES = 4 * 1024 * 1024
#: words remembered per checker (a long article uses far fewer distinct words)
CACHE_LIMIT = 200_000
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


class WordList(Protocol):
    """One dictionary: what Enchant's ``Dict`` offers."""

    def check(self, word: str) -> bool: ...

    def suggest(self, word: str) -> list[str]: ...


class ProjectDictionary:
    """The project's accepted words, kept in ``spelling.txt`` in the project folder."""

    def __init__(self, folder: Path | str | None) -> None:
        self.path = Path(folder) / PROJECT_DICTIONARY_NAME if folder is not None else None
        self._words: list[str] = []
        self._set: set[str] = set()
        if self.path is not None and self.path.exists():
            data = read_bytes_limited(self.path, MAX_PROJECT_DICTIONARY_BYTES,
                                      "project dictionary")
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise ProjectError(self.path, "is not UTF-8 text") from None
            for line in text.splitlines():
                word = line.strip()
                if word and word not in self._set:
                    self._words.append(word)
                    self._set.add(word)

    def __contains__(self, word: object) -> bool:
        return word in self._set

    @property
    def words(self) -> list[str]:
        return list(self._words)

    def add(self, word: str) -> None:
        """Adds ``word`` and writes the file (a ``ProjectError`` if it cannot be written)."""
        word = word.strip()
        if not word or word in self._set:
            return
        if "\n" in word or "\r" in word:
            raise ProjectError(self.path, "a dictionary word cannot contain a line break")
        if self.path is not None:
            text = "".join(f"{w}\n" for w in [*self._words, word])
            atomic_write(self.path, text.encode("utf-8"))
        self._words.append(word)
        self._set.add(word)


class SpellChecker:
    """Finds misspelt words in prose lines; remembers every verdict it has computed."""

    def __init__(self, dictionaries: Sequence[WordList],
                 project: ProjectDictionary | None = None) -> None:
        self._dictionaries = list(dictionaries)
        self.project = project if project is not None else ProjectDictionary(None)
        self._ignored: set[str] = set()
        self._cache: dict[str, bool] = {}

    @property
    def active(self) -> bool:
        """Whether any dictionary is loaded (without one, nothing is marked)."""
        return bool(self._dictionaries)

    def _accepted(self, word: str) -> bool:
        if word in self.project or word in self._ignored:
            return True
        normal = word.translate(_APOSTROPHES).strip("'")
        if not normal or normal in self.project:
            return True
        if normal.endswith("'s") and normal[:-2] in self.project:
            return True  # "Okafor's" when the project accepts "Okafor"
        return any(d.check(normal) for d in self._dictionaries)

    def is_correct(self, word: str) -> bool:
        """Whether any dictionary, the project dictionary or this session's ignores accept
        ``word``; a hyphenated word is correct as a whole or when each part is."""
        if not self._dictionaries:
            return True
        known = self._cache.get(word)
        if known is not None:
            return known
        verdict = self._accepted(word)
        if not verdict and "-" in word:
            verdict = all(self._accepted(word[s:e]) for s, e in word_parts(word))
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = verdict
        return verdict

    def misspelt_in(self, text: str, spans: Iterable[Span]) -> list[Span]:
        """The misspelt words of ``text`` within ``spans`` (hyphenated words: the bad parts)."""
        found: list[Span] = []
        for start, end in spans:
            for w_start, w_end in words(text, start, end):
                word = text[w_start:w_end]
                if self.is_correct(word):
                    continue
                parts = word_parts(word)
                if len(parts) == 1:
                    found.append((w_start, w_end))
                else:
                    found.extend((w_start + s, w_start + e) for s, e in parts
                                 if not self._accepted(word[s:e]))
        return found

    def misspelt_in_line(self, line: str) -> list[Span]:
        """The misspelt words of one line of ordinary Markdown."""
        return self.misspelt_in(line, line_prose_spans(line))

    def suggestions(self, word: str, limit: int = 8) -> list[str]:
        """Replacements from every dictionary, interleaved so each language is represented."""
        normal = word.translate(_APOSTROPHES)
        lists = [d.suggest(normal) for d in self._dictionaries]
        merged: list[str] = []
        for rank in range(max((len(s) for s in lists), default=0)):
            for suggestions in lists:
                if rank < len(suggestions) and suggestions[rank] not in merged:
                    merged.append(suggestions[rank])
        return merged[:limit]

    def add_to_project(self, word: str) -> None:
        """Accepts ``word`` from now on, in this project's dictionary file."""
        self.project.add(word)
        self._cache.clear()

    def ignore(self, word: str) -> None:
        """Accepts ``word`` until the project is closed."""
        self._ignored.add(word)
        self._cache.clear()


_NO_ENCHANT = translatable("SpellCheck",
                           "Spell check is off: the Enchant library is not installed")
_NO_DICTIONARY = translatable("SpellCheck", "No spelling dictionary for {languages}")
_NO_DICTIONARY_AT_ALL = translatable(
    "SpellCheck", "No spelling dictionary for {languages}; spell check is off")
_PROJECT_WORDS_UNREAD = translatable("SpellCheck", "Project dictionary not read: {reason}")


@dataclass
class SpellCheckSetup:
    """A checker and what is missing (Enchant, dictionaries, the project's word list)."""

    checker: SpellChecker
    enchant_missing: bool = False
    missing: tuple[str, ...] = ()
    project_problem: str = ""

    @property
    def notice(self) -> str | None:
        return self.describe()

    def describe(self, tr: Callable[[str], str] = str) -> str | None:
        """One line saying what is missing (None when nothing is), worded through ``tr``
        (the interface's translation of the marked texts)."""
        parts = []
        if self.enchant_missing:
            parts.append(tr(_NO_ENCHANT))
        elif self.missing:
            template = _NO_DICTIONARY if self.checker.active else _NO_DICTIONARY_AT_ALL
            parts.append(tr(template).format(languages=", ".join(self.missing)))
        if self.project_problem:
            parts.append(tr(_PROJECT_WORDS_UNREAD).format(reason=self.project_problem))
        return "; ".join(parts) if parts else None


def enchant_tag(language: str, available: Iterable[str]) -> str | None:
    """The installed dictionary for a BCP 47 tag: ``en-GB`` -> ``en_GB``; ``de`` -> ``de_DE``
    (the language's own country first), else any ``de_*``; None when there is none."""
    available = list(available)
    parts = re.split(r"[-_]", language)
    lang = parts[0].lower()
    wanted = "_".join([lang, *(p.upper() if len(p) == 2 else p for p in parts[1:])])
    for candidate in (wanted, lang, f"{lang}_{lang.upper()}"):
        if candidate in available:
            return candidate
    if len(parts) == 1:
        return next((tag for tag in sorted(available) if tag.split("_")[0] == lang), None)
    return None


def _load_enchant() -> Any:
    import enchant  # noqa: PLC0415 (optional: a missing C library must not stop the app)

    return enchant


def open_spell_checker(languages: Sequence[str], project_folder: Path | str | None,
                       load: Callable[[], Any] = _load_enchant) -> SpellCheckSetup:
    """A checker for ``languages`` (BCP 47 tags) and the project's dictionary.

    Never raises: without Enchant, without a dictionary for some language or with an
    unreadable project dictionary, the checker works with what there is and ``notice``
    says in one line what is missing.
    """
    project_problem = ""
    try:
        project = ProjectDictionary(project_folder)
    except ProjectError as exc:
        project = ProjectDictionary(None)
        project_problem = str(exc)
    try:
        enchant = load()
    except (ImportError, OSError):
        return SpellCheckSetup(SpellChecker([], project), enchant_missing=True,
                               project_problem=project_problem)
    try:
        available = list(enchant.list_languages())
    except Exception:  # noqa: BLE001 (a broken Enchant install must not stop the app)
        available = []
    dictionaries: list[WordList] = []
    missing: list[str] = []
    for language in languages:
        tag = enchant_tag(language, available)
        if tag is None:
            missing.append(language)
            continue
        try:
            dictionaries.append(enchant.Dict(tag))
        except Exception:  # noqa: BLE001 (a damaged dictionary: reported like a missing one)
            missing.append(language)
    return SpellCheckSetup(SpellChecker(dictionaries, project), missing=tuple(missing),
                           project_problem=project_problem)


def installed_dictionaries(load: Callable[[], Any] = _load_enchant) -> list[str]:
    """The BCP 47 tags of the installed spelling dictionaries (``en_GB`` -> ``en-GB``),
    sorted; empty without Enchant."""
    try:
        tags = load().list_languages()
    except Exception:  # noqa: BLE001 (no Enchant, or a broken one: no dictionaries)
        return []
    return sorted({tag.replace("_", "-") for tag in tags if re.fullmatch(r"[A-Za-z]{2,3}(_\w+)*", tag)})


def spelling_languages(languages: Sequence[str], article_language: str) -> list[str]:
    """The project's spell-check languages: those chosen, else the article's language."""
    return list(languages) if languages else [article_language or "en"]
