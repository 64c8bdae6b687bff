"""``fieldapp self-test`` (also ``fieldapp --self-test``): prove that an installation works, one line per check.

Run from an installed bundle it shows that what a bundler has to collect by hand is there and loads: the
migration scripts, SQLCipher's driver, the fonts, the phone and number-to-words data, the translations and
Qt's plugins. Everything happens in a temporary folder; the user's data is never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldapp import APP_NAME, __version__
from fieldapp.installation import KAZAKH_SAMPLE, PDF_FONT, REQUIRED_TRANSLATIONS, SelfTestFailure
from fieldapp.services import reasons

__all__ = ["KAZAKH_SAMPLE", "PDF_FONT", "REQUIRED_TRANSLATIONS", "SelfTestFailure", "register"]


def check_data_folder(folder: Path) -> str:
    """Where this installation keeps the user's data, and that it can write there (a read-only stick fails)."""
    from fieldapp.paths import data_dir, portable_dir

    try:
        path = data_dir()
        probe = path / f".self-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise SelfTestFailure(f"cannot write in {exc.filename}: {exc.strerror}") from exc
    if os.environ.get("FIELDAPP_DATA_DIR"):
        how = "set by FIELDAPP_DATA_DIR"
    elif portable_dir() is not None:
        how = "portable"
    else:
        how = "this user's"
    return f"{path} ({how}), writable"


def check_database(folder: Path) -> str:
    from sqlalchemy import select

    from fieldapp.db import open_database
    from fieldapp.db.migrations import current_revision, head_revision
    from fieldapp.model import Operation, Organisation

    db = open_database(folder / "self-test.sqlite", create=True)
    try:
        revision = current_revision(db)
        if revision != head_revision():
            raise SelfTestFailure(f"migrated to {revision}, expected {head_revision()}")
        name = f"Self-test / Өзін-өзі тексеру {KAZAKH_SAMPLE}"
        with db.transaction(reason=reasons.coded("self_test")) as s:
            org = Organisation(name=name, kind="other")
            s.add(org)
            s.flush()
            org_id = org.id
        with db.reading() as s:
            stored = s.get(Organisation, org_id)
            operations = s.scalars(select(Operation).where(Operation.row_id == org_id)).all()
            cipher = s.connection().exec_driver_sql("PRAGMA cipher_version").scalar()
        if stored is None or stored.name != name:
            raise SelfTestFailure("the record written was not read back unchanged")
        if len(operations) != 1:
            raise SelfTestFailure(f"expected 1 history operation for the record, found {len(operations)}")
        if not cipher:
            raise SelfTestFailure("the SQLite driver is not SQLCipher's")
    finally:
        db.close()
    return f"schema {revision}, a record and its history written and read back (SQLCipher {cipher})"


def missing_glyphs(face: Any) -> list[str]:
    """The letters of the Kazakh sample a reportlab TrueType face cannot draw."""
    return [ch for ch in KAZAKH_SAMPLE if not ch.isspace() and ord(ch) not in face.charToGlyph]


def check_pdf(folder: Path) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph

    from fieldapp.documents import pdf

    pdf.register_fonts()
    missing = missing_glyphs(pdfmetrics.getFont(pdf.FONT).face)
    if missing:
        raise SelfTestFailure(f"the document font has no glyph for {' '.join(f'U+{ord(c):04X}' for c in missing)}")
    for lang in pdf.LANGUAGES:
        pdf.texts(lang)  # the document texts shipped in resources/templates
    frame = pdf.PageFrame(pdf.Issuer(f"{APP_NAME} {__version__}"), title="Өзін-өзі тексеру / Самопроверка")
    story = [Paragraph(pdf.escape(f"{KAZAKH_SAMPLE} — 1 234 567,50 ₸"), pdf.styles()["body"])]
    out = pdf.build(folder / "self-test.pdf", frame, story)
    data = out.read_bytes()
    if not data.startswith(b"%PDF"):
        raise SelfTestFailure("reportlab did not write a PDF")
    if b"/FontFile2" not in data or b"/ToUnicode" not in data:
        raise SelfTestFailure("the font is not embedded with its text map (the text would not copy out)")
    return f"{len(data)} bytes with Kazakh text in {pdf.FONT}, embedded; document texts in {', '.join(pdf.LANGUAGES)}"


def check_text_data(folder: Path) -> str:
    from num2words import num2words

    from fieldapp.validation import check_phone

    phone = check_phone("8 (701) 234-56-78")
    if phone != "+77012345678":
        raise SelfTestFailure(f"phone numbers normalise wrongly: {phone}")
    words = {lang: num2words(1234, lang=lang) for lang in ("ru", "kz")}
    if words["ru"] != "одна тысяча двести тридцать четыре" or not words["kz"].startswith("бір мың"):
        raise SelfTestFailure("amounts in words are wrong in Russian or Kazakh")
    return "phone numbers (E.164) and amounts in words (ru, kk)"


def check_translations(folder: Path) -> str:
    from fieldapp.ui.selftest import check_translations as check  # Qt is only imported under fieldapp.ui

    return check(folder)


def check_qt(folder: Path) -> str:
    from fieldapp.ui.selftest import check_qt as check

    return check(folder)


CHECKS: list[tuple[str, Callable[[Path], str]]] = [
    ("data folder", check_data_folder),
    ("database", check_database),
    ("pdf", check_pdf),
    ("text data", check_text_data),
    ("translations", check_translations),
    ("qt", check_qt),
]


def run_self_test() -> int:
    """Run every check, print one line each, and return 0 only when all passed."""
    failed = []
    with tempfile.TemporaryDirectory(prefix="fieldapp-self-test-", ignore_cleanup_errors=True) as tmp:
        for name, check in CHECKS:
            try:
                detail = check(Path(tmp))
            except Exception as exc:  # a self-test reports every failure and goes on to the next check
                failed.append(name)
                reason = str(exc) if isinstance(exc, SelfTestFailure) else f"{type(exc).__name__}: {exc}"
                print(f"FAIL  {name}: {reason}", flush=True)
            else:
                print(f"ok    {name}: {detail}", flush=True)
    if failed:
        print(f"fieldapp: self-test failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def _command(args: argparse.Namespace) -> int:
    return run_self_test()


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "self-test",
        help="check that this installation works (data folder, database, PDF, translations, Qt)",
        description="Say where your data lives and that it is writable; open a new database in a temporary "
        "folder, migrate it, write and read a record, render a PDF with Kazakh text, load the translations and "
        "draw a widget; print one line per check and exit 0 when all pass, 1 otherwise. Your own data is not "
        "touched.",
    )
    parser.set_defaults(func=_command)
