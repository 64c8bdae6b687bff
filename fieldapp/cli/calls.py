"""``fieldapp calls list``: the grant calls with their cycle, status, envelope and applications received."""

from __future__ import annotations

import argparse

from fieldapp.cli._common import add_db_argument, open_db, print_json
from fieldapp.formatting import format_date, format_money


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services import calls

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = calls.list_calls(s)
    finally:
        db.close()
    if args.json:
        print_json([{"id": r["id"], "title": r["title"], "code": r["code"], "cycle": r["cycle"],
                     "status": r["status"], "opens_on": r["opens_on"].isoformat(),
                     "deadline": r["deadline"].isoformat(), "max_grant": str(r["max_grant"]),
                     "envelope": str(r["envelope"]), "applications": r["applications"]} for r in rows])
        return 0
    if not rows:
        print("no grant calls")
    for r in rows:
        print(f"{r['code'] or r['id']}  {r['title']}  [{r['cycle']}, {r['status']}]  "
              f"{format_date(r['opens_on'])}–{format_date(r['deadline'])}  envelope {format_money(r['envelope'])}, "
              f"{r['applications']} application(s)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("calls", help="grant calls")
    commands = parser.add_subparsers(dest="calls_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="list the grant calls with their status and envelope")
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)
