"""Form drafts: what a form holds as the user types, so a crash or power loss loses seconds, not work."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from fieldapp.model import LocalDraft
from fieldapp.model.base import utcnow


def save(session: Session, key: str, data: dict[str, Any]) -> None:
    session.merge(LocalDraft(key=key, data=data, saved_at=utcnow()))


def load(session: Session, key: str) -> dict[str, Any] | None:
    draft = session.get(LocalDraft, key)
    return dict(draft.data) if draft else None


def discard(session: Session, key: str) -> None:
    draft = session.get(LocalDraft, key)
    if draft is not None:
        session.delete(draft)
