"""How long a laptop waits between sync attempts while the hub stays unreachable. Apart from ``auto`` (which
brings in httpx and the sync client): the window's sync engine makes one as the database arrives."""

from __future__ import annotations


class Backoff:
    """Seconds to wait before the next attempt after failures in a row: 5, 10, 20, 30, 30…"""

    FIRST = 5.0
    LONGEST = 30.0

    def __init__(self) -> None:
        self.failures = 0

    def failed(self) -> float:
        self.failures += 1
        return self.delay()

    def delay(self) -> float:
        return 0.0 if not self.failures else min(self.FIRST * 2 ** (self.failures - 1), self.LONGEST)

    def succeeded(self) -> None:
        self.failures = 0
