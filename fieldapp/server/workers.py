"""The hub's pushes merged in worker processes: the HTTP front hands a push's raw body to one of a few long-lived
processes and gets back the answer's status and bytes; nothing else crosses the process line.

Why: a push is Python from end to end (pydantic-core's parse, ``Hub.push``'s merge, the answer's JSON), and a
second push parsed in the front's process while the first one merges takes the interpreter lock the merge
needs each time it comes back from the database (docs/sync.md, issue 18, seventh session). In its own process a
batch is read and checked while the batch before is merged in another, and waits there for the front's
go-ahead (``push_order``: the batch it names has committed or failed, in whatever worker had it). Handing over
parsed operations instead costs more than parsing them (``pickle.loads`` of 5,000 ``WireOp``s 0.13–0.19 s
against a parse of 0.085 s), so each worker parses, merges and writes the answer itself.

A worker opens its own ``HubStore`` from the front's (``HubStore.spec``); the write transaction is the
worker's, so a worker that dies writes nothing half (SQLite rolls back a dead writer's transaction, PostgreSQL
a closed connection's). The front answers 503 then and starts another. Two workers write to one SQLite file as
two programs do (``BEGIN IMMEDIATE`` and the busy timeout) and to PostgreSQL under the writers' advisory lock.
Workers are started by ``spawn`` (the same on Windows and Linux), are daemons of the front, and leave when the
front stops them, ends, or dies (their pipe reaches its end).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import multiprocessing.connection
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

import orjson

from fieldapp.gc_pause import gc_paused
from fieldapp.server.hub import EarlierMissing, Hub, ReusedOpId, prepare
from fieldapp.server.push_order import PushOrder
from fieldapp.server.store import HubDevice, StoreSpec, reopen
from fieldapp.sync.wire import MalformedOperation, parse_push

MAX_PUSH = 5000
#: how many merge workers ``fieldapp server`` starts: one merges while the other reads the next batch
WORKERS = 2
#: how long the front waits for a stopped worker to leave before it ends it
STOP_S = 5.0

Answer = tuple[int, bytes]


def _error(status: int, detail: str, code: str | None = None) -> Answer:
    content: dict[str, Any] = {"detail": detail}
    if code is not None:
        content["code"] = code
    return status, json.dumps(content, ensure_ascii=False).encode()


def answer_bytes(content: dict[str, Any]) -> bytes:
    """A push's answer (thousands of results) written by orjson; what orjson cannot write (an integer beyond 64
    bits in a conflict's values) by ``json`` as before."""
    try:
        return orjson.dumps(content)
    except TypeError:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


@gc_paused
def take_push(hub: Hub, device: HubDevice, body: bytes, after: str | None, go: Callable[[], bool],
              committed: Callable[[], None] = lambda: None) -> Answer:
    """A push's body read and checked whole (one pass of pydantic-core) and prepared (``hub.prepare``), then —
    once ``go()`` says the batch before has ended (it returns False when the push must not be merged) — merged,
    and its answer written:
    ``(status, JSON bytes)``, a refusal as the HTTP front words it. The front's thread runs it for a hub without
    workers, a worker for the others. The collector stays paused until the batch's operations are dropped:
    turned on while they are still referenced, its next pass would walk every one of them (a tenth of a push's
    CPU)."""
    try:
        ops = parse_push(body)
    except MalformedOperation as exc:
        return _error(422, f"a push is {{\"ops\": [operations]}}: {exc}")
    if len(ops) > MAX_PUSH:
        return _error(413, f"at most {MAX_PUSH} operations per push")
    try:
        prepared = prepare(ops)  # while the batch before merges: digests, shapes, rows
    except MalformedOperation as exc:
        return _error(422, str(exc))
    if not go():
        return _error(503, "the hub is stopping: send again", "push.stopping")
    try:
        results = hub.push(device, prepared, after=after)
    except ReusedOpId as exc:
        return _error(409, f"operation {exc} was already received with other content")
    except MalformedOperation as exc:
        return _error(422, str(exc))
    except EarlierMissing as exc:
        return _error(412, f"operation {exc} must reach the hub first: send again from it", "push.earlier_missing")
    committed()
    del ops, prepared
    return 200, answer_bytes({"results": results, "server_time_ms": hub.now_ms()})


# --- the worker's side ---------------------------------------------------------------------------------------

def _serve(spec: StoreSpec, conn: multiprocessing.connection.Connection) -> None:
    """A worker's life: open the storage, then take pushes one at a time until told to stop or the front is
    gone. Out first: ``("ready",)`` once its storage is open. Then in: ``(device id, scopes, after, body)``, then
    ``True``/``False`` (go, or drop it); ``None`` stops. Out: ``("parsed",)`` when it waits for the go-ahead,
    ``("committed",)``, then ``("answer", status, bytes)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the front's to handle: it stops the workers
    store = reopen(spec)
    hub = Hub(store)
    conn.send(("ready",))
    stopping = False
    try:
        while not stopping:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return  # the front is gone
            if job is None:
                return
            device_id, scopes, after, body = job
            device = HubDevice(id=device_id, scopes=scopes)

            def go() -> bool:
                nonlocal stopping
                conn.send(("parsed",))
                answer = conn.recv()
                stopping = answer is None  # the front stops: this push is dropped, then the worker leaves
                return bool(answer)

            try:
                status, answer = take_push(hub, device, body, after, go, lambda: conn.send(("committed",)))
            except Exception as exc:  # the database failed: the transaction was rolled back, the worker goes on
                status, answer = _error(503, f"the hub could not merge the push ({type(exc).__name__}: "
                                             f"{str(exc).strip().splitlines()[0] if str(exc).strip() else ''}); "
                                             "send again", "push.failed")
            del body, job
            conn.send(("answer", status, answer))
    except (EOFError, OSError):
        return  # the front went away mid-push
    finally:
        store.close()


# --- the front's side ----------------------------------------------------------------------------------------

class WorkerLost(Exception):
    """A worker ended in the middle of a push (HTTP 503; another is started)."""


class _Worker:
    def __init__(self, context: Any, spec: StoreSpec) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(spec, child), name="fieldapp-push-worker", daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.sending = threading.Lock()

    def wait_ready(self) -> None:
        """Until the worker has opened its storage (its first message)."""
        if not self.ready:
            if self.receive()[0] != "ready":
                raise WorkerLost("the worker did not start")
            self.ready = True

    def receive(self) -> tuple[Any, ...]:
        try:
            message: tuple[Any, ...] = self.conn.recv()
            return message
        except (EOFError, OSError) as exc:
            raise WorkerLost(str(exc)) from exc

    def send(self, message: Any) -> None:
        try:
            with self.sending:  # the push's thread and a stopping front may send at once
                self.conn.send(message)
        except (EOFError, OSError) as exc:
            raise WorkerLost(str(exc)) from exc

    def stop(self, wait_s: float = STOP_S) -> None:
        with contextlib.suppress(WorkerLost):
            self.send(None)
        self.process.join(wait_s)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(wait_s)
        self.conn.close()


class PushWorkers:
    """``count`` worker processes for one front. ``take`` (blocking: the front's threads call it) hands a push to
    an idle worker and returns its answer. At most ``count - 1`` workers hold a push that waits for the batch
    before it, so a batch that may merge at once always finds one (a laptop keeps two in flight: with two
    workers its second batch waits in one while the first merges in the other)."""

    def __init__(self, spec: StoreSpec, order: PushOrder, count: int = WORKERS) -> None:
        if count < 1:
            raise ValueError("at least one worker")
        self.spec, self.order, self.count = spec, order, count
        self._context = multiprocessing.get_context("spawn")
        self._changed = order.changed  # one condition: a push ending frees a waiting push's worker rule too
        self._idle: list[_Worker] = [_Worker(self._context, spec) for _ in range(count)]
        self._all: list[_Worker] = list(self._idle)
        self._waiting = 0
        self._closed = False

    def wait_ready(self) -> None:
        """Until every idle worker has opened its storage (tests; a push waits for its own worker anyway)."""
        with self._changed:
            for worker in self._idle:
                worker.wait_ready()

    def pids(self) -> list[int]:
        return [worker.process.pid for worker in self._all if worker.process.pid is not None]

    @contextlib.contextmanager
    def _worker(self, device: str, after: str | None) -> Iterator[_Worker]:
        with self._changed:
            while True:
                if self._closed:
                    raise WorkerLost("the hub is stopping")
                waits = after is not None and self.order.state(device, after) == "running"
                if self._idle and (not waits or self._waiting < self.count - 1):
                    self._replace_dead_idle()
                    break
                self._changed.wait(1.0)
            worker = self._idle.pop()
            self._waiting += waits
        lost = False
        try:
            yield worker
        except WorkerLost:
            lost = True
            raise
        finally:
            if lost or not worker.process.is_alive():
                worker.process.join(0.1)
                with self._changed:
                    self._all.remove(worker)
                    replaced = None if self._closed else _Worker(self._context, self.spec)
                    if replaced is not None:
                        self._all.append(replaced)
                with contextlib.suppress(OSError):
                    worker.conn.close()
                worker = replaced  # type: ignore[assignment]
            with self._changed:
                self._waiting -= waits
                if worker is not None:
                    self._idle.append(worker)
                self._changed.notify_all()

    def _replace_dead_idle(self) -> None:
        """Idle workers that ended (killed, out of memory) replaced before one is handed a push (the lock held)."""
        for index, worker in enumerate(self._idle):
            if not worker.process.is_alive():
                with contextlib.suppress(OSError):
                    worker.conn.close()
                self._all.remove(worker)
                self._idle[index] = _Worker(self._context, self.spec)
                self._all.append(self._idle[index])

    def take(self, device: HubDevice, body: bytes, after: str | None, go: Callable[[], bool],
             ended: Callable[[], None]) -> Answer:
        """The push's answer from a worker: ``go()`` is asked once the worker has read and checked the body (it
        waits for the batch before); ``ended()`` is called as soon as the worker has committed or failed."""
        try:
            with self._worker(device.id, after) as worker:
                worker.wait_ready()
                worker.send((device.id, device.scopes, after, body))
                while True:
                    message = worker.receive()
                    if message[0] == "parsed":
                        worker.send(go())
                    elif message[0] == "committed":
                        ended()
                    else:
                        return int(message[1]), bytes(message[2])
        except WorkerLost:
            return _error(503, "the hub's merge worker stopped in the middle of the push: send it again (what "
                               "the hub had already merged is answered as before)", "push.worker_lost")
        finally:
            ended()

    def close(self) -> None:
        """Stop every worker (each ends its push first), then end any that does not leave."""
        with self._changed:
            if self._closed:
                return
            self._closed = True
            workers = list(self._all)
            self._changed.notify_all()
        for worker in workers:
            worker.stop()
