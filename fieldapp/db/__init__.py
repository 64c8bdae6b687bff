"""The one place that opens a FieldApp database; ``Session`` is the type of what service functions take.

The names are loaded when first asked for (PEP 562), so ``fieldapp.db.lock`` imports without SQLAlchemy: the
start takes the instance lock and reads its first figures (``fieldapp/first_look.py``) before the database layer
is loaded."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from fieldapp.db.database import Database, DatabaseError, open_database
    from fieldapp.db.lock import AlreadyRunning, InstanceLock
    from fieldapp.db.reads import EVERYTHING

__all__ = ["EVERYTHING", "AlreadyRunning", "Database", "DatabaseError", "InstanceLock", "Session", "open_database"]

_WHERE = {"Session": "sqlalchemy.orm", "Database": "fieldapp.db.database", "DatabaseError": "fieldapp.db.database",
          "open_database": "fieldapp.db.database", "AlreadyRunning": "fieldapp.db.lock",
          "InstanceLock": "fieldapp.db.lock", "EVERYTHING": "fieldapp.db.reads"}


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
