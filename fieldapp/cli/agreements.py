"""``fieldapp agreements list`` and the document ``print agreement`` (ru, kk, en or ru+kk side by side)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli import CliError, _amendments
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
    from fieldapp.services import agreements, amendments

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = agreements.listed(s)
            amended = amendments.counts(s)
    finally:
        db.close()
    if args.json:
        print_json([{"id": r.id, "number": r.number, "application_id": r.application_id, "grantee": r.grantee,
                     "settlement": r.settlement, "amount": str(r.amount), "status": r.status, "paid": str(r.paid),
                     "balance": str(r.balance), "missing": list(r.missing),
                     "amendments": amended.get(r.id, 0)} for r in rows])
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
    verify = commands.add_parser("verify", help="name the agreement and version a printed PDF is")
    add_db_argument(verify)
    verify.add_argument("file", type=Path, help="the PDF file")
    verify.set_defaults(func=cmd_verify)
    _amendments.add_commands(commands, resolve)


def _agreement_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--agreement", required=True, help="agreement id or number")


def _write_agreement(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.agreement import agreement_data, render_agreement
    from fieldapp.services import agreement_versions, reasons

    with db.reading() as s:
        try:
            agreement_id = resolve(s, args.agreement)
            data = agreement_data(s, agreement_id, lang)
        except Invalid as exc:
            raise CliError(str(exc)) from exc
    render_agreement(data, output)
    with db.transaction(reason=reasons.coded("printed.agreement", lang)) as s:
        printed = agreement_versions.record(s, agreement_id, lang, data, output.read_bytes())
    if not printed.new:
        kept = f"version {printed.version}, as printed before"
    elif printed.changed:
        kept = f"version {printed.version}, changed: {', '.join(printed.changed)}"
    else:
        kept = f"version {printed.version}"
    return f"wrote {output}: agreement {data.number} ({lang}), {kept}"


def cmd_verify(args: argparse.Namespace) -> int:
    from fieldapp.services import agreement_versions

    try:
        content = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"{args.file}: cannot be read ({exc.strerror or exc})") from exc
    db = open_db(args.db)
    try:
        with db.reading() as s:
            found = agreement_versions.verify(s, content)
    finally:
        db.close()
    if found is None:
        raise CliError(f"{args.file} is no version of any agreement or amendment printed here (a changed byte "
                       "makes it none)")
    document = f"agreement {found.agreement}" if found.amendment is None else \
        f"amendment № {found.amendment} to agreement {found.agreement}"
    print(f"{args.file}: {document}, version {found.version} ({found.lang}), "
          f"printed {found.printed_at:%d.%m.%Y %H:%M} UTC")
    return 0


printable(Printable("agreement", "a grant agreement, with its annexes", _agreement_arguments, _write_agreement,
                    AGREEMENT_LANGUAGES))
