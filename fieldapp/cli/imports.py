"""``fieldapp import <kind> FILE``: files in. ``import people`` reads a roster (XLSX or CSV)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db
from fieldapp.services import reasons

#: other command modules add their kinds of import: each function adds its parser to the ``import`` kinds
IMPORT_KINDS: list[Callable[[argparse._SubParsersAction], None]] = []


def import_kind(add: Callable[[argparse._SubParsersAction], None]) -> Callable[[argparse._SubParsersAction], None]:
    IMPORT_KINDS.append(add)
    return add


def _mapping(pairs: list[str] | None) -> dict[str, int | str]:
    mapping: dict[str, int | str] = {}
    for pair in pairs or []:
        key, sep, column = pair.partition("=")
        if not sep or not key or not column:
            raise CliError(f"--map {pair!r}: use FIELD=COLUMN, e.g. full_name=B or phone=Телефон")
        mapping[key.strip()] = int(column) - 1 if column.strip().isdigit() else column.strip()
    return mapping


def cmd_people(args: argparse.Namespace) -> int:
    from fieldapp.imports import roster
    from fieldapp.imports.tabular import TableError
    from fieldapp.services.trainings import resolve_training
    from fieldapp.validation import Invalid

    db = open_db(args.db)
    try:
        with db.reading() as s:
            training_id = resolve_training(s, args.training) if args.training else None
            preview = roster.preview(s, args.file, mapping=_mapping(args.map), header_row=args.header_row,
                                     sheet=args.sheet)
            for row in preview.rows:
                what = {"add": "adds", "match": "matches", "reject": "rejects"}[row.action]
                detail = f" (same person as row {row.matched_row})" if row.matched_row else (
                    " (already known: same IIN or phone)" if row.matched_id else "")
                print(f"row {row.number}: {what} {row.name or '(no name)'}{detail}")
                for problem in row.problems:
                    print(f"row {row.number}: {problem.level}: {problem.message}")
            counts = (f"{preview.count('add')} to add, {preview.count('match')} matched, "
                      f"{preview.count('reject')} rejected, "
                      f"{sum(1 for r in preview.rows if r.problems)} row(s) with problems "
                      f"(header on row {preview.table.header_row})")
        if args.strict and preview.has_problems:
            raise CliError(f"--strict: nothing written, because rows have problems: {counts}")
        if args.dry_run:
            print(f"dry run, nothing written: {counts}")
            return 0
        with db.transaction(reason=reasons.coded("import.people", Path(args.file).name)) as s:
            result = roster.commit(s, preview, training_id=training_id)
        print(f"written: {len(result.added)} added, {len(result.matched)} matched"
              + (f", {len(result.registered)} registered for the training" if training_id else "")
              + f", {preview.count('reject')} rejected")
        return 0
    except TableError as exc:
        raise CliError(str(exc)) from exc
    except Invalid as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()


def register(subparsers: argparse._SubParsersAction) -> None:
    from fieldapp.cli import _command_modules

    for name in _command_modules():  # let every command module add its kinds first
        importlib.import_module(f"fieldapp.cli.{name}")
    parser = subparsers.add_parser("import", help="read records from files (XLSX, CSV)")
    kinds = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    people = kinds.add_parser(
        "people", help="import participants from a roster (XLSX or CSV)",
        description="Reads a roster: the header row may follow a title; columns are recognised by their "
                    "Russian, Kazakh or English headings. Prints what it adds, matches and rejects with row numbers.")
    add_db_argument(people)
    people.add_argument("file", type=Path, help="the .xlsx or .csv file")
    people.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    people.add_argument("--strict", action="store_true", help="write nothing at all if any row has a problem")
    people.add_argument("--training", help="also register everyone for this training (id or number)")
    people.add_argument("--sheet", help="the workbook sheet to read (default: the first)")
    people.add_argument("--header-row", type=int, help="the row number of the header (default: found)")
    people.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                        help="map a column by hand: letter, 1-based number or heading (repeatable); fields: "
                             "full_name, sex, birth_year, birth_date, settlement, phone, iin, organisation, consent")
    people.set_defaults(func=cmd_people)
    for add in IMPORT_KINDS:
        add(kinds)
