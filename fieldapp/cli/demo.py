"""``demo create PATH``: a demo database of the seed programme."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError


def cmd_create(args: argparse.Namespace) -> int:
    from fieldapp.demo import create_demo

    try:
        path = create_demo(args.path, force=args.force)
    except FileExistsError as exc:
        raise CliError(str(exc)) from exc
    print(f"demo database written to {path}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="the demo database of the seed programme")
    commands = demo.add_subparsers(dest="demo_command", metavar="COMMAND", required=True)
    p = commands.add_parser("create", help="write a demo database (refuses to overwrite without --force)")
    p.add_argument("path", type=Path)
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_create)
