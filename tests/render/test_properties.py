"""Property: for any text the renderer returns, and its output runs no script."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FRAGMENTS = ["<", ">", "&", '"', "'", "`", "```", "*", "_", "~~", "[", "]", "(", ")", "!", "#",
             "> ", "- ", "1. ", "|", "---", "\n", "\n\n", "    ", ":", "[^1]", "[^1]: n",
             "<script>", "</script>", "<img src=x onerror=alert(1)>", "<svg onload=x>",
             "javascript:", "jav&#x09;ascript:", "data:text/html,", "<a href=", "onclick=",
             " onmouseover=", "<div>", "</div>", "<iframe>", "<style>", "https://e.org",
             "www.e.org", "\x00", "\u202e", "\ufeff", "&#0;", "<!--", "-->", "<![CDATA[",
             "```scala\n\"\\\\\\\\", "- [ ] ", "Term\n: def", "<details open>", "{", "}"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=60).map("".join),
)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attributes: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(name for name, _ in attrs)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_render_never_raises_and_runs_no_script(renderer, text):
    html = renderer.render(text)
    assert "<script" not in html.lower()
    collector = _Collector()
    collector.feed(html)
    collector.close()
    assert not [a for a in collector.attributes if re.fullmatch(r"on\w+", a)]
    assert not {"script", "iframe", "object", "embed", "style", "svg"} & set(collector.tags)
