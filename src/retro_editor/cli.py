"""The ``retro-editor`` command: the desktop app, or ``new`` / ``export`` / ``check`` /
``related`` / ``links`` / ``history`` / ``snapshot`` / ``diff`` / ``restore`` without a display.

Every command ends with one of the exit statuses in ``EXIT_STATUSES``. A command that cannot run
prints exactly one line on stderr (``retro-editor: error: …``), never a traceback; warnings are
one line each (``retro-editor: warning: …``) and always start on a line of their own, after any
progress line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, NoReturn, TextIO

from retro_editor import __version__

COMMANDS = ("new", "export", "check", "related", "links", "history", "snapshot", "diff",
            "restore", "sync", "clone")

#: (status, meaning): the one table of exit statuses, shown by ``--help`` and in the README
EXIT_STATUSES = (
    (0, "done"),
    (1, "the command ran and found problems (check; search and social warnings only with "
        "--strict), warnings with export --strict, a broken link (links), a related page that "
        "could not be read (related add: the row is still added), or conflicts that remain "
        "(sync)"),
    (2, "the command could not run: bad arguments, unreadable or invalid input, I/O errors"),
    (130, "interrupted (Ctrl+C)"),
)


def exit_status_table() -> str:
    return "exit status:\n" + "\n".join(f"  {code:<4} {meaning}" for code, meaning in EXIT_STATUSES)


class CliError(Exception):
    """A failure reported as one line on stderr with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse whose usage errors are one line (exit status 2 from ``run_command``)."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see {self.prog} --help)")


class Console:
    """stderr for progress, warnings and errors: a progress line is ended before anything else.

    Progress is shown on a terminal only, so a script reading stderr gets just the one line
    of an error (or one line per warning)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream
        self._progress_open = False

    @property
    def stream(self) -> TextIO:
        return self._stream or sys.stderr

    def progress(self, text: str) -> None:
        if not self.stream.isatty():
            return
        print(f"\r{text}", end="", file=self.stream, flush=True)
        self._progress_open = True

    def end_progress(self) -> None:
        if self._progress_open:
            print(file=self.stream, flush=True)
            self._progress_open = False

    def line(self, text: str) -> None:
        self.end_progress()
        print(" ".join(str(text).split()), file=self.stream, flush=True)

    def warning(self, text: str) -> None:
        self.line(f"retro-editor: warning: {text}")

    def error(self, text: str) -> None:
        self.line(f"retro-editor: error: {text}")


def _format_names() -> list[str]:
    from retro_editor.export.registry import export_formats

    return list(export_formats())


def _command_parser() -> argparse.ArgumentParser:
    common: dict[str, Any] = {"epilog": exit_status_table(),
                              "formatter_class": argparse.RawDescriptionHelpFormatter}
    parser = _Parser(
        prog="retro-editor",
        description="Write long-form retrospective articles in Markdown.",
        **common,
    )
    parser.add_argument("--version", action="version", version=f"retro-editor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser("new", help="create a new, empty project folder", **common)
    new.add_argument("path", type=Path, help="the project folder to create")
    new.add_argument("--title", default="", help="the article's title")

    export = sub.add_parser("export", help="export a project (no display needed)", **common)
    export.add_argument("project", type=Path, help="project folder, .retro file or .md file")
    export.add_argument("--format", "-f", required=True,
                        help="output format: " + ", ".join(_format_names()))
    export.add_argument("-o", "--output", type=Path, help="output file or folder")
    export.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="an exporter option, e.g. --set images=copy (repeatable)")
    export.add_argument("--quiet", "-q", action="store_true", help="print no progress")
    export.add_argument("--strict", action="store_true",
                        help="exit with status 1 if there were warnings (the export is "
                             "still written)")
    export.add_argument("--force", action="store_true",
                        help="replace files at the destination that an earlier export did not "
                             "write or that were changed since")

    check = sub.add_parser("check", help="check a project for problems", **common)
    check.add_argument("project", type=Path, help="project folder, .retro file or .md file")
    check.add_argument("--strict", action="store_true",
                       help="exit with status 1 for search and social warnings too")

    from retro_editor import cli_history, cli_links

    cli_links.add_parsers(sub, common)
    cli_history.add_parsers(sub, common)
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="retro-editor",
        description="Write long-form retrospective articles in Markdown. Commands: "
                    + ", ".join(COMMANDS) + " (retro-editor COMMAND --help).",
        epilog=exit_status_table(), formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"retro-editor {__version__}")
    parser.add_argument("path", nargs="?", type=Path,
                        help="project to open (default: the last one, or the start screen)")
    parser.add_argument("--sample", action="store_true",
                        help="open your copy of the sample article (made in Documents/Retro "
                             "Editor the first time)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the project, render the preview once, export HTML and PDF "
                             "into a temporary folder and exit (for packaging checks)")
    return parser


def _parse_options(pairs: list[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise CliError(f"--set takes OPTION=VALUE, not {pair!r}")
        options[name.strip()] = value
    return options


def cmd_new(args: argparse.Namespace, console: Console) -> int:
    from retro_editor.core.project import new_project

    project = new_project(args.path, args.title)
    print(f"created {project.folder}")
    return 0


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    from retro_editor.core.project import open_project
    from retro_editor.core.project_problems import project_warnings
    from retro_editor.export.registry import export_formats

    formats = export_formats()
    fmt = formats.get(args.format)
    if fmt is None:
        raise CliError(f"unknown format {args.format!r}; choose one of {', '.join(formats)}")
    try:
        options = fmt.resolve_options(_parse_options(args.set))
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    project = open_project(args.project)
    warnings = project_warnings(project) + fmt.export_warnings(project, options)
    for warning in warnings:
        console.warning(warning)
    destination = (args.output or fmt.default_destination(project)).absolute()
    last = None
    for done, total in fmt.run(project, destination, options,
                                  force=args.force):
        if not args.quiet and total and (done, total) != last:
            console.progress(f"exporting {fmt.name}: {done}/{total}")
            last = (done, total)
    console.end_progress()
    print(f"exported {destination}")
    return 1 if warnings and args.strict else 0


def cmd_check(args: argparse.Namespace, console: Console) -> int:
    from retro_editor.core.project import open_project
    from retro_editor.core.project_problems import all_problems

    project = open_project(args.project)
    problems = all_problems(project)
    for line, _ in problems:
        print(line)
    advice = sum(level == "advice" for _, level in problems)
    if not problems:
        print(f"{project.folder}: no problems found")
    elif advice:
        console.line(f"{len(problems) - advice} problem(s) found, "
                     f"{advice} search and social warning(s)")
    else:
        console.line(f"{len(problems)} problem(s) found")
    return 1 if len(problems) > advice or (advice and args.strict) else 0


def _os_error_line(exc: OSError) -> str:
    from retro_editor.core.storage import describe_os_error

    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{describe_os_error(exc)}"


def run_command(argv: list[str], console: Console | None = None) -> int:
    """Runs one command; every failure becomes one line on stderr and exit status 2."""
    from retro_editor.cli_history import HANDLERS as HISTORY_HANDLERS
    from retro_editor.cli_links import CommandFailed, cmd_links, cmd_related_add
    from retro_editor.core.errors import ProjectError

    console = console or Console()
    handlers = {"new": cmd_new, "export": cmd_export, "check": cmd_check,
                "related": cmd_related_add, "links": cmd_links, **HISTORY_HANDLERS}
    try:
        args = _command_parser().parse_args(argv)
        return handlers[args.command](args, console)
    except (CliError, CommandFailed, ProjectError) as exc:
        console.error(str(exc))
    except OSError as exc:
        console.error(_os_error_line(exc))
    except KeyboardInterrupt:
        console.line("retro-editor: cancelled")
        return 130
    except Exception as exc:  # noqa: BLE001 - a bug must still end in one line, not a traceback
        console.error(f"internal error ({type(exc).__name__}: {exc}); please report it")
    return 2


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return run_command(argv)
    try:
        args = _gui_parser().parse_args(argv)
    except CliError as exc:
        Console().error(str(exc))
        return 2
    from retro_editor.app import run_app

    # absolute: the preview loads the page from the project folder's file: URL
    path = args.path.absolute() if args.path is not None else None
    return run_app(path, smoke_test=args.smoke_test, sample=args.sample and path is None)


if __name__ == "__main__":
    sys.exit(main())
