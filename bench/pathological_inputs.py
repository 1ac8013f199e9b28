"""Time and peak memory for the pathological inputs of issue 11, one fresh process per case.

    .venv/bin/python bench/pathological_inputs.py [--src DIR] [--timeout S] [CASE ...]

``--src`` chooses the ``src`` folder to measure (another checkout, to compare before/after).
Each case runs in its own interpreter, so its peak resident memory (``ru_maxrss``) is its own;
``baseline`` is the interpreter with the modules imported and nothing else. A case still
running after ``--timeout`` seconds is stopped and shown as ``> S``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_SRC = Path(__file__).resolve().parents[1] / "src"


def _manifest_escaped_quotes(size: int) -> bytes:
    """An unterminated string of ``\\"`` pairs: quadratic for a scan that retries at each quote."""
    return b'{"format": "retro-editor/1", "x": "' + b'\\"' * (size // 2)


def _manifest_valid(size: int) -> bytes:
    facts, total = [], 0
    while total < size - 200:
        fact = {"label": f"Fact {len(facts)}", "value": "harbour neon \\\"rain\\\" lantern " * 8}
        facts.append(fact)
        total += len(json.dumps(fact)) + 2
    return json.dumps({"format": "retro-editor/1", "article": {"title": "Big"},
                       "facts": facts}).encode()


def _manifest_long_note(size: int) -> bytes:
    """One section note of ``size`` bytes (notes have no length limit)."""
    return json.dumps({"format": "retro-editor/1",
                       "sections": {"intro": {"note": "neon rain " * (size // 10)}}}).encode()


def _parse_manifest(data: bytes) -> Callable[[], object]:
    from retro_editor.core.errors import ProjectError
    from retro_editor.core.manifest import parse_manifest

    def run() -> object:
        try:
            return parse_manifest(data, "bench.retro")
        except ProjectError as exc:
            return exc
    return run


def _render(text: str) -> Callable[[], object]:
    from retro_editor.render.markdown import MarkdownRenderer
    renderer = MarkdownRenderer()
    return lambda: renderer.render(text)


def _outline(text: str) -> Callable[[], object]:
    from retro_editor.core.outline import parse_outline
    return lambda: parse_outline(text)


CASES: dict[str, Callable[[], Callable[[], object]]] = {
    "baseline": lambda: (lambda: None),
    "manifest 64 KB (escaped quotes)": lambda: _parse_manifest(_manifest_escaped_quotes(64_000)),
    "manifest 200 KB (escaped quotes)": lambda: _parse_manifest(_manifest_escaped_quotes(200_000)),
    "manifest 4.9 MB (escaped quotes)": lambda: _parse_manifest(
        _manifest_escaped_quotes(4_900_000)),
    "manifest 4.9 MB valid (14k facts)": lambda: _parse_manifest(_manifest_valid(4_900_000)),
    "manifest 4.9 MB valid (one long note)": lambda: _parse_manifest(
        _manifest_long_note(4_900_000)),
    "render 20k same-title headings": lambda: _render("# Same\n\n" * 20_000),
    "render 100k same-title headings": lambda: _render("# Same\n\n" * 100_000),
    "outline 100k same-title headings": lambda: _outline("# Same\n\n" * 100_000),
    "render 10k task list": lambda: _render("- [ ] item\n" * 10_000),
    "render 1 MB task list": lambda: _render("- [ ] item\n" * 95_000),
    "render 40 KB <a run in HTML block": lambda: _render("<div>\n" + "<a" * 20_000 + "\n"),
    "render 1 MB <a run in HTML block": lambda: _render("<div>\n" + "<a" * 500_000 + "\n"),
    "render 1 MB <a run inline": lambda: _render("x " + "<a" * 500_000 + "\n"),
}


def run_case(name: str) -> None:
    """In the child: build the input, time the call, print ``seconds peak_kb``."""
    action = CASES[name]()
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    print(f"{elapsed:.3f} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("names", nargs="*", help="cases to run (default: all)")
    args = parser.parse_args(argv)
    if args.case:
        sys.path.insert(0, str(args.src))
        run_case(args.case)
        return 0
    names = args.names or list(CASES)
    print(f"src: {args.src.resolve()}")
    print(f"{'case':<40} {'time (s)':>10} {'peak RSS (MB)':>14}")
    for name in names:
        command = [sys.executable, __file__, "--src", str(args.src), "--case", name]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            print(f"{name:<40} {'> ' + format(args.timeout, 'g'):>10} {'-':>14}", flush=True)
            continue
        if done.returncode != 0:
            print(f"{name:<40} {'failed':>10} {'-':>14}  {done.stderr.strip().splitlines()[-1:]}")
            continue
        seconds, peak_kb = done.stdout.split()[-2:]
        print(f"{name:<40} {float(seconds):>10.2f} {int(peak_kb) / 1024:>14.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
