"""The donor reporting age bands, apart from the database layer: the dashboard lays out a figure per band
before the database is open (the window shows first), and ``counting`` sorts people into them."""

from __future__ import annotations

#: donor reporting bands (label, lowest age, highest age or None); youth is 14–17 plus 18–29
AGE_GROUPS: tuple[tuple[str, int, int | None], ...] = (
    ("0–13", 0, 13),
    ("14–17", 14, 17),
    ("18–29", 18, 29),
    ("30–44", 30, 44),
    ("45–59", 45, 59),
    ("60+", 60, None),
)
UNKNOWN_AGE = "unknown"
AGE_GROUP_LABELS = tuple(label for label, _low, _high in AGE_GROUPS)


def age_group(age: int | None) -> str:
    """The band of an age; ``UNKNOWN_AGE`` for none."""
    if age is None or age < 0:
        return UNKNOWN_AGE
    for label, low, high in AGE_GROUPS:
        if age >= low and (high is None or age <= high):
            return label
    return UNKNOWN_AGE
