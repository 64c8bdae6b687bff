"""The command line: ``fieldapp`` opens the GUI; subcommands are thin calls into the core services.

Each module in this package that defines ``register(subparsers)`` adds its subcommands; nothing else lists
them. A command function takes the parsed arguments and returns the exit code; :class:`CliError` becomes a
one-line message on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import fieldapp
from fieldapp import APP_NAME


class CliError(Exception):
    """A problem the user can fix; printed as one line, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        print(f"{APP_NAME} {fieldapp.__version__}")
        parser.exit()


def _command_modules() -> list[str]:
    import pkgutil  # only for a command: not on the GUI's way to its window

    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands`` only the options of opening the GUI (importing every
    command's module takes a third of a second that the window's start should not wait for)."""
    parser = argparse.ArgumentParser(
        prog="fieldapp",
        description=f"{APP_NAME}: trainings, grants, agreements and site visits, offline. "
        "With no command, opens the desktop application.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--db", type=Path, help="database file to open (default: the one in your data folder)")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo database of the seed programme")
    parser.add_argument("--lang", choices=["ru", "kk", "en"], help="interface language for this run")
    parser.add_argument("--self-test", action="store_true", help="check this installation works and exit")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules():
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    return parser


def _names_a_command(words: list[str]) -> bool:
    """Whether a word other than an option or its value is on the line: the name of a command (each command
    module may register several names, so the word is not looked up here)."""
    values = iter(words)
    for word in values:
        if word in ("--db", "--lang"):
            next(values, None)
        elif not word.startswith("-"):
            return True
    return False


def _parse(words: list[str]) -> argparse.Namespace:
    """Opening the GUI needs only its options: every command's module is imported only for a command."""
    rest: list[str] = words or [""]
    if not {"-h", "--help"} & set(words) and not _names_a_command(words):
        args, rest = build_parser(commands=False).parse_known_args(words)
    if rest:  # a command, help, or something only the whole command line can say is wrong
        args = build_parser().parse_args(words)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args: argparse.Namespace | None = None
    try:
        args = _parse(list(sys.argv[1:] if argv is None else argv))  # --help and --version print here
        if args.self_test:
            from fieldapp.cli.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from fieldapp.cli._gui import open_gui

            return open_gui(args)
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a pipe closed early is noticed here, not at exit
        return code
    except CliError as exc:
        print(f"fieldapp: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _output_cut_off()
    except SystemExit:  # argparse after --help, --version or a usage error
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            return _output_cut_off()
        raise
    except Exception as exc:
        problem = _database_problem(exc, getattr(args, "db", None))
        if problem is None:
            raise
        print(f"fieldapp: {problem}", file=sys.stderr)
        return 1


#: the exit status of a program whose output was cut off (128 + SIGPIPE), as `head` leaves a C program
BROKEN_PIPE_EXIT = 141


def _output_cut_off() -> int:
    """The reader of our output went away (``fieldapp … | head``): stop quietly. Python would report the
    failed flush of the remaining output at exit, so stdout is pointed at the null device first."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return BROKEN_PIPE_EXIT


def _database_problem(exc: BaseException, path: Path | None) -> str | None:
    """A failure of the database file (busy, damaged, full disk…) as one line; None for anything else. The
    database layer is only asked when a command loaded it (--help and --version never do)."""
    database = sys.modules.get("fieldapp.db.database")
    if database is None:
        return None
    explained = database.explain(exc, path)
    return None if explained is None else str(explained)
