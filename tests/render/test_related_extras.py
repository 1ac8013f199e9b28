"""The page shows a related row's archived copy beside its URL, and print sources."""

from retro_editor.core.manifest import Manifest, RelatedLink
from retro_editor.render.page import render_page

ARCHIVE = "https://web.archive.org/web/2004/https://example.org/gone"


def test_archived_copy_and_print_source_are_shown():
    manifest = Manifest(related=[
        RelatedLink(title="Gone", url="https://example.org/gone", archive_url=ARCHIVE,
                    author="Ana Lima"),
        RelatedLink(title="The making of", source="Sight & Screen", issue="No. 9", page="34"),
    ])
    html = render_page(manifest, "<p>Body</p>", mode="export")
    assert 'href="https://example.org/gone">Gone</a>' in html
    assert f'href="{ARCHIVE}">(archived copy)</a>' in html
    assert '<span class="author">Ana Lima</span>' in html
    assert '<span class="related-title">The making of</span>' in html
    assert '<span class="print">No. 9, p. 34</span>' in html


def test_a_row_whose_url_is_a_draft_is_not_published():
    manifest = Manifest(related=[RelatedLink(title="Half", url="", drafts={"url": "example.org"})])
    assert "Half" not in render_page(manifest, "<p>Body</p>", mode="export")
