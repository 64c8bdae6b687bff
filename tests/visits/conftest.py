"""The demo database with one project under a signed agreement (still being built), visited by the officer."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from fieldapp.db import Database
from fieldapp.model import Agreement, Tranche, UserProfile
from fieldapp.services import settings


@dataclass
class Site:
    db: Database
    agreement_id: str
    officer_id: str
    office_id: str


def open_site(db: Database) -> Site:
    """The newest demo agreement made ongoing: signed, its second tranche unpaid and waiting on a visit."""
    with db.transaction() as s:
        officer = s.scalar(select(UserProfile.id).where(UserProfile.role == "field_officer"))
        office = s.scalar(select(UserProfile.id).where(UserProfile.role == "head_office"))
        agreement = s.scalars(select(Agreement).order_by(Agreement.signed_on.desc())).first()
        assert agreement is not None and officer is not None
        agreement.status = "signed"
        second = s.scalars(select(Tranche).where(Tranche.agreement_id == agreement.id, Tranche.number == 2)).one()
        second.paid_on, second.paid_amount = None, None
        settings.put(s, settings.CURRENT_USER, officer)
        agreement_id = agreement.id
    db.set_user(officer)
    return Site(db, agreement_id, officer, office)


@pytest.fixture
def site(demo_db: Database) -> Iterator[Site]:
    yield open_site(demo_db)


@pytest.fixture
def store_root(demo_path: Path) -> Path:
    return demo_path.parent / "attachments"
