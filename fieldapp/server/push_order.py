"""A laptop's pushes in flight at once (``GET /status``'s ``pushes_in_flight``), merged in the laptop's order.

While the hub merges and commits one batch, the laptop's next request is already on its way, and the hub reads
and checks it (``parse_push``: Python that needs no database) while the database works on the batch before. The
merges stay one after the other in the laptop's order: a request names the operation that must already be
received (``X-FieldApp-Push-After``: the last operation of the batch sent before it), and ``Hub.push`` merges it
only if the hub holds that operation — checked inside the write transaction, the one ordering rule; otherwise
it writes nothing and the front answers 412 ``push.earlier_missing`` (the laptop sends again from what it has
not recorded). This module only spares the laptop needless refusals: a request waits here, bounded, while the
push it names (``X-FieldApp-Push-Last`` of that request) is still being worked on in this process.
"""

from __future__ import annotations

import collections
import contextlib
import threading
import time
from collections.abc import Callable, Iterator

#: how many push requests a laptop may keep in flight (``GET /status``; an older hub says nothing: one)
PUSHES_IN_FLIGHT = 2
#: the longest a push waits for the one it names to end (the laptop's read timeout is 20 s)
WAIT_S = 10.0
#: the longest a push waits for the one it names to arrive, when that one is neither running nor received
ARRIVAL_S = 1.0
#: how many ended pushes are remembered (a later request naming one of them need not wait)
REMEMBERED = 1000

Key = tuple[str, str]  # (hub device id, the op id a push ends on)


class PushOrder:
    """The pushes being worked on in this process, by the device and the operation each one ends on."""

    def __init__(self, wait_s: float = WAIT_S, arrival_s: float = ARRIVAL_S) -> None:
        self.wait_s, self.arrival_s = wait_s, arrival_s
        self._changed = threading.Condition()
        self._running: collections.Counter[Key] = collections.Counter()
        self._ended: collections.OrderedDict[Key, None] = collections.OrderedDict()

    @contextlib.contextmanager
    def running(self, device: str, last: str | None) -> Iterator[Callable[[], None]]:
        """A push ending on ``last`` is being worked on, from its headers until it is committed or has failed.
        Yields ``end``, which says so at once (the worker thread calls it as its transaction ends, so the push
        behind it need not wait for the answer's way through the event loop); leaving the block ends it too."""
        if last is None:
            yield lambda: None
            return
        key = (device, last)
        with self._changed:
            self._running[key] += 1
            self._changed.notify_all()
        ended = False

        def end() -> None:
            nonlocal ended
            with self._changed:
                if ended:
                    return
                ended = True
                self._running[key] -= 1
                if self._running[key] <= 0:
                    del self._running[key]
                self._ended[key] = None
                self._ended.move_to_end(key)
                while len(self._ended) > REMEMBERED:
                    self._ended.popitem(last=False)
                self._changed.notify_all()

        try:
            yield end
        finally:
            end()

    @property
    def changed(self) -> threading.Condition:
        """Notified whenever a push starts or ends here (``workers.PushWorkers`` waits on it too)."""
        return self._changed

    def _state(self, key: Key) -> str:
        if key in self._running:
            return "running"
        return "ended" if key in self._ended else "unknown"

    def state(self, device: str, last: str) -> str:
        """``running``, ``ended`` or ``unknown``: the push ending on ``last`` as this process knows it."""
        with self._changed:
            return self._state((device, last))

    def wait_for(self, device: str, after: str, received: Callable[[], bool]) -> None:
        """Return once the push ending on ``after`` has ended here, or was received before (``received()``, a
        read), or after the bounded waits. Whether it was taken is decided by the caller under the write lock."""
        key = (device, after)
        with self._changed:
            state = self._state(key)
        if state == "ended" or (state == "unknown" and received()):
            return
        now = time.monotonic()
        deadline, arrival = now + self.wait_s, now + self.arrival_s
        with self._changed:
            while (state := self._state(key)) != "ended":
                now = time.monotonic()
                until = min(deadline, arrival) if state == "unknown" else deadline
                if now >= until:
                    return
                self._changed.wait(until - now)
