"""Site visits travel: the visit, its checklist, actions and photos (the file too) reach the other laptop, scoped by
the project's settlement; another officer may not change what an officer recorded; a finished visit is
append-only at the hub."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from fieldapp.model import Agreement, FollowUpAction, SiteVisit, UserProfile, VisitCheck, VisitPhoto
from fieldapp.model.history import SyncRejection
from fieldapp.services import actions, photos, visits
from fieldapp.services.attachments import AttachmentStore
from tests.sync.conftest import converge, seed
from tests.visits.photo_files import jpeg


def test_a_visit_with_photos_travels_and_stays_the_officers(laptops, hub, tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops("A"), laptops("B")
    ids = seed(a.db)
    a.set_user("head_office")
    with a.db.transaction() as s:
        agreement = Agreement(application_id=ids["app0"], draft_number="D-A-1", amount=Decimal("600000.00"),
                              signed_on=dt.date(2019, 6, 1), status="signed")
        s.add(agreement)
    officer = a.set_user("field_officer")
    store = AttachmentStore.beside(a.db.path)
    photo = photos.prepare(store, jpeg(tmp_path / "site.jpg"))
    data = visits.VisitData(agreement_id=agreement.id, visited_on=dt.date(2019, 9, 1), officer_id=officer,
                            findings="Нет таблички", decision="hold", hold_reason="Нет чеков",
                            checks=(("Табличка донора", "no", None),),
                            actions=((None, "Установить табличку", "Лидер", dt.date(2019, 9, 20)),))
    with a.db.transaction() as s:
        visit_id = visits.save_visit(s, None, data, (photo,), {photo.sha256: "Общий вид"})
    converge(a, b)
    with b.db.reading() as s:
        visit = s.get(SiteVisit, visit_id)
        assert (visit.next_tranche_ok, visit.hold_reason) == (False, "Нет чеков")
        assert s.scalars(select(VisitCheck.item).where(VisitCheck.visit_id == visit_id)).all() == ["Табличка донора"]
        assert s.scalars(select(VisitPhoto.caption).where(VisitPhoto.visit_id == visit_id)).all() == ["Общий вид"]
        action_id = s.scalars(select(FollowUpAction.id).where(FollowUpAction.visit_id == visit_id)).one()
    assert AttachmentStore.beside(b.db.path).has(photo.sha256)  # the photo's file came too
    # another officer on laptop B may not close the first officer's action, nor change the finished visit
    with b.db.transaction() as s:
        s.add(UserProfile(name="Другой сотрудник", role="field_officer", id="00000000-0000-7000-8000-00000000beef"))
    b.db.set_user("00000000-0000-7000-8000-00000000beef")
    with b.db.transaction() as s:
        actions.close_action(s, action_id, "done")
    with b.db.transaction() as s:
        s.get(SiteVisit, visit_id).findings = "переписано"
    b.sync()
    with b.db.reading() as s:
        reasons = [r.reason for r in s.scalars(select(SyncRejection))]
    assert any("belongs to the officer" in r for r in reasons), reasons
    assert any("append-only" in r for r in reasons), reasons
    a.sync()
    with a.db.reading() as s:
        assert s.get(FollowUpAction, action_id).status == "open"
        assert s.get(SiteVisit, visit_id).findings == "Нет таблички"
