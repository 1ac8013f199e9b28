"""Marks strings declared away from where they are shown, for the translation catalogues.

``translatable("ExportDialog", "Web page (HTML)")`` returns the text unchanged; the
extraction (``scripts/update-translations.sh``) reads it as Qt's ``QT_TRANSLATE_NOOP``, and
the widget that shows the text translates it in the same context. No Qt here, so ``core``,
``render`` and ``export`` can declare texts the interface shows.
"""

from __future__ import annotations


def translatable(context: str, text: str) -> str:
    """``text``, marked for translation in ``context``."""
    del context
    return text


def N_(text: str) -> str:  # noqa: N802  (gettext's name for a no-op mark)
    """``text``, marked for translation in the context of the module's ``translator``."""
    return text
