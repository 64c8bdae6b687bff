"""Why a change was made, as the history keeps it: either the words a person typed ("the village asked for a
later date"), or what the program did, kept as a code the screens put into the reader's language — "@walk_in",
"@import.people roster.xlsx" (a code, then what it names). Sync carries the code, so a Kazakh-speaking officer
and a Russian-speaking one each read it in their own language."""

from __future__ import annotations

MARK = "@"
#: the codes of what the program does; the screens have words for each (fieldapp.ui.labels.reason_text)
CODES = frozenset({
    "check_in", "check_in.undo", "walk_in", "merge", "printed.signin", "printed.certificates", "printed.summary",
    "import.people", "import.applications", "import.payments", "import.scores", "register.row", "demo", "self_test",
    "letterhead.logo", "agreement.made", "printed.agreement", "import.projects", "paper.project",
    "paper.register", "printed.amendment",
})
#: what earlier versions wrote in English, read as codes
_LEGACY = {"check-in": "check_in", "check-in undo": "check_in.undo", "walk-in": "walk_in",
           "duplicate merged": "merge", "signin printed": "printed.signin", "sign-in sheet printed": "printed.signin",
           "certificates printed": "printed.certificates", "summary printed": "printed.summary",
           "self-test": "self_test"}
_LEGACY_PREFIXES = {"people imported from ": "import.people", "applications imported from ": "import.applications",
                    "application register imported from ": "import.applications",
                    "review sheet imported from ": "import.scores", "scoring sheet ": "import.scores",
                    "register row ": "register.row", "demo: ": "demo"}


def coded(code: str, detail: str | None = None) -> str:
    """The reason recorded for something the program did: ``code`` (one of :data:`CODES`) and what it names."""
    if code not in CODES:
        raise ValueError(f"unknown reason code {code!r}")
    return MARK + code + (f" {detail}" if detail else "")


def parse(reason: str | None) -> tuple[str | None, str]:
    """(code, what it names) for a reason the program wrote; (None, the words) for one a person typed."""
    text = (reason or "").strip()
    if text.startswith(MARK):
        code, _, detail = text[1:].partition(" ")
        if code in CODES:
            return code, detail
    if text in _LEGACY:
        return _LEGACY[text], ""
    for prefix, code in _LEGACY_PREFIXES.items():
        if text.startswith(prefix):
            return code, text[len(prefix):]
    return None, text
