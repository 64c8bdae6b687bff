"""``fieldapp applications ranking``; the documents ``print application``, ``print ranking`` and
``print decision-letter``; and ``import applications`` (the application register)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json
from fieldapp.cli.imports import _mapping, import_kind
from fieldapp.cli.print_docs import Printable, printable
from fieldapp.formatting import format_money
from fieldapp.imports.tabular import TableError
from fieldapp.services import reasons
from fieldapp.validation import Invalid

if TYPE_CHECKING:  # imported when a command runs, so --help, --version and the GUI start stay fast
    from fieldapp.db import Database


def cmd_ranking(args: argparse.Namespace) -> int:
    from fieldapp.services import calls, ranking

    db = open_db(args.db)
    try:
        with db.reading() as s:
            call = calls.get(s, args.call)
            rows = ranking.rows(s, call.id)
            envelope = call.envelope
    except Invalid as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    if args.json:
        print_json([{"application": r.application_id, "number": r.number, "title": r.title,
                     "settlement": r.settlement, "group": r.group, "rank": r.rank,
                     "score": float(r.score) if r.score is not None else None,
                     "spread": float(r.spread) if r.spread is not None else None, "reviews": r.reviews,
                     "requested": str(r.requested), "running_total": str(r.running_total),
                     "within_envelope": r.within_envelope, "suggested": r.suggested, "tied": r.tied,
                     "status": r.status} for r in rows])
        return 0
    for r in rows:
        score = "—" if r.score is None else f"{r.score}"
        print(f"{r.rank or '':>3}{'=' if r.tied else ' '} {r.number:<14} {score:>6}  {format_money(r.requested):>16}  "
              f"{format_money(r.running_total):>18}  {r.status:<15} {'*' if r.suggested else ' '} {r.title}")
    print(f"envelope {format_money(envelope)}; * = suggested selection")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("applications", help="grant applications")
    commands = parser.add_subparsers(dest="applications_command", metavar="COMMAND", required=True)
    ranking = commands.add_parser("ranking", help="a call's applications in ranking order")
    add_db_argument(ranking)
    ranking.add_argument("--call", required=True, help="call id, code or title")
    ranking.add_argument("--json", action="store_true", help="print JSON")
    ranking.set_defaults(func=cmd_ranking)


def _application_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--application", required=True, help="application id, registration or draft number")


def _write_application(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.application_summary import write_application_summary
    from fieldapp.services import applications

    with db.reading() as s:
        app = applications.get(s, args.application)
        write_application_summary(s, app.id, output, lang)
        return f"wrote {output}: application {applications.number(app)}"


def _call_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--call", required=True, help="call id, code or title")


def _write_ranking(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.ranking_sheet import write_ranking_sheet
    from fieldapp.services import calls

    with db.reading() as s:
        call = calls.get(s, args.call)
        write_ranking_sheet(s, call.id, output, lang)
        return f"wrote {output}: ranking of {call.title}"


def _write_letter(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.decision_letter import write_decision_letter
    from fieldapp.services import applications

    with db.transaction(reason="decision letter printed") as s:  # the first print numbers the letter
        app = applications.get(s, args.application)
        write_decision_letter(s, app.id, output, None if args.doc_lang is None else lang)
        return f"wrote {output}: {app.status} letter for {applications.number(app)}"


printable(Printable("application", "an application's summary for the committee", _application_arguments,
                    _write_application))
printable(Printable("ranking", "the ranking sheet of a call", _call_arguments, _write_ranking))
printable(Printable("decision-letter", "the decision letter to an applicant (default: in the applicant's "
                    "language); its first print gives it the next outgoing number (head office)",
                    _application_arguments, _write_letter))


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.imports import application_register as register_import
    from fieldapp.services import calls

    db = open_db(args.db)
    try:
        with db.reading() as s:
            call = calls.get(s, args.call)
            preview = register_import.preview(s, call.id, args.file, mapping=_mapping(args.map),
                                              header_row=args.header_row, sheet=args.sheet)
        for row in preview.rows:
            what = {"add": "adds", "match": "matches", "reject": "rejects"}[row.action]
            print(f"row {row.number}: {what} {row.title or '(no title)'}"
                  + (f" — {row.group}" if row.group else "") + (" (already in the call)" if row.matched_id else ""))
            for problem in row.problems:
                print(f"row {row.number}: {problem.level}: {problem.message}")
        counts = (f"{preview.count('add')} to add, {preview.count('match')} matched, {preview.count('reject')} "
                  f"rejected, {sum(1 for r in preview.rows if r.problems)} row(s) with problems "
                  f"(header on row {preview.table.header_row})")
        if args.strict and preview.has_problems:
            raise CliError(f"--strict: nothing written, because rows have problems: {counts}")
        if args.dry_run:
            print(f"dry run, nothing written: {counts}")
            return 0
        with db.transaction(reason=reasons.coded("import.applications", Path(args.file).name)) as s:
            result = register_import.commit(s, preview)
        print(f"written: {len(result.added)} added ({len(result.submitted)} submitted), "
              f"{preview.count('match')} matched, {preview.count('reject')} rejected")
        return 0
    except (TableError, Invalid) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()


@import_kind
def _add_import(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "applications", help="import a call's application register (XLSX or CSV)",
        description="Reads the register (group, settlement, title, category, amount requested, received date). "
                    "Prints what it adds, matches and rejects with row numbers; a row without a title or a group "
                    "is rejected; an amount over the call's maximum or a date outside the call is a warning.")
    add_db_argument(parser)
    parser.add_argument("file", type=Path, help="the .xlsx or .csv file")
    parser.add_argument("--call", required=True, help="call id, code or title")
    parser.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    parser.add_argument("--strict", action="store_true", help="write nothing at all if any row has a problem")
    parser.add_argument("--sheet", help="the workbook sheet to read (default: the first)")
    parser.add_argument("--header-row", type=int, help="the row number of the header (default: found)")
    parser.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                        help="map a column by hand (repeatable); fields: number, group, settlement, title, category, "
                             "requested, received_on, channel, leader, phone")
    parser.set_defaults(func=cmd_import)
