"""The hub's storage as every ``fieldapp server`` command names it (``--data DIR`` / ``--database URL``); used
by :mod:`fieldapp.cli.server` and :mod:`fieldapp.cli._server_bundles`, which no longer import each other."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError


def open_hub_store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The hub's storage named by ``--data DIR`` or ``--database URL`` (every hub command takes either)."""
    from fieldapp.db import DatabaseError
    from fieldapp.server.store import open_store

    try:
        return open_store(args.data, args.database)
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc


def add_store_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, help="the hub's data folder (SQLite and attachments)")
    parser.add_argument("--database", metavar="URL",
                        help="PostgreSQL instead of SQLite: postgresql+psycopg://user:password@host/db "
                             "(attachments go in --data DIR/files when given)")
