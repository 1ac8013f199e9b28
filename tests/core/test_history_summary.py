"""The one-line summary a version carries."""

from __future__ import annotations

from retro_editor.core.history_summary import MAX_SUMMARY_CHARS, split_chunks, summarise_change

TEXT = "Opening.\n\n# Alpha\n\na\n\n## Beta\n\nb\n\n   ###### Gamma ##\n\nc\n"


def summary(old: str | None, new: str, details: bool = False) -> str:
    return summarise_change(split_chunks(old) if old is not None else None, split_chunks(new),
                            details)


def test_chunks_join_back_and_carry_titles():
    chunks = split_chunks(TEXT)
    assert "".join(text for _, text in chunks) == TEXT
    assert [title for title, _ in chunks] == ["", "Alpha", "Beta", "Gamma"]


def test_edited_added_removed_and_details():
    assert summary(None, TEXT) == "First version"
    assert summary(TEXT, TEXT.replace("b\n", "b2\n")) == "Edited: Beta"
    assert summary(TEXT, TEXT.replace("Opening.", "Start.")) == "Edited: the opening"
    assert summary(TEXT, TEXT + "# Delta\n\nd\n") == "Added: Delta"
    assert summary(TEXT, TEXT.replace("## Beta\n\nb\n\n", "")) == "Removed: Beta"
    assert summary(TEXT, TEXT, details=True) == "Details edited"
    assert summary(TEXT, TEXT) == "Saved"


def test_a_long_summary_is_cut_to_one_short_line():
    many = "".join(f"# Section number {n} with a long title\n\ntext\n\n" for n in range(20))
    line = summary(many, many.replace("text", "words"))
    assert len(line) <= MAX_SUMMARY_CHARS and line.endswith("…") and "\n" not in line
