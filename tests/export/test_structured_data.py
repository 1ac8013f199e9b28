"""The HTML export's schema.org JSON-LD, read back by an independent parser (extruct)."""

from __future__ import annotations

import extruct

from conftest import AWKWARD, SAMPLE, export
from retro_editor.core.manifest import RelatedLink
from retro_editor.core.project import open_project, save_project


def json_ld(page) -> list[dict]:
    return extruct.extract(page.read_text("utf-8"), syntaxes=["json-ld"],
                           uniform=True)["json-ld"]


def test_sample_page_carries_every_article_field(html_exports):
    pages, _ = html_exports
    [data] = json_ld(pages["sample-copy"])
    canonical = "https://example.org/retrospectives/neon-harbor-at-25"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"].startswith("Neon Harbor at 25")
    assert data["description"].startswith("How Mara Okafor")
    assert data["image"] == ["https://example.org/retrospectives/sample-copy_files/assets/cover.png"]
    assert data["datePublished"] == "2024-10-30"
    assert data["dateModified"] == "2024-11-06"
    assert data["author"] == {"@type": "Person", "name": "Elena Marsh"}
    assert data["publisher"] == {"@type": "Organization", "name": "The Long Take",
                                 "url": "https://example.org/"}
    assert data["inLanguage"] == "en"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": canonical}
    assert data["wordCount"] > 1000
    citations = data["citation"]
    assert len(citations) == len(open_sample_related())
    assert all(c["@type"] == "CreativeWork" and c["url"].startswith("http") for c in citations)


def open_sample_related() -> list:
    return open_project(SAMPLE).manifest.related


def test_embedded_page_leaves_the_data_uri_cover_out(html_exports):
    pages, _ = html_exports
    [data] = json_ld(pages["sample-embed"])
    assert "image" not in data
    assert data["headline"].startswith("Neon Harbor at 25")


def test_metadata_cannot_end_the_script_element(html_exports):
    pages, _ = html_exports
    text = pages["feature"].read_text("utf-8")
    script = text.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script
    [data] = json_ld(pages["feature"])
    assert data["description"] == AWKWARD["summary"]
    assert data["author"]["name"] == AWKWARD["author"]
    assert data["citation"][0]["name"] == AWKWARD["related_title"]


def test_news_article_type_logo_and_social_image_option(sample_copy, tmp_path):
    publishing = sample_copy.manifest.publishing
    publishing.schema_type = "NewsArticle"
    publishing.publisher_logo = "assets/cover.png"
    sample_copy.manifest.related.append(
        RelatedLink(title="Dated & sourced", url="https://news.example/x", source="Daily",
                    date="1999-10"))
    save_project(sample_copy)
    page = export(sample_copy, "html", tmp_path / "page.html", images="copy",
                  image_url="https://cdn.example/cover-1200.png")
    [data] = json_ld(page)
    assert data["@type"] == "NewsArticle"
    assert data["image"] == ["https://cdn.example/cover-1200.png"]
    assert data["publisher"]["logo"] == {
        "@type": "ImageObject",
        "url": "https://example.org/retrospectives/page_files/assets/cover.png"}
    assert data["citation"][-1] == {"@type": "CreativeWork", "name": "Dated & sourced",
                                    "url": "https://news.example/x", "datePublished": "1999-10",
                                    "publisher": {"@type": "Organization", "name": "Daily"}}


def test_without_canonical_url_images_stay_relative_to_the_page(sample_copy, tmp_path):
    sample_copy.manifest.article.canonical_url = None
    sample_copy.manifest.article.updated = None
    save_project(sample_copy)
    page = export(sample_copy, "html", tmp_path / "page.html", images="copy")
    [data] = json_ld(page)
    assert data["image"] == ["page_files/assets/cover.png"]
    assert data["dateModified"] == data["datePublished"] == "2024-10-30"
    assert "mainEntityOfPage" not in data and "url" not in data
