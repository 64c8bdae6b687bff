"""``init``, ``check``, ``backup`` and ``summary``: the database itself."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json


def cmd_init(args: argparse.Namespace) -> int:
    from fieldapp.db.migrations import current_revision

    if args.db.exists() and args.db.stat().st_size > 0:
        raise CliError(f"{args.db} already exists; 'fieldapp check --db {args.db}' tells its state")
    db = open_db(args.db, create=True)
    print(f"created {args.db} (schema {current_revision(db)}, device {db.device().prefix})")
    db.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from fieldapp.db.backup import integrity_problems
    from fieldapp.db.database import Database, DatabaseError, explain, has_schema, sniff
    from fieldapp.db.migrations import current_revision, head_revision

    path: Path = args.db
    try:
        sniff(path)
        if not has_schema(path):
            raise DatabaseError(f"{path}: not a FieldApp database (an SQLite file without FieldApp's tables)")
        db = Database(path)
        try:
            problems = integrity_problems(db)
            current = current_revision(db)
        finally:
            db.close()
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc
    except Exception as exc:  # SQLAlchemy wraps driver errors
        explained = explain(exc, path)
        if explained is not None:
            raise CliError(str(explained)) from exc
        cause = getattr(exc, "orig", exc)
        raise CliError(f"{path}: damaged or not a database ({cause})") from exc
    if current is None:
        raise CliError(f"{path}: not a FieldApp database (no schema version)")
    if problems:
        raise CliError(f"{path}: integrity check failed: {problems[0]}")
    head = head_revision()
    state = "current" if current == head else f"{current}, will be migrated to {head} when opened"
    print(f"ok: {path} integrity ok, schema {state}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldapp.db.backup import backup_to

    db = open_db(args.db)
    try:
        target = backup_to(db, args.output)
    finally:
        db.close()
    print(f"backup written to {target}")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from fieldapp.services.summary import summary

    db = open_db(args.db)
    try:
        with db.reading() as session:
            result = summary(session)
    finally:
        db.close()
    if args.json:
        print_json(result)
        return 0
    if result["organisation"]:
        print(f"{result['organisation']['name']} (BIN {result['organisation']['bin'] or '—'})")
    print(f"settlements {result['settlements']}, people {result['people']}, trainings {result['trainings']}, "
          f"site visits {result['site_visits']}")
    for cycle in result["cycles"]:
        print(f"{cycle['name']}: applications {cycle['applications']}, funded {cycle['funded']}, "
              f"participants {cycle['participants']}, beneficiaries {cycle['beneficiaries']}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("init", help="create an empty, migrated database (a new laptop's start)")
    add_db_argument(p)
    p.set_defaults(func=cmd_init)

    p = subparsers.add_parser("check", help="integrity check and migration state (exit 0 when healthy)")
    add_db_argument(p)
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser("backup", help="a consistent copy, also while the application is running")
    add_db_argument(p)
    p.add_argument("-o", "--output", type=Path, required=True, help="the backup file to write")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser("summary", help="the programme at a glance, counted from the records")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_summary)
