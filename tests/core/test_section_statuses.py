"""The section statuses core declares are the ones the manifest accepts and its schema lists."""

from __future__ import annotations

import pytest

from retro_editor.core.manifest import SECTION_STATUSES, SectionState
from retro_editor.core.manifest_schema import manifest_json_schema


def test_schema_lists_the_declared_statuses() -> None:
    schema = manifest_json_schema()
    status = schema["$defs"]["SectionState"]["properties"]["status"]
    assert status["enum"] == list(SECTION_STATUSES)


@pytest.mark.parametrize("status", SECTION_STATUSES)
def test_every_declared_status_is_accepted(status: str) -> None:
    assert SectionState(status=status).status == status


def test_the_first_status_is_the_default() -> None:
    assert SectionState().status == SECTION_STATUSES[0] == "draft"
