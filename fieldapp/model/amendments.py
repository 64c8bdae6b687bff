"""Amendments of a signed grant agreement (дополнительное соглашение / қосымша келісім): numbered per agreement,
each with its reason and the clauses it changes (old → new); its changes apply to the agreement once it is
signed (``fieldapp/services/amendments.py``)."""


import datetime as dt

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Synced


class Amendment(Synced, Base):
    """Append-only once signed (``APPEND_ONLY_WHEN``); a draft may only be signed or withdrawn (soft delete)."""

    __tablename__ = "amendment"
    agreement_id: Mapped[str] = mapped_column(ForeignKey("agreement.id"), index=True)
    number: Mapped[int]  # № 1, 2… of this agreement
    reason: Mapped[str] = mapped_column(Text)
    #: [{"field": name, "old": value, "new": value}]: dates ISO, money as text, the schedule as a list of tranches
    changes: Mapped[list] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft, signed
    made_on: Mapped[dt.date]
    signed_on: Mapped[dt.date | None]
