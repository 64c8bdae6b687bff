"""Read-only lists of records for the screens and exports: columns with types, rows paged and filtered.

A list is registered once with its columns and its query; the GUI's table model, the Excel export and the
CLI all read through :func:`fetch` and :func:`count`, so a list looks the same everywhere. Names of places are
shown in the language asked for (``fetch(..., lang="kk")``: Kazakh names in a Kazakh interface, Russian where a
place has no Kazakh name); the filter box finds a place by any of its names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    false,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql import functions, operators
from sqlalchemy.sql.elements import Label, UnaryExpression

from fieldapp.model import (
    Agreement,
    Application,
    Attendance,
    Cycle,
    GrantCall,
    InitiativeGroup,
    Locality,
    Operation,
    Person,
    SiteVisit,
    Training,
    TrainingSession,
    Tranche,
    UserProfile,
)
from fieldapp.model.base import Alphabetical, Base, Money, sort_column
from fieldapp.services.history import describe_operations
from fieldapp.text import SORT_LANGUAGES, fold, sort_language

#: a SELECT of any columns
Rows = Select[*tuple[Any, ...]]


@dataclass(frozen=True)
class Column:
    key: str
    kind: str = "text"  # text, int, date, datetime, money, bool, phone (stored E.164, shown by format_phone)


@dataclass(frozen=True)
class ListSpec:
    name: str
    columns: tuple[Column, ...]
    query: Callable[[], Rows]  # first selected column is the row id (not shown)
    search: Callable[[], Sequence[ColumnElement[Any] | QueryableAttribute[Any]]]  # searched by the filter box
    #: rows made readable in a language after they are read (the history's changes)
    describe: Callable[[Session, list[tuple[Any, ...]], str], list[tuple[Any, ...]]] | None = None
    #: the last ``late`` columns are correlated subqueries that look at many rows each (counts): a page is read
    #: without them, then they are read for its own rows only (:func:`_fill_late`); sorted by one of them, or
    #: read whole (exports), the list reads them for every row
    late: int = 0


LISTS: dict[str, ListSpec] = {}


def register(spec: ListSpec) -> ListSpec:
    LISTS[spec.name] = spec
    return spec


#: a list narrowed to the records behind a figure: (figure key, cycle id or None) — services/dashboard.drill
Scope = tuple[str, str | None]


def _filtered(spec: ListSpec, text: str, session: Session | None = None, scope: Scope | None = None) -> Rows:
    query = spec.query()
    if scope is not None and session is not None:
        from fieldapp.services.dashboard import drill

        list_name, ids = drill(session, *scope)
        if list_name != spec.name:
            raise ValueError(f"figure {scope[0]!r} opens the list {list_name!r}, not {spec.name!r}")
        query = query.where(list(query.selected_columns)[0].in_(ids))
    words = fold(text).split()
    for word in words:
        query = query.where(or_(*(func.fold(c).contains(word, autoescape=True) for c in spec.search())))
    return query


def _sorted(query: Rows, sort: int | None, descending: bool, lang: str) -> Rows:
    """Order by the ``sort``-th shown column (0-based, the row id excluded), or by the list's own order; then by
    the row id, so that rows equal in the order come in one order every time and a page can start after any. A
    name orders by the alphabet of ``lang`` (:func:`in_alphabet`)."""
    columns = list(query.selected_columns)
    if sort is None:
        own = [_in_alphabet_term(term, lang) for term in query._order_by_clauses]
        return query.order_by(None).order_by(*own, columns[0])
    key = in_alphabet(columns[sort + 1], lang)
    return query.order_by(None).order_by(key.desc() if descending else key.asc(), columns[0])


#: (table, name column) → the name's sort key column by language, of every record a list shows by its name (the
#: models that are ``Alphabetical``) and of its other names kept with keys (``__also_keyed__``: a person's
#: organisation): the one mapping from a name to what a list orders it by
NAME_KEYS: dict[tuple[str, str], dict[str, ColumnElement[Any]]] = {
    (table.name, name): {lang: table.c[sort_column(lang, None if name == model.__listed_by__ else name)]
                         for lang in SORT_LANGUAGES}
    for model, table in ((mapper.class_, cast(Table, mapper.local_table)) for mapper in Base.registry.mappers)
    if issubclass(model, Alphabetical)
    for name in (model.__listed_by__, *model.__also_keyed__)}


#: names whose records keep no sort key — places, users (at most hundreds of rows), an agreement's grantee
#: (thousands): a list orders them by ``sort_key(name, lang)`` made as it reads them (the SQL function of
#: ``db/database.py``), which a page's bound compares as it would a stored key
UNKEPT_NAMES: frozenset[tuple[str, str]] = frozenset(
    (column.table.name, column.key)
    for column in (Locality.__table__.c.name_ru, Locality.__table__.c.name_kk, Locality.__table__.c.name_en,
                   UserProfile.__table__.c.name, Agreement.__table__.c.grantee_name))


def in_alphabet(expression: Any, lang: str) -> Any:
    """What a list in ``lang`` orders ``expression`` by: a record's name by its sort key in that language's
    alphabet (:data:`NAME_KEYS`; ``text.sort_key``), a name kept without one by the key made as it is read
    (:data:`UNKEPT_NAMES`, or a ``coalesce`` of names), anything else by itself."""
    named = _table_column(expression)
    keys = NAME_KEYS.get(named) if named is not None else None
    if keys is not None:
        return keys[sort_language(lang)]
    if _unkept_name(expression):
        return func.sort_key(expression, sort_language(lang), type_=String())
    return expression  # not a name, or a column of an aliased table (a place's name)


def _table_column(expression: Any) -> tuple[str, str] | None:
    table = getattr(expression, "table", None)  # an aliased table's column: an Alias, not a Table
    return (table.name, expression.key) if isinstance(table, Table) else None


def _unkept_name(expression: Any) -> bool:
    """``expression`` is a name with no sort key kept: a column of :data:`UNKEPT_NAMES`, or a ``coalesce`` of
    names (the agreements' grantee: its organisation's name, else its group's)."""
    if isinstance(expression, functions.coalesce):
        return any(_table_column(clause) in NAME_KEYS or _unkept_name(clause) for clause in expression.clauses)
    return _table_column(expression) in UNKEPT_NAMES


def _in_alphabet_term(term: Any, lang: str) -> Any:
    """A term of a list's own ORDER BY with its name, if it orders by one, ordered by the alphabet instead."""
    if isinstance(term, UnaryExpression) and term.modifier in _ORDER_MODIFIERS:
        inner = _in_alphabet_term(term.element, lang)
        return term if inner is term.element else UnaryExpression(inner, modifier=term.modifier)
    return in_alphabet(term, lang)


#: where a page ended: the values of its list's order on the page's last row (``page(..., after=...)``)
Cursor = tuple[Any, ...]


class Page(NamedTuple):
    rows: list[tuple]
    #: where the next page starts; the same as asked for when this page is empty
    after: Cursor | None


@dataclass(frozen=True)
class _Key:
    """One term of a list's ORDER BY: its expression, its direction, and whether NULLs come first in it."""
    expression: ColumnElement[Any]
    descending: bool
    nulls_first: bool


def _order_keys(query: Rows, nulls_smallest: bool) -> list[_Key]:
    """The terms of ``query``'s ORDER BY (``_sorted``'s, the row id last). ``nulls_smallest``: where the
    database puts NULLs when the order does not say (SQLite: before every value; PostgreSQL: after)."""
    keys = []
    for clause in query._order_by_clauses:
        descending, nulls_first, element = False, None, clause
        while isinstance(element, UnaryExpression) and element.modifier in _ORDER_MODIFIERS:
            if element.modifier is operators.desc_op:
                descending = True
            elif element.modifier in (operators.nulls_first_op, operators.nulls_last_op):
                nulls_first = element.modifier is operators.nulls_first_op
            element = element.element
        if isinstance(element, Label):
            element = element.element
        keys.append(_Key(element, descending, descending != nulls_smallest if nulls_first is None else nulls_first))
    return keys


_ORDER_MODIFIERS = (operators.asc_op, operators.desc_op, operators.nulls_first_op, operators.nulls_last_op)


def _after(keys: list[_Key], cursor: Cursor) -> ColumnElement[bool]:
    """SQL: the row comes after ``cursor`` in the order of ``keys`` (the last key, the row id, is unique): later
    in the first key, or equal in it and later in the second, and so on, with NULLs where the order puts them.
    The first key's bound is said once more on its own, so that the database can start from its index."""
    equal: list[ColumnElement[bool]] = []
    later: list[ColumnElement[bool]] = []
    bound: ColumnElement[bool] | None = None
    root = getattr(keys[-1].expression, "table", None)  # the row id's table, the one every other is joined to
    for key, value in zip(keys, cursor, strict=True):
        column = key.expression
        beyond: ColumnElement[bool] | None
        at_or_beyond: ColumnElement[bool] | None
        same: ColumnElement[bool]
        # a NOT NULL column of the row's own table (a sort key; a joined table's may be NULL when it has no row) is
        # bounded without "OR … IS NULL", which would keep SQLite from starting a descending page at its bound
        nulls_first = key.nulls_first or (root is not None and getattr(column, "table", None) is root
                                          and not getattr(column, "nullable", True))
        if value is None:
            beyond = column.is_not(None) if key.nulls_first else None  # NULLs last: nothing but NULLs follow
            same = column.is_(None)
            at_or_beyond = None if key.nulls_first else same
        else:
            bound_value = bindparam(None, value, type_=column.type)  # True and False too (a bool column)
            greater, at_least = ((column < bound_value, column <= bound_value) if key.descending
                                 else (column > bound_value, column >= bound_value))
            beyond = greater if nulls_first else or_(greater, column.is_(None))
            same = column == bound_value
            at_or_beyond = at_least if nulls_first else or_(at_least, column.is_(None))
        if bound is None and not equal:
            bound = at_or_beyond
        if beyond is not None:
            later.append(and_(*equal, beyond))
        equal.append(same)
    after = or_(*later) if later else false()
    return after if bound is None else and_(bound, after)


def fetch(session: Session, name: str, text: str = "", offset: int = 0, limit: int | None = None,
          sort: int | None = None, descending: bool = False, lang: str = "ru",
          scope: Scope | None = None) -> list[tuple]:
    """The list's rows in its order, skipping ``offset`` (exports and the command line read it whole)."""
    return _read(session, name, text, limit, sort, descending, lang, scope, offset=offset).rows


def page(session: Session, name: str, text: str = "", limit: int | None = None, sort: int | None = None,
         descending: bool = False, lang: str = "ru", scope: Scope | None = None,
         after: Cursor | None = None) -> Page:
    """The next ``limit`` rows after ``after`` (the ``Page.after`` of the page before; None: from the first).
    A page starts where the one before ended instead of skipping an offset's rows, so the 50th page of
    200,000 people takes as long as the first (an offset of 196,000 took 0.4 s, its own page 0.02 s)."""
    return _read(session, name, text, limit, sort, descending, lang, scope, after=after)


def _read(session: Session, name: str, text: str, limit: int | None, sort: int | None, descending: bool,
          lang: str, scope: Scope | None, *, offset: int = 0, after: Cursor | None = None) -> Page:
    spec = LISTS[name]
    query = _sorted(_filtered(spec, text, session, scope), sort, descending, lang)
    columns = list(query.selected_columns)
    keys = _order_keys(query, nulls_smallest=session.get_bind().dialect.name != "postgresql")
    late = spec.late if limit is not None and (sort is None or sort + 1 < len(columns) - spec.late) else 0
    if late:
        query = query.with_only_columns(*columns[:-late], maintain_column_froms=True)
    shown = len(query.selected_columns)
    if limit is not None:  # a page: the order's values come with each row (after the shown ones), for the next
        query = query.add_columns(*(key.expression.label(f"order_{n}") for n, key in enumerate(keys)))
    if after is not None:
        query = query.where(_after(keys, after))
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    found = session.execute(query, {"lang": lang}).all()
    rows = [tuple(row[:shown]) for row in found]
    if late:
        rows = _fill_late(session, columns[0], columns[-late:], rows)
    rows = spec.describe(session, rows, lang) if spec.describe is not None else rows
    return Page(rows, tuple(found[-1][shown:]) if found and limit is not None else after)


#: the ids of a page's rows, bound as one parameter
PAGE_IDS: BindParameter[Any] = bindparam("page_ids", expanding=True)


def _fill_late(session: Session, id_column: Any, late: list[Any], rows: list[tuple]) -> list[tuple]:
    """The page's rows with their late columns (correlated to the list's own row, asked for these ids only)."""
    if not rows:
        return rows
    values = {found[0]: tuple(found[1:]) for found in session.execute(
        select(id_column, *late).where(id_column.in_(PAGE_IDS)), {"page_ids": [row[0] for row in rows]})}
    return [row + values.get(row[0], (None,) * len(late)) for row in rows]


class FirstPage(NamedTuple):
    columns: list[tuple[str, str]]  # (key, kind)
    total: int  # how many rows match
    rows: list[tuple]
    after: Cursor | None  # where the next page starts (``page``)


def first_page(session: Session, name: str, text: str = "", limit: int = 200, sort: int | None = None,
               descending: bool = False, lang: str = "ru", scope: Scope | None = None) -> FirstPage:
    """What a list on screen shows first: its columns, how many rows match, the first ``limit``."""
    columns = [(c.key, c.kind) for c in LISTS[name].columns]
    rows, after = page(session, name, text, limit, sort=sort, descending=descending, lang=lang, scope=scope)
    return FirstPage(columns, count(session, name, text, lang, scope), rows, after)


def count(session: Session, name: str, text: str = "", lang: str = "ru", scope: Scope | None = None) -> int:
    query = _filtered(LISTS[name], text, session, scope)
    # the rows are counted, not read: the row id alone, over the same tables and conditions, in no order
    query = query.with_only_columns(list(query.selected_columns)[0], maintain_column_froms=True).order_by(None)
    return session.execute(select(func.count()).select_from(query.subquery()), {"lang": lang}).scalar_one()


Settlement = aliased(Locality)
Parent = aliased(Locality)
LANG = bindparam("lang", "ru", type_=String())


def place(locality: Any) -> ColumnElement[Any]:
    """A locality's name in the list's language (the ``lang`` of :func:`fetch`), Russian when it has none."""
    return case((LANG == "kk", func.coalesce(locality.name_kk, locality.name_ru)),
                (LANG == "en", func.coalesce(locality.name_en, locality.name_ru)), else_=locality.name_ru)

register(
    ListSpec(
        "localities",
        (Column("name_ru"), Column("name_kk"), Column("kind"), Column("parent"), Column("kato")),
        lambda: select(Locality.id, Locality.name_ru, Locality.name_kk, Locality.kind, place(Parent), Locality.kato)
        .outerjoin(Parent, Parent.id == Locality.parent_id)
        .order_by(Locality.kind.desc(), Locality.name_ru),
        lambda: [Locality.name_ru, Locality.name_kk, Locality.kato],
    )
)

register(
    ListSpec(
        "people",
        (Column("full_name"), Column("sex"), Column("birth_year", "int"), Column("settlement"),
         Column("phone", "phone"), Column("organisation")),
        lambda: select(Person.id, Person.full_name, Person.sex, Person.birth_year, place(Settlement), Person.phone,
                       Person.organisation)
        .outerjoin(Settlement, Settlement.id == Person.settlement_id)
        .order_by(Person.full_name),
        lambda: [Person.full_name, Person.full_name_latin, Person.phone, Settlement.name_ru, Settlement.name_kk],
    )
)

_sessions = (
    select(TrainingSession.training_id, func.count().label("n"), func.min(TrainingSession.starts_at).label("first"))
    .group_by(TrainingSession.training_id)
    .subquery()
)


def _participants() -> ColumnElement[int]:
    """How many people took part in the training of the row (marked other than absent on any of its days):
    one look at the marks of this training's sessions (``ix_attendance_counted``), so a page counts its own."""
    return (select(func.count(func.distinct(Attendance.person_id)))
            .select_from(TrainingSession).join(Attendance, Attendance.session_id == TrainingSession.id)
            .where(TrainingSession.training_id == Training.id, Attendance.status != "absent")
            .scalar_subquery())


register(
    ListSpec(
        "trainings",
        (Column("title"), Column("cycle"), Column("settlement"), Column("venue"), Column("first_session", "date"),
         Column("sessions", "int"), Column("participants", "int")),
        lambda: select(Training.id, Training.title, Cycle.name, place(Settlement), Training.venue, _sessions.c.first,
                       func.coalesce(_sessions.c.n, 0), _participants())
        .join(Cycle, Cycle.id == Training.cycle_id)
        .outerjoin(Settlement, Settlement.id == Training.settlement_id)
        .outerjoin(_sessions, _sessions.c.training_id == Training.id)
        .order_by(_sessions.c.first.desc()),
        lambda: [Training.title, Training.topic, Training.venue, Settlement.name_ru, Settlement.name_kk, Cycle.name],
        late=1,
    )
)

register(
    ListSpec(
        "applications",
        (Column("number"), Column("title"), Column("group"), Column("settlement"), Column("category"),
         Column("requested", "money"), Column("status"), Column("received_on", "date"), Column("call")),
        lambda: select(Application.id, func.coalesce(Application.registration_number, Application.draft_number),
                       Application.title, InitiativeGroup.name, place(Settlement), Application.category,
                       Application.requested_amount, Application.status, Application.received_on, GrantCall.title)
        .join(GrantCall, GrantCall.id == Application.call_id)
        .outerjoin(InitiativeGroup, InitiativeGroup.id == Application.group_id)
        .outerjoin(Settlement, Settlement.id == Application.settlement_id)
        .order_by(GrantCall.deadline.desc(), Application.registration_number, Application.draft_number),
        lambda: [Application.title, Application.registration_number, Application.draft_number, InitiativeGroup.name,
                 Settlement.name_ru, Settlement.name_kk, Application.status, GrantCall.title],
    )
)

_paid = (
    select(Tranche.agreement_id, func.coalesce(func.sum(Tranche.paid_amount), 0).label("paid"))
    .group_by(Tranche.agreement_id)
    .subquery()
)

register(
    ListSpec(
        "agreements",
        (Column("number"), Column("title"), Column("grantee"), Column("settlement"), Column("amount", "money"),
         Column("paid", "money"), Column("balance", "money"), Column("signed_on", "date"), Column("ends_on", "date"),
         Column("status")),
        lambda: select(Agreement.id, func.coalesce(Agreement.number, Agreement.draft_number), Application.title,
                       func.coalesce(Agreement.grantee_name, InitiativeGroup.name), place(Settlement),
                       Agreement.amount, type_coerce(func.coalesce(_paid.c.paid, 0), Money()),
                       type_coerce(Agreement.amount - func.coalesce(_paid.c.paid, 0), Money()),
                       Agreement.signed_on, Agreement.ends_on, Agreement.status)
        .join(Application, Application.id == Agreement.application_id)
        .outerjoin(InitiativeGroup, InitiativeGroup.id == Application.group_id)
        .outerjoin(Settlement, Settlement.id == Application.settlement_id)
        .outerjoin(_paid, _paid.c.agreement_id == Agreement.id)
        .order_by(Agreement.signed_on.desc().nulls_first(), Agreement.number),
        lambda: [Agreement.number, Agreement.draft_number, Application.title, Agreement.grantee_name,
                 InitiativeGroup.name, Settlement.name_ru, Settlement.name_kk, Agreement.status],
    )
)

register(
    ListSpec(
        "site_visits",
        (Column("visited_on", "date"), Column("agreement"), Column("title"), Column("settlement"), Column("purpose"),
         Column("officer"), Column("next_tranche_ok", "bool")),
        lambda: select(SiteVisit.id, SiteVisit.visited_on, func.coalesce(Agreement.number, Agreement.draft_number),
                       Application.title, place(Settlement), SiteVisit.purpose, UserProfile.name,
                       SiteVisit.next_tranche_ok)
        .join(Agreement, Agreement.id == SiteVisit.agreement_id)
        .join(Application, Application.id == Agreement.application_id)
        .outerjoin(Settlement, Settlement.id == SiteVisit.settlement_id)
        .outerjoin(UserProfile, UserProfile.id == SiteVisit.officer_id)
        .order_by(SiteVisit.visited_on.desc()),
        lambda: [Agreement.number, Application.title, Settlement.name_ru, Settlement.name_kk, UserProfile.name,
                 SiteVisit.purpose],
    )
)

register(
    ListSpec(
        "payments",
        (Column("agreement"), Column("title"), Column("settlement"), Column("tranche", "int"),
         Column("amount", "money"), Column("condition"), Column("due_on", "date"), Column("paid_on", "date"),
         Column("paid_amount", "money")),
        lambda: select(Tranche.id, func.coalesce(Agreement.number, Agreement.draft_number), Application.title,
                       place(Settlement), Tranche.number, Tranche.amount, Tranche.condition, Tranche.due_on,
                       Tranche.paid_on, Tranche.paid_amount)
        .join(Agreement, Agreement.id == Tranche.agreement_id)
        .join(Application, Application.id == Agreement.application_id)
        .outerjoin(Settlement, Settlement.id == Application.settlement_id)
        .order_by(Tranche.paid_on.desc(), Tranche.due_on.desc(), Agreement.number, Tranche.number),
        lambda: [Agreement.number, Agreement.draft_number, Application.title, Settlement.name_ru, Settlement.name_kk,
                 Tranche.condition],
    )
)

register(
    ListSpec(
        "calls",
        (Column("title"), Column("cycle"), Column("opens_on", "date"), Column("deadline", "date"),
         Column("max_grant", "money"), Column("envelope", "money"), Column("status"), Column("applications", "int")),
        lambda: select(GrantCall.id, GrantCall.title, Cycle.name, GrantCall.opens_on, GrantCall.deadline,
                       GrantCall.max_grant, GrantCall.envelope, GrantCall.status,
                       select(func.count()).where(Application.call_id == GrantCall.id).scalar_subquery())
        .join(Cycle, Cycle.id == GrantCall.cycle_id)
        .order_by(GrantCall.opens_on.desc()),
        lambda: [GrantCall.title, Cycle.name, GrantCall.status],
    )
)

register(
    ListSpec(
        "history",
        (Column("at", "datetime"), Column("user"), Column("table"), Column("kind"), Column("reason"),
         Column("changes")),
        lambda: select(Operation.op_id, Operation.at, Operation.user_name, Operation.table_name, Operation.kind,
                       Operation.reason, func.json(Operation.changes))
        .order_by(Operation.hlc.desc()),
        lambda: [Operation.user_name, Operation.table_name, Operation.reason, literal("")],
        describe=lambda session, rows, lang: describe_operations(session, rows, lang),
    )
)

register(
    ListSpec(
        "users",
        (Column("name"), Column("role")),
        lambda: select(UserProfile.id, UserProfile.name, UserProfile.role)
        .order_by(UserProfile.name),
        lambda: [UserProfile.name, UserProfile.role],
    )
)
