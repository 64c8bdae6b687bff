"""``fieldapp trainings list``: trainings with their sessions and attendance counts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json
from fieldapp.formatting import format_date, parse_date

if TYPE_CHECKING:
    from fieldapp.db import Session


def _date(text: str) -> object:
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use dd.mm.yyyy)") from exc


def _resolve(session: Session, kind: str, ref: str | None) -> str | None:
    """A cycle (id, number or name), a settlement (id or name in any spelling) or a trainer (id or name)."""
    from sqlalchemy import func, or_, select

    from fieldapp.imports.roster import SettlementMatcher
    from fieldapp.model import Cycle, Locality, Person
    from fieldapp.text import fold

    if ref is None:
        return None
    found: list[str] = []
    if kind == "cycle":
        condition = or_(Cycle.id == ref, func.fold(Cycle.name) == fold(ref))
        if ref.isdigit():
            condition = or_(condition, Cycle.number == int(ref))
        found = list(session.scalars(select(Cycle.id).where(condition)))
    elif kind == "settlement":
        by_id = session.get(Locality, ref)
        matched = by_id.id if by_id is not None else SettlementMatcher(session).match(ref)
        found = [matched] if matched else []
    else:
        found = list(session.scalars(select(Person.id).where(
            or_(Person.id == ref, func.fold(Person.full_name) == fold(ref)))))
    if len(found) != 1:
        raise CliError(f"no {kind} {ref!r}" if not found else f"{ref!r} matches several: use the id")
    return found[0]


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services.trainings import list_trainings

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = list_trainings(s, cycle_id=_resolve(s, "cycle", args.cycle),
                                  settlement_id=_resolve(s, "settlement", args.settlement), date_from=args.date_from,
                                  date_to=args.date_to, trainer_id=_resolve(s, "trainer", args.trainer),
                                  text=args.search or "")
    finally:
        db.close()
    if args.json:
        print_json([{
            "id": r.id, "number": r.number, "title": r.title, "cycle": r.cycle, "settlement": r.settlement,
            "venue": r.venue, "trainers": r.trainers,
            "sessions": [{"id": x.id, "number": f"{r.number}/{x.index}" if r.number else None,
                          "date": x.starts_at.date().isoformat(), "starts_at": x.starts_at.isoformat(),
                          "registered": x.registered, "present": x.present, "checked_against_sheet": x.checked}
                         for x in r.sessions],
        } for r in rows])
        return 0
    if not rows:
        print("no trainings")
        return 0
    for r in rows:
        dates = ", ".join(format_date(x.starts_at) for x in r.sessions)
        present = "/".join(str(x.present) for x in r.sessions) or "0"
        print(f"{r.number or r.id}  {r.title}  [{r.settlement or '—'}]  {dates}  "
              f"registered {r.sessions[0].registered if r.sessions else 0}, present {present}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("trainings", help="trainings and their sessions")
    commands = parser.add_subparsers(dest="trainings_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="list trainings with sessions, registered and present")
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--cycle", help="only this programme cycle (id, number or name)")
    listing.add_argument("--settlement", help="only this settlement (id or name, any spelling)")
    listing.add_argument("--from", dest="date_from", type=_date, help="sessions on or after this date")
    listing.add_argument("--to", dest="date_to", type=_date, help="sessions on or before this date")
    listing.add_argument("--trainer", help="only trainings of this trainer (person id or full name)")
    listing.add_argument("--search", help="words of the title, topic or venue")
    listing.set_defaults(func=cmd_list)


