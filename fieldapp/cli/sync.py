"""``enroll``, ``sync`` and ``dump``: a laptop and its hub."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db


def cmd_enroll(args: argparse.Namespace) -> int:
    from fieldapp.sync.bundle import BundleError
    from fieldapp.sync.bundle_client import enroll_from_file
    from fieldapp.sync.client import SyncError, enroll

    if not args.file and not (args.server and args.code):
        raise CliError("give --server URL and --code CODE, or --file FILE (an enrolment file)")
    db = open_db(args.db)
    try:
        answer = enroll_from_file(db, args.file) if args.file else enroll(db, args.server, args.code)
    except (SyncError, BundleError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"enrolled as {answer['name']} with {args.server or answer.get('server') or 'the head office (by file)'}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldapp.sync.client import SyncError, sync

    if args.folder:
        return _sync_folder(args)
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


def _sync_folder(args: argparse.Namespace) -> int:
    from fieldapp.sync.bundle import BundleError
    from fieldapp.sync.folder import laptop_sync_folder

    db = open_db(args.db)
    try:
        report = laptop_sync_folder(db, args.folder)
    except BundleError as exc:
        raise CliError(str(exc), code=2) from exc
    finally:
        db.close()
    for line in report.lines:
        print(line)
    return 0


def cmd_sync_round(args: argparse.Namespace) -> int:
    """The application's background round, in a process of its own (``fieldapp/sync/round_process.py``)."""
    from fieldapp.sync.round_process import serve

    return serve(args.db, sys.stdin, sys.stdout)


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
    p.add_argument("--server", help="the hub's address, e.g. http://10.0.0.5:8765")
    p.add_argument("--code", help="the one-time code from 'fieldapp server enroll'")
    p.add_argument("--file", type=Path, help="an enrolment file from 'fieldapp server enroll --file' instead")
    p.set_defaults(func=cmd_enroll)

    p = subparsers.add_parser("sync", help="one round with the hub: push, pull (prints what moved)")
    add_db_argument(p)
    p.add_argument("--server", help="the hub's address (default: the one enrolled with)")
    p.add_argument("--timeout", type=float, default=25.0, help="give up after this many seconds without progress")
    p.add_argument("--folder", type=Path, help="sync through a shared folder instead: import what the hub left "
                   "for this laptop, write its outgoing bundle")
    p.set_defaults(func=cmd_sync)

    from fieldapp.sync.round_process import COMMAND

    p = subparsers.add_parser(COMMAND)  # no help: unlisted (the application runs it; people use "sync")
    p.add_argument("--db", type=Path, required=True)
    p.set_defaults(func=cmd_sync_round)

    p = subparsers.add_parser("dump", help="canonical JSON of every synced table (to compare replicas)")
    add_db_argument(p)
    p.set_defaults(func=cmd_dump)
