"""HTML export: valid HTML5 (Nu checker), head tags for search and social sites, escaping."""

from __future__ import annotations

from html.parser import HTMLParser

from conftest import AWKWARD, shown


class HeadReader(HTMLParser):
    """The standard library's HTML parser: title, metas, links and <html lang>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, str] = {}
        self.lang = ""
        self.title = ""
        self._in_title = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang", "")
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content", ""))
        elif tag == "link":
            self.links[attrs.get("rel", "")] = attrs.get("href", "")
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        self.text.append(data)


def read_head(path) -> HeadReader:
    reader = HeadReader()
    reader.feed(path.read_text("utf-8"))
    return reader


def test_every_page_is_valid_html5(html_exports):
    _, errors = html_exports
    assert errors == {key: [] for key in errors}


def test_sample_page_has_search_and_social_tags(html_exports):
    pages, _ = html_exports
    head = read_head(pages["sample-copy"])
    assert head.lang == "en"
    assert head.title.startswith("Neon Harbor at 25")
    assert head.links["canonical"] == "https://example.org/retrospectives/neon-harbor-at-25"
    assert head.meta["description"][0].startswith("How Mara Okafor")
    assert head.meta["og:type"] == ["article"]
    assert head.meta["og:url"] == ["https://example.org/retrospectives/neon-harbor-at-25"]
    assert head.meta["og:image"] == [
        "https://example.org/retrospectives/sample-copy_files/assets/cover.png"]
    assert head.meta["article:published_time"] == ["2024-10-30"]
    assert head.meta["article:author"] == ["Elena Marsh"]
    assert "The Paper Lanterns" in head.meta["article:tag"]
    assert head.meta["twitter:card"] == ["summary_large_image"]
    assert head.meta["twitter:title"] == head.meta["og:title"]
    assert (pages["sample-copy"].parent / "sample-copy_files" / "assets" / "cover.png").is_file()
    assert "theme-dark" in pages["sample-copy"].read_text("utf-8")


def test_embedded_page_needs_no_other_file(html_exports):
    pages, _ = html_exports
    text = pages["sample-embed"].read_text("utf-8")
    assert 'src="data:image/png;base64,' in text and 'src="assets/' not in text
    assert "og:image" not in text  # no absolute URL exists for an embedded cover
    assert "theme-light" in text


def test_awkward_metadata_is_escaped_and_intact(html_exports, session_projects):
    pages, _ = html_exports
    head = read_head(pages["feature"])
    assert head.lang == "ja"
    assert head.title == AWKWARD["title"]
    assert head.meta["og:title"] == [AWKWARD["title"]]
    assert head.meta["description"] == [AWKWARD["summary"]]
    assert head.meta["twitter:description"] == [AWKWARD["summary"]]
    assert head.meta["article:author"] == [AWKWARD["author"]]
    assert head.meta["article:tag"] == ["live & loud", "<tag>", "日本"]
    assert head.links["canonical"] == "https://example.org/posts/tom-and-jerry?x=1&y=2"
    text = "".join(head.text)
    for value in (AWKWARD["subtitle"], AWKWARD["fact_value"], AWKWARD["related_title"]):
        assert shown(session_projects["feature"], value) in text
    raw = pages["feature"].read_text("utf-8")
    assert "<script>" not in raw and "<Live>" not in raw and "<b>not bold</b>" not in raw
