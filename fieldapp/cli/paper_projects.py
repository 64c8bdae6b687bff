"""``fieldapp import projects``: the register of projects already running on paper (XLSX or CSV), and
``fieldapp import projects-template`` to get an empty register with its headings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db
from fieldapp.cli.imports import _mapping, import_kind

if TYPE_CHECKING:
    from fieldapp.imports.project_register import ProjectsPreview


def print_preview(preview: ProjectsPreview) -> str:
    """Each row's outcome and problems (row number, column, reason); the counts, returned for the last line."""
    from fieldapp.formatting import format_money

    for row in preview.rows:
        what = {"add": "adds", "match": "skips duplicate", "reject": "refuses"}[row.action]
        amount = f" {format_money(row.amount)}" if row.amount is not None else ""
        paid = f", paid {format_money(row.paid)}" if row.paid else ""
        print(f"row {row.number}: {what} {row.agreement_number or '(no number)'} — {row.grantee or '(no grantee)'}"
              f"{amount}{paid}")
        for problem in row.problems:
            column = preview.column(problem.field)
            print(f"row {row.number}: {problem.level}: " + (f"column {column!r}: " if column else "")
                  + problem.message)
    return (f"{preview.count('add')} to add, {preview.count('match')} duplicate(s) skipped, "
            f"{preview.count('reject')} refused (header on row {preview.table.header_row})")


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.imports import project_register
    from fieldapp.imports.tabular import TableError
    from fieldapp.services import calls, reasons
    from fieldapp.validation import Invalid

    db = open_db(args.db)
    try:
        with db.transaction() as s:  # the preview registers every row in a savepoint it rolls back
            call_id = calls.get(s, args.call).id if args.call else None
            preview = project_register.preview(s, args.file, call_id=call_id, mapping=_mapping(args.map),
                                               header_row=args.header_row, sheet=args.sheet)
        counts = print_preview(preview)
        if args.strict and preview.count("reject"):
            raise CliError(f"--strict: nothing written, because rows are refused: {counts}")
        if args.dry_run:
            print(f"dry run, nothing written: {counts}")
            return 0
        if not preview.count("add"):
            raise CliError(f"nothing to register, nothing written: {counts}")
        with db.transaction(reason=reasons.coded("import.projects", Path(args.file).name)) as s:
            result = project_register.commit(s, preview)
        print(f"written: {len(result.added)} project(s) registered with their agreements and payments, "
              f"{result.skipped} duplicate(s) skipped, {result.refused} refused")
        return 0
    except (TableError, Invalid) as exc:
        raise CliError(f"nothing written: {exc}") from exc
    finally:
        db.close()


def cmd_template(args: argparse.Namespace) -> int:
    from fieldapp.imports import project_register

    path = project_register.write_template(args.file, args.lang)
    print(f"{path}: an empty register of paper projects (headings in {args.lang}, one example row to replace)")
    return 0


@import_kind
def _add_import(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "projects", help="register projects already running on paper from a register (XLSX or CSV)",
        description="One row per project: agreement number (ОП-2020-007), grantee, BIN or representative and IIN, "
                    "settlement, call, title, category, grant amount, signed on, start, end, address, IBAN, bank, "
                    "BIC, and the payments made (Paid 1, Paid 1 date, Paid 1 order … Paid 4). Each row makes the "
                    "funded application, the signed agreement, its tranches and payments, by the same rules as the "
                    "application; a number already in the database is a duplicate, skipped. Every row is checked "
                    "before anything is written; all rows are written in one transaction; the database's current "
                    "user profile must be the head office's. Exit 1 when the file "
                    "cannot be read or nothing can be registered.")
    add_db_argument(parser)
    parser.add_argument("file", type=Path, help="the .xlsx or .csv file")
    parser.add_argument("--call", help="the grant call (id, code or title) of rows that name none")
    parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    parser.add_argument("--strict", action="store_true", help="write nothing at all if any row is refused")
    parser.add_argument("--sheet", help="the workbook sheet to read (default: the first)")
    parser.add_argument("--header-row", type=int, help="the row number of the header (default: found)")
    parser.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                        help="map a column by hand (repeatable); fields: number, grantee, bin, iin, representative, "
                             "settlement, call, title, category, amount, signed_on, starts_on, ends_on, address, "
                             "iban, bank, bic, paid_1, paid_1_date, paid_1_ref … paid_4_ref")
    parser.set_defaults(func=cmd_import)
    template = kinds.add_parser("projects-template", help="write an empty register of paper projects (XLSX)",
                                description="Writes the register's headings and one example row.")
    template.add_argument("file", type=Path, help="the .xlsx file to write")
    template.add_argument("--lang", choices=["ru", "kk", "en"], default="ru", help="the headings' language")
    template.set_defaults(func=cmd_template)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Its commands are kinds of ``fieldapp import`` (added above)."""
