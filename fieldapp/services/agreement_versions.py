"""Printed agreements kept as versions (issue 14, "Versions").

Every PDF of an agreement is recorded with its SHA-256, the fingerprint of the data it was made from and those
data. The same data give the same bytes (``documents/agreement.py`` builds invariant PDFs), so printing again
without a change finds the version already kept; a change makes a new version and says which of the data's
fields differ from the version before in that language. The fingerprint is printed in the QR code of each page
with the agreement's number, so a paper copy names its version; :func:`verify` names the version of a PDF file
(any changed byte makes it none).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import Agreement, AgreementVersion, Amendment

#: the data's fields by the words a person reads in "what changed" (fieldapp/ui/labels.py words them)
FIELDS = ("number", "draft", "parts", "tranches", "amount", "budget_lines", "budget_totals", "activities",
          "signatory_name", "representative", "issuer_name", "subject")


def data_of(data: Any) -> dict[str, Any]:
    """The document's data (``documents.agreement.AgreementData``) as plain JSON values: amounts as text."""
    value: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(data), default=str, ensure_ascii=False))
    return value


def fingerprint(data: Any) -> str:
    """SHA-256 of the data a PDF is made from, in a canonical form (the QR code carries its first 16 digits)."""
    text = json.dumps(data_of(data), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def qr_text(number: str, data: Any, amendment: int | None = None) -> str:
    """What each page's QR code says: the agreement's number (and the amendment's) and the data's fingerprint."""
    document = f"agreement {number}" + (f" amendment {amendment}" if amendment is not None else "")
    return f"FieldApp {document} {fingerprint(data)[:16]}"


@dataclass(frozen=True)
class Printed:
    agreement: str  # its number (or draft number)
    version: int
    lang: str
    new: bool  # False: the same data and bytes were printed before (that version)
    changed: tuple[str, ...]  # the data's fields that differ from the version before (empty for the first)
    amendment: int | None = None  # the amendment's number when the print is an amendment


def record(session: Session, agreement_id: str, lang: str, data: Any, pdf: bytes,
           amendment_id: str | None = None) -> Printed:
    """Keep this print of the agreement — or, with ``amendment_id``, of that amendment of it — as a version, or
    find the version it already is. An agreement's versions and each amendment's are numbered apart."""
    agreement = session.get(Agreement, agreement_id)
    assert agreement is not None
    number = agreement.number or agreement.draft_number
    amendment = session.get(Amendment, amendment_id) if amendment_id else None
    same_document = (AgreementVersion.agreement_id == agreement_id, AgreementVersion.amendment_id.is_(None)
                     if amendment_id is None else AgreementVersion.amendment_id == amendment_id)
    pdf_sha256, data_sha256 = hashlib.sha256(pdf).hexdigest(), fingerprint(data)
    before = session.scalars(select(AgreementVersion).where(*same_document, AgreementVersion.lang == lang)
                             .order_by(AgreementVersion.version.desc())).first()
    shown = amendment.number if amendment is not None else None
    if before is not None and before.data_sha256 == data_sha256 and before.pdf_sha256 == pdf_sha256:
        return Printed(number, before.version, lang, False, (), shown)
    values = data_of(data)
    fields = FIELDS if amendment_id is None else tuple(values)
    changed = tuple(key for key in fields if before is not None and before.data.get(key) != values.get(key))
    last = session.scalar(select(func.max(AgreementVersion.version)).where(*same_document)) or 0
    session.add(AgreementVersion(agreement_id=agreement_id, version=last + 1, lang=lang, pdf_sha256=pdf_sha256,
                                 data_sha256=data_sha256, data=values, changed=list(changed) if before else None,
                                 amendment_id=amendment_id))
    session.flush()
    return Printed(number, last + 1, lang, True, changed, shown)


@dataclass(frozen=True)
class Found:
    agreement_id: str
    agreement: str
    version: int
    lang: str
    printed_at: Any
    amendment: int | None = None  # the amendment's number when the PDF is an amendment


def verify(session: Session, pdf: bytes) -> Found | None:
    """The agreement (or amendment) and version this PDF is, or None when it is none of the versions kept."""
    row = session.scalars(select(AgreementVersion).where(
        AgreementVersion.pdf_sha256 == hashlib.sha256(pdf).hexdigest())).first()
    if row is None:
        return None
    agreement = session.get(Agreement, row.agreement_id)
    name = (agreement.number or agreement.draft_number) if agreement else row.agreement_id
    amendment = session.get(Amendment, row.amendment_id) if row.amendment_id else None
    return Found(row.agreement_id, name, row.version, row.lang, row.created_at,
                 amendment.number if amendment is not None else None)


def versions(session: Session, agreement_id: str) -> list[AgreementVersion]:
    """The agreement's own versions (not its amendments'), newest first."""
    return list(session.scalars(select(AgreementVersion).where(AgreementVersion.agreement_id == agreement_id,
                                                               AgreementVersion.amendment_id.is_(None))
                                .order_by(AgreementVersion.version.desc())))
