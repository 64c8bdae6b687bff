"""``fieldapp agreements attach-signed | amend | amendments | sign-amendment | withdraw-amendment`` and the document
``print amendment``: the scanned signed copy and the amendments of a signed agreement (``services/amendments.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db, print_json
from fieldapp.cli.print_docs import LANGUAGES, Printable, printable
from fieldapp.validation import Invalid

if TYPE_CHECKING:
    from fieldapp.db import Database


def _date(text: str) -> dt.date:
    from fieldapp.formatting import parse_date

    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (dd.mm.yyyy)") from exc


def _tranches(text: str) -> list[dict[str, Any]]:
    """``500000:advance,400000:progress:30.06.2026,100000:completion``: amount, condition, due date (optional)."""
    rows = []
    for index, item in enumerate(filter(None, (part.strip() for part in text.split(","))), start=1):
        amount, _, rest = item.partition(":")
        kind, _, due = rest.partition(":")
        rows.append({"number": index, "amount": amount, "condition_kind": kind or "advance", "due_on": due or None})
    return rows


def parse_settings(pairs: list[str]) -> dict[str, Any]:
    """``--set field=value`` as the service takes them (``tranches`` as :func:`_tranches` reads it)."""
    values: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise CliError(f"--set {pair!r}: write it as FIELD=VALUE")
        name = name.strip()
        values[name] = _tranches(value) if name == "tranches" else value.strip()
    return values


def _refused(exc: Invalid) -> CliError:
    errors = getattr(exc, "errors", None)
    if errors:
        return CliError("nothing written: " + "; ".join(f"{name}: {e.message}" for name, e in errors.items()))
    return CliError(f"nothing written: {exc.message}")


def _write(args: argparse.Namespace, work: Any, reason: str | None = None) -> Any:
    db = open_db(args.db)
    try:
        with db.transaction(reason=reason) as s:
            return work(s)
    except Invalid as exc:
        raise _refused(exc) from exc
    finally:
        db.close()


def cmd_attach_signed(args: argparse.Namespace) -> int:
    from fieldapp.services import agreements, amendments, attachments

    def work(s: Any) -> str:
        agreement_id = args.resolve(s, args.agreement)
        amendments.attach_signed_copy(s, attachments.AttachmentStore.of(s), agreement_id, args.file, args.signed_on)
        agreement = agreements.get(s, agreement_id)
        return f"{agreements.number(agreement)} signed on {agreement.signed_on:%d.%m.%Y}"

    print(f"attached {args.file.name}: agreement {_write(args, work)}, locked (a change needs an amendment)")
    return 0


def cmd_amend(args: argparse.Namespace) -> int:
    from fieldapp.services import amendments

    values = parse_settings(args.set or [])
    if not values:
        raise CliError("give at least one --set FIELD=VALUE (one of: " + ", ".join(amendments.AMENDABLE) + ")")

    def work(s: Any) -> amendments.AmendmentInfo:
        return amendments.info(s, amendments.propose(s, args.resolve(s, args.agreement), args.reason, values))

    made = _write(args, work, reason=args.reason)
    print(f"amendment № {made.number} recorded ({made.id}), to be signed: "
          + "; ".join(f"{c.field}: {_plain(c.old)} -> {_plain(c.new)}" for c in made.changes))
    return 0


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(f"{t['number']}. {t['amount']} {t['condition_kind']}" for t in value)
    return "—" if value in (None, "") else str(value)


def cmd_sign(args: argparse.Namespace) -> int:
    from fieldapp.services import amendments, attachments

    def work(s: Any) -> amendments.AmendmentInfo:
        amendments.sign_amendment(s, args.amendment, args.signed_on, store=attachments.AttachmentStore.of(s),
                                  copy=args.copy)
        return amendments.info(s, args.amendment)

    done = _write(args, work)
    print(f"amendment № {done.number} signed on {done.signed_on:%d.%m.%Y}: its changes apply to the agreement")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from fieldapp.services import amendments

    _write(args, lambda s: amendments.withdraw(s, args.amendment))
    print(f"amendment {args.amendment} withdrawn")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from fieldapp.services import amendments

    db = open_db(args.db)
    try:
        with db.reading() as s:
            rows = amendments.of_agreement(s, args.resolve(s, args.agreement))
    finally:
        db.close()
    if args.json:
        print_json([{"id": r.id, "number": r.number, "status": r.status, "reason": r.reason,
                     "made_on": r.made_on.isoformat(), "signed_on": r.signed_on.isoformat() if r.signed_on else None,
                     "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in r.changes]} for r in rows])
        return 0
    for r in rows:
        print(f"№ {r.number}  {r.status:<7} {r.id}  {', '.join(c.field for c in r.changes)}  — {r.reason}")
    return 0


def add_commands(commands: Any, resolve: Any) -> None:
    """The commands under ``fieldapp agreements``; ``resolve(session, ref)`` finds an agreement by id or number."""
    attach = commands.add_parser("attach-signed", help="attach the scanned signed copy (signs a draft, locks it)")
    add_db_argument(attach)
    attach.add_argument("--agreement", required=True, help="agreement id or number")
    attach.add_argument("--file", type=Path, required=True, help="the scan: PDF, JPEG or PNG")
    attach.add_argument("--signed-on", type=_date, help="the date both parties signed (dd.mm.yyyy)")
    attach.set_defaults(resolve=resolve, func=cmd_attach_signed)
    amend = commands.add_parser("amend", help="record an amendment of a signed agreement (to be signed)",
                                description="Fields: amount, starts_on, ends_on, tranches (AMOUNT:CONDITION[:DUE],"
                                " …), grantee_address, representative_name, representative_position, "
                                "representative_iin, representative_document, iban, bank, bic, akimat_cofunding, "
                                "community_inkind, volunteer_hours. A new amount alone moves the difference to the "
                                "last unpaid tranche.")
    add_db_argument(amend)
    amend.add_argument("--agreement", required=True, help="agreement id or number")
    amend.add_argument("--reason", required=True, help="why the agreement changes")
    amend.add_argument("--set", action="append", metavar="FIELD=VALUE", help="a changed field (repeat)")
    amend.set_defaults(resolve=resolve, func=cmd_amend)
    listing = commands.add_parser("amendments", help="an agreement's amendments")
    add_db_argument(listing)
    listing.add_argument("--agreement", required=True, help="agreement id or number")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(resolve=resolve, func=cmd_list)
    sign = commands.add_parser("sign-amendment", help="both parties signed the amendment: its changes apply")
    add_db_argument(sign)
    sign.add_argument("--amendment", required=True, help="amendment id")
    sign.add_argument("--signed-on", type=_date, required=True, help="the date it was signed (dd.mm.yyyy)")
    sign.add_argument("--copy", type=Path, help="its scanned signed copy: PDF, JPEG or PNG")
    sign.set_defaults(func=cmd_sign)
    withdraw = commands.add_parser("withdraw-amendment", help="withdraw an amendment not signed yet")
    add_db_argument(withdraw)
    withdraw.add_argument("--amendment", required=True, help="amendment id")
    withdraw.set_defaults(func=cmd_withdraw)


def _amendment_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--amendment", required=True, help="amendment id")


def _write_amendment(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.amendment import amendment_data, render_amendment
    from fieldapp.services import agreement_versions, amendments, reasons

    with db.reading() as s:
        data = amendment_data(s, args.amendment, lang)
        agreement_id = amendments.info(s, args.amendment).agreement_id
    render_amendment(data, output)
    with db.transaction(reason=reasons.coded("printed.amendment", lang)) as s:
        printed = agreement_versions.record(s, agreement_id, lang, data, output.read_bytes(), args.amendment)
    kept = f"version {printed.version}" + (", as printed before" if not printed.new else "")
    return f"wrote {output}: amendment № {data.amendment} to agreement {data.number} ({lang}), {kept}"


printable(Printable("amendment", "an amendment (additional agreement) of a grant agreement", _amendment_arguments,
                    _write_amendment, (*LANGUAGES, "ru+kk")))
