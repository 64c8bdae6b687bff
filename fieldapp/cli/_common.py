"""What the command modules share: opening a database with one-line errors, printing JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.cli import CliError

if TYPE_CHECKING:  # the database layer is imported when a command runs, so --help and --version stay fast
    from fieldapp.db import Database


def add_db_argument(parser: Any, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, help="the database file")


def open_db(path: Path | None, *, create: bool = False) -> Database:
    from fieldapp.db import DatabaseError, open_database

    if path is None:
        raise CliError("--db PATH is required")
    try:
        return open_database(path, create=create)
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
