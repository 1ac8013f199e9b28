"""The manifest's ``goals`` object: the article's word goal and its deadline.

Apart from :mod:`retro_editor.core.manifest` only to keep that module within its size; the
manifest imports and re-exports :class:`ArticleGoals`. The per-session goal is the writer's
(a setting of the app), and the words written per day are machine state
(``core.project_state``): neither is in the manifest.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

__all__ = ["ArticleGoals"]

DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


def _day(value: str) -> str:
    if not re.fullmatch(DAY_PATTERN, value):
        raise PydanticCustomError("retro_editor", "must be a date written YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("retro_editor", "is not a date in the calendar") from None
    return value


class ArticleGoals(BaseModel):
    """What the writer aims at; both are optional."""

    model_config = ConfigDict(extra="forbid", strict=True)

    words: Annotated[int, Field(ge=1)] | None = Field(
        default=None, description="the article's word goal (words of prose, as counted in the "
                                  "status bar)")
    deadline: Annotated[str, AfterValidator(_day),
                        Field(json_schema_extra={"pattern": DAY_PATTERN})] | None = Field(
        default=None, description="the day the article is due, YYYY-MM-DD")

    def days_left(self, today: dt.date) -> int | None:
        """Days from ``today`` to the deadline (0: due today, negative: overdue)."""
        if self.deadline is None:
            return None
        return (dt.date.fromisoformat(self.deadline) - today).days
