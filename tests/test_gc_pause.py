"""The collector is paused while a sync batch is worked on and runs again afterwards, whatever happened."""

from __future__ import annotations

import gc
import threading

import pytest

from fieldapp.gc_pause import gc_paused, paused


def test_paused_inside_and_running_again_after() -> None:
    assert gc.isenabled()
    with paused():
        assert not gc.isenabled()
        with paused():  # nested: still off when the inner one ends
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_running_again_after_an_error() -> None:
    @gc_paused
    def failing() -> None:
        assert not gc.isenabled()
        raise ValueError("bad batch")

    with pytest.raises(ValueError):
        failing()
    assert gc.isenabled()


def test_left_off_when_it_was_off_before() -> None:
    gc.disable()
    try:
        with paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_batches_in_threads() -> None:
    """The collector runs again only when the last batch ends, in whichever order they end."""
    first_in, second_in, first_may_end = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with paused():
            first_in.set()
            first_may_end.wait(5)
        seen.append(gc.isenabled())  # the second batch still runs

    def second() -> None:
        first_in.wait(5)
        with paused():
            second_in.set()
            first_may_end.set()
            worker.join(5)

    worker = threading.Thread(target=first)
    worker.start()
    second()
    assert seen == [False]
    assert gc.isenabled()
