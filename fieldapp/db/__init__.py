"""The one place that opens a FieldApp database; ``Session`` is the type of what service functions take."""

from sqlalchemy.orm import Session

from fieldapp.db.database import Database, DatabaseError, open_database
from fieldapp.db.lock import AlreadyRunning, InstanceLock
from fieldapp.db.reads import EVERYTHING

__all__ = ["EVERYTHING", "AlreadyRunning", "Database", "DatabaseError", "InstanceLock", "Session", "open_database"]
