"""``fieldapp payments import``: confirm tranche payments from the bank's or 1C's statement (CSV or XLSX)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db
from fieldapp.formatting import format_date, format_money

if TYPE_CHECKING:
    from fieldapp.services.bank_statement import Plan


def _print_plan(plan: Plan) -> None:
    statement = plan.statement
    how = ", ".join(x for x in (statement.encoding, f"separator {statement.delimiter!r}" if statement.delimiter
                                else None) if x)
    print(f"{statement.path.name}: {len(statement.rows)} row(s) ({how}; header on line {statement.header_row})")
    lines = [(m.row.number, f"line {m.row.number}: matched {m.agreement} tranche {m.tranche_number}: "
                            f"{format_money(m.amount)} paid {format_date(m.paid_on)}, reference {m.reference}")
             for m in plan.matched]
    lines += [(u.row.number, f"line {u.row.number}: not matched{f' ({u.agreement})' if u.agreement else ''}: "
                             f"{u.problem.message} [{u.problem.code}]") for u in plan.unmatched]
    for _number, line in sorted(lines):
        print(line)


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.imports.tabular import TableError
    from fieldapp.services import bank_statement, reasons
    from fieldapp.validation import Invalid

    try:
        statement = bank_statement.read_statement(args.file)
    except TableError as exc:
        raise CliError(str(exc)) from exc
    db = open_db(args.db)
    try:
        with db.transaction() as s:
            plan = bank_statement.plan(s, statement)
        _print_plan(plan)
        counts = (f"{len(plan.matched)} matched ({format_money(plan.total)}), {len(plan.unmatched)} not matched")
        if not plan.matched:
            raise CliError(f"nothing matched an unpaid tranche, nothing written: {counts}")
        if args.dry_run:
            print(f"dry run, nothing written: {counts}")
            return 0
        with db.transaction(reason=reasons.coded("import.payments", Path(args.file).name)) as s:
            done = bank_statement.apply(s, statement, plan)
        print(f"written: {len(done.matched)} payment(s) recorded ({format_money(done.total)}), "
              f"{len(done.unmatched)} row(s) not matched")
        return 0
    except Invalid as exc:
        raise CliError(f"nothing written: {exc.message}") from exc
    finally:
        db.close()


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("payments", help="tranche payments")
    commands = parser.add_subparsers(dest="payments_command", metavar="COMMAND", required=True)
    importing = commands.add_parser(
        "import", help="confirm payments from the bank's or 1C's statement (CSV or XLSX)",
        description="Matches each outgoing payment to an unpaid tranche by the agreement number in the payment's "
                    "purpose and the amount, and records them all (or none) as the head office; prints every row "
                    "with why it is not matched. Needs the head office's user profile.")
    add_db_argument(importing)
    importing.add_argument("file", type=Path, help="the statement (.csv in UTF-8 or Windows-1251, or .xlsx)")
    importing.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    importing.set_defaults(func=cmd_import)
