"""The one error type every failure in the core raises."""

from __future__ import annotations

from pathlib import Path, PurePath


class ProjectError(Exception):
    """A problem with a project's files, named by file and (for the manifest) field.

    ``str(error)`` is one line fit to show a user:
    ``/path/to/x.retro: related[2].url: must be an http or https URL``.
    """

    def __init__(self, path: PurePath | str | None, reason: str, field: str | None = None):
        self.path = Path(path) if path is not None else None
        self.reason = reason
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        parts = []
        if self.path is not None:
            parts.append(str(self.path))
        if self.field:
            parts.append(self.field)
        parts.append(self.reason)
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.message
