"""``fieldapp agreements list`` and the document ``print agreement`` (ru, kk, en or ru+kk side by side)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json
from fieldapp.cli.print_docs import LANGUAGES, Printable, printable
from fieldapp.formatting import format_money
from fieldapp.validation import Invalid

if TYPE_CHECKING:  # imported when a command runs, so --help and the GUI start stay fast
    from fieldapp.db import Database

AGREEMENT_LANGUAGES = (*LANGUAGES, "ru+kk")


def resolve(session: object, ref: str) -> str:
    """An agreement by id, official number or draft number."""
    from sqlalchemy import or_, select

    from fieldapp.model import Agreement

    found = session.scalars(select(Agreement.id).where(  # type: ignore[attr-defined]
        or_(Agreement.id == ref, Agreement.number == ref, Agreement.draft_number == ref))).first()
    if found is None:
        raise CliError(f"no agreement {ref!r} (give its id or number)")
    return str(found)


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services import agreements

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = agreements.listed(s)
    finally:
        db.close()
    if args.json:
        print_json([{"id": r.id, "number": r.number, "application_id": r.application_id, "grantee": r.grantee,
                     "settlement": r.settlement, "amount": str(r.amount), "status": r.status, "paid": str(r.paid),
                     "balance": str(r.balance), "missing": list(r.missing)} for r in rows])
        return 0
    for r in rows:
        gaps = f"  missing: {', '.join(r.missing)}" if r.missing else ""
        print(f"{r.number:<14} {r.status:<10} {format_money(r.amount):>16} paid {format_money(r.paid):>16} "
              f"balance {format_money(r.balance):>16}  {r.grantee} ({r.settlement}){gaps}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("agreements", help="grant agreements")
    commands = parser.add_subparsers(dest="agreements_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="agreements with paid, balance and what stops printing")
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)


def _agreement_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agreement", required=True, help="agreement id or number")


def _write_agreement(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.agreement import agreement_data, render_agreement

    with db.reading() as s:
        try:
            data = agreement_data(s, resolve(s, args.agreement), lang)
        except Invalid as exc:
            raise CliError(str(exc)) from exc
    render_agreement(data, output)
    return f"wrote {output}: agreement {data.number} ({lang})"


printable(Printable("agreement", "a grant agreement, with its annexes", _agreement_arguments, _write_agreement,
                    AGREEMENT_LANGUAGES))
