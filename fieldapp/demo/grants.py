"""Demo grant calls, initiative groups, applications with their status events, agreements, tranches,
site visits and project reports of both cycles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from fieldapp.demo.context import DemoContext
from fieldapp.demo.programme import LOCALITIES, SETTLEMENTS
from fieldapp.model import (
    Agreement,
    Amendment,
    Application,
    GrantCall,
    GroupMember,
    InitiativeGroup,
    Locality,
    OutgoingLetter,
    Person,
    ProjectReport,
    SiteVisit,
    StatusEvent,
    Tranche,
)
from fieldapp.services import reasons
from fieldapp.services.numbering import next_draft_number

GROUP_NAMES = [
    "Жастар", "Бірлік", "Болашақ", "Наш двор", "Достық", "Шапағат", "Ақ жол", "Мейірім", "Вместе", "Самал",
    "Көктем", "Надежда", "Ынтымақ", "Береке", "Теңіз", "Шаңырақ", "Алау", "Радуга",
]
PROJECTS = {
    "playground": ["Детская площадка во дворе", "Балалар алаңы «Күншуақ»", "Безопасная игровая площадка"],
    "sports_ground": ["Спортивная площадка для молодёжи", "Воркаут-площадка у школы", "Футбол алаңы"],
    "sensory_room": ["Сенсорная комната для детей с инвалидностью", "Психологиялық жеңілдік бөлмесі"],
    "recreation_area": ["Зона отдыха у моря", "Сквер для пожилых жителей", "Саябақ «Ынтымақ»"],
    "other": ["Летний кинотеатр под открытым небом", "Ауылдық кітапхана-кафе"],
}
# cycle → (call title, opens, deadline, max grant, envelope, applications, funded, beneficiaries reached)
CALLS = {
    1: ("Общественные пространства — конкурс мини-проектов", dt.date(2018, 11, 1), dt.date(2018, 12, 15),
        Decimal("1500000.00"), Decimal("15000000.00"), 17, 10, 5400),
    2: ("Вместе — мы сила!", dt.date(2019, 12, 1), dt.date(2020, 1, 31), Decimal("2000000.00"),
        Decimal("36000000.00"), 53, 18, 9120),
}
#: the calls' titles in Kazakh and English (the Kazakh name of cycle 2's call awaits the programme's choice)
CALL_TITLES = {
    1: ("Қоғамдық кеңістіктер — шағын жобалар конкурсы", "Public Spaces: mini-project competition"),
    2: ("Бірлігіміз — күшіміз!", "Together we are strong!"),
}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
SETTLEMENT_NAMES = {key: (ru, kk) for key, _kind, _parent, ru, kk, _en, _kato in LOCALITIES}
#: decision letters of the demo's decided calls: signed by the director some days after the decision
LETTER_DELAY = dt.timedelta(days=4)


def is_kazakh(text: str) -> bool:
    return any(c in KAZAKH_LETTERS for c in text)


def titled(title: str, settlement: str) -> str:
    """A project title with its village, named in the title's language (never a Latin key)."""
    ru, kk = SETTLEMENT_NAMES[settlement]
    return f"{title} ({kk if is_kazakh(title) else ru})"


def group_name(core: str, lang: str) -> str:
    return f"«{core}» бастамашыл тобы" if lang == "kk" else f"Инициативная группа «{core}»"


def _letter(ctx: DemoContext, s: Session, app: Application, event: StatusEvent) -> None:
    """The decision letter sent for a decided application: numbered per year in the register."""
    day = event.at.date() + LETTER_DELAY
    ctx.letter_numbers[day.year] = ctx.letter_numbers.get(day.year, 0) + 1
    s.add(OutgoingLetter(kind="decision", subject_table="application", subject_id=app.id, event_id=event.id,
                         year=day.year, number=ctx.letter_numbers[day.year], issued_on=day, language=app.language,
                         signatory_name="Бауыржан Оспанов", signatory_position="Директор"))
FUNDED_PATH = ["submitted", "eligible", "under_review", "recommended", "approved"]
UNFUNDED_PATH = ["submitted", "eligible", "under_review", "not_recommended", "rejected"]


def _split(ctx: DemoContext, total: int, parts: int) -> list[int]:
    cuts = sorted(ctx.rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _events(s: Session, ctx: DemoContext, app: Application, path: list[str], start: dt.date) -> None:
    previous = None
    for step, status in enumerate(path):
        at = dt.datetime.combine(start + dt.timedelta(days=12 * step), dt.time(11, 0))
        by = ctx.ids["user:officer"] if status in {"submitted", "eligible"} else ctx.ids["user:hq"]
        event = StatusEvent(subject_table="application", subject_id=app.id, from_status=previous, to_status=status,
                            at=at, by_user_id=by, reason=None,
                            reason_code="not_selected.envelope" if status == "rejected" else None)
        s.add(event)
        if status in ("approved", "rejected"):
            _letter(ctx, s, app, event)
        previous = status
    app.status = path[-1]


def _group(ctx: DemoContext, s: Session, cycle: int, settlement: str, index: int, funded: bool) -> InitiativeGroup:
    from fieldapp.demo.trainings import _new_person

    attendees = ctx.lists[f"attended{cycle}:{settlement}"]
    leader = attendees[(index * 7) % len(attendees)]
    name = f"Инициативная группа «{GROUP_NAMES[index % len(GROUP_NAMES)]}»"
    group = InitiativeGroup(name=name if index < len(GROUP_NAMES) else f"{name} {index // len(GROUP_NAMES) + 1}",
                            settlement_id=ctx.ids[f"loc:{settlement}"], leader_id=leader)
    s.add(group)
    members = [leader]
    # funded groups bring new people (they count as participants of the cycle); others are trainees
    extra = 4 if cycle == 1 else 2
    for _ in range(extra):
        if funded:
            members.append(_new_person(ctx, s, settlement, 2018 + cycle).id)
        else:
            members.append(attendees[ctx.rng.randrange(len(attendees))])
    for number, person_id in enumerate(dict.fromkeys(members)):
        s.add(GroupMember(group_id=group.id, person_id=person_id, role="лидер" if number == 0 else "участник"))
    return group


BANKS = (("АО «Народный Банк Казахстана»", "HSBKKZKX", "601"), ("АО «Kaspi Bank»", "CASPKZKA", "722"),
         ("АО «Банк ЦентрКредит»", "KCJBKZKX", "856"))


def _iban(bank_code: str, serial: int) -> str:
    """A synthetic Kazakh IBAN with correct check digits."""
    account = f"{bank_code}{serial:013d}"
    numeric = "".join(str(int(c, 36)) for c in account + "KZ00")
    return f"KZ{98 - int(numeric) % 97:02d}{account}"


def _grantee(ctx: DemoContext, s: Session, agreement: Agreement, app: Application, number: int) -> None:
    """The group's leader represents it; the bank account is the leader's (as most rural groups do)."""
    from fieldapp.demo.context import valid_iin

    group = s.get(InitiativeGroup, app.group_id)
    leader = s.get(Person, group.leader_id) if group and group.leader_id else None
    if leader is None:
        return
    birth = leader.birth_date or dt.date(1970 + number % 25, 1 + number % 12, 1 + number % 27)
    iin = leader.iin or next(i for serial in range(number * 10 + 1, number * 10 + 40)
                             if (i := valid_iin(birth, leader.sex or "F", serial)))
    issued = dt.date(2012 + number % 8, 1 + (number * 5) % 12, 1 + (number * 3) % 27)
    bank, bic, code = BANKS[number % len(BANKS)]
    agreement.representative_name, agreement.representative_iin = leader.full_name, iin
    agreement.representative_document = (f"удостоверение личности № {40_000_000 + number * 7919}, "
                                          f"выдано МВД РК {issued:%d.%m.%Y}")
    place = s.get(Locality, app.settlement_id) if app.settlement_id else None
    agreement.grantee_address = f"Мангистауская область, {place.name_ru}" if place else "Мангистауская область"
    agreement.iban, agreement.bank, agreement.bic = _iban(code, 10_000 + number), bank, bic


def _agreement(ctx: DemoContext, s: Session, cycle: int, number: int, app: Application, beneficiaries: int,
               draft: bool = False) -> None:
    year = 2018 + cycle
    signed = dt.date(year, 3, 1) + dt.timedelta(days=number)
    agreement = Agreement(application_id=app.id, number=None if draft else f"ОП-{year}-{number:03d}",
                          draft_number=next_draft_number(s, "agreement"), amount=app.requested_amount,
                          signed_on=None if draft else signed, starts_on=signed, ends_on=signed + dt.timedelta(days=180),
                          status="draft" if draft else "signed", place="г. Актау",
                          akimat_cofunding=app.akimat_cofunding, community_inkind=app.community_inkind,
                          volunteer_hours=app.volunteer_hours)
    s.add(agreement)
    _grantee(ctx, s, agreement, app, number)
    advance = (app.requested_amount * Decimal("0.7")).quantize(Decimal("1"))
    rest = app.requested_amount - advance
    if draft:  # the group has not opened its account yet
        agreement.iban = agreement.bank = agreement.bic = None
        s.add(Tranche(agreement_id=agreement.id, number=1, amount=advance, condition_kind="advance"))
        s.add(Tranche(agreement_id=agreement.id, number=2, amount=rest, condition_kind="completion"))
        return
    s.add(Tranche(agreement_id=agreement.id, number=1, amount=advance, condition="Аванс после подписания договора",
                  condition_kind="advance", due_on=signed + dt.timedelta(days=10),
                  paid_on=signed + dt.timedelta(days=8), paid_amount=advance, payment_reference=f"ПП {number * 2 - 1}"))
    s.add(Tranche(agreement_id=agreement.id, number=2, amount=rest,
                  condition="После принятого промежуточного отчёта и мониторингового визита",
                  condition_kind="progress", due_on=signed + dt.timedelta(days=100),
                  paid_on=signed + dt.timedelta(days=104), paid_amount=rest, payment_reference=f"ПП {number * 2}"))
    if cycle == 1 and number == 3:
        _extended(s, agreement, signed, signed + dt.timedelta(days=180))
    for day, purpose, findings in (
        (90, "monitoring", "Работы идут по плану; чеки сверены с отчётом; табличка донора установлена."),
        (175, "acceptance", "Объект завершён и безопасен; жители пользуются; передан на баланс акимата."),
    ):
        # a draft: the site-visit step (demo/visits.py) writes the rest of the form and makes it final, as an
        # officer does (a final visit is append-only, at the hub too)
        s.add(SiteVisit(agreement_id=agreement.id, settlement_id=app.settlement_id, status="draft",
                        visited_on=signed + dt.timedelta(days=day), officer_id=ctx.ids["user:officer"],
                        purpose=purpose, announced=day < 170, findings=findings, next_tranche_ok=True))
    direct = beneficiaries * 35 // 100
    s.add(ProjectReport(agreement_id=agreement.id, kind="progress", submitted_on=signed + dt.timedelta(days=95),
                        spent_amount=advance, beneficiaries_direct=direct // 2, beneficiaries_indirect=0,
                        narrative="Промежуточный отчёт: закуплены материалы, начаты работы."))
    s.add(ProjectReport(agreement_id=agreement.id, kind="completion", submitted_on=signed + dt.timedelta(days=178),
                        spent_amount=app.requested_amount, beneficiaries_direct=direct,
                        beneficiaries_indirect=beneficiaries - direct,
                        narrative="Итоговый отчёт: объект открыт, проведено открытие с жителями."))


def _extended(s: Session, agreement: Agreement, signed: dt.date, old: dt.date) -> None:
    """Amendment № 1, signed: the term extended by a month (the materials came late); it applies to the agreement."""
    new = old + dt.timedelta(days=30)
    s.add(Amendment(agreement_id=agreement.id, number=1, status="signed", made_on=signed + dt.timedelta(days=60),
                    signed_on=signed + dt.timedelta(days=62),
                    reason="Поставщик задержал поставку покрытия для площадки на месяц (письмо поставщика от "
                           f"{signed + dt.timedelta(days=55):%d.%m.%Y}).",
                    changes=[{"field": "ends_on", "old": old.isoformat(), "new": new.isoformat()}]))
    agreement.ends_on = new


def _call(ctx: DemoContext, cycle: int) -> None:
    title, opens, deadline, max_grant, envelope, n_apps, n_funded, reached = CALLS[cycle]
    rng = ctx.rng
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        call = GrantCall(cycle_id=ctx.ids[f"cycle{cycle}"], title=title, title_kk=CALL_TITLES[cycle][0],
                         title_en=CALL_TITLES[cycle][1], opens_on=opens, deadline=deadline,
                         max_grant=max_grant, envelope=envelope, status="decided")
        s.add(call)
        ctx.ids[f"call{cycle}"] = call.id
        funded_flags = [True] * n_funded + [False] * (n_apps - n_funded)
        rng.shuffle(funded_flags)
        beneficiaries = _split(ctx, reached, n_funded)
        categories = list(PROJECTS)
        funded_number = 0
        for index, funded in enumerate(funded_flags):
            settlement = SETTLEMENTS[index % len(SETTLEMENTS)]
            group = _group(ctx, s, cycle, settlement, index, funded)
            category = categories[index % len(categories)]
            requested = Decimal(rng.randrange(int(max_grant) // 2000, int(max_grant) // 1000 + 1) * 1000)
            received = opens + dt.timedelta(days=rng.randint(5, (deadline - opens).days))
            title = rng.choice(PROJECTS[category])
            language = "kk" if is_kazakh(title) else "ru"
            group.name = group_name(GROUP_NAMES[index % len(GROUP_NAMES)] + (
                f" {index // len(GROUP_NAMES) + 1}" if index >= len(GROUP_NAMES) else ""), language)
            app = Application(call_id=call.id, group_id=group.id, settlement_id=group.settlement_id,
                              draft_number=next_draft_number(s, "application"),
                              registration_number=f"З-{opens.year + 1}-{index + 1:03d}",
                              title=titled(title, settlement), language=language,
                              category=category, requested_amount=requested,
                              akimat_cofunding=(requested * Decimal("0.15")).quantize(Decimal("1000")),
                              community_inkind=(requested * Decimal("0.08")).quantize(Decimal("1000")),
                              volunteer_hours=160 + (index * 40) % 240,  # the group's own work, promised
                              received_on=received, channel=rng.choice(["paper", "paper", "email", "in_person"]))
            s.add(app)
            _events(s, ctx, app, FUNDED_PATH if funded else UNFUNDED_PATH, received)
            if funded:
                funded_number += 1
                _agreement(ctx, s, cycle, funded_number, app, beneficiaries[funded_number - 1],
                           draft=cycle == 2 and funded_number == n_funded)


def build(ctx: DemoContext) -> None:
    for cycle in CALLS:
        _call(ctx, cycle)
