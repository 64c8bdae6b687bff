"""Every document of the demo, read back in Russian, Kazakh and English, as the foundation would send it: the
issuer on every page, the signature blocks, the corrected wording, and nothing outside its cell or page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pdf_layout import flat_text, pages, problems, text_lines
from reportlab.lib.units import mm
from sqlalchemy import select

from fieldapp.documents.application_summary import write_application_summary
from fieldapp.documents.attendance_summary import attendance_summary, write_attendance_summary
from fieldapp.documents.certificates import certificate_batch, write_certificates
from fieldapp.documents.ranking_sheet import write_ranking_sheet
from fieldapp.documents.signin_sheet import make_signin_sheet
from fieldapp.model import InitiativeGroup, Person, UserProfile
from fieldapp.services import applications, calls, counting, ranking, trainings
from fieldapp.text import collation_key

LANGS = ["ru", "kk", "en"]
ISSUER = {"ru": "Общественный фонд «Ашық Қоғам Маңғыстау»", "kk": "«Ашық Қоғам Маңғыстау» қоғамдық қоры",
          "en": "Public Foundation “Ashyq Qogam Mangystau”"}
DETAILS = {"ru": "БИН 940140000385 · г. Актау, 14 мкр., д. 5, офис 12 · тел. +7 7292 50 10 20",
           "kk": "БСН 940140000385 · Ақтау қ., 14 шағын аудан, 5 үй, 12 кеңсе · тел. +7 7292 50 10 20",
           "en": "BIN 940140000385 · Office 12, building 5, 14th microdistrict, Aktau · tel. +7 7292 50 10 20"}
DONOR = {"ru": "Программа «Общественные пространства» при поддержке Caspian Community Partnership Fund",
         "kk": "«Қоғамдық кеңістіктер» бағдарламасы, Caspian Community Partnership Fund қолдауымен",
         "en": "Programme “Public Spaces”, supported by Caspian Community Partnership Fund"}
STAMP = {"ru": "М.П. (при наличии)", "kk": "М.О. (бар болса)", "en": "Seal (if any)"}


def page_texts(pdf: Path) -> list[str]:
    return [" ".join(" ".join(w.text for w in p.words).split()) for p in pages(pdf)]


def assert_issued(pdf: Path, lang: str, every_page: bool = True) -> None:
    texts = page_texts(pdf)
    for text in texts if every_page else texts[:1]:
        for words in (ISSUER[lang], DETAILS[lang], DONOR[lang]):
            assert words in text, (lang, words)
    assert problems(pdf, 15 * mm) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_sign_in_sheet_carries_issuer_consent_tick_boxes_and_the_trainers_certification(demo_db, tmp_path, lang):
    out = tmp_path / "sheet.pdf"
    with demo_db.transaction() as s:
        session_id = trainings.sessions_of(s, trainings.resolve_training(s, "T1-03"))[0].id
        _path, sheet = make_signin_sheet(s, session_id, out, lang, blank_rows=12)
    assert_issued(out, lang)
    texts = page_texts(out)
    consent = {"ru": "согласие на сбор и обработку своих персональных данных",
               "kk": "жинауға және өңдеуге келісім беретінін растайды",
               "en": "consents to the collection and processing of their personal data"}[lang]
    assert len(texts) > 1 and all(consent in text for text in texts)  # signed on every page, read on every page
    sexes = {"ru": "☐ Ж ☐ М", "kk": "☐ Ә ☐ Е", "en": "☐ F ☐ M"}[lang]
    everything = " ".join(texts)
    for box in ("☐ 0–13", "☐ 14–17", "☐ 18–29", "☐ 30–44", "☐ 45–59", "☐ 60+", *sexes.split(" ☐ ")):
        assert everything.count(box if box.startswith("☐") else f"☐ {box.removeprefix('☐ ')}") == 12, box
    numbers = [int(w.text) for p in pages(out) for w in p.words if w.text.isdigit() and w.x1 < 26 * mm]
    assert numbers == list(range(1, len(sheet.rows) + 13))  # registered, then the 12 blank rows
    last = texts[-1]
    certify = {"ru": "Тренер (присутствие расписавшихся подтверждаю)",
               "kk": "Тренер (қол қойғандардың қатысқанын растаймын)",
               "en": "Trainer (I confirm that those who signed were present)"}[lang]
    assert certify in last and "Ким Светлана Викторовна" in last
    assert {"ru": "Всего подписей на листе:", "kk": "Парақтағы қолдардың жалпы саны:",
            "en": "Signatures on this sheet in all:"}[lang] in last
    names = [row.name for row in sheet.rows]
    assert names == sorted(names, key=lambda n: collation_key(n, lang))  # Kazakh: every А… before Ә…


def test_a_kazakh_sheet_lists_a_before_ae(demo_db, tmp_path):
    with demo_db.transaction() as s:
        session_id = trainings.sessions_of(s, trainings.resolve_training(s, "T2-03"))[0].id
        _path, sheet = make_signin_sheet(s, session_id, tmp_path / "kk.pdf", "kk", blank_rows=0)
    initials = [row.name[0] for row in sheet.rows]
    assert "Ә" in initials and "А" in initials
    assert max(i for i, c in enumerate(initials) if c == "А") < min(i for i, c in enumerate(initials) if c == "Ә")


@pytest.mark.parametrize("lang", LANGS)
def test_certificates_are_certificates(demo_db, tmp_path, lang):
    out = tmp_path / "certificates.pdf"
    with demo_db.transaction() as s:
        batch = certificate_batch(s, trainings.resolve_training(s, "T2-01"), lang, 0.5)
        write_certificates(batch, out, lang)
        sexes = {p.id: p.sex for p in s.scalars(select(Person).where(Person.id.in_([h.person_id for h in batch.people])))}
    texts = page_texts(out)
    assert len(texts) == len(batch.people) == 95  # one certificate per page
    today = dt.date.today().strftime("%d.%m.%Y")
    issued = {"ru": f"Выдан {today}, Форт-Шевченко", "kk": f"Берілген күні: {today}, Форт-Шевченко",
              "en": f"Issued on {today}, Fort-Shevchenko"}[lang]
    for person, text in zip(batch.people, texts, strict=True):
        for words in (ISSUER[lang], DONOR[lang], person.full_name, f"№ {person.number}" if lang != "en" else
                      f"No. {person.number}", issued, "Айгерим Сапарова", "Ким Светлана Викторовна", STAMP[lang]):
            assert words in text, (lang, words)
        for frame in ("Сертификаты участников", "Қатысушылардың сертификаттары", "Certificates of participation",
                      "стр.", "беттің", "page "):
            assert frame not in text  # no batch header, print date or "page 37 of 95" on a person's certificate
        if lang == "ru":
            assert ("приняла участие" if sexes[person.person_id] == "F" else "принял участие") in text
        assert "(а)" not in text
    if lang == "kk":
        assert "қатысып, 3 сабақтың" in texts[0] and "ҚАТЫСУШЫ" not in texts[0]
    assert problems(out, 19 * mm) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_attendance_summary_sums_late_and_early_and_is_certified(demo_db, tmp_path, lang):
    out = tmp_path / "summary.pdf"
    with demo_db.reading() as s:
        training = trainings.resolve_training(s, "T2-01")
        per_session, _total = counting.training_tally(s, training)  # the rule, computed once more
        write_attendance_summary(attendance_summary(s, training, lang), out, lang)
    assert_issued(out, lang)
    late = sum(t.late for _s, t in per_session)
    early = sum(t.left_early for _s, t in per_session)
    assert late and early
    whole = _total
    expected = [whole.registered, whole.present, late, early, whole.women, whole.men, whole.sex_unknown, whole.youth]
    rows = [[int(x) for x in re.findall(r"(?<![\d.])\d+(?![\d.])", line)] for line in text_lines(out)]
    assert expected in rows  # the total row: each person once, late arrivals and early leavers summed
    text = flat_text(out)
    assert "Ким Светлана Викторовна" in text
    assert {"ru": "Дата: «____»", "kk": "Күні: «____»", "en": "Date: ____"}[lang] in text


def test_the_application_summary_shows_the_leaders_phone_only_to_staff(demo_db, tmp_path):
    with demo_db.reading() as s:
        app = applications.get(s, "НС-2021-002")
        leader = s.get(Person, s.get(InitiativeGroup, app.group_id).leader_id)
        reviewer = s.scalars(select(UserProfile).where(UserProfile.role == "reviewer")).first()
        write_application_summary(s, app.id, tmp_path / "staff.pdf", "ru")
    digits = leader.phone[-10:]
    full = f"+7 {digits[:3]} {digits[3:6]} {digits[6:8]} {digits[8:]}"
    staff = flat_text(tmp_path / "staff.pdf")
    assert full in staff
    demo_db.set_user(reviewer.id)
    with demo_db.reading() as s:
        write_application_summary(s, app.id, tmp_path / "committee.pdf", "ru")
    committee = flat_text(tmp_path / "committee.pdf")
    assert full not in committee and f"+7 {digits[:3]} ••• •• {digits[-2:]}" in committee
    assert_issued(tmp_path / "committee.pdf", "ru")


@pytest.mark.parametrize("lang", LANGS)
def test_the_application_summary_in_each_language(demo_db, tmp_path, lang):
    out = tmp_path / "application.pdf"
    with demo_db.reading() as s:
        write_application_summary(s, applications.get(s, "НС-2021-002").id, out, lang)
    assert_issued(out, lang)
    text = flat_text(out)
    share = re.search(r"(\d+[.,]\d\d) ?%", text)
    assert share is not None and ("." in share.group(1)) == (lang == "en")  # 74,35 % in ru/kk, 74.35% in en
    assert {"ru": "Инициативная группа «Балалар 2»", "kk": "«Балалар 2» бастамашыл тобы",
            "en": "Initiative group “Балалар 2”"}[lang] in text
    assert text.count("Балалар алаңы «Айгөлек»") == 1  # the title once, in the body; not repeated in the header


def test_a_draft_says_it_is_a_draft(demo_db, tmp_path):
    with demo_db.reading() as s:
        draft = next(r for r in ranking.rows(s, calls.get(s, "НС-2021").id) if r.status == "draft")
        write_application_summary(s, draft.application_id, tmp_path / "draft.pdf", "kk")
    assert all("ҚАРАЛАМА: өтінім әлі тапсырылмаған" in text for text in page_texts(tmp_path / "draft.pdf"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_ranking_counts_right_and_agrees_with_itself(demo_db, tmp_path, lang):
    out = tmp_path / "ranking.pdf"
    with demo_db.reading() as s:
        call = calls.get(s, "НС-2021")
        rows = ranking.rows(s, call.id)
        selection = ranking.suggest(s, call.id, ranked=rows)
        write_ranking_sheet(s, call.id, out, lang)
    assert_issued(out, lang)
    text = flat_text(out)
    suggested = len(selection.application_ids)
    summary = {"ru": f"предложено к финансированию: 11 785 000,00 ₸ (заявок: {suggested})",
               "kk": f"қаржыландыруға ұсынылды: 11 785 000,00 ₸ ({suggested} өтінім)",
               "en": f"suggested for funding: 11,785,000.00 ₸ (applications: {suggested})"}[lang]
    assert summary in text and selection.suggested_total == sum(r.requested for r in rows if r.suggested)
    assert rows[-1].running_total == selection.total  # drafts and rows passed over add nothing
    for row in rows:
        assert row.within_envelope == (row.suggested or row.status == "approved")
        assert not (row.passed_over and row.suggested)
    draft = next(r for r in rows if r.status == "draft")
    assert draft.running_total == rows[-2].running_total
    for role in {"ru": ("Председатель конкурсной комиссии", "Секретарь конкурсной комиссии", "Член конкурсной комиссии"),
                 "kk": ("Конкурстық комиссияның төрағасы", "Конкурстық комиссияның хатшысы",
                        "Конкурстық комиссияның мүшесі"),
                 "en": ("Chair of the selection committee", "Secretary of the selection committee",
                        "Committee member")}[lang]:
        assert role in text
    for member in ("Гүлнар Есенова (акимат)", "Марат Жұмабаев (донор)", "Ольга Шевченко (эксперт)"):
        assert member in text


def test_kazakh_statuses_and_headers_are_whole_words(demo_db, tmp_path):
    out = tmp_path / "ranking.pdf"
    with demo_db.reading() as s:
        write_ranking_sheet(s, calls.get(s, "ВМС-2019").id, out, "kk")
    words = [w.text for page in pages(out) for w in page.words]
    assert words.count("қабылданбады") == 35  # every rejected row, never «қабылданбад / ы»
    for header in ("Орташа", "өлшенген", "Алшақтық", "Бағалар", "Өспелі", "Ұсынылды"):
        assert header in words
    assert "Конкурс бюджеті: 36 000 000,00 ₸; мақұлданды: 23 674 000,00 ₸ (18 өтінім); қалдық: 12 326 000,00 ₸" \
        in flat_text(out)  # a decided call: nothing is "suggested", nothing reads «0 өтінім»
