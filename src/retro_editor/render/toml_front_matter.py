"""TOML front matter (``+++`` … ``+++`` at the top, as Hugo writes it) hidden like YAML's.

mdit_py_plugins' front_matter knows only ``---``; this rule gives ``+++`` the same
``front_matter`` token, so the preview and every export skip it. The fences match
``core.outline_scan``'s: a line of three or more ``+`` (trailing spaces allowed) opens, the
first later line of at least as many ``+`` (indented less than four columns) closes.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock


def toml_front_matter_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before("table", "toml_front_matter", _rule,
                          {"alt": ["paragraph", "reference", "blockquote", "list"]})


def _fence_length(line: str) -> int:
    stripped = line.rstrip(" ")
    return len(stripped) if len(stripped) >= 3 and stripped == "+" * len(stripped) else 0


def _rule(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    if start_line != 0 or state.tShift[0] != 0:
        return False
    first = state.src[state.bMarks[0]:state.eMarks[0]]
    count = _fence_length(first)
    if not count:
        return False
    for line in range(1, end_line):
        indent = state.sCount[line] - state.blkIndent
        text = state.src[state.bMarks[line] + state.tShift[line]:state.eMarks[line]]
        if indent < 4 and _fence_length(text) >= count:
            break
    else:
        return False
    if silent:
        return True
    token = state.push("front_matter", "", 0)
    token.hidden = True
    token.markup = "+" * count
    token.block = True
    token.content = state.src[state.eMarks[0] + 1:state.bMarks[line]]
    token.map = [0, line + 1]
    state.line = line + 1
    return True
