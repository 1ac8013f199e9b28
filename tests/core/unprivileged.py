"""Runs a function as another (unprivileged) user, for permission cases under a root suite.

The suite runs as root, which writes anywhere and owns nothing in particular; a forked child
drops to the given user and groups, runs the function and sends back its result (or the
exception) through a pipe. The interpreter is not re-executed: the child keeps the parent's
already imported modules, so it needs no access to the virtual environment.
"""

from __future__ import annotations

import os
import pickle

import pytest

NOBODY = 65534
#: a group id no account uses, standing for a shared "editors" group
EDITORS = 4242
OTHER_USER = 4243


def needs_root() -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("permission cases drop from root to another user; this run is not root")


def run_as(uid: int, gid: int, groups: list[int], function, *args):
    """``function(*args)`` in a forked child running as ``uid``/``gid`` with ``groups``."""
    needs_root()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(read_end)
            os.setgroups(groups)
            os.setgid(gid)
            os.setuid(uid)
            try:
                outcome = ("value", function(*args))
            except BaseException as exc:  # sent back to the parent
                outcome = ("error", exc)
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(outcome, pipe)
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert data, f"the child running as {uid} failed (status {status})"
    kind, value = pickle.loads(data)
    if kind == "error":
        raise value
    return value
