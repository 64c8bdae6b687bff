"""Typed SQLAlchemy models, one module per subject. Importing this package registers every table.

The model modules leave out ``from __future__ import annotations``: with it every ``Mapped[...]``
is a string SQLAlchemy evaluates again (1,300 ``eval`` calls), 30 ms of the 0.16 s this package takes to import
on a start's way to its first data (docs/performance.md). Python 3.11 evaluates them at class creation itself."""

from fieldapp.model.amendments import Amendment
from fieldapp.model.attachments import Attachment
from fieldapp.model.base import Base, Money, Synced
from fieldapp.model.competition import (
    Activity,
    Beneficiaries,
    BudgetLine,
    CallAttachmentRule,
    CallReviewer,
    CallSettlement,
    ConflictOfInterest,
    Criterion,
    MonitoringIndicator,
    Review,
    ReviewAssignment,
    ReviewScore,
    SelectionDecision,
)
from fieldapp.model.conflicts import Conflict
from fieldapp.model.grants import (
    Agreement,
    AgreementVersion,
    Application,
    GrantCall,
    OutgoingLetter,
    ProjectReport,
    SiteVisit,
    StatusEvent,
    Tranche,
)
from fieldapp.model.history import LocalDevice, LocalDraft, LocalSetting, NumberCounter, Operation
from fieldapp.model.organisation import Cycle, Locality, Organisation, Programme, UserProfile
from fieldapp.model.people import Consent, GroupMember, InitiativeGroup, Person
from fieldapp.model.trainings import (
    Attendance,
    Certificate,
    Registration,
    Training,
    TrainingSession,
    TrainingTrainer,
)
from fieldapp.model.visits import (
    FollowUpAction,
    ReportBeneficiaries,
    ReportSpending,
    VisitCheck,
    VisitChecklistItem,
    VisitPhoto,
    VisitProgress,
)

__all__ = [
    "Agreement", "AgreementVersion", "Amendment", "Application", "Attachment", "Attendance", "Base", "Certificate", "Conflict", "Consent", "Cycle", "GrantCall", "GroupMember",
    "InitiativeGroup", "LocalDevice", "LocalDraft", "LocalSetting", "Locality", "Money", "NumberCounter", "Operation",
    "Organisation", "OutgoingLetter", "Person", "Programme", "ProjectReport", "Registration", "SiteVisit", "StatusEvent",
    "Synced", "Training", "TrainingSession", "TrainingTrainer", "Tranche", "UserProfile",
    # the grant competition
    "Activity", "Beneficiaries", "BudgetLine", "CallAttachmentRule", "CallReviewer",
    "CallSettlement", "ConflictOfInterest", "Criterion", "MonitoringIndicator", "Review", "ReviewAssignment",
    "ReviewScore", "SelectionDecision",
    # site visits and grantee reports
    "FollowUpAction", "ReportBeneficiaries", "ReportSpending", "VisitCheck", "VisitChecklistItem", "VisitPhoto",
    "VisitProgress",
]


def synced_tables() -> list[str]:
    """Every table sync carries: all tables except the local ones and the operation log itself."""
    return sorted(
        mapper.class_.__tablename__
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced) and not mapper.class_.__local__
    )
