"""``server``: run the hub, enrol and revoke devices, dump its replica."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._hub_store import add_store_arguments
from fieldapp.cli._hub_store import open_hub_store as _store


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from fieldapp.server.app import create_app

    store = _store(args)
    where = "PostgreSQL" if args.database else args.data
    print(f"hub on http://{args.host}:{args.port} with data in {where}", flush=True)
    try:
        app = create_app(store, workers=args.workers)
        try:
            uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        finally:
            if app.state.push_workers is not None:
                app.state.push_workers.close()
    finally:
        store.close()
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from fieldapp.server.bundles import enrol_by_file
    from fieldapp.server.enrolment import EnrolmentError, issue_code
    from fieldapp.sync.bundle import BundleError

    store = _store(args)
    try:
        if args.file:
            enrol_by_file(store, args.name, args.scope, args.file, args.server, head_office=args.head_office)
        else:
            code = issue_code(store, args.name, args.scope, head_office=args.head_office)
    except (EnrolmentError, BundleError) as exc:
        raise CliError(str(exc)) from exc
    finally:
        store.close()
    scope = f"scope: {args.scope or 'everything'}{', head office' if args.head_office else ''}"
    if args.file:
        print(f"enrolment file for {args.name} ({scope}): {args.file}")
        print("it holds the laptop's credentials: carry it like a password, delete it once used")
        return 0
    print(f"one-time enrolment code for {args.name} ({scope}):")
    print(code)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from fieldapp.server.enrolment import revoke

    store = _store(args)
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

    store = _store(args)
    try:
        with store.reading() as s:
            sys.stdout.write(dump_text(s))
    finally:
        store.close()
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from fieldapp.cli.conflicts import show
    from fieldapp.sync.conflicts import listing

    store = _store(args)
    try:
        with store.reading() as s:
            found = listing(s, unresolved=args.open)
    finally:
        store.close()
    show(found, args.json)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    server = subparsers.add_parser("server", help="the head-office hub: run it, enrol and revoke devices")
    add_store_arguments(server)
    server.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    server.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    server.add_argument("--workers", type=int, default=2, choices=range(0, 9), metavar="N",
                        help="processes that read and merge pushes beside the front (default 2; 0: none)")
    server.set_defaults(func=cmd_serve)
    commands = server.add_subparsers(dest="server_command", metavar="SUBCOMMAND")

    p = commands.add_parser("enroll", help="issue a one-time enrolment code (printed alone on the last line)")
    add_store_arguments(p)
    p.add_argument("--name", required=True, help="the device's name, e.g. 'Kuryk laptop'")
    p.add_argument("--scope", help="cycle=…,settlement=… (ids or names; default: everything)")
    p.add_argument("--file", type=Path, help="write an enrolment file for 'fieldapp enroll --file' instead")
    p.add_argument("--server", help="with --file: the hub's address, if the laptop may also sync over HTTP")
    p.add_argument("--head-office", action="store_true",
                   help="a head-office device: its changes count as the head office's, whoever is signed in")
    p.set_defaults(func=cmd_enroll)

    p = commands.add_parser("revoke", help="refuse a device from now on (a lost laptop)")
    add_store_arguments(p)
    p.add_argument("--name", required=True, help="the device's name")
    p.set_defaults(func=cmd_revoke)

    p = commands.add_parser("dump", help="canonical JSON of the hub's replica of every synced table")
    add_store_arguments(p)
    p.set_defaults(func=cmd_dump)

    p = commands.add_parser("conflicts", help="the conflicts the hub found: record, field, both values, who and "
                            "when, resolved or not")
    add_store_arguments(p)
    p.add_argument("--json", action="store_true", help="as JSON")
    p.add_argument("--open", action="store_true", help="only those not resolved yet")
    p.set_defaults(func=cmd_conflicts)

    from fieldapp.cli import _server_bundles

    _server_bundles.register(commands)
