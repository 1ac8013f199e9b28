"""How long a writer waits to open an article: prints a table of median and p95.

    .venv/bin/python bench/open_speed.py [--words 5000 20000 100000] [--runs 5]
                                         [--retext /path/to/retext-venv/bin/python]
                                         [--baseline OTHER_CHECKOUT/src]
                                         [--only start,open,cold]

Three measures, each from what the writer sees (the milestones the app writes when
``RETRO_EDITOR_TIMING_FILE`` is set, see docs/architecture.md):

* **start**: from launching ``python -m retro_editor.cli PROJECT`` (a new process, as from a
  file manager) to the window first shown, to the editor painted with the text (*editable*)
  and to the preview showing the whole article;
* **open**: File → Open in a running app (the real main window, built in this process):
  from asking the window to open the project to *editable* and to the preview shown, with the
  longest pause of the event loop (a 1 ms timer's gaps) from *editable* until one second after
  the preview was shown — keys typed meanwhile wait that long;
* **cold**: launching the app with no project to the main window first shown.

Each process run gets a fresh home folder (no settings, no recovery files) and a fresh copy of
the project. Python byte code is cached in a folder under the temporary directory (an installed
app has its ``.pyc`` files; this machine may set ``PYTHONDONTWRITEBYTECODE``), and one run is
made first and not counted, so the figures are not the compiler's.

Launches take turns between the subjects (this checkout, ``--baseline``'s, ReText), so a
change in the machine's load falls on each alike. ``--retext`` times ReText (installed in its
own environment with PyQt6-WebEngine) opening the same Markdown file with its WebEngine
preview: ``bench/retext_timing.py`` wraps it and records the same milestones from its
widgets' paints.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

from retro_editor.core.project import new_project, save_project  # noqa: E402
from retro_editor.testing.articles import generated_article  # noqa: E402
from retro_editor.testing.stats import percentile  # noqa: E402

TIMEOUT_S = 90.0
PYCACHE = Path(tempfile.gettempdir()) / "retro-editor-bench-pycache"
MILESTONES = ("window-shown", "editable", "preview-shown")


def make_project(folder: Path, words: int) -> Path:
    project = new_project(folder, f"Open speed {words}")
    project.text = generated_article(words)
    save_project(project)
    return folder


def read_milestones(path: Path) -> dict[str, float]:
    found: dict[str, float] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            stamp, _, name = line.partition(" ")
            found.setdefault(name, float(stamp))
    return found


def child_env(home: Path, timing: Path, src: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"),
               PYTHONPYCACHEPREFIX=str(PYCACHE), PYTHONPATH=src,
               RETRO_EDITOR_TIMING_FILE=str(timing))
    return env


def timed_launch(command: list[str], env: dict[str, str], timing: Path,
                 wanted: tuple[str, ...]) -> dict[str, float]:
    """Milliseconds from launching ``command`` to each milestone in ``wanted`` (the ones that
    came within the time limit); the process group is ended afterwards."""
    started = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + TIMEOUT_S
        while time.monotonic() < deadline and process.poll() is None:
            seen = read_milestones(timing)
            if all(name in seen for name in wanted):
                break
            time.sleep(0.01)
        seen = read_milestones(timing)
    finally:
        stop_group(process)
    return {name: (seen[name] - started) * 1000 for name in wanted if name in seen}


def stop_group(process: subprocess.Popen[bytes]) -> None:
    """Ends the launched process and its children (the web engine's), by its group id."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=5)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def run_start(words: int, runs: int, work: Path, subjects: list[tuple[str, str, str]],
              cold: bool = False) -> dict[str, dict[str, list[float]]]:
    """``runs`` launches (after one not counted) of each subject, taking turns so that a
    change in the machine's load falls on all of them alike. A subject is ``(label, kind,
    where)``: kind "app" with ``where`` the ``src`` folder to run, or "retext" with
    ``where`` ReText's Python."""
    results: dict[str, dict[str, list[float]]] = {}
    for run in range(runs + 1):
        for number, (label, kind, where) in enumerate(subjects):
            home = work / f"home-{words}-{run}-{number}"
            home.mkdir()
            timing = home / "timing.txt"
            wanted: tuple[str, ...] = ("window-shown",) if cold else MILESTONES
            folder = home / "article"
            if not cold:
                make_project(folder, words)
            if kind == "retext":
                command = [where, str(ROOT / "bench" / "retext_timing.py"),
                           str(folder / "article.md")]
            else:
                command = [sys.executable, "-m", "retro_editor.cli",
                           *([] if cold else [str(folder)])]
            times = timed_launch(command, child_env(home, timing, where), timing, wanted)
            shutil.rmtree(home, ignore_errors=True)
            if run == 0:
                continue  # the warm-up: byte code compiled, files in the page cache
            row = results.setdefault(label, {})
            for name in wanted:
                row.setdefault(name, []).append(times.get(name, float("nan")))
    return results


def run_file_open(sizes: list[int], runs: int, work: Path) -> dict[int, dict[str, list[float]]]:
    """File → Open in the real main window, built here; see the module docstring."""
    timing = work / "file-open-timing.txt"
    os.environ["RETRO_EDITOR_TIMING_FILE"] = str(timing)
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from retro_editor.ui.main_window import MainWindow
    from retro_editor.ui.safety import SafetyServices
    from retro_editor.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.safety = SafetyServices(window, work / "recovery", work / "backups")  # as the app
    window.show()

    def spin(until, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        loop = QEventLoop()
        while not until() and time.monotonic() < deadline:
            QTimer.singleShot(5, loop.quit)
            loop.exec()

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    spin(lambda: False, 2.0)  # the web engine up, the empty window painted
    results: dict[int, dict[str, list[float]]] = {}
    for words in sizes:
        for run in range(runs + 1):
            folder = make_project(work / f"open-{words}-{run}", words)
            timing.unlink(missing_ok=True)
            started = time.time()
            window.open_project(folder)
            returned = (time.time() - started) * 1000
            spin(lambda: "editable" in read_milestones(timing), TIMEOUT_S)
            gaps.clear()
            last[0] = time.perf_counter()
            ticker.start(1)
            spin(lambda: "preview-shown" in read_milestones(timing), TIMEOUT_S)
            spin(lambda: False, 1.0)
            ticker.stop()
            seen = read_milestones(timing)
            window.controller.close_project()
            spin(lambda: False, 0.3)
            if run == 0:
                continue
            row = results.setdefault(words, {})
            row.setdefault("call returned", []).append(returned)
            for name in ("editable", "preview-shown"):
                row.setdefault(name, []).append((seen[name] - started) * 1000 if name in seen
                                                else float("nan"))
            row.setdefault("longest pause", []).append(max(gaps, default=float("nan")))
    window.close()
    app.processEvents()
    return results


def cell(values: list[float]) -> str:
    return f"{percentile(values, 50):8.0f} {percentile(values, 95):6.0f}"


def print_table(title: str, rows: list[tuple[str, dict[str, list[float]]]],
                columns: tuple[str, ...]) -> None:
    print(f"\n{title} (ms: median p95)")
    print(f"{'':>18} " + " ".join(f"{name:>15}" for name in columns))
    for label, values in rows:
        print(f"{label:>18} " + " ".join(cell(values.get(name, [])) for name in columns))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, nargs="+", default=[5000, 20000, 100000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--retext", metavar="PYTHON",
                        help="a Python with ReText and PyQt6-WebEngine installed")
    parser.add_argument("--baseline", metavar="SRC",
                        help="another checkout's src folder, launched in turn with this one")
    parser.add_argument("--only", default="start,open,cold",
                        help="which measures, comma-separated: start, open, cold")
    args = parser.parse_args()
    only = set(args.only.split(","))
    print(f"{args.runs} runs each (after one not counted); QT_QPA_PLATFORM="
          f"{os.environ['QT_QPA_PLATFORM']}; {os.cpu_count()} CPUs")
    subjects = [("Retro Editor", "app", str(ROOT / "src"))]
    if args.baseline:
        subjects.append(("baseline", "app", str(Path(args.baseline).resolve())))
    with tempfile.TemporaryDirectory(prefix="open-speed-") as tmp:
        work = Path(tmp)
        if "start" in only:
            rows = []
            for words in args.words:
                subjects_here = subjects + ([("ReText", "retext", args.retext)] if args.retext
                                            else [])
                measured = run_start(words, args.runs, work, subjects_here)
                rows += [(f"{label[:8]} {words:,}", values) for label, values in measured.items()]
            print_table("From process start with the project", rows, MILESTONES)
        if "cold" in only:
            measured = run_start(0, args.runs, work, subjects, cold=True)
            print_table("Cold start, no project",
                        [(label[:18], values) for label, values in measured.items()],
                        ("window-shown",))
        if "open" in only:
            opened = run_file_open(args.words, args.runs, work)
            print_table("File → Open in a running app",
                        [(f"{words:,} words", values) for words, values in opened.items()],
                        ("call returned", "editable", "preview-shown", "longest pause"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
