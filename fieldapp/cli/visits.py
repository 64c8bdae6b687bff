"""``fieldapp visits list / due / add-photos / completion``: site visits from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json
from fieldapp.formatting import format_date


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services.visits import visit_rows

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = visit_rows(s)
    finally:
        db.close()
    if args.json:
        print_json([{"id": r.id, "agreement_id": r.agreement_id, "agreement": r.agreement, "title": r.title,
                     "settlement": r.settlement, "date": r.date.isoformat(), "purpose": r.purpose,
                     "officer": r.officer, "photos": r.photos, "decision": r.decision, "status": r.status}
                    for r in rows])
        return 0
    if not rows:
        print("no site visits")
    for r in rows:
        print(f"{format_date(r.date)}  {r.agreement}  {r.title}  [{r.settlement or '—'}]  {r.purpose}  "
              f"photos {r.photos}  {r.decision or 'not decided'}  {r.id}")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from fieldapp.services.visit_plan import due_visits

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = due_visits(s, days=args.days)
    finally:
        db.close()
    if args.json:
        print_json([{"project": r.project, "agreement_id": r.agreement_id, "title": r.title,
                     "settlement": r.settlement, "officer": r.officer,
                     "last_visit": r.last_visit.isoformat() if r.last_visit else None,
                     "due_on": r.due_on.isoformat(), "overdue": r.overdue, "reason": r.reason} for r in rows])
        return 0
    if not rows:
        print("no visits due")
    for r in rows:
        last = format_date(r.last_visit) if r.last_visit else "never"
        print(f"{format_date(r.due_on)}{' OVERDUE' if r.overdue else ''}  {r.project}  {r.title}  "
              f"[{r.settlement}]  last visit {last}  ({r.reason})")
    return 0


def cmd_add_photos(args: argparse.Namespace) -> int:
    """Each file is checked and stored on its own: a refused file is named with its reason and writes nothing."""
    from fieldapp.model import SiteVisit
    from fieldapp.problems import Invalid
    from fieldapp.services import photos
    from fieldapp.services.attachments import AttachmentStore

    db = open_db(args.db)
    refused = 0
    try:
        with db.reading() as s:
            visit = s.get(SiteVisit, args.visit)
            if visit is None or visit.deleted_at is not None:
                raise CliError(f"no site visit {args.visit!r}")
        store = AttachmentStore.beside(db.path)
        for name in args.files:
            path = Path(name)
            try:
                photo = photos.prepare(store, path)
                with db.transaction() as s:
                    photo_id = photos.add_photos(s, args.visit, [photo])[0]
            except Invalid as exc:
                refused += 1
                print(f"{path}: refused: {exc.message}")
                continue
            where = f" at {photo.latitude:.6f}, {photo.longitude:.6f}" if photo.latitude is not None else ""
            when = f" taken {photo.taken_at:%Y-%m-%d %H:%M}" if photo.taken_at else ""
            print(f"{path}: added {photo_id}{when}{where}")
    finally:
        db.close()
    return 1 if refused else 0


def cmd_completion(args: argparse.Namespace) -> int:
    """Each signed or completed project: completed (date, beneficiaries reached), or the completion rule's reasons
    why not yet (``services/completion.py``, the same rule as the visit form and the hub)."""
    from sqlalchemy import select

    from fieldapp.model import Agreement
    from fieldapp.services import completion

    db = open_db(args.db)
    try:
        with db.reading() as s:
            ids = [args.agreement] if args.agreement else list(s.scalars(
                select(Agreement.id).where(Agreement.status.in_(completion.OPEN_STATUSES))
                .order_by(Agreement.signed_on, Agreement.number)))
            found = [completion.outcome(s, agreement_id) for agreement_id in ids]
    except Exception as exc:
        if getattr(exc, "code", None) == "agreement.unknown":
            raise CliError(f"no agreement {args.agreement!r}") from None
        raise
    finally:
        db.close()
    if args.json:
        print_json([{"agreement_id": o.state.agreement_id, "number": o.number, "status": o.status,
                     "completed_on": o.completed_on.isoformat() if o.completed_on else None,
                     "beneficiaries_reached": o.beneficiaries_reached, "in_order": o.state.in_order,
                     "reasons": [{"code": r.code, **r.params} for r in o.state.reasons]} for o in found])
        return 0
    for o in found:
        if o.status == "completed":
            print(f"{o.number}  completed {format_date(o.completed_on) if o.completed_on else '—'}  "
                  f"beneficiaries reached {o.beneficiaries_reached if o.beneficiaries_reached is not None else '—'}")
        else:
            print(f"{o.number}  {o.status}  not in order: {', '.join(o.state.codes)}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("visits", help="site visits to funded projects")
    commands = parser.add_subparsers(dest="visits_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="site visits, the newest first")
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)
    due = commands.add_parser("due", help="projects whose visit is overdue or due within two weeks")
    add_db_argument(due)
    due.add_argument("--json", action="store_true", help="print JSON")
    due.add_argument("--days", type=int, help="days between visits (default: the database's setting, else 60)")
    due.set_defaults(func=cmd_due)
    add = commands.add_parser("add-photos", help="add photos to a visit (checked, stored by content hash)")
    add_db_argument(add)
    add.add_argument("--visit", required=True, help="the visit's id (see `visits list`)")
    add.add_argument("files", nargs="+", help="photo files (JPEG, PNG, WebP, TIFF)")
    add.set_defaults(func=cmd_add_photos)
    done = commands.add_parser("completion", help="each project completed, or why not yet (the completion rule)")
    add_db_argument(done)
    done.add_argument("--agreement", help="one agreement's id (default: every signed or completed one)")
    done.add_argument("--json", action="store_true", help="print JSON")
    done.set_defaults(func=cmd_completion)


def _write_visit_report(args: argparse.Namespace, db: object, output: Path, lang: str) -> str:
    from fieldapp.documents.visit_report import write_visit_report

    with db.reading() as s:  # type: ignore[attr-defined]
        write_visit_report(s, args.visit, output, lang)
    return f"visit report written to {output}"


def _visit_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--visit", required=True, help="the visit's id (see `visits list`)")


def _register_printable() -> None:
    from fieldapp.cli.print_docs import Printable, printable

    printable(Printable("visit-report", "a site visit report with its checklist, actions and photos",
                        _visit_report_arguments, _write_visit_report))


_register_printable()
