"""The frozen app's entry point (``retro-editor``, and ``retro-editor-cli`` on Windows).

In a frozen build ``sys.executable`` is this program, not a Python interpreter, so the helper
processes the app starts with it are recognised here before anything else runs:
``retro-editor --helper MODULE [ARGS]`` runs the helper module's ``main(ARGS)`` (the preview's
render helper, the code-block highlighter), for the modules in
``retro_editor.render.helper_process.HELPER_MODULES`` only.

Everything else is the ``retro-editor`` command: the desktop app or ``new`` / ``export`` /
``check``. Before either, a build that bundles Enchant (macOS) is made to use its own copy
(``retro_editor.bundled_enchant``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from retro_editor.bundled_enchant import use_bundled_enchant
from retro_editor.render.helper_process import HELPER_FLAG, run_helper


def main() -> int:
    if getattr(sys, "frozen", False):
        use_bundled_enchant(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)))
    argv = sys.argv[1:]
    if argv[:1] == [HELPER_FLAG]:
        return run_helper(argv[1:])
    from retro_editor.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
