"""The frozen app's entry point (``retro-editor``, and ``retro-editor-cli`` on Windows).

In a frozen build ``sys.executable`` is this program, not a Python interpreter, so the helper
processes the app starts with it are recognised here before anything else runs:

- ``retro-editor --render-worker [ARGS]`` runs the preview's render worker
  (:mod:`retro_editor.render.worker`; the flag is
  ``retro_editor.ui.preview.render_process.FROZEN_WORKER_FLAG``);
- ``retro-editor --multiprocessing-fork …`` is a ``multiprocessing`` child (the code-block
  highlighter's worker in a frozen build), served by ``multiprocessing.freeze_support()``.

Everything else is the ``retro-editor`` command: the desktop app or ``new`` / ``export`` /
``check``.
"""

from __future__ import annotations

import multiprocessing
import sys

RENDER_WORKER_FLAG = "--render-worker"


def main() -> int:
    multiprocessing.freeze_support()
    argv = sys.argv[1:]
    if argv[:1] == [RENDER_WORKER_FLAG]:
        from retro_editor.render.worker import main as render_worker_main

        return render_worker_main(argv[1:])
    from retro_editor.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
