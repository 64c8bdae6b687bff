"""Who is acting: the current user profile of the session and what their role allows.

The head office is a profile with the role ``head_office`` or ``programme_staff``: it owns calls, registration
numbers and selection decisions (DESIGN.md "Sync", ownership). Reviewers are profiles with the role
``reviewer``; committee members who never install the app get one too, and their sheets are imported for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
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


ROLES = ("field_officer", "trainer", "programme_staff", "head_office", "reviewer")


@dataclass(frozen=True)
class Profile:
    id: str
    name: str
    role: str


def profiles(session: Session) -> list[Profile]:
    """The user profiles on this laptop, by name."""
    return [Profile(u.id, u.name, u.role) for u in session.scalars(select(UserProfile).order_by(UserProfile.name))]


def choose_profile(session: Session, profile_id: str | None = None, *, name: str | None = None,
                   role: str | None = None) -> Profile:
    """Work as an existing profile, or as a new one made from ``name`` and ``role``; it becomes the current user
    (the "who" of every later change). The first profile of a laptop records its own creation."""
    from fieldapp.services import settings

    if profile_id:
        user = session.get(UserProfile, profile_id)
        if user is None or user.deleted_at is not None:
            raise Invalid("profile.unknown", f"No such user profile: {profile_id}")
    else:
        clean = " ".join((name or "").split())
        if not clean:
            raise Invalid("required", "This field is required", "name")
        if role not in ROLES:
            raise Invalid("profile.role", f"Unknown role {role!r}", "role", {"role": role})
        user = UserProfile(name=clean, role=role)
        if not session.info.get("user_id"):
            session.info.update(user_id=user.id, user_name=user.name)
        session.add(user)
        session.flush()
    if settings.current_user_id(session) != user.id:
        settings.put(session, settings.CURRENT_USER, user.id)
    return Profile(user.id, user.name, user.role)


#: roles that may take personal data (IIN, phone, birth date) out in an export (DOMAIN.md, Law 94-V)
PERSONAL_DATA_ROLES = HEAD_OFFICE_ROLES


def may_export_personal_data(session: Session) -> bool:
    user = current_user(session)
    return user is not None and user.role in PERSONAL_DATA_ROLES
