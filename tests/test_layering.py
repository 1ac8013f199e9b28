"""core, render, export and web must work with no Qt at all (the CLI runs without a display)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

#: a script prelude that makes every PySide6 import fail with "Qt is not allowed here"
NO_QT = textwrap.dedent("""
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError("Qt is not allowed here: " + name)
            return None

    sys.meta_path.insert(0, NoQt())
""")


def test_core_render_export_import_and_export_without_qt(tmp_path, sample_project_dir):
    script = NO_QT + textwrap.dedent(f"""
        import retro_editor
        for package in ("core", "render", "export", "web"):
            pkg = importlib.import_module("retro_editor." + package)
            for info in pkgutil.iter_modules(pkg.__path__):
                if package == "export" and info.name == "pdf":
                    continue  # the PDF exporter prints through Qt's web engine by design
                importlib.import_module(f"retro_editor.{{package}}.{{info.name}}")
        from retro_editor.cli import main
        sys.exit(main(["export", {str(sample_project_dir)!r}, "-f", "html", "-q",
                       "-o", {str(tmp_path / "page.html")!r}]))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "page.html").read_text("utf-8").count("<h2") >= 3
