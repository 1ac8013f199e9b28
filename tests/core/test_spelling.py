"""The spell check's prose rules and its several-dictionaries rule, with real dictionaries."""

from __future__ import annotations

import pytest

from retro_editor.core.manifest import Manifest, dump_manifest, parse_manifest
from retro_editor.core.prose import line_prose_spans, prose_words, words
from retro_editor.core.spelling import (
    PROJECT_DICTIONARY_NAME,
    ProjectDictionary,
    SpellChecker,
    enchant_tag,
    open_spell_checker,
    spelling_languages,
)


def _enchant_languages() -> list[str]:
    try:
        import enchant
    except ImportError as exc:
        pytest.skip(f"the Enchant library is missing ({exc}); run scripts/bootstrap.sh",
                    allow_module_level=True)
    return list(enchant.list_languages())


def checker(*languages: str, folder=None) -> SpellChecker:
    available = _enchant_languages()
    for language in languages:
        if enchant_tag(language, available) is None:
            pytest.skip(f"no Hunspell dictionary for {language}; run scripts/bootstrap.sh")
    setup = open_spell_checker(languages, folder)
    assert setup.notice is None
    return setup.checker


def prose_text(text: str) -> list[str]:
    return [text[s:e] for s, e in prose_words(text)]


def misspelt(spell: SpellChecker, line: str) -> list[str]:
    return [line[s:e] for s, e in spell.misspelt_in_line(line)]


ARTICLE = """---
title: Frontmatterword
---

# A heding here

Prose with a mistak, `codespanword` and <span class="htmlattrword">tagged</span> text.
See <https://autolinkword.example> and https://bareurlword.example/path or
[the linkk text](https://linktargetword.example "Title") and ![an imagealt](assets/pathword.png)
and [ref text][referencelabelword] plus mail@emailword.example.[^footnotelabelword]

## Heading words {#attributeword}

[^footnotelabelword]: Footnote prose.

[referencelabelword]: https://refdefword.example

```python
fencedword = 1
```

    indentedword = 2

<!-- commentword
still commentword -->
Final lyne.
"""


def test_prose_skips_code_urls_link_targets_tags_and_front_matter():
    found = prose_text(ARTICLE)
    for word in ("heding", "mistak", "linkk", "imagealt", "lyne", "tagged", "ref", "Heading",
                 "Footnote"):
        assert word in found
    for word in ("Frontmatterword", "codespanword", "htmlattrword", "autolinkword",
                 "bareurlword", "linktargetword", "pathword", "referencelabelword",
                 "refdefword", "emailword", "footnotelabelword", "attributeword", "fencedword", "indentedword", "commentword",
                 "span"):
        assert word not in found, word


def test_words_keep_apostrophes_hyphens_and_any_script():
    text = "Don’t stop, well-known café naïve Ελληνικά 東京 MP3 2nd l'été e\u0301t\u00e9"
    assert [text[s:e] for s, e in words(text)] == [
        "Don’t", "stop", "well-known", "café", "naïve", "Ελληνικά", "東京", "l'été",
        "e\u0301t\u00e9"]


def test_an_unclosed_code_span_is_prose():
    line = "a `lone backtick"
    assert [line[s:e] for s, e in line_prose_spans(line)] == [line]


def test_misspelt_words_are_found_only_in_prose():
    spell = checker("en-US")
    line = "A mistak in `mistak` and [mistak](https://mistak.example) and <mistak>."
    assert [line[s:e] for s, e in spell.misspelt_in_line(line)] == ["mistak", "mistak"]
    assert spell.misspelt_in_line("Don’t worry, it's a well-known fact.") == []


def test_a_word_is_correct_if_any_dictionary_accepts_it():
    english = checker("en-US")
    german = checker("de")
    both = checker("en-US", "de")
    line = "The Straßenbahn was late again"
    assert misspelt(english, line) == ["Straßenbahn"]
    assert misspelt(german, line) == ["The", "late", "again"]
    assert misspelt(both, line) == []
    assert misspelt(both, "The Strasenbahn was lait") == ["Strasenbahn", "lait"]


def test_suggestions_come_from_every_dictionary():
    both = checker("en-US", "fr")
    assert "test" in both.suggestions("tset")
    assert "château" in both.suggestions("chateau") + both.suggestions("châtaeu")


def test_hyphenated_word_marks_only_the_bad_part():
    spell = checker("en-GB")
    line = "a colour-blindd reader"
    assert misspelt(spell, line) == ["blindd"]


def test_add_to_project_dictionary_persists_and_ignore_does_not(tmp_path):
    spell = checker("en-US", folder=tmp_path)
    assert misspelt(spell, "Zhangyimou and Wuxiafilm") == ["Zhangyimou", "Wuxiafilm"]
    spell.add_to_project(word="Zhangyimou")
    spell.ignore("Wuxiafilm")
    assert misspelt(spell, "Zhangyimou and Wuxiafilm") == []
    assert (tmp_path / PROJECT_DICTIONARY_NAME).read_text(encoding="utf-8") == "Zhangyimou\n"
    reopened = checker("en-US", folder=tmp_path)
    assert misspelt(reopened, "Zhangyimou and Wuxiafilm") == ["Wuxiafilm"]


def test_hand_edited_project_dictionary_is_read(tmp_path):
    (tmp_path / PROJECT_DICTIONARY_NAME).write_text("\ufeff  Kessling \n\nVell\r\n", "utf-8")
    assert ProjectDictionary(tmp_path).words == ["Kessling", "Vell"]


def test_unreadable_project_dictionary_is_a_notice(tmp_path):
    (tmp_path / PROJECT_DICTIONARY_NAME).write_bytes(b"caf\xe9\n")
    _enchant_languages()
    setup = open_spell_checker(["en-US"], tmp_path)
    assert setup.notice is not None and "spelling.txt" in setup.notice
    assert "\n" not in setup.notice
    assert setup.checker.active


def test_missing_dictionary_is_a_one_line_notice_and_the_rest_works():
    _enchant_languages()
    setup = open_spell_checker(["en-US", "tlh"], None)
    assert setup.notice == "No spelling dictionary for tlh"
    assert misspelt(setup.checker, "a mistak") == ["mistak"]


def test_missing_enchant_is_a_notice_and_marks_nothing():
    def load():
        raise ImportError("The 'enchant' C library was not found")

    setup = open_spell_checker(["en-US"], None, load=load)
    assert setup.notice == "Spell check is off: the Enchant library is not installed"
    assert not setup.checker.active
    assert setup.checker.misspelt_in_line("a mistak") == []


@pytest.mark.parametrize(("tag", "expected"), [
    ("en-GB", "en_GB"), ("de", "de_DE"), ("fr", "fr"), ("es", "es_ES"), ("pt-BR", None),
    ("de-AT", "de_DE"),
])
def test_enchant_tag(tag, expected):
    available = ["de_AT_x", "de_BE", "de_DE", "en", "en_GB", "en_US", "es_AR", "es_ES", "fr"]
    assert enchant_tag(tag, available) == expected


def test_languages_default_to_the_articles_language():
    assert spelling_languages([], "de") == ["de"]
    assert spelling_languages(["en-GB", "de"], "en") == ["en-GB", "de"]


def test_spelling_languages_round_trip_through_the_manifest():
    manifest = Manifest()
    manifest.spelling.languages = ["en-GB", "de"]
    again = parse_manifest(dump_manifest(manifest), "x.retro")
    assert again.spelling.languages == ["en-GB", "de"]
    assert b"spelling" not in dump_manifest(Manifest())


def test_a_possessive_of_a_project_word_is_accepted(tmp_path):
    """The sample's "Okafor's" stayed marked after "Okafor" was added to the project."""
    spell = checker("en-US", folder=tmp_path)
    spell.project.add("Okafor")
    assert spell.is_correct("Okafor") and spell.is_correct("Okafor's")
    assert spell.is_correct("Okafor\u2019s")
    assert not spell.is_correct("Okafors")


def test_the_bundled_sample_has_no_marked_word(sample_project_dir):
    """A new writer's first look at the app must not be a page of red underlines: the sample
    is British English with its own dictionary of names."""
    from retro_editor.core.project import open_project
    from retro_editor.core.prose import prose_spans
    from retro_editor.core.spelling import spelling_languages

    project = open_project(sample_project_dir)
    article = project.manifest.article
    spell = checker(*spelling_languages(project.manifest.spelling.languages, article.language),
                    folder=sample_project_dir)
    marked = spell.misspelt_in(project.text, prose_spans(project.text))
    assert [project.text[a:b] for a, b in marked] == []


def test_installed_dictionaries_are_bcp47_tags_and_empty_without_enchant():
    from retro_editor.core.spelling import installed_dictionaries

    class FakeEnchant:
        @staticmethod
        def list_languages():
            return ["en_US", "de_DE", "fr", "en_US", "hunspell-junk!"]

    assert installed_dictionaries(lambda: FakeEnchant) == ["de-DE", "en-US", "fr"]

    def missing():
        raise ImportError("no enchant")

    assert installed_dictionaries(missing) == []


def test_the_notice_is_worded_through_the_translation_given():
    from retro_editor.core.spelling import ProjectDictionary, SpellChecker, SpellCheckSetup

    setup = SpellCheckSetup(SpellChecker([], ProjectDictionary(None)), missing=("tlh",),
                            project_problem="gone")
    shout = setup.describe(lambda template: template.replace("No spelling dictionary", "KEIN"))
    assert shout == "KEIN for tlh; spell check is off; Project dictionary not read: gone"
    assert setup.notice == ("No spelling dictionary for tlh; spell check is off; "
                            "Project dictionary not read: gone")
