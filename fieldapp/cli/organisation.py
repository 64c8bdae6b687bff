"""``fieldapp organisation``: the foundation that issues the documents — its letterhead, signatory and logo."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json

#: option name → organisation field (``--name-kk`` sets ``name_kk``)
OPTIONS = ("name", "name_kk", "name_en", "short_name", "bin", "address", "address_kk", "address_en", "phone",
           "email", "signatory_name", "signatory_position", "signatory_position_kk", "signatory_position_en")


def cmd_show(args: argparse.Namespace) -> int:
    from fieldapp.services import organisation

    db = open_db(args.db)
    try:
        with db.reading() as s:
            details = organisation.details(s)
    finally:
        db.close()
    if not details:
        raise CliError("there is no foundation record in this database")
    if args.json:
        print_json(details)
    else:
        for key, value in details.items():
            print(f"{key.replace('_', '-'):<24}{value or '—'}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from fieldapp.services import organisation
    from fieldapp.validation import Invalid

    values = {field: getattr(args, field) for field in OPTIONS if getattr(args, field) is not None}
    if not values and args.logo is None and not args.no_logo:
        raise CliError("nothing to change: give at least one option (see --help)")
    db = open_db(args.db)
    try:
        with db.transaction(reason="letterhead changed") as s:
            if values:
                organisation.update(s, **values)
            if args.no_logo:
                organisation.remove_logo(s)
            elif args.logo is not None:
                organisation.set_logo(s, args.logo)
    except Invalid as exc:
        raise CliError(f"{exc.field + ': ' if exc.field else ''}{exc.message}") from exc
    finally:
        db.close()
    print("the letterhead was changed")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("organisation", help="the foundation that issues the documents",
                                   description="The foundation's letterhead on every document: names and "
                                   "addresses per language, BIN, phone, e-mail, who signs, the logo.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    show = commands.add_parser("show", help="the letterhead's fields")
    add_db_argument(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)
    change = commands.add_parser("set", help="change the letterhead (head office)")
    add_db_argument(change)
    for field in OPTIONS:
        change.add_argument(f"--{field.replace('_', '-')}", dest=field, metavar="TEXT")
    logo = change.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, help="a PNG or JPEG picture printed on every document")
    logo.add_argument("--no-logo", action="store_true", help="print documents without a logo")
    change.set_defaults(func=cmd_set)
