"""Conflicts as records every replica holds: the hub makes one when a merge keeps one value over another,
undoes a delete for a concurrent edit, or refuses an action for a rule across records; it travels to every
laptop in the record's scope, and a person's resolution is a change like any other (it syncs back)."""


import datetime as dt

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Synced


class Conflict(Synced, Base):
    __tablename__ = "conflict"
    #: resolved together, so two resolutions merge as one unit (the later one holds)
    __merge_groups__ = (("resolved_at", "resolved_by", "resolution"),)
    kind: Mapped[str] = mapped_column(String(20))  # field, delete_edit, rule
    #: the record it is about (its scope is the conflict's: ``row_scope`` follows subject_table/subject_id)
    subject_table: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(36), index=True)
    subject_name: Mapped[str | None] = mapped_column(String(300))  # readable, as it was when detected
    fields: Mapped[list] = mapped_column(JSON)
    #: each side: the values {field: value} (JSON form), the operation, device, who and when
    kept: Mapped[dict | None] = mapped_column(JSON)
    kept_op: Mapped[str | None] = mapped_column(String(36))
    kept_device: Mapped[str | None] = mapped_column(String(36))
    kept_by: Mapped[str | None] = mapped_column(String(200))
    kept_at: Mapped[dt.datetime | None]
    lost: Mapped[dict | None] = mapped_column(JSON)
    lost_op: Mapped[str | None] = mapped_column(String(36))
    lost_device: Mapped[str | None] = mapped_column(String(36))
    lost_by: Mapped[str | None] = mapped_column(String(200))
    lost_at: Mapped[dt.datetime | None]
    message: Mapped[str | None] = mapped_column(Text)
    #: a rule's refusal: its code and params (worded by the interface, fieldapp/ui/problems.py)
    code: Mapped[str | None] = mapped_column(String(60))
    params: Mapped[dict | None] = mapped_column(JSON)
    resolved_at: Mapped[dt.datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    #: what the person kept: {field: value}, or {"choice": "kept" | "lost"}
    resolution: Mapped[dict | None] = mapped_column(JSON)
