"""``report`` and ``export``: the programme's figures as JSON or a donor report PDF, the records as XLSX or CSV."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json


def _cycle_id(session: object, key: str | None) -> str | None:
    from fieldapp.services.dashboard import find_cycle
    from fieldapp.validation import Invalid

    if key is None:
        return None
    try:
        return find_cycle(session, key).id  # type: ignore[arg-type]
    except Invalid as exc:
        raise CliError(f"no cycle {key!r} (give its id or number; 'fieldapp summary' lists them)") from exc


def _settlement_id(session: object, key: str | None) -> str | None:
    """A settlement by its id or its name in Russian, Kazakh or English."""
    from sqlalchemy import or_, select

    from fieldapp.model import Locality

    if key is None:
        return None
    found = session.execute(  # type: ignore[attr-defined]
        select(Locality.id).where(Locality.kind == "settlement",
                                  or_(Locality.id == key, Locality.name_ru == key, Locality.name_kk == key,
                                      Locality.name_en == key))).scalars().first()
    if found is None:
        raise CliError(f"no settlement {key!r} (give its id or name)")
    return str(found)


def cmd_report(args: argparse.Namespace) -> int:
    from fieldapp.services.dashboard import report

    if args.output is None and not args.json:
        raise CliError("say --json for the figures, or -o FILE.pdf for the donor report")
    db = open_db(args.db)
    try:
        with db.reading() as session:
            cycle_id = _cycle_id(session, args.cycle)
            if args.output is not None:
                from fieldapp.documents.donor_report import donor_report, write_donor_report

                if cycle_id is None:
                    raise CliError("the donor report is for one cycle: give --cycle ID")
                data = donor_report(session, cycle_id, args.lang)
            else:
                result = report(session, cycle_id)
    finally:
        db.close()
    if args.output is not None:
        path = write_donor_report(data, args.output, args.lang)
        print(f"donor report written to {path}")
        return 0
    print_json(result)
    return 0


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def cmd_export(args: argparse.Namespace) -> int:
    from fieldapp.exports.tables import ExportFilter, export_csv, export_xlsx
    from fieldapp.services.roles import may_export_personal_data
    from fieldapp.validation import Invalid

    db = open_db(args.db)
    try:
        with db.reading() as session:
            cycle_id = _cycle_id(session, args.cycle)
            if args.with_personal_data and not may_export_personal_data(session):
                raise CliError("personal data (IIN, phone, birth date) leave only with the head office's "
                               "profile: choose it in the application first")
            where = ExportFilter(cycle_id, _settlement_id(session, args.settlement), args.since, args.until,
                                 args.with_personal_data)
            try:
                write = export_xlsx if args.format == "xlsx" else export_csv
                counts = write(session, args.output, where, args.lang or "ru")
            except Invalid as exc:
                raise CliError(str(exc)) from exc
    finally:
        db.close()
    print(f"{args.output}: " + ", ".join(f"{name} {n}" for name, n in counts.items()))
    return 0


def cmd_export_schedule(args: argparse.Namespace) -> int:
    from fieldapp.exports import scheduled
    from fieldapp.validation import Invalid

    db = open_db(args.db)
    try:
        if any(v is not None for v in (args.folder, args.format, args.keep, args.at, args.after_sync)):
            with db.reading() as session:
                plan = scheduled.schedule(session)
            try:
                with db.transaction(reason="export schedule") as session:
                    plan = scheduled.save_schedule(
                        session, str(args.folder) if args.folder is not None else plan.folder,
                        args.format or plan.format, args.keep if args.keep is not None else plan.keep,
                        args.at if args.at is not None else plan.at,
                        args.after_sync if args.after_sync is not None else plan.after_sync)
            except Invalid as exc:
                raise CliError(str(exc)) from exc
        written = scheduled.run_export(db) if args.run_now else scheduled.run_if_due(db) if args.if_due else None
        with db.reading() as session:
            plan = scheduled.schedule(session)
    finally:
        db.close()
    print(f"folder {plan.folder or '-'}, format {plan.format}, keep {plan.keep}, daily at {plan.at or '-'}, "
          f"after each sync {'yes' if plan.after_sync else 'no'}, last run {plan.last_run or '-'}")
    if written is not None:
        print(f"exported to {written}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("report", help="the dashboard's figures (--json) or a cycle's donor report (-o PDF)")
    add_db_argument(p)
    p.add_argument("--cycle", help="a cycle's id or number (default: all cycles)")
    p.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    p.add_argument("-o", "--output", type=Path, help="write the donor report PDF of --cycle to this file")
    p.add_argument("--lang", choices=["ru", "kk", "en"], default="ru", help="the report's language")
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser("export", help="the records as one XLSX workbook or a folder of CSV files")
    add_db_argument(p)
    p.add_argument("--format", choices=["xlsx", "csv"], required=True)
    p.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx file, or the folder for CSV files")
    p.add_argument("--cycle", help="only this cycle (its id or number)")
    p.add_argument("--settlement", help="only this settlement (its id or name)")
    p.add_argument("--since", type=_date, help="only records dated on or after (YYYY-MM-DD)")
    p.add_argument("--until", type=_date, help="only records dated on or before (YYYY-MM-DD)")
    p.add_argument("--with-personal-data", action="store_true",
                   help="include IIN, phone and birth date (the head office's profile only)")
    p.add_argument("--lang", choices=["ru", "kk", "en"], default="ru", help="the headers' language")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("export-schedule", help="exports to a folder after each sync or daily: show, set, run")
    add_db_argument(p)
    p.add_argument("--folder", type=Path, help="the folder exports go to (a synced cloud folder, a share)")
    p.add_argument("--format", choices=["xlsx", "csv"])
    p.add_argument("--keep", type=int, help="how many exports to keep (older ones are removed)")
    p.add_argument("--at", help="a daily time HH:MM ('' for none)")
    p.add_argument("--after-sync", action=argparse.BooleanOptionalAction, default=None,
                   help="export after each successful sync")
    p.add_argument("--run-now", action="store_true", help="export now")
    p.add_argument("--if-due", action="store_true", help="export if the daily time has come (for a system timer)")
    p.set_defaults(func=cmd_export_schedule)
