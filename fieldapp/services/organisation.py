"""The foundation that issues the documents: its letterhead in each language, who signs, and its logo.

The issuer of a document is the organisation of the programme the document belongs to (a training's or a
call's cycle), else the first foundation. Everything printed comes from this record, so changing the address
or the director here changes every document. The logo is an attachment of the organisation record (kind
``logo``): it is stored once by its hash and synced like any file, so every laptop prints the same letterhead.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fieldapp.formatting import format_phone
from fieldapp.model import Attachment, Cycle, Organisation, Programme
from fieldapp.model.base import utcnow
from fieldapp.services.attachments import AttachmentStore, attach
from fieldapp.services.roles import require_head_office
from fieldapp.validation import Invalid, check_bin, check_phone

LOGO_KIND = "logo"
MAX_LOGO_BYTES = 5 * 1024 * 1024
LOGO_EDGE = 1200  # px: sharp at 30 mm wide and 1000 dpi, small in the PDF
#: fields a head office may change, and the words used for them in messages
FIELDS = ("name", "name_kk", "name_en", "short_name", "bin", "address", "address_kk", "address_en", "phone",
          "email", "signatory_name", "signatory_position", "signatory_position_kk", "signatory_position_en")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _localised(ru: str | None, kk: str | None, en: str | None, lang: str) -> str:
    return ({"kk": kk, "en": en}.get(lang) or ru or "").strip()


@dataclass(frozen=True)
class Letterhead:
    """What a document says about its issuer, in one language (empty strings where nothing is recorded)."""

    name: str
    bin: str
    address: str
    phone: str
    email: str
    programme: str
    donor: str
    signatory_name: str
    signatory_position: str
    manager_name: str
    logo: Path | None

    @property
    def known(self) -> bool:
        return bool(self.name)


def store_of(session: Session) -> AttachmentStore | None:
    """The attachment store beside the session's database file (None for a database without a file)."""
    database = session.get_bind().engine.url.database
    return AttachmentStore.beside(Path(database)) if database else None


def programme_of_cycle(session: Session, cycle_id: str | None) -> Programme | None:
    cycle = session.get(Cycle, cycle_id) if cycle_id else None
    return session.get(Programme, cycle.programme_id) if cycle is not None else None


def issuer(session: Session, programme: Programme | None = None) -> Organisation | None:
    """The programme's organisation; without a programme, the first programme's, else the first foundation."""
    if programme is None:
        programme = session.scalars(select(Programme)
                                    .order_by(Programme.created_at, Programme.id)).first()
    if programme is not None:
        found = session.get(Organisation, programme.organisation_id)
        if found is not None and found.deleted_at is None:
            return found
    return session.scalars(select(Organisation).where(Organisation.kind == "foundation")
                           .order_by(Organisation.created_at, Organisation.id)).first()


def letterhead(session: Session, lang: str, programme: Programme | None = None) -> Letterhead:
    if programme is None:
        programme = session.scalars(select(Programme)
                                    .order_by(Programme.created_at, Programme.id)).first()
    org = issuer(session, programme)
    donor = session.get(Organisation, programme.donor_id) if programme is not None and programme.donor_id else None
    if org is None:
        return Letterhead("", "", "", "", "", _programme_name(programme, lang), "", "", "", "", None)
    return Letterhead(
        name=_localised(org.name, org.name_kk, org.name_en, lang),
        bin=org.bin or "",
        address=_localised(org.address, org.address_kk, org.address_en, lang),
        phone=format_phone(org.phone),
        email=org.email or "",
        programme=_programme_name(programme, lang),
        donor=_localised(donor.name, donor.name_kk, donor.name_en, lang) if donor is not None else "",
        signatory_name=org.signatory_name or "",
        signatory_position=_localised(org.signatory_position, org.signatory_position_kk, org.signatory_position_en,
                                      lang),
        manager_name=(programme.manager_name or "") if programme is not None else "",
        logo=logo_path(session, org),
    )


def _programme_name(programme: Programme | None, lang: str) -> str:
    return _localised(programme.name, programme.name_kk, programme.name_en, lang) if programme is not None else ""


def summary(session: Session) -> dict[str, Any] | None:
    """``{"name", "bin"}`` of the issuing foundation, for ``fieldapp summary``."""
    org = issuer(session)
    return None if org is None else {"name": org.name, "bin": org.bin}


def _logo_row(session: Session, org: Organisation) -> Attachment | None:
    return session.scalars(select(Attachment).where(
        Attachment.subject_table == "organisation", Attachment.subject_id == org.id, Attachment.kind == LOGO_KIND)
        .order_by(Attachment.created_at.desc())).first()


def logo_path(session: Session, org: Organisation | None = None) -> Path | None:
    """The logo's file when one is set and its file is on this laptop (it may still be on its way)."""
    org = org or issuer(session)
    store = store_of(session)
    row = _logo_row(session, org) if org is not None else None
    if row is None or store is None or not store.has(row.sha256):
        return None
    return store.path(row.sha256)


def logo_name(session: Session) -> str | None:
    org = issuer(session)
    row = _logo_row(session, org) if org is not None else None
    return row.file_name if row is not None else None


def _required_issuer(session: Session) -> Organisation:
    org = issuer(session)
    if org is None:
        raise Invalid("organisation.none", "There is no foundation record yet: documents have no issuer")
    return org


def set_logo(session: Session, source: Path | str) -> str:
    """Make ``source`` (PNG or JPEG) the letterhead's logo; it is flattened onto white and scaled to at most
    LOGO_EDGE px, so it prints (and travels downscaled) the same everywhere. Returns the attachment id."""
    from PIL import Image, UnidentifiedImageError

    require_head_office(session, "change the letterhead")
    org = _required_issuer(session)
    store = store_of(session)
    if store is None:
        raise RuntimeError("a logo needs a database file")
    source = Path(source)
    if not source.is_file():
        raise Invalid("logo.missing", f"{source}: no such file", "logo")
    if source.stat().st_size > MAX_LOGO_BYTES:
        raise Invalid("logo.too_big", f"{source.name} is larger than 5 MB", "logo",
                      {"limit": MAX_LOGO_BYTES // (1024 * 1024)})
    try:
        with Image.open(source) as image:
            image.load()
            if image.format not in ("PNG", "JPEG"):
                raise Invalid("logo.format", f"{source.name}: a logo is a PNG or JPEG picture", "logo")
            picture = image.convert("RGBA")
    except (UnidentifiedImageError, OSError) as exc:
        raise Invalid("logo.format", f"{source.name}: a logo is a PNG or JPEG picture", "logo") from exc
    flat = Image.new("RGB", picture.size, "white")
    flat.paste(picture, mask=picture.getchannel("A"))
    flat.thumbnail((LOGO_EDGE, LOGO_EDGE))
    buffer = io.BytesIO()
    flat.save(buffer, "PNG", optimize=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".png")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(buffer.getvalue())
        named = Path(tmp_name).with_name(f"{source.stem}.png")
        os.replace(tmp_name, named)
        tmp_name = str(named)
        for old in session.scalars(select(Attachment).where(
                Attachment.subject_table == "organisation", Attachment.subject_id == org.id,
                Attachment.kind == LOGO_KIND)):
            old.deleted_at = utcnow()
        return attach(session, store, "organisation", org.id, Path(tmp_name), kind=LOGO_KIND)
    finally:
        Path(tmp_name).unlink(missing_ok=True)


def remove_logo(session: Session) -> bool:
    """No logo on documents any more (the file stays in the store, as every attachment does)."""
    require_head_office(session, "change the letterhead")
    org = _required_issuer(session)
    removed = False
    for row in session.scalars(select(Attachment).where(
            Attachment.subject_table == "organisation", Attachment.subject_id == org.id,
            Attachment.kind == LOGO_KIND)):
        row.deleted_at = utcnow()
        removed = True
    return removed


def details(session: Session) -> dict[str, Any]:
    """The issuing foundation's fields (for the CLI and the Settings page)."""
    org = issuer(session)
    if org is None:
        return {}
    return {field: getattr(org, field) for field in FIELDS} | {"logo": logo_name(session)}


def update(session: Session, **values: str | None) -> Organisation:
    """Change the letterhead's fields; every value is checked before anything is written."""
    require_head_office(session, "change the letterhead")
    org = _required_issuer(session)
    clean: dict[str, str | None] = {}
    for field, value in values.items():
        if field not in FIELDS:
            raise Invalid("organisation.field", f"Unknown field {field!r}", field)
        text = (value or "").strip() or None
        if field == "name" and text is None:
            raise Invalid("required", "The foundation needs a name", field)
        try:
            if text is not None and field == "bin":
                text = check_bin(text)
            elif text is not None and field == "phone":
                text = check_phone(text)
        except Invalid as exc:
            raise Invalid(exc.code, exc.message, field, exc.params) from None
        if text is not None and field == "email" and not _EMAIL.match(text):
            raise Invalid("email.format", f"{text!r} is not an e-mail address", field)
        clean[field] = text
    for field, text in clean.items():
        if getattr(org, field) != text:
            setattr(org, field, text)
    session.flush()
    return org
