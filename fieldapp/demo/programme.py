"""The foundation, its donor partner, the programme and its cycles, the localities and the demo users."""

from __future__ import annotations

import datetime as dt

from fieldapp.demo.context import DemoContext
from fieldapp.model import Cycle, Locality, LocalSetting, Organisation, Programme, UserProfile
from fieldapp.services import reasons

# (key, kind, parent key, Russian, Kazakh, English, KATO)
LOCALITIES = [
    ("region", "region", None, "Мангистауская область", "Маңғыстау облысы", "Mangystau region", "470000000"),
    ("tupkaragan", "district", "region", "Тупкараганский район", "Түпқараған ауданы", "Tupkaragan district",
     "475200000"),
    ("beineu", "district", "region", "Бейнеуский район", "Бейнеу ауданы", "Beineu district", "473600000"),
    ("karakiyan", "district", "region", "Каракиянский район", "Қарақия ауданы", "Karakiyan district", "474200000"),
    ("fort", "settlement", "tupkaragan", "Форт-Шевченко", "Форт-Шевченко", "Fort-Shevchenko", None),
    ("bautino", "settlement", "tupkaragan", "Баутино", "Баутин", "Bautino", None),
    ("boranqul", "settlement", "beineu", "Боранкул", "Бораңқұл", "Boranqul", None),
    ("kuryk", "settlement", "karakiyan", "Курык", "Құрық", "Kuryk", None),
]
SETTLEMENTS = ["fort", "bautino", "boranqul", "kuryk"]

USERS = [
    ("staff", "Айгерим Сапарова", "programme_staff"),
    ("officer", "Ержан Төлеуов", "field_officer"),
    ("trainer", "Светлана Ким", "trainer"),
    ("hq", "Бауыржан Оспанов", "head_office"),
    ("reviewer1", "Гүлнар Есенова (акимат)", "reviewer"),
    ("reviewer2", "Марат Жұмабаев (донор)", "reviewer"),
    ("reviewer3", "Ольга Шевченко (эксперт)", "reviewer"),
]


def build(ctx: DemoContext) -> None:
    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        for key, name, role in USERS:
            user = UserProfile(name=name, role=role)
            s.add(user)
            ctx.ids[f"user:{key}"] = user.id
        s.merge(LocalSetting(key="current_user", value=ctx.ids["user:staff"]))
    ctx.db.set_user(ctx.ids["user:staff"])

    with ctx.db.transaction(reason=reasons.coded("demo")) as s:
        for key, kind, parent, ru, kk, en, kato in LOCALITIES:
            loc = Locality(kind=kind, parent_id=ctx.ids.get(f"loc:{parent}"), name_ru=ru, name_kk=kk, name_en=en,
                           kato=kato)
            s.add(loc)
            ctx.ids[f"loc:{key}"] = loc.id
        foundation = Organisation(
            name="Общественный фонд «Ашық Қоғам Маңғыстау»", short_name="ОФ «АҚМ»", kind="foundation",
            name_kk="«Ашық Қоғам Маңғыстау» қоғамдық қоры",
            name_en="Public Foundation “Ashyq Qogam Mangystau”",
            bin="940140000385", iban="KZ86125KZT5004100100", bank="АО «Народный Банк Казахстана»",
            bic="HSBKKZKX", address="г. Актау, 14 мкр., д. 5, офис 12", phone="+77292501020",
            address_kk="Ақтау қ., 14 шағын аудан, 5 үй, 12 кеңсе",
            address_en="Office 12, building 5, 14th microdistrict, Aktau", email="info@ashyq-qogam.kz",
            signatory_name="Бауыржан Оспанов", signatory_position="Директор", signatory_position_kk="Директор",
            signatory_position_en="Director",
        )
        donor = Organisation(name="Caspian Community Partnership Fund", short_name="CCPF", kind="donor",
                             bin="990140004654", address="Astana")
        s.add_all([foundation, donor])
        programme = Programme(name="Общественные пространства", name_kk="Қоғамдық кеңістіктер",
                              name_en="Public Spaces", organisation_id=foundation.id, donor_id=donor.id,
                              region_id=ctx.ids["loc:region"], manager_name="Айгерим Сапарова")
        s.add(programme)
        cycle1 = Cycle(programme_id=programme.id, number=1, name="Цикл 1 (2018–2019)",
                       starts_on=dt.date(2018, 9, 1), ends_on=dt.date(2019, 9, 30))
        cycle2 = Cycle(programme_id=programme.id, number=2, name="Цикл 2 (2019–2020)",
                       starts_on=dt.date(2019, 10, 1), ends_on=dt.date(2020, 10, 31))
        s.add_all([cycle1, cycle2])
        ctx.ids.update(foundation=foundation.id, donor=donor.id, programme=programme.id, cycle1=cycle1.id,
                       cycle2=cycle2.id)
