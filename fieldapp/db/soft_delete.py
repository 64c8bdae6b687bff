"""Nothing is deleted for real: a synced row gets ``deleted_at``, and every ORM query leaves such rows out by
itself (SQLAlchemy's ``with_loader_criteria`` on the ``Synced`` mixin: the selected entities, their joins,
subqueries and relationship loads), so no query repeats ``deleted_at IS NULL`` by hand.

A query that must see deleted rows says so: ``select(...).execution_options(include_deleted=True)`` (sync and
the audit trail do). ``session.get(Model, id)`` is a lookup by identity and finds a deleted row too: callers that
want only live rows check ``deleted_at`` themselves, as they always did.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, with_loader_criteria
from sqlalchemy.orm import Session as OrmSession

from fieldapp.model import Synced

INCLUDE_DELETED = "include_deleted"


class Session(OrmSession):
    """The ORM session of a FieldApp database: ``get`` is a lookup by identity, deleted or not."""

    def get(self, entity: Any, ident: Any, **kwargs: Any) -> Any:
        kwargs["execution_options"] = {**(kwargs.get("execution_options") or {}), INCLUDE_DELETED: True}
        return super().get(entity, ident, **kwargs)


def _live_rows_only(state: ORMExecuteState) -> None:
    if (state.is_select and not state.is_column_load and not state.is_relationship_load
            and not state.execution_options.get(INCLUDE_DELETED, False)):
        state.statement = state.statement.options(
            with_loader_criteria(Synced, lambda cls: cls.deleted_at.is_(None), include_aliases=True))


def install(session_factory: Any) -> None:
    event.listen(session_factory, "do_orm_execute", _live_rows_only)
