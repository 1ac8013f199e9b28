"""Keeping the history small: loose objects packed with deltas.

Each version of the article is stored whole (fast to record, about a third of the text's size
compressed); once ``LOOSE_LIMIT`` objects are loose they are packed together with git deltas, so
a hundred versions of a 100,000-word article take a few hundred KB instead of tens of MB. A
batch is bounded in memory (``BATCH_BYTES``); objects are removed loose only after the pack
holding them is complete, so a crash mid-way loses nothing.
"""

from __future__ import annotations

from pathlib import Path

from dulwich.objects import ObjectID, ShaFile
from dulwich.pack import pack_objects_to_data

from retro_editor.core.errors import ProjectError
from retro_editor.core.history_store import HISTORY_NAME, HistoryStore
from retro_editor.core.storage import describe_os_error

LOOSE_LIMIT = 100
BATCH_BYTES = 48 * 1024 * 1024


def loose_objects(history: Path) -> list[ObjectID]:
    """The ids of the loose objects under ``history/objects``."""
    found: list[ObjectID] = []
    objects = history / "objects"
    if not objects.is_dir():
        return found
    for folder in objects.iterdir():
        if len(folder.name) == 2 and folder.is_dir():
            found += [ObjectID((folder.name + entry.name).encode()) for entry in folder.iterdir()
                      if len(entry.name) == 38 and not entry.name.endswith(".tmp")]
    return found


def compact_history(folder: Path, limit: int = LOOSE_LIMIT) -> int:
    """Packs the project's loose history objects once there are ``limit`` of them (one
    bounded batch per call); how many were packed."""
    history = Path(folder) / HISTORY_NAME
    loose = loose_objects(history)
    if len(loose) < limit:
        return 0
    store = HistoryStore.open(folder, create=False)
    if store is None:
        return 0
    objects = store.repo.object_store
    try:
        batch: list[tuple[ShaFile, None]] = []
        size = 0
        for sha in loose:
            obj = objects[sha]
            size += len(obj.as_raw_string())
            batch.append((obj, None))
            if size > BATCH_BYTES:
                break
        count, records = pack_objects_to_data(batch, deltify=True)
        objects.add_pack_data(count, records)
        for obj, _ in batch:
            objects.delete_loose_object(obj.id)
    except OSError as exc:
        raise ProjectError(exc.filename or history,
                           f"the history could not be packed: {describe_os_error(exc)}") from None
    finally:
        store.close()
    return len(batch)
