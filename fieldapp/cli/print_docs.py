"""``fieldapp print <document>``: documents to PDF. A document type is one :func:`printable` registration
(any module of this package may add one at import time; this module imports them all before building)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldapp.cli import CliError
from fieldapp.cli._common import add_db_argument, open_db
from fieldapp.services import reasons

if TYPE_CHECKING:  # the database and reportlab are imported when a command runs: --help stays fast
    from fieldapp.db import Database

LANGUAGES = ("ru", "kk", "en")  # fieldapp.documents.pdf.LANGUAGES (a test keeps them equal)


@dataclass(frozen=True)
class Printable:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    #: writes the PDF to ``output`` inside a transaction of ``db`` and returns a line for the user
    write: Callable[[argparse.Namespace, Database, Path, str], str]
    #: the document languages it is printed in (the agreement also prints bilingual, ``ru+kk``)
    languages: tuple[str, ...] = LANGUAGES


PRINTABLES: dict[str, Printable] = {}


def printable(document: Printable) -> Printable:
    PRINTABLES[document.name] = document
    return document


def document_language(db: Database, requested: str | None, languages: tuple[str, ...] = LANGUAGES) -> str:
    """The language asked for, else this database's document language setting, else Russian."""
    lang = requested or db.setting("document_language") or "ru"
    if lang not in languages:
        raise CliError(f"unknown document language {lang!r} (use one of {', '.join(languages)})")
    return lang


def _run(args: argparse.Namespace) -> int:
    from fieldapp.documents.pdf import DocumentError
    from fieldapp.validation import Invalid

    document = PRINTABLES[args.document]
    output = Path(args.output)
    if output.is_dir():
        raise CliError(f"{output} is a folder: give the PDF's file name")
    db = open_db(args.db)
    try:
        message = document.write(args, db, output, document_language(db, args.doc_lang, document.languages))
    except (Invalid, DocumentError) as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{output}: cannot be written ({exc.strerror or exc})") from exc
    finally:
        db.close()
    print(message)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    from fieldapp.cli import _command_modules

    for name in _command_modules():  # let every command module add its printables first
        importlib.import_module(f"fieldapp.cli.{name}")
    parser = subparsers.add_parser("print", help="write a document as PDF",
                                   description="Write a document as PDF, in the document language.")
    documents = parser.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    for document in sorted(PRINTABLES.values(), key=lambda d: d.name):
        sub = documents.add_parser(document.name, help=document.help, description=document.help)
        add_db_argument(sub)
        sub.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
        sub.add_argument("--lang", dest="doc_lang", choices=document.languages,
                         help="document language (default: the database's setting, else ru)")
        document.add_arguments(sub)
        sub.set_defaults(func=_run)


def _signin_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--session", required=True, help="session id, or <training number>/<n>")
    parser.add_argument("--blank-rows", type=int, default=10, help="blank rows for walk-ins (default 10)")


def _write_signin(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.signin_sheet import make_signin_sheet
    from fieldapp.services.trainings import resolve_session

    with db.transaction(reason=reasons.coded("printed.signin")) as s:
        _, sheet = make_signin_sheet(s, resolve_session(s, args.session), output, lang, args.blank_rows)
    return f"wrote {output}: {len(sheet.rows)} registered, {args.blank_rows} blank rows"


def _certificate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--training", required=True, help="training id or number")
    parser.add_argument("--min-share", type=float, default=0.5,
                        help="share of the sessions a participant attended at least (default 0.5)")


def _write_certificates(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.certificates import certificate_batch, write_certificates
    from fieldapp.services.trainings import resolve_training

    with db.transaction(reason=reasons.coded("printed.certificates")) as s:
        batch = certificate_batch(s, resolve_training(s, args.training), lang, args.min_share)
        write_certificates(batch, output, lang)
    return f"wrote {output}: {len(batch.people)} certificate(s)"


def _summary_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--training", required=True, help="training id or number")


def _write_summary(args: argparse.Namespace, db: Database, output: Path, lang: str) -> str:
    from fieldapp.documents.attendance_summary import attendance_summary, write_attendance_summary
    from fieldapp.services.trainings import resolve_training

    with db.reading() as s:
        summary = attendance_summary(s, resolve_training(s, args.training), lang)
    write_attendance_summary(summary, output, lang)
    return f"wrote {output}: {summary.total.present} participant(s) in {len(summary.sessions)} session(s)"


printable(Printable("signin-sheet", "sign-in sheet of a training session", _signin_arguments, _write_signin))
printable(Printable("certificates", "certificates of participation of a training", _certificate_arguments,
                    _write_certificates))
printable(Printable("attendance-summary", "attendance of a training by session, sex and age group",
                    _summary_arguments, _write_summary))
