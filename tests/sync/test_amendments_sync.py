"""Amendments travel like agreements: the head office's amendment, and the agreement and tranches it changes on
signing, reach another laptop through the hub; a field officer's amendment is refused as the head office's, and a
signed amendment is never changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from fieldapp.model import Agreement, Amendment
from fieldapp.services import amendments


def _agreement(laptop, number: str) -> str:  # type: ignore[no-untyped-def]
    with laptop.db.reading() as s:
        return s.scalars(select(Agreement.id).where(Agreement.number == number)).one()


def test_the_head_offices_amendment_reaches_the_field_and_a_field_officers_is_refused(
        laptops, hub, demo_template: Path) -> None:
    office = laptops("office", demo_template)
    office.set_user("head_office")
    office.sync()
    field = laptops("field")
    field.sync()
    agreement_id = _agreement(office, "ОП-2020-016")
    with office.db.transaction() as s:
        made = amendments.propose(s, agreement_id, "Продление срока", {"ends_on": "30.11.2020"}, dt.date(2026, 12, 4))
        amendments.sign_amendment(s, made, dt.date(2020, 9, 1), today=dt.date(2026, 12, 4))
    assert office.sync().rejected == 0
    field.sync()
    with field.db.reading() as s:
        assert s.get(Amendment, made).status == "signed"
        assert s.get(Agreement, agreement_id).ends_on == dt.date(2020, 11, 30)
    field.set_user("field_officer")
    with field.db.transaction() as s:  # written past the service, which asks for the head office
        s.add(Amendment(agreement_id=agreement_id, number=2, reason="от полевого сотрудника", status="signed",
                        made_on=dt.date(2026, 12, 4), changes=[{"field": "bank", "old": None, "new": "x"}]))
    assert field.sync().rejected == 1
    office.sync()
    with office.db.reading() as s:
        assert [a.number for a in amendments.of_agreement(s, agreement_id)] == [1]
    with office.db.transaction() as s:  # a signed amendment is append-only, even for the head office
        s.get(Amendment, made).reason = "переписано задним числом"
    assert office.sync().rejected == 1
    with office.db.reading() as s:
        assert s.get(Amendment, made).reason == "Продление срока"
