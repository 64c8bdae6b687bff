"""``fieldapp reviews list | sheet | import``: the committee's progress, scoring sheets for reviewers without
the app, and their filled-in sheets back (nothing written when a sheet is refused)."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json
from fieldapp.services import reasons
from fieldapp.validation import Invalid


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services import calls, review

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = review.progress(s, calls.get(s, args.call).id)
    except Invalid as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    if args.json:
        print_json([{"id": r["id"], "name": r["name"], "assigned": r["assigned"], "submitted": r["submitted"]}
                    for r in rows])
        return 0
    if not rows:
        print("no reviewers on this call")
    for r in rows:
        print(f"{r['name']}: {r['submitted']} of {r['assigned']} submitted")
    return 0


def cmd_sheet(args: argparse.Namespace) -> int:
    from fieldapp.services import calls, review_sheets

    output = Path(args.output)
    if output.is_dir():
        raise CliError(f"{output} is a folder: give the .xlsx file's name")
    db = open_db(args.db)
    try:
        with db.reading() as s:
            call = calls.get(s, args.call)
            review_sheets.write_sheet(s, call.id, args.reviewer, output, args.lang or "ru")
    except Invalid as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{output}: cannot be written ({exc.strerror or exc})") from exc
    finally:
        db.close()
    print(f"wrote {output}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from fieldapp.services import calls, review_sheets

    if not Path(args.file).is_file():
        raise CliError(f"{args.file}: no such file")
    db = open_db(args.db)
    try:
        with db.transaction(reason=reasons.coded("import.scores", Path(args.file).name)) as s:
            expected = calls.get(s, args.call).id if args.call else None
            result = review_sheets.import_sheet(s, args.file, expected_call_id=expected, dry_run=args.dry_run)
            for row in result.rows:
                print(f"row {row.row}: {row.number}: {row.action}")
            for problem in result.problems:
                print(problem.message)
            if result.refused:
                raise CliError(f"{Path(args.file).name}: refused, nothing written: {len(result.problems)} "
                               f"problem(s), the first at {result.problems[0].params['cell']}")
    except (review_sheets.SheetError, Invalid) as exc:
        raise CliError(str(exc)) from exc
    finally:
        db.close()
    done = sum(1 for r in result.rows if r.action in {"submit", "correct"})
    verb = "would be written" if args.dry_run else "written"
    print(f"{result.reviewer_name}: {done} review(s) {verb}, "
          f"{sum(1 for r in result.rows if r.action == 'unchanged')} unchanged, "
          f"{sum(1 for r in result.rows if r.action == 'blank')} left blank")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("reviews", help="committee reviews and scoring sheets")
    commands = parser.add_subparsers(dest="reviews_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="a call's reviewers with assigned and submitted reviews")
    add_db_argument(listing)
    listing.add_argument("--call", required=True, help="call id, code or title")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)
    sheet = commands.add_parser("sheet", help="an XLSX scoring sheet for a reviewer without the app")
    add_db_argument(sheet)
    sheet.add_argument("--call", required=True, help="call id, code or title")
    sheet.add_argument("--reviewer", required=True, help="the reviewer's name or id")
    sheet.add_argument("-o", "--output", type=Path, required=True, help="the .xlsx file to write")
    sheet.add_argument("--lang", choices=["ru", "kk", "en"], help="language of the sheet (default ru)")
    sheet.set_defaults(func=cmd_sheet)
    imp = commands.add_parser("import", help="import a filled-in scoring sheet",
                              description="Checks the whole sheet first; problems are printed with their cell "
                                          "address and nothing is written when there is any.")
    add_db_argument(imp)
    imp.add_argument("file", type=Path, help="the filled-in .xlsx sheet")
    imp.add_argument("--call", help="refuse the sheet unless it is for this call (id, code or title)")
    imp.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    imp.set_defaults(func=cmd_import)
