"""``enroll``, ``sync`` and ``dump``: a laptop and its hub."""

from __future__ import annotations

import argparse
import sys

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db


def cmd_enroll(args: argparse.Namespace) -> int:
    from fieldapp.sync.client import SyncError, enroll

    db = open_db(args.db)
    try:
        answer = enroll(db, args.server, args.code)
    except SyncError as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"enrolled as {answer['name']} with {args.server}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldapp.sync.client import SyncError, sync

    db = open_db(args.db)
    try:
        report = sync(db, args.server, give_up_after=args.timeout)
    except SyncError as exc:
        raise CliError(str(exc), code=2) from exc
    finally:
        db.close()
    for note in report.notes:
        print(f"note: {note}")
    print(report.line())
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from fieldapp.sync.dump import dump_text

    db = open_db(args.db)
    try:
        with db.reading() as s:
            sys.stdout.write(dump_text(s))
    finally:
        db.close()
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("enroll", help="enrol this database with a hub using a one-time code")
    add_db_argument(p)
    p.add_argument("--server", required=True, help="the hub's address, e.g. http://10.0.0.5:8765")
    p.add_argument("--code", required=True, help="the one-time code from 'fieldapp server enroll'")
    p.set_defaults(func=cmd_enroll)

    p = subparsers.add_parser("sync", help="one round with the hub: push, pull (prints what moved)")
    add_db_argument(p)
    p.add_argument("--server", help="the hub's address (default: the one enrolled with)")
    p.add_argument("--timeout", type=float, default=25.0, help="give up after this many seconds without progress")
    p.set_defaults(func=cmd_sync)

    p = subparsers.add_parser("dump", help="canonical JSON of every synced table (to compare replicas)")
    add_db_argument(p)
    p.set_defaults(func=cmd_dump)
