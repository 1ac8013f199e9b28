"""The side panel: Article, Facts, Related and Section tabs editing the project's manifest."""

from retro_editor.ui.side_panel.panel import SidePanel

__all__ = ["SidePanel"]
