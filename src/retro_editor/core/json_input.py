"""Reading untrusted JSON bytes: size, encoding, nesting depth and syntax, each checked."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from retro_editor.core.errors import ProjectError

MAX_MANIFEST_BYTES = 5 * 1024 * 1024
MAX_JSON_DEPTH = 64


def _megabytes(n: int) -> str:
    mib = 1024 * 1024
    return f"{n // mib} MB" if n % mib == 0 else f"{n / mib:.1f} MB"


def size_error(path: Path | str | None, what: str, size: int, limit: int) -> ProjectError:
    return ProjectError(path, f"{what} is {_megabytes(size)}; the limit is {_megabytes(limit)}")


#: a JSON string, or an unterminated one running to the end: each byte is looked at once, so
#: the scan is linear even for input such as ``"\\"\\"\\"…`` (where a pattern that must find
#: the closing quote retries from every quote: 64 KB took 13 s)
_STRING_RE = re.compile(rb'"[^"\\]*+(?:\\.?[^"\\]*+)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def json_depth_exceeds(data: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """True if the JSON nests deeper than ``limit``, found without recursion (strings skipped).

    Linear in time and memory: one regex pass without backtracking, then a pass over the
    brackets only (skipped when there are too few to nest that deep)."""
    brackets = _STRING_RE.sub(b"", data).translate(None, _NOT_BRACKETS)
    if brackets.count(b"[") + brackets.count(b"{") <= limit:
        return False
    depth = 0
    for byte in brackets:
        if byte in b"[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(depth - 1, 0)
    return False


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f'has the key "{key}" twice')
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"contains {name}, which JSON does not allow")


def load_json(data: bytes, path: Path | str | None, what: str = "manifest",
              limit: int = MAX_MANIFEST_BYTES) -> Any:
    """Decodes JSON bytes with every bound checked first; errors name line and column."""
    if len(data) > limit:
        raise size_error(path, what, len(data), limit)
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + start
        raise ProjectError(path, f"is not UTF-8 text (byte 0x{data[offset]:02x} at offset "
                                 f"{offset})") from None
    if not text.strip():
        raise ProjectError(path, "is empty; a manifest is a JSON object")
    if json_depth_exceeds(data):
        raise ProjectError(path, f"JSON is nested more than {MAX_JSON_DEPTH} levels deep")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys,
                          parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip())
        what_wrong = "ends too early (truncated?)" if truncated else "is not valid JSON"
        raise ProjectError(path, f"{what_wrong} at line {exc.lineno}, column {exc.colno}: "
                                 f"{exc.msg}") from None
    except (ValueError, RecursionError) as exc:
        raise ProjectError(path, f"is not valid JSON: {exc}") from None
