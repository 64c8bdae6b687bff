"""The cyclic garbage collector held off while a sync batch (or a roster import: ``imports.roster``) is worked on.

A push or a pull page makes and keeps hundreds of thousands of small objects (operations, their changes, row
dicts) for a moment; each of those allocations counts towards the collector's next pass, and every few
passes it walks every object the process holds — a third of the CPU of a 5,000-operation batch. Almost all of
those objects are freed by their reference counts when the batch ends, so the collector is paused for the
batch and runs as usual afterwards. Nested and concurrent batches (the hub's threads) share one count: the
collector runs again when the last of them ends, and stays off if someone else had turned it off.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

_lock = threading.Lock()
_holders = 0
_was_enabled = False

F = TypeVar("F", bound=Callable[..., Any])


@contextlib.contextmanager
def paused() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()


def gc_paused(function: F) -> F:
    """``function`` run with the collector paused (see ``paused``)."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with paused():
            return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
