"""Page themes: ``resources/themes/<name>.css``, each paired with a Pygments style for code.

A theme sets the colour variables of the shared layout (``resources/themes/base/page.css``) and
names its Pygments style in a comment near its top, ``/* pygments-style: monokai */``, so adding
a theme is adding one small CSS file.
"""

from __future__ import annotations

import re

from retro_editor.render.highlight import pygments_css
from retro_editor.resources import resource_path

DEFAULT_THEME = "light"
_PYGMENTS_STYLE = re.compile(r"pygments-style:\s*([\w-]+)")
_THEME_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def available_themes() -> list[str]:
    """Names of the bundled themes, sorted (``["dark", "light"]``)."""
    folder = resource_path("themes")
    return sorted(p.stem for p in folder.glob("*.css") if _THEME_NAME.match(p.stem))


def theme_stylesheet(theme: str) -> str:
    """The theme's own CSS; ``ValueError`` for a name that is not a bundled theme."""
    if theme not in available_themes():
        raise ValueError(f"unknown theme {theme!r}; available: {', '.join(available_themes())}")
    return resource_path("themes", f"{theme}.css").read_text(encoding="utf-8")


def pygments_style_for(stylesheet: str) -> str:
    match = _PYGMENTS_STYLE.search(stylesheet[:2000])
    return match.group(1) if match else "default"


def theme_css(theme: str) -> str:
    """The theme's variables, the shared layout, then the CSS for highlighted code in the
    theme's Pygments style. The layout comes after the theme so its print rules win."""
    stylesheet = theme_stylesheet(theme)
    layout = resource_path("themes", "base", "page.css").read_text(encoding="utf-8")
    code = pygments_css(pygments_style_for(stylesheet))
    return f"{stylesheet}\n{layout}\n/* code highlighting */\n{code}"
