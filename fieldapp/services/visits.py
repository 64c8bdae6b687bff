"""Recording a site visit (DOMAIN.md "Site monitoring visit"): the form's data, saving it with its progress,
checklist, photos and follow-up actions, the decision on the next tranche the tranche rules read
(``SiteVisit.next_tranche_ok``: True release, False hold with ``hold_reason``), drafts and corrections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fieldapp.model import (
    Activity,
    Agreement,
    Application,
    Attachment,
    Cycle,
    FollowUpAction,
    GrantCall,
    Locality,
    SiteVisit,
    UserProfile,
    VisitCheck,
    VisitChecklistItem,
    VisitPhoto,
    VisitProgress,
)
from fieldapp.problems import FormInvalid, Invalid
from fieldapp.services import completion, settings
from fieldapp.services.actions import ActionRow, actions
from fieldapp.services.choices import Choice, localised
from fieldapp.services.photos import PhotoFile, add_photos
from fieldapp.text import fold

PURPOSES = ("monitoring", "acceptance")
RESULTS = ("yes", "no", "na", "unchecked")
#: the checklist of a programme that has not set its own (ru, kk, en)
DEFAULT_CHECKLIST: tuple[tuple[str, str, str], ...] = (
    ("Качество работ", "Жұмыстардың сапасы", "Quality of works"),
    ("Безопасность детской и спортивной площадки", "Балалар және спорт алаңының қауіпсіздігі",
     "Playground and sports-ground safety"),
    ("Табличка донора", "Донор тақтайшасы", "Donor signage"),
    ("Жители пользуются объектом", "Тұрғындар нысанды пайдаланады", "Community use"),
    ("Чеки и закупки соответствуют отчёту", "Чектер мен сатып алулар есепке сәйкес",
     "Receipts and procurement match the report"),
    ("Софинансирование внесено", "Бірлесіп қаржыландыру салынды", "Co-funding delivered"),
)


@dataclass(frozen=True)
class Project:
    """An agreement as a visit names it: number, title, settlement and its work plan."""

    agreement_id: str
    number: str
    title: str
    settlement_id: str | None
    settlement: str
    activities: tuple[Choice, ...]
    checklist: tuple[str, ...]

    @property
    def label(self) -> str:
        """``number — title (settlement)``; a title that names its settlement already is not followed by it again."""
        named = not self.settlement or fold(self.settlement) in fold(self.title)
        return f"{self.number} — {self.title}" + ("" if named else f" ({self.settlement})")


@dataclass(frozen=True)
class PhotoRow:
    id: str
    sha256: str
    file_name: str
    taken_at: dt.datetime | None
    latitude: float | None
    longitude: float | None
    orientation: int
    caption: str | None


@dataclass(frozen=True)
class VisitData:
    """What a visit holds, as the form shows and sends it."""

    agreement_id: str
    visited_on: dt.date
    visit_time: dt.time | None = None
    officer_id: str | None = None
    announced: bool = True
    purpose: str = "monitoring"
    people_met: str | None = None
    findings: str | None = None
    beneficiary_feedback: str | None = None
    users_seen: int | None = None
    decision: str | None = None  # release, hold, or None (not decided)
    hold_reason: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    progress: tuple[tuple[str, int, str | None], ...] = ()  # activity id, percent, comment
    checks: tuple[tuple[str, str, str | None], ...] = ()  # item, result, comment
    #: actions: (id or None for a new one, description, owner, due date)
    actions: tuple[tuple[str | None, str, str, dt.date | None], ...] = ()
    final: bool = True


@dataclass(frozen=True)
class VisitForm:
    id: str | None
    data: VisitData | None
    status: str
    projects: tuple[Project, ...]
    officers: tuple[Choice, ...]
    photos: tuple[PhotoRow, ...] = ()
    actions: tuple[ActionRow, ...] = field(default=())
    current_user_id: str | None = None


def agreement_of(session: Session, visit_id: str) -> str | None:
    visit = session.get(SiteVisit, visit_id)
    return visit.agreement_id if visit is not None else None


def decision_of(next_tranche_ok: bool | None) -> str | None:
    return None if next_tranche_ok is None else "release" if next_tranche_ok else "hold"


def checklist(session: Session, agreement_id: str | None, lang: str) -> tuple[str, ...]:
    """The checklist of the programme the agreement belongs to (its own items, or the default list)."""
    programme_id = None
    if agreement_id:
        programme_id = session.scalar(
            select(Cycle.programme_id).join(GrantCall, GrantCall.cycle_id == Cycle.id)
            .join(Application, Application.call_id == GrantCall.id)
            .join(Agreement, Agreement.application_id == Application.id).where(Agreement.id == agreement_id))
    items = list(session.scalars(select(VisitChecklistItem).where(VisitChecklistItem.programme_id == programme_id)
                                 .order_by(VisitChecklistItem.position))) if programme_id else []
    if items:
        return tuple(localised(i.text_ru, i.text_kk, i.text_en, lang) for i in items)
    return tuple(localised(ru, kk, en, lang) for ru, kk, en in DEFAULT_CHECKLIST)


def checklist_words(session: Session, lang: str) -> dict[str, str]:
    """Each checklist item known (the default list's and every programme's), in any of its languages → its words in
    ``lang``: a visit keeps the words it was asked with, in the language of the screen it was recorded on, and its
    report in another language says them in that one (QA 40: a Kazakh report listed «Качество работ»)."""
    triples = list(DEFAULT_CHECKLIST) + [tuple(row) for row in session.execute(
        select(VisitChecklistItem.text_ru, VisitChecklistItem.text_kk, VisitChecklistItem.text_en))]
    words: dict[str, str] = {}
    for ru, kk, en in triples:
        shown = localised(ru, kk, en, lang)
        for text in (ru, kk, en):
            if text:
                words.setdefault(text, shown)
    return words


def set_checklist(session: Session, programme_id: str, items: list[tuple[str, str | None, str | None]]) -> None:
    """Replace a programme's checklist (visits keep the words they were asked with)."""
    for old in session.scalars(select(VisitChecklistItem).where(VisitChecklistItem.programme_id == programme_id)):
        old.deleted_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    for position, (ru, kk, en) in enumerate(items, start=1):
        if not ru.strip():
            raise Invalid("required", "The Russian text of a checklist item is required", field="text_ru")
        session.add(VisitChecklistItem(programme_id=programme_id, position=position, text_ru=ru.strip()[:300],
                                       text_kk=(kk or "").strip()[:300] or None,
                                       text_en=(en or "").strip()[:300] or None))
    session.flush()


def projects(session: Session, lang: str, also_id: str | None = None) -> tuple[Project, ...]:
    """Agreements that can be visited (signed or completed), with their work plans and checklists."""
    rows = session.execute(
        select(Agreement.id, func.coalesce(Agreement.number, Agreement.draft_number), Application.title,
               Application.settlement_id, Locality.name_ru, Locality.name_kk, Locality.name_en, Application.id)
        .join(Application, Application.id == Agreement.application_id)
        .outerjoin(Locality, Locality.id == Application.settlement_id)
        .where(Agreement.status.in_(("signed", "completed")) | (Agreement.id == also_id))
        .order_by(Agreement.signed_on.desc(), Agreement.number)).all()
    plans: dict[str, list[Choice]] = {}
    for app_id, activity_id, text in session.execute(
            select(Activity.application_id, Activity.id, Activity.activity).order_by(Activity.position)):
        plans.setdefault(app_id, []).append(Choice(activity_id, text))
    lists: dict[str | None, tuple[str, ...]] = {}
    found = []
    for agreement_id, number, title, settlement_id, ru, kk, en, app_id in rows:
        items = checklist(session, agreement_id, lang)
        found.append(Project(agreement_id, number, title, settlement_id, localised(ru, kk, en, lang),
                             tuple(plans.get(app_id, ())), lists.setdefault(items[0] if items else None, items)))
    return tuple(found)


def officers(session: Session) -> tuple[Choice, ...]:
    return tuple(Choice(uid, name) for uid, name in session.execute(
        select(UserProfile.id, UserProfile.name)
        .where(UserProfile.role.in_(("field_officer", "programme_staff", "head_office")))
        .order_by(UserProfile.name)))


def photos_of(session: Session, visit_id: str) -> tuple[PhotoRow, ...]:
    return tuple(PhotoRow(p.id, a.sha256, a.file_name, p.taken_at, p.latitude, p.longitude, p.orientation, p.caption)
                 for p, a in session.execute(
                     select(VisitPhoto, Attachment).join(Attachment, Attachment.id == VisitPhoto.attachment_id)
                     .where(VisitPhoto.visit_id == visit_id).order_by(VisitPhoto.position)))


def visit_form(session: Session, visit_id: str | None, lang: str, agreement_id: str | None = None) -> VisitForm:
    """Everything the visit form shows: the visit (None for a new one), the projects and officers to choose."""
    me = settings.current_user_id(session)
    if visit_id is None:
        return VisitForm(None, None, "new", projects(session, lang, agreement_id), officers(session),
                         current_user_id=me)
    visit = session.get(SiteVisit, visit_id)
    if visit is None:
        raise Invalid("visit.unknown", f"No such visit: {visit_id}", params={"id": visit_id})
    progress = tuple((p.activity_id, p.percent, p.comment) for p in session.scalars(
        select(VisitProgress).where(VisitProgress.visit_id == visit_id)))
    checks = tuple((c.item, c.result, c.comment) for c in session.scalars(
        select(VisitCheck).where(VisitCheck.visit_id == visit_id).order_by(VisitCheck.position)))
    data = VisitData(visit.agreement_id, visit.visited_on, _time(visit.visit_time), visit.officer_id, visit.announced,
                     visit.purpose, visit.people_met, visit.findings, visit.beneficiary_feedback, visit.users_seen,
                     decision_of(visit.next_tranche_ok), visit.hold_reason, visit.latitude, visit.longitude,
                     progress, checks, final=visit.status == "final")
    return VisitForm(visit.id, data, visit.status, projects(session, lang, visit.agreement_id), officers(session),
                     photos_of(session, visit_id), tuple(actions(session, visit_id=visit_id)), me)


def _check(data: VisitData, today: dt.date) -> dict[str, Invalid]:
    errors: dict[str, Invalid] = {}
    if data.visited_on > today:
        errors["visited_on"] = Invalid("visit.future", "A visit is recorded after it took place",
                                       field="visited_on", params={"date": data.visited_on})
    if data.purpose not in PURPOSES:
        errors["purpose"] = Invalid("choice.unknown", f"Unknown purpose {data.purpose!r}", field="purpose",
                                    params={"value": data.purpose})
    if data.decision not in ("release", "hold", None):
        errors["decision"] = Invalid("choice.unknown", f"Unknown decision {data.decision!r}", field="decision",
                                     params={"value": data.decision})
    if data.decision == "hold" and not (data.hold_reason or "").strip():
        errors["hold_reason"] = Invalid("visit.hold_reason", "Say why the next tranche is held",
                                        field="hold_reason")
    if data.final and data.decision is None:
        errors["decision"] = Invalid("visit.decision", "A finished visit decides on the next tranche",
                                     field="decision")
    if data.users_seen is not None and data.users_seen < 0:
        errors["users_seen"] = Invalid("number.negative", "Not below zero", field="users_seen")
    for _activity, percent, _comment in data.progress:
        if not 0 <= percent <= 100:
            errors["progress"] = Invalid("visit.percent", f"Progress {percent}% is outside 0–100",
                                         field="progress", params={"value": percent})
    for result in (r for _item, r, _c in data.checks):
        if result not in RESULTS:
            errors["checks"] = Invalid("choice.unknown", f"Unknown answer {result!r}", field="checks",
                                       params={"value": result})
    for _id, description, owner, _due in data.actions:
        if not description.strip() or not owner.strip():
            errors["actions"] = Invalid("visit.action", "An action needs what to do and who does it",
                                        field="actions")
    return errors


def save_visit(session: Session, visit_id: str | None, data: VisitData, photos: tuple[PhotoFile, ...] = (),
               captions: dict[str, str] | None = None, *, today: dt.date | None = None) -> str:
    """Create or update a visit with its parts; a final visit cannot change (correct it instead).
    ``captions`` names photos by their id (already recorded) or their SHA-256 (among ``photos``)."""
    errors = _check(data, today or dt.date.today())
    agreement = session.get(Agreement, data.agreement_id)
    if agreement is None or agreement.deleted_at is not None:
        errors["agreement_id"] = Invalid("visit.agreement", "Choose the project's agreement", field="agreement_id")
    if errors:
        raise FormInvalid(errors)
    assert agreement is not None
    application = session.get(Application, agreement.application_id)
    if visit_id is None:
        visit = SiteVisit(agreement_id=data.agreement_id, visited_on=data.visited_on, purpose=data.purpose)
        session.add(visit)
    else:
        found = session.get(SiteVisit, visit_id)
        if found is None or found.deleted_at is not None:
            raise Invalid("visit.unknown", f"No such visit: {visit_id}", params={"id": visit_id})
        if found.status == "final":
            raise Invalid("visit.final", "A finished visit is not changed: make a correction")
        visit = found
    visit.agreement_id = data.agreement_id
    visit.settlement_id = application.settlement_id if application else None
    visit.visited_on = data.visited_on
    visit.visit_time = data.visit_time.strftime("%H:%M") if data.visit_time else None
    visit.officer_id = data.officer_id or settings.current_user_id(session)
    visit.announced, visit.purpose = data.announced, data.purpose
    visit.people_met, visit.findings = _text(data.people_met), _text(data.findings)
    visit.beneficiary_feedback, visit.users_seen = _text(data.beneficiary_feedback), data.users_seen
    visit.next_tranche_ok = None if data.decision is None else data.decision == "release"
    visit.hold_reason = _text(data.hold_reason) if data.decision == "hold" else None
    visit.latitude, visit.longitude = data.latitude, data.longitude
    visit.status = "final" if data.final else "draft"
    _replace_parts(session, visit.id, data)
    session.flush()
    if photos:
        add_photos(session, visit.id, list(photos), captions)
    for photo in session.scalars(select(VisitPhoto).where(VisitPhoto.visit_id == visit.id)):
        caption = (captions or {}).get(photo.id)
        if caption is not None and (caption.strip() or None) != photo.caption:
            photo.caption = caption.strip() or None
    _save_actions(session, visit, data)
    session.flush()
    if visit.status == "final":  # finishing a visit may complete the project, or reopen it (a correction)
        completion.settle(session, visit.agreement_id)
    return visit.id


def _time(text: str | None) -> dt.time | None:
    try:
        return dt.datetime.strptime(text, "%H:%M").time() if text else None
    except ValueError:
        return None


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _replace_parts(session: Session, visit_id: str, data: VisitData) -> None:
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    progress = {p.activity_id: p for p in session.scalars(select(VisitProgress)
                                                           .where(VisitProgress.visit_id == visit_id))}
    for activity_id, percent, comment in data.progress:
        row = progress.pop(activity_id, None) or VisitProgress(visit_id=visit_id, activity_id=activity_id)
        row.percent, row.comment = percent, _text(comment)
        session.add(row)
    for gone in progress.values():
        gone.deleted_at = now
    checks = {c.position: c for c in session.scalars(select(VisitCheck).where(VisitCheck.visit_id == visit_id))}
    for position, (item, result, comment) in enumerate(data.checks, start=1):
        check = checks.pop(position, None) or VisitCheck(visit_id=visit_id, position=position, item=item[:300])
        check.item, check.result, check.comment = item[:300], result, _text(comment)
        session.add(check)
    for unasked in checks.values():
        unasked.deleted_at = now


def _save_actions(session: Session, visit: SiteVisit, data: VisitData) -> None:
    existing = {a.id: a for a in session.scalars(select(FollowUpAction).where(FollowUpAction.visit_id == visit.id))}
    for action_id, description, owner, due_on in data.actions:
        row = existing.get(action_id or "")
        if row is None:
            row = FollowUpAction(visit_id=visit.id, agreement_id=visit.agreement_id, status="open")
            session.add(row)
        row.description, row.owner, row.due_on = description.strip(), owner.strip()[:200], due_on


def correct_visit(session: Session, visit_id: str) -> str:
    """A draft copy of a finished visit that corrects it (the finished one stays as it was)."""
    old = session.get(SiteVisit, visit_id)
    if old is None or old.deleted_at is not None:
        raise Invalid("visit.unknown", f"No such visit: {visit_id}", params={"id": visit_id})
    new = SiteVisit(agreement_id=old.agreement_id, settlement_id=old.settlement_id, visited_on=old.visited_on,
                    officer_id=old.officer_id, purpose=old.purpose, announced=old.announced, findings=old.findings,
                    next_tranche_ok=old.next_tranche_ok, visit_time=old.visit_time, people_met=old.people_met,
                    beneficiary_feedback=old.beneficiary_feedback, users_seen=old.users_seen,
                    hold_reason=old.hold_reason, latitude=old.latitude, longitude=old.longitude, status="draft",
                    corrects_id=old.id)
    session.add(new)
    for step in session.scalars(select(VisitProgress).where(VisitProgress.visit_id == visit_id)):
        session.add(VisitProgress(visit_id=new.id, activity_id=step.activity_id, percent=step.percent,
                                  comment=step.comment))
    for c in session.scalars(select(VisitCheck).where(VisitCheck.visit_id == visit_id)):
        session.add(VisitCheck(visit_id=new.id, position=c.position, item=c.item, result=c.result, comment=c.comment))
    for p, a in session.execute(select(VisitPhoto, Attachment).join(Attachment, Attachment.id ==
                                                                    VisitPhoto.attachment_id)
                                .where(VisitPhoto.visit_id == visit_id)):
        copy = Attachment(subject_table="site_visit", subject_id=new.id, kind=a.kind, sha256=a.sha256,
                          file_name=a.file_name, media_type=a.media_type, size=a.size)
        session.add_all([copy, VisitPhoto(visit_id=new.id, attachment_id=copy.id, position=p.position,
                                          taken_at=p.taken_at, latitude=p.latitude, longitude=p.longitude,
                                          orientation=p.orientation, caption=p.caption)])
    session.flush()
    return new.id


@dataclass(frozen=True)
class VisitRow:
    id: str
    agreement_id: str
    agreement: str
    title: str
    settlement: str | None
    date: dt.date
    purpose: str
    officer: str | None
    photos: int
    decision: str | None
    status: str


def visit_rows(session: Session, lang: str = "ru") -> list[VisitRow]:
    counts = dict(session.execute(select(VisitPhoto.visit_id, func.count()).group_by(VisitPhoto.visit_id)).all())
    rows = session.execute(
        select(SiteVisit, func.coalesce(Agreement.number, Agreement.draft_number), Application.title,
               Locality.name_ru, Locality.name_kk, Locality.name_en, UserProfile.name)
        .join(Agreement, Agreement.id == SiteVisit.agreement_id)
        .join(Application, Application.id == Agreement.application_id)
        .outerjoin(Locality, Locality.id == SiteVisit.settlement_id)
        .outerjoin(UserProfile, UserProfile.id == SiteVisit.officer_id)
        .order_by(SiteVisit.visited_on.desc(), SiteVisit.created_at.desc())).all()
    return [VisitRow(v.id, v.agreement_id, number, title, localised(ru, kk, en, lang) if ru else None, v.visited_on,
                     v.purpose, officer, counts.get(v.id, 0), decision_of(v.next_tranche_ok), v.status)
            for v, number, title, ru, kk, en, officer in rows]


@dataclass(frozen=True)
class ChecklistForm:
    """Each programme with its checklist items (ru, kk, en); a programme without its own shows the default."""

    programmes: tuple[Choice, ...]
    items: dict[str, tuple[tuple[str, str, str], ...]]
    own: frozenset[str]


def checklist_form(session: Session, lang: str) -> ChecklistForm:
    from fieldapp.model import Programme

    programmes = tuple(Choice(p.id, localised(p.name, p.name_kk, p.name_en, lang))
                       for p in session.scalars(select(Programme).order_by(Programme.name)))
    items: dict[str, tuple[tuple[str, str, str], ...]] = {}
    own = set()
    for programme in programmes:
        rows = tuple((i.text_ru, i.text_kk or "", i.text_en or "") for i in session.scalars(
            select(VisitChecklistItem).where(VisitChecklistItem.programme_id == programme.id)
            .order_by(VisitChecklistItem.position)))
        if rows:
            own.add(programme.id)
        items[programme.id] = rows or DEFAULT_CHECKLIST
    return ChecklistForm(programmes, items, frozenset(own))
