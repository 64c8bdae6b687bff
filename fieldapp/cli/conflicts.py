"""``conflicts list / resolve``: the conflicts this laptop holds (the hub's list, as synced), and a person's
decision on one (it syncs like any change)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json


def _values(side: dict[str, Any]) -> str:
    values = side["values"] or {}
    return ", ".join(f"{name}={json.dumps(value, ensure_ascii=False)}" for name, value in values.items()) or "—"


def show(found: list[dict[str, Any]], as_json: bool) -> None:
    """Conflicts as JSON, or a few lines each for people."""
    if as_json:
        print_json(found)
        return
    if not found:
        print("no conflicts")
    for c in found:
        state = f"resolved by {c['resolved_by'] or '?'} at {c['resolved_at']}" if c["resolved"] else "open"
        print(f"{c['id']}  {c['kind']}  {c['record']['table']} {c['record']['name']}  [{state}]")
        print(f"  kept: {_values(c['kept'])}  ({c['kept']['by'] or '?'}, {c['kept']['at'] or '?'})")
        print(f"  lost: {_values(c['lost'])}  ({c['lost']['by'] or '?'}, {c['lost']['at'] or '?'})")
        if c["message"]:
            print(f"  {c['message']}")


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.sync.conflicts import listing

    db = open_db(args.db)
    try:
        with db.reading() as s:
            found = listing(s, unresolved=args.open, device_id=db.device().device_id if args.mine else None)
    finally:
        db.close()
    show(found, args.json)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from fieldapp.sync.conflicts import resolve_conflict
    from fieldapp.validation import Invalid

    if (args.keep is None) == (args.value is None):
        raise CliError("give --keep kept|lost, or --value '{\"field\": value}'")
    try:
        value = args.keep or json.loads(args.value)
    except ValueError as exc:
        raise CliError(f"--value is not JSON: {exc}") from exc
    if not isinstance(value, (str, dict)):
        raise CliError("--value is a JSON object: {\"field\": value}")
    db = open_db(args.db)
    try:
        with db.transaction(reason=args.reason) as s:
            conflict = resolve_conflict(s, args.id, value)
            print(f"resolved: {conflict.subject_table} {conflict.subject_name} ← {conflict.resolution}")
    except Invalid as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    conflicts = subparsers.add_parser("conflicts", help="conflicts of sync: list them, resolve one")
    commands = conflicts.add_subparsers(dest="conflicts_command", metavar="SUBCOMMAND", required=True)
    p = commands.add_parser("list", help="record, field, both values, who and when, resolved or not")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="as JSON")
    p.add_argument("--open", action="store_true", help="only those not resolved yet")
    p.add_argument("--mine", action="store_true", help="only those where a value made here lost")
    p.set_defaults(func=cmd_list)
    p = commands.add_parser("resolve", help="keep one value, the other, or a typed one (syncs like any change)")
    add_db_argument(p)
    p.add_argument("id", help="the conflict's id (from 'conflicts list')")
    p.add_argument("--keep", choices=["kept", "lost"], help="the value the merge kept, or the one it set aside")
    p.add_argument("--value", help="a typed value instead, as JSON: '{\"phone\": \"+77011234567\"}'")
    p.add_argument("--reason", help="why (kept in the history)")
    p.set_defaults(func=cmd_resolve)
