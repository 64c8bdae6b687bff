"""Files attached to a record (a signed sheet's scan, an application's letter of support), stored once by SHA-256."""


from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from fieldapp.model.base import Base, Synced


class Attachment(Synced, Base):
    """The file itself lives in the attachment store beside the database, named by its SHA-256."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_subject", "subject_table", "subject_id"),)
    subject_table: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(30))  # signed_sheet, consent_form, support_letter, photo, other
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str | None] = mapped_column(String(100))
    size: Mapped[int]
    note: Mapped[str | None] = mapped_column(Text)
