"""A refused workflow action speaks the interface language: a Russian-speaking officer reads why, with the
amounts as money and the statuses as words, never the core's English."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_helpers import click_section

from fieldapp.model import Application, GrantCall, Locality, UserProfile
from fieldapp.services import applications, calls, review, workflow
from fieldapp.ui import application_actions, errors, i18n, reason_dialog

CALL = "Наше село — наше пространство (2021)"


@pytest.fixture
def user(monkeypatch) -> dict:
    """The user leaves every optional reason empty and declines the override; what they were shown is kept."""
    shown: dict = {"confirm": []}
    monkeypatch.setattr(reason_dialog, "ask_reason", lambda *_a, **_k: "")
    monkeypatch.setattr(application_actions, "confirm",
                        lambda _parent, _title, text: shown["confirm"].append(text) or False)
    return shown


def new_submitted(db, title: str, place: str) -> str:
    with db.transaction() as s:
        call = s.scalars(select(GrantCall).where(GrantCall.title == CALL)).one()
        place_id = s.scalars(select(Locality.id).where(Locality.name_ru == place)).one()
        group = applications.ensure_group(s, f"Группа «{title}»", place_id, leader_name="Асель Нурланова")
        app = applications.create(s, call.id, title=title, group_id=group.id, settlement_id=place_id,
                                  channel="paper")
        applications.set_amounts(s, app.id, requested=Decimal("500000.00"))
        workflow.submit(s, app.id)
        return app.id


def choose(page, app_id: str) -> None:
    page.applications.refresh()
    model = page.applications.model
    row = next(r for r in range(model.rowCount()) if model.row_id(r) == app_id)
    page.applications.view.selectRow(row)


def refusal(qtbot, page, key: str, offered: bool = True) -> str:
    """Click the action's button; the error dialog it opens is read and closed. An action the screen does not
    offer (its button disabled) is asked of the core all the same, as sync or a second window might."""
    before = len(errors.open_error_dialogs())
    assert page.actions.buttons[key].isEnabled() == offered
    if offered:
        qtbot.mouseClick(page.actions.buttons[key], Qt.MouseButton.LeftButton)
    else:
        page.actions._write(key, page.applications.current_id(), None)
    dialogs = errors.open_error_dialogs()
    assert len(dialogs) == before + 1, page.actions.last_problem
    text = dialogs[-1].text()
    assert dialogs[-1].informativeText() == "Ничего не изменено."  # a refusal, not a fault to report
    dialogs[-1].done(0)
    assert page.actions.last_problem == text
    return text.replace("\u202f", " ")


@pytest.fixture
def russian_grants(qtbot, window):
    click_section(qtbot, window, "Grant calls & applications")
    i18n.install("ru")
    return window.page("grants")


def test_refusals_of_the_workflow_are_in_russian(qtbot, window, user, russian_grants) -> None:
    page, db = russian_grants, window.db
    early = new_submitted(db, "Спортплощадка у школы", "Баутино")

    # to review before the eligibility check
    choose(page, early)
    text = refusal(qtbot, page, "start_review", offered=False)  # not offered before the check; refused in words
    assert re.fullmatch(r"Заявка \S+ не может получить статус «На рассмотрении»: "
                        r"её соответствие требованиям ещё не проверено", text), text

    # scored before the eligibility check: the review form says why, under its scores
    with db.reading() as s:
        reviewer = review.reviewers(s, s.get(Application, early).call_id)[0].id
    scoring = page.actions.review_application(reviewer)
    qtbot.mouseClick(scoring.ui.saveDraftButton, Qt.MouseButton.LeftButton)
    assert re.fullmatch(r"Заявка \S+ в статусе «Подана»: оценивать её можно только на экспертизе "
                        r"\(после проверки соответствия требованиям\)", scoring.ui.problem.text())
    scoring.done(0)

    # eligible without a reason, though the attachments are missing and it came after the deadline
    text = refusal(qtbot, page, "eligible")
    assert text.startswith("Укажите причину допуска, несмотря на: "), text
    assert "Нет приложения: Письмо поддержки акимата; Нет приложения: Фотографии участка" in text
    assert "Получена вне сроков конкурса" in text and "Missing" not in text
    with db.reading() as s:
        assert s.get(Application, early).status == "submitted"

    # a village the call does not list: not eligible, named in Russian
    outside = new_submitted(db, "Сенсорная комната", "Курык")
    with db.transaction() as s:
        call = s.scalars(select(GrantCall).where(GrantCall.title == CALL)).one()
        place = s.scalars(select(Locality.id).where(Locality.name_ru == "Курык")).one()
        calls.set_settlements(s, call.id, [p for p in calls.settlements(s, call.id) if p != place])
    choose(page, outside)
    text = refusal(qtbot, page, "eligible")
    assert text == "Не соответствует требованиям: Курык: этого населённого пункта нет среди допущенных к конкурсу"


def test_a_draft_without_an_amount_cannot_be_submitted_in_russian(qtbot, window, user, russian_grants) -> None:
    page, db = russian_grants, window.db
    with db.reading() as s:
        draft = s.scalars(select(Application).where(Application.status == "draft")).one()
    choose(page, draft.id)
    text = refusal(qtbot, page, "submit")
    assert text == "Подать нельзя: Не указана запрашиваемая сумма"


def test_approval_over_the_envelope_asks_in_russian_with_amounts_as_money(qtbot, window, user,
                                                                           russian_grants) -> None:
    page, db = russian_grants, window.db
    with db.transaction() as s:
        call = s.scalars(select(GrantCall).where(GrantCall.title == CALL)).one()
        call.envelope = Decimal("1000000.00")
        app = s.scalars(select(Application).where(Application.registration_number == "НС-2021-001")).one()
        workflow.recommend(s, app.id, True)
        app_id, requested = app.id, app.requested_amount
    assert requested == Decimal("1850000.00")
    choose(page, app_id)
    qtbot.mouseClick(page.actions.buttons["approve"], Qt.MouseButton.LeftButton)
    asked = [t.replace("\u202f", " ") for t in user["confirm"]]
    assert len(asked) == 1 and asked[0].startswith(
        "Одобрение 1 850 000,00 ₸ превысит бюджет конкурса 1 000 000,00 ₸ на 850 000,00 ₸ (уже одобрено 0,00 ₸); "
        "нужно разрешение на превышение с указанием причины\n\n"), asked
    with db.reading() as s:
        assert s.get(Application, app_id).status == "recommended"


def test_a_missing_reason_is_shown_in_russian(qtbot, window, user, russian_grants) -> None:
    """Approving what the committee did not recommend needs a reason: the user gave none."""
    page, db = russian_grants, window.db
    with db.transaction() as s:
        app = s.scalars(select(Application).where(Application.registration_number == "НС-2021-009")).one()
        workflow.recommend(s, app.id, False)
        app_id = app.id
    choose(page, app_id)
    text = refusal(qtbot, page, "approve")
    assert text == "Одобрение заявки, которую конкурсная комиссия не рекомендовала, требует причины"
    assert page.actions.last_problem == text


def test_only_the_head_office_approves_said_in_russian(qtbot, window, user, russian_grants) -> None:
    page, db = russian_grants, window.db
    with db.transaction() as s:
        app = s.scalars(select(Application).where(Application.registration_number == "НС-2021-002")).one()
        workflow.recommend(s, app.id, True)
        app_id = app.id
        officer = s.scalars(select(UserProfile).where(UserProfile.role == "field_officer")).first()
    db.set_user(officer.id)
    choose(page, app_id)
    text = refusal(qtbot, page, "approve", offered=False)  # a field officer is not offered it
    assert text == f"Это может сделать только головной офис; вы вошли как {officer.name} (Полевой сотрудник)"
    with db.reading() as s:
        assert s.get(Application, app_id).status == "recommended"
