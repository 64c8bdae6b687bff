"""Who is acting: the current user profile of the session and what their role allows.

The head office is a profile with the role ``head_office`` or ``programme_staff``: it owns calls, registration
numbers and selection decisions (DESIGN.md "Sync", ownership). Reviewers are profiles with the role
``reviewer``; committee members who never install the app get one too, and their sheets are imported for them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from fieldapp.model import UserProfile
from fieldapp.validation import Invalid

HEAD_OFFICE_ROLES = frozenset({"head_office", "programme_staff"})
REVIEWER = "reviewer"
#: who may see a person's full phone number on a printed document (others see it masked): the staff who work
#: with the applicants, not committee members or trainers
CONTACT_ROLES = frozenset({"head_office", "programme_staff", "field_officer"})


def current_user(session: Session) -> UserProfile | None:
    user_id = session.info.get("user_id")
    return session.get(UserProfile, user_id) if user_id else None


def is_head_office(session: Session) -> bool:
    user = current_user(session)
    return user is not None and user.role in HEAD_OFFICE_ROLES


def may_see_contacts(session: Session) -> bool:
    user = current_user(session)
    return user is not None and user.role in CONTACT_ROLES


def require_head_office(session: Session, action: str) -> UserProfile:
    """The current user, if the head office; otherwise a clear refusal naming the action."""
    user = current_user(session)
    if user is None or user.role not in HEAD_OFFICE_ROLES:
        if user is None:
            raise Invalid("role.no_profile", f"Only the head office may {action}; the current user is no user profile")
        raise Invalid("role.head_office", f"Only the head office may {action}; the current user is {user.name} "
                      f"({user.role})", params={"name": user.name, "role": user.role})
    return user
