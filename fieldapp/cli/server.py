"""``server``: run the hub, enrol and revoke devices, dump its replica."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldapp.cli import CliError


def _store(data: Path):  # type: ignore[no-untyped-def]
    from fieldapp.db import DatabaseError
    from fieldapp.server.store import SQLiteHubStore

    try:
        return SQLiteHubStore(data)
    except DatabaseError as exc:
        raise CliError(str(exc)) from exc


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from fieldapp.server.app import create_app

    if args.data is None:
        raise CliError("--data DIR is required")
    store = _store(args.data)
    print(f"hub on http://{args.host}:{args.port} with data in {args.data}", flush=True)
    try:
        uvicorn.run(create_app(store), host=args.host, port=args.port, log_level="warning")
    finally:
        store.close()
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from fieldapp.server.enrolment import EnrolmentError, issue_code

    store = _store(args.data)
    try:
        code = issue_code(store, args.name, args.scope, head_office=args.head_office)
    except EnrolmentError as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    office = ", head office" if args.head_office else ""
    print(f"one-time enrolment code for {args.name} (scope: {args.scope or 'everything'}{office}):")
    print(code)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from fieldapp.server.enrolment import revoke

    store = _store(args.data)
    try:
        count = revoke(store, args.name)
    finally:
        store.close()
    if not count:
        raise CliError(f"no enrolled device or open code named {args.name!r}")
    print(f"revoked {args.name}")
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    from fieldapp.sync.dump import dump_text

    store = _store(args.data)
    try:
        with store.reading() as s:
            sys.stdout.write(dump_text(s))
    finally:
        store.close()
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    server = subparsers.add_parser("server", help="the head-office hub: run it, enrol and revoke devices")
    server.add_argument("--data", type=Path, help="the hub's data folder")
    server.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    server.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    server.set_defaults(func=cmd_serve)
    commands = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND")

    p = commands.add_parser("enroll", help="issue a one-time enrolment code (printed alone on the last line)")
    p.add_argument("--data", type=Path, required=True, help="the hub's data folder")
    p.add_argument("--name", required=True, help="the device's name, e.g. 'Kuryk laptop'")
    p.add_argument("--scope", help="cycle=…,settlement=… (ids or names; default: everything)")
    p.add_argument("--head-office", action="store_true",
                   help="a head-office device: its changes count as the head office's, whoever is signed in")
    p.set_defaults(func=cmd_enroll)

    p = commands.add_parser("revoke", help="refuse a device from now on (a lost laptop)")
    p.add_argument("--data", type=Path, required=True, help="the hub's data folder")
    p.add_argument("--name", required=True, help="the device's name")
    p.set_defaults(func=cmd_revoke)

    p = commands.add_parser("dump", help="canonical JSON of the hub's replica of every synced table")
    p.add_argument("--data", type=Path, required=True, help="the hub's data folder")
    p.set_defaults(func=cmd_dump)
