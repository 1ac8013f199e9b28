"""What Chromium's PDF lacks, added afterwards with pypdf: the document information (title,
author, subject, keywords), bookmarks from the article's headings, the language, and a
viewer opening with the bookmarks shown and the title (not the file name) in its title bar.

The bookmarks point where Chromium put the headings: it writes a named destination for every
element that a link in the page points to, and the printed page links every heading
(:func:`~.print_page.prepare_page`).

The additions are an incremental update appended to Chromium's file (the new objects, a new
catalog and information dictionary, and a cross-reference section pointing back to the
original one), so the cost does not grow with the page count: rewriting a 276-page PDF with
``PdfWriter`` took 1.1 to 1.5 s here, reading it for the destinations 0.05 s. pypdf reads
the file and writes each object; Chromium's classic cross-reference table is continued.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import unquote

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from retro_editor.export.print_page import Heading


@dataclass
class _Node:
    heading: Heading | None
    destination: Any = None
    children: list[_Node] = field(default_factory=list)


def _tree(headings: Sequence[Heading], destinations: Mapping[str, Any]) -> _Node:
    """Headings nested by level; a heading without a destination is left out."""
    root = _Node(None)
    path: list[tuple[int, _Node]] = [(0, root)]
    for heading in headings:
        destination = destinations.get(heading.anchor)
        if destination is None:
            continue
        while path[-1][0] >= heading.level:
            path.pop()
        node = _Node(heading, destination)
        path[-1][1].children.append(node)
        path.append((heading.level, node))
    return root


class _Update:
    """The objects of one incremental update, numbered on from the file's ``/Size``."""

    def __init__(self, reader: PdfReader) -> None:
        self.reader = reader
        self.size = int(cast(int, reader.trailer["/Size"]))
        self.objects: dict[int, PdfObject] = {}
        self.info: IndirectObject | None = None

    def add(self, value: PdfObject, number: int | None = None) -> IndirectObject:
        if number is None:
            number = self.size
            self.size += 1
        self.objects[number] = value
        return IndirectObject(number, 0, self.reader)

    def outline(self, root: _Node) -> IndirectObject:
        outlines = DictionaryObject({NameObject("/Type"): NameObject("/Outlines")})
        ref = self.add(outlines)
        self._children(ref, outlines, root.children)
        return ref

    def _children(self, parent_ref: IndirectObject, parent: DictionaryObject,
                  nodes: list[_Node]) -> int:
        """Writes ``nodes`` under ``parent`` (every item open); returns how many items are
        below it."""
        refs, items = [], []
        for node in nodes:
            assert node.heading is not None
            target = node.destination
            item = DictionaryObject({
                NameObject("/Title"): TextStringObject(node.heading.title),
                NameObject("/Parent"): parent_ref,
                NameObject("/Dest"): ArrayObject([
                    target.page, NameObject("/XYZ"), FloatObject(target.left or 0),
                    FloatObject(target.top or 0), NumberObject(0)]),
            })
            refs.append(self.add(item))
            items.append(item)
        count = len(nodes)
        for index, (node, ref, item) in enumerate(zip(nodes, refs, items, strict=True)):
            if index:
                item[NameObject("/Prev")] = refs[index - 1]
            if index + 1 < len(refs):
                item[NameObject("/Next")] = refs[index + 1]
            count += self._children(ref, item, node.children)
        if refs:
            parent[NameObject("/First")] = refs[0]
            parent[NameObject("/Last")] = refs[-1]
            parent[NameObject("/Count")] = NumberObject(count)
        return count

    def append_to(self, original: bytes) -> bytes:
        out = io.BytesIO()
        out.write(original)
        if not original.endswith(b"\n"):
            out.write(b"\n")
        offsets = {}
        for number in sorted(self.objects):
            offsets[number] = out.tell()
            out.write(f"{number} 0 obj\n".encode("ascii"))
            self.objects[number].write_to_stream(out)
            out.write(b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 1\n0000000000 65535 f \n")
        for first, run in _runs(sorted(offsets)):
            out.write(f"{first} {len(run)}\n".encode("ascii"))
            out.writelines(f"{offsets[n]:010d} 00000 n \n".encode("ascii") for n in run)
        trailer = DictionaryObject({
            NameObject("/Size"): NumberObject(self.size),
            NameObject("/Prev"): NumberObject(_last_xref(original)),
        })
        for key in ("/Root", "/Info", "/ID"):
            if key in self.reader.trailer:
                trailer[NameObject(key)] = self.reader.trailer.raw_get(key)
        if self.info is not None:
            trailer[NameObject("/Info")] = self.info
        out.write(b"trailer\n")
        trailer.write_to_stream(out)
        out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode("ascii"))
        return out.getvalue()


def _runs(numbers: list[int]) -> list[tuple[int, list[int]]]:
    """Consecutive runs of sorted object numbers (the cross-reference subsections)."""
    runs: list[tuple[int, list[int]]] = []
    for number in numbers:
        if runs and runs[-1][1][-1] + 1 == number:
            runs[-1][1].append(number)
        else:
            runs.append((number, [number]))
    return runs


def _last_xref(data: bytes) -> int:
    at = data.rindex(b"startxref")
    return int(data[at + len(b"startxref"):].split()[0])


def _destinations(reader: PdfReader) -> dict[str, Any]:
    """Element id → its named destination. Chromium names a destination after the URL
    fragment, percent-encoded (``/%CE%B5…`` for ``ε…``)."""
    found = {}
    for name, destination in reader.named_destinations.items():
        key = str(name).removeprefix("/")
        found[key] = destination
        found.setdefault(unquote(key), destination)
    return found


def finish_pdf(data: bytes, info: Mapping[str, str], headings: Sequence[Heading],
               language: str = "") -> bytes:
    """``data`` (Chromium's PDF) with ``info`` (``/Title``, ``/Author``… → text; empty values
    left out), bookmarks for ``headings`` and the document language."""
    reader = PdfReader(io.BytesIO(data))
    update = _Update(reader)
    old_info = reader.trailer.get("/Info")
    merged = DictionaryObject()
    if old_info is not None:
        for key, value in old_info.get_object().items():
            merged[NameObject(key)] = value
    for key, value in info.items():
        if value:
            merged[NameObject(key)] = TextStringObject(value)
    update.info = update.add(merged)
    root_ref = reader.trailer.raw_get("/Root")
    catalog = DictionaryObject()
    for key, value in cast(DictionaryObject, reader.trailer["/Root"]).items():
        catalog[NameObject(key)] = value
    tree = _tree(headings, _destinations(reader))
    if tree.children:
        catalog[NameObject("/Outlines")] = update.outline(tree)
        catalog[NameObject("/PageMode")] = NameObject("/UseOutlines")
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)})
    if language:
        catalog[NameObject("/Lang")] = TextStringObject(language)
    update.add(catalog, root_ref.idnum)
    return update.append_to(data)
