"""The ``retro-editor`` command: the desktop app, or ``new`` / ``export`` / ``check`` without a display.

Exit status: 0 on success, 1 when ``check`` finds problems, 2 on an error (one line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from retro_editor import __version__

COMMANDS = ("new", "export", "check")


class CliError(Exception):
    """A failure reported as one line on stderr with exit status 2."""


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="retro-editor",
        description="Write long-form retrospective articles in Markdown.",
    )
    parser.add_argument("--version", action="version", version=f"retro-editor {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = sub.add_parser("new", help="create a new, empty project folder")
    new.add_argument("path", type=Path, help="the project folder to create")
    new.add_argument("--title", default="", help="the article's title")

    export = sub.add_parser("export", help="export a project (no display needed)")
    export.add_argument("project", type=Path, help="project folder, .retro file or .md file")
    export.add_argument("--format", "-f", required=True, help="output format (see --list-formats)")
    export.add_argument("-o", "--output", type=Path, help="output file or folder")
    export.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE",
                        help="an exporter option, e.g. --set images=copy (repeatable)")
    export.add_argument("--quiet", "-q", action="store_true", help="print no progress")
    export.add_argument("--force", action="store_true",
                        help="replace files at the destination that an earlier export did not "
                             "write or that were changed since")

    check = sub.add_parser("check", help="check a project for problems")
    check.add_argument("project", type=Path, help="project folder, .retro file or .md file")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="retro-editor",
        description="Write long-form retrospective articles in Markdown. Commands: "
                    + ", ".join(COMMANDS) + " (retro-editor COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"retro-editor {__version__}")
    parser.add_argument("path", nargs="?", type=Path,
                        help="project to open (default: the last one, or the sample project)")
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


def cmd_new(args: argparse.Namespace) -> int:
    from retro_editor.core.project import new_project

    project = new_project(args.path, args.title)
    print(f"created {project.folder}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from retro_editor.core.project import open_project
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
    destination = (args.output or fmt.default_destination(project)).absolute()
    last = None
    for done, total in fmt.run(project, destination, options,
                                  force=args.force):
        if not args.quiet and total and (done, total) != last:
            print(f"\rexporting {fmt.name}: {done}/{total}", end="", file=sys.stderr, flush=True)
            last = (done, total)
    if not args.quiet and last:
        print(file=sys.stderr)
    print(f"exported {destination}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from retro_editor.core.check import check_project
    from retro_editor.core.project import open_project

    project = open_project(args.project)
    problems = check_project(project)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print(f"{project.folder}: no problems found")
    return 0


def run_command(argv: list[str]) -> int:
    from retro_editor.core.errors import ProjectError

    args = _command_parser().parse_args(argv)
    handler = {"new": cmd_new, "export": cmd_export, "check": cmd_check}[args.command]
    try:
        return handler(args)
    except (CliError, ProjectError) as exc:
        print(f"retro-editor: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"retro-editor: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("retro-editor: cancelled", file=sys.stderr)
        return 130


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        return run_command(argv)
    args = _gui_parser().parse_args(argv)
    from retro_editor.app import run_app

    # absolute: the preview loads the page from the project folder's file: URL
    path = args.path.absolute() if args.path is not None else None
    return run_app(path, smoke_test=args.smoke_test)


if __name__ == "__main__":
    sys.exit(main())
