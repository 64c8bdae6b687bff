"""The programme's records for the head office and the donor: one XLSX workbook (a sheet per subject) or a folder
of CSV files (UTF-8 with BOM, ``;`` as Excel in a Russian locale expects), filtered by cycle, settlement and dates.

Personal data (IIN, phone, birth date) stay out unless asked for (``ExportFilter.personal``), and only a role
that may (``roles.may_export_personal_data``) asks. The first sheet is the figures of ``services/dashboard``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, aliased

from fieldapp import atomic_files
from fieldapp.catalogues import Texts
from fieldapp.exports.cells import spreadsheet_text
from fieldapp.exports.xlsx import SheetColumn, write_workbook
from fieldapp.model import (
    Agreement,
    Application,
    Attendance,
    Cycle,
    GrantCall,
    InitiativeGroup,
    Locality,
    Person,
    SiteVisit,
    Training,
    TrainingSession,
    Tranche,
    UserProfile,
)
from fieldapp.services import choices, dashboard, roles, summary
from fieldapp.validation import Invalid

Rows = summary.Rows
CATALOGUE = "reports"
SUBJECTS = ("people", "trainings", "attendance", "applications", "agreements", "payments", "visits")
PERSONAL_KEYS = frozenset({"iin", "phone", "birth_date"})
#: columns whose values are codes, worded from the catalogue (``value.<code>``)
CODED_KEYS = frozenset({"sex", "status", "category", "purpose", "attendance", "condition"})


@dataclass(frozen=True)
class ExportFilter:
    cycle_id: str | None = None
    settlement_id: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    personal: bool = False

    def dated(self, query: Rows, column: Any, iso: bool = False) -> Rows:
        """Rows dated from ``since`` to ``until`` inclusive; ``iso``: the column is SQL text (``date(...)``)."""
        if self.since is not None:
            query = query.where(column >= (self.since.isoformat() if iso else self.since))
        if self.until is not None:
            query = query.where(column <= (self.until.isoformat() if iso else self.until))
        return query

    def placed(self, query: Rows, column: Any) -> Rows:
        return query if self.settlement_id is None else query.where(column == self.settlement_id)


@dataclass(frozen=True)
class Subject:
    name: str
    columns: tuple[tuple[str, str], ...]  # (key, kind)
    rows: Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]


Place = aliased(Locality)


def _place(lang: str) -> ColumnElement[Any] | Any:
    return choices.place_name(Place, lang)


def _cycle(query: Rows, where: ExportFilter) -> Rows:
    return query if where.cycle_id is None else query.where(GrantCall.cycle_id == where.cycle_id)


def _people(lang: str) -> Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]:
    def rows(session: Session, where: ExportFilter) -> Iterable[Sequence[Any]]:
        query = (select(Person.full_name, Person.sex, Person.birth_year, _place(lang), Person.organisation,
                        Person.iin, Person.phone, Person.birth_date)
                 .outerjoin(Place, Place.id == Person.settlement_id)
                 .order_by(Person.in_alphabet(lang), Person.id))  # the language's alphabet
        if where.cycle_id is not None:
            query = query.where(Person.id.in_(select(summary.participants(where.cycle_id).subquery().c.id)))
        return session.execute(where.placed(query, Person.settlement_id)).all()
    return rows


def _trainings(lang: str) -> Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]:
    def rows(session: Session, where: ExportFilter) -> Iterable[Sequence[Any]]:
        sessions = (select(TrainingSession.training_id, func.count().label("n"),
                           func.min(TrainingSession.starts_at).label("first"))
                    .group_by(TrainingSession.training_id).subquery())
        attended = (select(TrainingSession.training_id, func.count(func.distinct(Attendance.person_id)).label("n"))
                    .join(Attendance, Attendance.session_id == TrainingSession.id)
                    .where(Attendance.status.in_(summary.ATTENDED_STATUSES))
                    .group_by(TrainingSession.training_id).subquery())
        query = (select(Training.number, Training.title, Cycle.name, _place(lang), Training.venue, sessions.c.first,
                        func.coalesce(sessions.c.n, 0), func.coalesce(attended.c.n, 0))
                 .join(Cycle, Cycle.id == Training.cycle_id)
                 .outerjoin(Place, Place.id == Training.settlement_id)
                 .outerjoin(sessions, sessions.c.training_id == Training.id)
                 .outerjoin(attended, attended.c.training_id == Training.id)
                 .order_by(sessions.c.first))
        if where.cycle_id is not None:
            query = query.where(Training.cycle_id == where.cycle_id)
        query = where.dated(where.placed(query, Training.settlement_id), func.date(sessions.c.first), iso=True)
        return session.execute(query).all()
    return rows


def _attendance(lang: str) -> Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]:
    def rows(session: Session, where: ExportFilter) -> Iterable[Sequence[Any]]:
        query = (select(Training.title, TrainingSession.starts_at, Person.full_name, Person.sex, Person.birth_year,
                        _place(lang), Attendance.status, Person.iin, Person.phone, Person.birth_date)
                 .join(TrainingSession, TrainingSession.id == Attendance.session_id)
                 .join(Training, Training.id == TrainingSession.training_id)
                 .join(Person, Person.id == Attendance.person_id)
                 .outerjoin(Place, Place.id == Person.settlement_id)
                 .order_by(TrainingSession.starts_at, Training.in_alphabet(lang),
                           Person.in_alphabet(lang), Person.id))
        if where.cycle_id is not None:
            query = query.where(Training.cycle_id == where.cycle_id)
        query = where.dated(where.placed(query, Training.settlement_id), func.date(TrainingSession.starts_at), iso=True)
        return session.execute(query).all()
    return rows


def _applications(lang: str) -> Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]:
    def rows(session: Session, where: ExportFilter) -> Iterable[Sequence[Any]]:
        query = (select(func.coalesce(Application.registration_number, Application.draft_number), Application.title,
                        InitiativeGroup.name, _place(lang), Application.category, Application.status,
                        Application.received_on, Application.requested_amount, Application.approved_amount,
                        Application.akimat_cofunding, Application.community_inkind, Application.volunteer_hours)
                 .join(GrantCall, GrantCall.id == Application.call_id)
                 .outerjoin(InitiativeGroup, InitiativeGroup.id == Application.group_id)
                 .outerjoin(Place, Place.id == Application.settlement_id)
                 .where(Application.status != "draft")
                 .order_by(Application.received_on, Application.registration_number))
        query = where.dated(where.placed(_cycle(query, where), Application.settlement_id), Application.received_on)
        return session.execute(query).all()
    return rows


def _agreements(lang: str) -> Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]:
    def rows(session: Session, where: ExportFilter) -> Iterable[Sequence[Any]]:
        paid = (select(Tranche.agreement_id, func.sum(Tranche.paid_amount).label("paid"))
                .where(Tranche.paid_on.is_not(None)).group_by(Tranche.agreement_id).subquery())
        query = (select(Agreement.id, func.coalesce(Agreement.number, Agreement.draft_number), Application.title,
                        _place(lang), Agreement.amount, paid.c.paid, Agreement.signed_on, Agreement.starts_on,
                        Agreement.ends_on, Agreement.status)
                 .join(Application, Application.id == Agreement.application_id)
                 .join(GrantCall, GrantCall.id == Application.call_id)
                 .outerjoin(Place, Place.id == Application.settlement_id)
                 .outerjoin(paid, paid.c.agreement_id == Agreement.id)
                 .order_by(Agreement.signed_on, Agreement.number))
        query = where.dated(where.placed(_cycle(query, where), Application.settlement_id), Agreement.signed_on)
        reached = summary.reached_by_agreement(session, where.cycle_id)
        return [(*row[1:], reached.get(row[0])) for row in session.execute(query)]
    return rows


def _payments(lang: str) -> Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]:
    def rows(session: Session, where: ExportFilter) -> Iterable[Sequence[Any]]:
        query = (select(func.coalesce(Agreement.number, Agreement.draft_number), Application.title, _place(lang),
                        # the tranche's note, else its condition worded (an agreement made in FieldApp has no note:
                        # its conditions were blank, QA 34)
                        Tranche.number, Tranche.amount,
                        func.coalesce(func.nullif(func.trim(Tranche.condition), ""), Tranche.condition_kind),
                        Tranche.due_on, Tranche.paid_on,
                        Tranche.paid_amount)
                 .join(Agreement, Agreement.id == Tranche.agreement_id)
                 .join(Application, Application.id == Agreement.application_id)
                 .join(GrantCall, GrantCall.id == Application.call_id)
                 .outerjoin(Place, Place.id == Application.settlement_id)
                 .order_by(Agreement.number, Tranche.number))
        query = where.placed(_cycle(query, where), Application.settlement_id)
        return session.execute(where.dated(query, func.coalesce(Tranche.paid_on, Tranche.due_on))).all()
    return rows


def _visits(lang: str) -> Callable[[Session, ExportFilter], Iterable[Sequence[Any]]]:
    def rows(session: Session, where: ExportFilter) -> Iterable[Sequence[Any]]:
        query = (select(SiteVisit.visited_on, func.coalesce(Agreement.number, Agreement.draft_number),
                        Application.title, _place(lang), SiteVisit.purpose, UserProfile.name, SiteVisit.announced,
                        SiteVisit.next_tranche_ok, SiteVisit.findings)
                 .join(Agreement, Agreement.id == SiteVisit.agreement_id)
                 .join(Application, Application.id == Agreement.application_id)
                 .join(GrantCall, GrantCall.id == Application.call_id)
                 .outerjoin(Place, Place.id == func.coalesce(SiteVisit.settlement_id, Application.settlement_id))
                 .outerjoin(UserProfile, UserProfile.id == SiteVisit.officer_id)
                 .order_by(SiteVisit.visited_on))
        query = where.placed(_cycle(query, where), func.coalesce(SiteVisit.settlement_id, Application.settlement_id))
        return session.execute(where.dated(query, SiteVisit.visited_on)).all()
    return rows


def subjects(lang: str) -> list[Subject]:
    return [
        Subject("people", (("full_name", "text"), ("sex", "text"), ("birth_year", "int"), ("settlement", "text"),
                           ("organisation", "text"), ("iin", "text"), ("phone", "text"), ("birth_date", "date")),
                _people(lang)),
        Subject("trainings", (("number", "text"), ("title", "text"), ("cycle", "text"), ("settlement", "text"),
                              ("venue", "text"), ("first_session", "date"), ("sessions", "int"),
                              ("participants", "int")), _trainings(lang)),
        Subject("attendance", (("training", "text"), ("session", "datetime"), ("full_name", "text"), ("sex", "text"),
                               ("birth_year", "int"), ("settlement", "text"), ("attendance", "text"), ("iin", "text"),
                               ("phone", "text"), ("birth_date", "date")), _attendance(lang)),
        Subject("applications", (("number", "text"), ("title", "text"), ("group", "text"), ("settlement", "text"),
                                 ("category", "text"), ("status", "text"), ("received_on", "date"),
                                 ("requested", "money"), ("approved", "money"), ("akimat_cash", "money"),
                                 ("community_inkind", "money"), ("volunteer_hours", "int")), _applications(lang)),
        Subject("agreements", (("number", "text"), ("title", "text"), ("settlement", "text"), ("amount", "money"),
                               ("paid", "money"), ("signed_on", "date"), ("starts_on", "date"), ("ends_on", "date"),
                               ("status", "text"), ("beneficiaries", "int")), _agreements(lang)),
        Subject("payments", (("agreement", "text"), ("title", "text"), ("settlement", "text"), ("tranche", "int"),
                             ("amount", "money"), ("condition", "text"), ("due_on", "date"), ("paid_on", "date"),
                             ("paid_amount", "money")), _payments(lang)),
        Subject("visits", (("visited_on", "date"), ("agreement", "text"), ("title", "text"), ("settlement", "text"),
                           ("purpose", "text"), ("officer", "text"), ("announced", "bool"),
                           ("next_tranche_ok", "bool"), ("findings", "text")), _visits(lang)),
    ]


@dataclass(frozen=True)
class Table:
    """One subject ready to write: its name and sheet title, headers with kinds, and worded rows."""

    name: str
    title: str
    columns: list[SheetColumn]
    rows: list[list[Any]]


def _worded(t: Texts, key: str, value: Any) -> Any:
    if key in CODED_KEYS and isinstance(value, str) and t.has(f"value.{value}"):
        return t(f"value.{value}")
    if isinstance(value, bool):
        return t("value.yes") if value else t("value.no")
    return value


def figure_rows(session: Session, where: ExportFilter, t: Texts,
                figures: dict[str, Any] | None = None) -> list[list[Any]]:
    """The dashboard's figures as (figure, value) lines: the same numbers as the screen, JSON and PDF."""
    f = figures if figures is not None else dashboard.figures(session, where.cycle_id)
    lines: list[list[Any]] = [[t(f"figure.{key}"), f[key]] for key in FIGURE_KEYS]
    lines += [[t(f"figure.{key}"), f["cofunding"][key]] for key in ("akimat_cash", "community_inkind",
                                                                     "volunteer_hours")]
    lines += [[t("figure.participants_sex", sex=t(f"value.{sex}")), n] for sex, n in f["participants_by_sex"].items()]
    lines += [[t("figure.participants_age", group=t("value.unknown") if age == "unknown" else age), n]
              for age, n in f["participants_by_age"].items()]
    return lines


#: the dashboard's single figures in the order every report lists them
FIGURE_KEYS = ("applications", "funded", "agreements", "completed", "grants_committed", "payments", "grants_paid", "trainings",
               "participants", "beneficiaries_planned", "beneficiaries", "visits_done", "visits_due",
               "visits_overdue", "followups_open")


def tables(session: Session, where: ExportFilter, lang: str = "ru",
           only: Sequence[str] | None = None) -> list[Table]:
    """Every subject's rows under the filter (the figures first), personal columns left out unless asked;
    ``only``: these subjects and no figures."""
    if where.personal and not roles.may_export_personal_data(session):
        user = roles.current_user(session)
        raise Invalid("export.personal", "Only the head office may export personal data",
                      params={"name": user.name if user else "", "role": user.role if user else ""})
    t = Texts(lang, CATALOGUE)
    result = [] if only is not None else [
        Table("figures", t("sheet.figures"), [SheetColumn(t("col.figure")), SheetColumn(t("col.value"))],
              figure_rows(session, where, t))]
    for subject in subjects(lang):
        if only is not None and subject.name not in only:
            continue
        keep = [i for i, (key, _kind) in enumerate(subject.columns) if where.personal or key not in PERSONAL_KEYS]
        columns = [SheetColumn(t(f"col.{subject.columns[i][0]}"), subject.columns[i][1]) for i in keep]
        rows = [[_worded(t, subject.columns[i][0], row[i]) for i in keep] for row in subject.rows(session, where)]
        result.append(Table(subject.name, t(f"sheet.{subject.name}"), columns, rows))
    return result


def export_xlsx(session: Session, path: Path | str, where: ExportFilter, lang: str = "ru") -> dict[str, int]:
    """One workbook, a sheet per subject (the figures first); returns the rows per subject."""
    found = tables(session, where, lang)
    counts = write_workbook(path, [(table.title, table.columns, table.rows) for table in found])
    return {table.name: n for table, n in zip(found, counts, strict=True)}


def csv_value(value: Any, kind: str) -> str:
    """A cell as Excel in a Russian locale reads it: dates dd.mm.yyyy, decimal comma, text never a formula."""
    if value is None:
        return ""
    if kind == "datetime" and isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, int | float):
        return str(value).replace(".", ",")
    return spreadsheet_text(str(value))


def csv_bytes(table: Table) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([spreadsheet_text(c.header) for c in table.columns])
    for row in table.rows:
        writer.writerow([csv_value(v, c.kind) for v, c in zip(row, table.columns, strict=True)])
    return out.getvalue().encode("utf-8-sig")


def export_csv(session: Session, folder: Path | str, where: ExportFilter, lang: str = "ru") -> dict[str, int]:
    """A folder with a CSV file per subject (``people.csv``, …, ``figures.csv``), each written atomically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for table in tables(session, where, lang):
        atomic_files.write_bytes(folder / f"{table.name}.csv", csv_bytes(table))
        counts[table.name] = len(table.rows)
    return counts


def write_export(session: Session, target: Path | str, fmt: str, where: ExportFilter,
                 lang: str = "ru") -> dict[str, int]:
    return (export_xlsx if fmt == "xlsx" else export_csv)(session, target, where, lang)


def column_keys(subject: str, personal: bool = False) -> list[str]:
    spec = {s.name: s for s in subjects("ru")}[subject]
    return [key for key, _kind in spec.columns if personal or key not in PERSONAL_KEYS]


__all__: Sequence[str] = ("ExportFilter", "SUBJECTS", "export_csv", "export_xlsx", "tables", "write_export")
