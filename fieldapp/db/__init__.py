"""The one place that opens a FieldApp database."""

from fieldapp.db.database import Database, DatabaseError, open_database

__all__ = ["Database", "DatabaseError", "open_database"]
