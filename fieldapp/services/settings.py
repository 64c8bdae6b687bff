"""This laptop's settings kept in the database: the language documents print in, the current user profile, and
the device's identity (local: never synced)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from fieldapp.model import LocalDevice, LocalSetting
from fieldapp.validation import Invalid

DOCUMENT_LANGUAGE = "document_language"
CURRENT_USER = "current_user"
LANGUAGES = ("ru", "kk", "en")


def get(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return row.value if row is not None else None


def put(session: Session, key: str, value: str | None) -> None:
    session.merge(LocalSetting(key=key, value=value))


def document_language(session: Session) -> str:
    """The language documents print in (Russian until chosen)."""
    value = get(session, DOCUMENT_LANGUAGE)
    return value if value in LANGUAGES else "ru"


def set_document_language(session: Session, code: str) -> None:
    if code not in LANGUAGES:
        raise Invalid("language.unknown", f"Documents print in ru, kk or en, not {code!r}", params={"code": code})
    if get(session, DOCUMENT_LANGUAGE) != code:
        put(session, DOCUMENT_LANGUAGE, code)


def current_user_id(session: Session) -> str | None:
    return get(session, CURRENT_USER)


@dataclass(frozen=True)
class Device:
    """This laptop in sync: its id, and the prefix of the numbers it gives drafts."""

    device_id: str
    prefix: str


def device(session: Session) -> Device:
    row = session.get(LocalDevice, 1)
    if row is None:
        raise RuntimeError("database has no device identity: open it through fieldapp.db.Database")
    return Device(row.device_id, row.prefix)
