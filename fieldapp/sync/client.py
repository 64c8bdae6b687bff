"""The laptop's side of network sync: push, then pull, then files.

Push sends the operations the hub has not acknowledged, oldest first, whole actions at a time; the
acknowledgement and its results are recorded in one local transaction, so nothing delivered is sent again.
Pull applies each page and saves its cursor in the same local transaction. Transient failures (a cut link, a
restarting hub) are retried with backoff; the round gives up when nothing has moved for ``give_up_after``
seconds, or at once when the hub refuses the device.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import json
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import httpx
import orjson
from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from fieldapp.db import Database
from fieldapp.db.bulk import update_rows
from fieldapp.db.history import check_identity
from fieldapp.gc_pause import gc_paused
from fieldapp.model import LocalDevice, Operation
from fieldapp.model.base import utcnow
from fieldapp.model.history import SyncConflict, SyncRejection, made_here
from fieldapp.sync import files as sync_files
from fieldapp.sync.apply import apply_remote, get_setting, remote_session, set_setting, unpark
from fieldapp.sync.keys import (  # noqa: F401 - the setting names, also read as client.X
    CLOCK_OFFSET,
    CURSOR,
    LAST_CONTACT,
    LAST_ERROR,
    LAST_PULL,
    LAST_PUSH,
    NAME,
    RECEIVED,
    ROUTES,
    SENT,
    SERVER,
    SUSPECT_MS,
    TOKEN,
    TRUSTED_CERT,
)
from fieldapp.sync.merge import materialise
from fieldapp.sync.renumber import DELIVERED, note, renumber
from fieldapp.sync.state import pending_count
from fieldapp.sync.wire import WIRE_FIELDS, MalformedOperation, columns, parse_page, wire_text

#: a round gives up after this long without progress (the whole command stays within 30 s)
GIVE_UP_AFTER = 25.0


class SyncError(Exception):
    """The round could not complete; the message is one line for the command line and the log. ``code`` says
    what happened for the screens (``sync.unreachable``, ``sync.refused``, ``sync.not_enrolled``, or the hub's
    own code such as ``enrol.code_used``)."""

    def __init__(self, message: str, code: str = "sync.failed") -> None:
        super().__init__(message)
        self.code = code


class Stopped(Exception):
    """The round stopped at a clean point because it was asked to (the program is closing): everything done so
    far is recorded, the next round goes on from there."""


def trust(pem: str | None) -> ssl.SSLContext | bool:
    """What httpx verifies the hub's certificate with: the system's authorities, plus a head-office certificate
    trusted at enrolment (self-signed: it is its own authority)."""
    if not pem:
        return True
    context = ssl.create_default_context()
    context.verify_flags &= ~getattr(ssl, "VERIFY_X509_STRICT", 0)  # a self-signed certificate lacks the extras
    context.load_verify_locations(cadata=pem)
    return context


def note_route(session: Any, direction: str, route: str) -> None:
    """Remember that operations were sent (``direction`` "sent") or received ("received") now, by ``route``."""
    set_setting(session, SENT if direction == "sent" else RECEIVED,
                json.dumps({"at": utcnow().isoformat(), "route": route}))


class _Smaller(Exception):
    """A request failed in transit: try again with a smaller batch (a slow link cuts long transfers)."""


def _shrink(size: int) -> None:
    if size > MIN_BATCH:
        raise _Smaller


MIN_BATCH = 20
JSON_HEADERS = {"Content-Type": "application/json"}
#: the most operations one push or pull page carries (the hub refuses larger pushes)
MAX_PUSH = 5000
#: a request that took longer than this is not followed by a larger one (a slow link cuts long transfers)
GROW_BELOW_S = 2.0


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    rejected: int = 0
    parked: int = 0
    files: int = 0
    fetched: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"sent {self.sent}, received {self.received}, conflicts {self.conflicts}, "
                f"rejected {self.rejected}, files {self.files}, files fetched {self.fetched}")


class Link:
    """HTTP to the hub with retries: transient failures back off and retry until nothing moved for a while."""

    def __init__(self, server: str, token: str | None, give_up_after: float = GIVE_UP_AFTER,
                 transport: httpx.BaseTransport | None = None, verify: ssl.SSLContext | bool = True,
                 stop: Callable[[], bool] | None = None) -> None:
        self.server = server.rstrip("/")
        self.give_up_after = give_up_after
        self.stop = stop
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=self.server, headers=headers, transport=transport, verify=verify,
                                 timeout=httpx.Timeout(20.0, connect=5.0))
        self.last_progress = time.monotonic()

    def check_stop(self) -> None:
        if self.stop is not None and self.stop():
            raise Stopped

    def progressed(self) -> None:
        self.last_progress = time.monotonic()

    def call(self, method: str, path: str, on_retry: Callable[[], None] | None = None,
             accept: tuple[int, ...] = (), **kwargs: Any) -> httpx.Response:
        """The hub's answer: a success, 409, 416 or a status in ``accept``; retried while transient."""
        delay = 0.25
        while True:
            self.check_stop()
            code = "sync.unreachable"
            try:
                response = self.http.request(method, path, **kwargs)
            except httpx.TransportError as exc:
                reason = f"cannot reach the hub at {self.server} ({type(exc).__name__}: {exc or 'no answer'})"
                if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                    raise SyncError(f"the hub's certificate is not trusted ({exc})", "sync.certificate") from exc
            else:
                if response.status_code < 400 or response.status_code in (409, 416, *accept):
                    self.progressed()
                    return response
                if response.status_code in (401, 403):
                    raise SyncError(f"the hub refuses this device: {_detail(response)}",
                                    _code(response) or "sync.refused")
                if response.status_code < 500 and response.status_code != 429:
                    raise SyncError(f"the hub refused the request ({response.status_code}): {_detail(response)}",
                                    _code(response) or "sync.failed")
                reason, code = f"the hub answered {response.status_code}: {_detail(response)}", "sync.hub_failed"
            if time.monotonic() - self.last_progress + delay > self.give_up_after:
                raise SyncError(reason, code)
            if on_retry:
                on_retry()
            self._pause(delay)
            delay = min(delay * 2, 4.0)

    def _pause(self, seconds: float) -> None:
        """Sleep before a retry, but stop at once when asked."""
        until = time.monotonic() + seconds
        while (left := until - time.monotonic()) > 0:
            self.check_stop()
            time.sleep(min(left, 0.1))

    def close(self) -> None:
        self.http.close()


def _code(response: httpx.Response) -> str | None:
    try:
        code = response.json().get("code")
    except (ValueError, AttributeError):
        return None
    return code if isinstance(code, str) and len(code) < 60 else None


def _detail(response: httpx.Response) -> str:
    try:
        return str(response.json().get("detail", response.text))[:200]
    except ValueError:
        return response.text[:200] or response.reason_phrase


def enroll(db: Database, server: str, code: str, give_up_after: float = GIVE_UP_AFTER,
           transport: httpx.BaseTransport | None = None, trusted_certificate: str | None = None) -> dict[str, Any]:
    from fieldapp.sync import bundle_client  # the keys for bundles travel with the enrolment

    link = Link(server, None, give_up_after, transport, verify=trust(trusted_certificate))
    try:
        answer = link.call("POST", "/enroll", json={"code": code, "device_id": db.device().device_id,
                                                    **bundle_client.public_keys(db)}).json()
    finally:
        link.close()
    with db.transaction() as s:
        if get_setting(s, SERVER) != server:
            set_setting(s, CURSOR, "0")
        set_setting(s, SERVER, server)
        set_setting(s, TOKEN, answer["token"])
        set_setting(s, NAME, answer["name"])
        set_setting(s, TRUSTED_CERT, trusted_certificate)
        bundle_client.remember_hub(s, answer)
    return answer


def _local_devices(db: Database) -> list[tuple[str, int]]:
    """The device ids this database made operations under (one, or more after it was copied) and each one's
    last sequence number, the oldest first."""
    with db.reading() as s:
        return [(device_id, top) for device_id, top, _first in s.execute(
            select(Operation.device_id, func.max(Operation.seq), func.min(Operation.hlc))
            .where(made_here()).group_by(Operation.device_id).order_by(func.min(Operation.hlc)))]


#: SQLite's own time stamp text as SQLAlchemy stores it (``YYYY-MM-DD HH:MM:SS.ffffff``): only then is the
#: wire line's ``at`` written by SQLite (``isoformat``: a ``T``, no fraction when it is 0)
_STORED_AT = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9][0-9][0-9][0-9]"


def _wire_line_sql() -> str:
    """An operation's wire form as one line of JSON (UTF-8 bytes with its newline) written by SQLite itself: the
    text parses to exactly what ``wire_text`` writes (``json_quote`` for each field, the changes spliced in as
    stored). NULL for a row whose time stamp or changes are not stored as expected (``_pending`` then writes its
    line by ``wire_text``)."""
    at = "CASE WHEN substr(at, 21) = '000000' THEN replace(substr(at, 1, 19), ' ', 'T') ELSE replace(at, ' ', 'T') END"
    fields = [name for name in WIRE_FIELDS if name != "changes"]
    template = "{" + ",".join(f'"{name}":%s' for name in fields) + ',"changes":%s}' + "\n"
    values = ", ".join(f"json_quote({at if name == 'at' else name})" for name in fields)
    return (f"CASE WHEN at GLOB '{_STORED_AT}' AND changes IS NOT NULL "
            f"THEN CAST(printf('{template}', {values}, CAST(changes AS TEXT)) AS BLOB) END")


@gc_paused
def _pending(db: Database, limit: int, *, changes_text: bool = False, lines: bool = False,
             devices: list[tuple[str, int]] | None = None, sent: dict[str, int] | None = None) -> list[Any]:
    """The oldest operations made here that the hub has not acknowledged, ending on a whole action (unless it
    is longer than a push may be), all of one device id in order: rows with the attributes of an
    ``Operation`` (its wire fields and rank); with ``changes_text`` their changes are the stored JSON text (see
    ``wire_text``); with ``lines`` only ``line`` (the wire form as a line of JSON, UTF-8, for a bundle),
    ``device_id``, ``seq`` and ``tx_id``. ``devices``: what ``_local_devices`` said, when the caller asked it
    already (it reads the whole history). ``sent``: per device the last operation already on its way (sent,
    its answer not recorded yet)."""
    devices = _local_devices(db) if devices is None else devices
    wanted = _LINE_COLUMNS if lines else columns((*WIRE_FIELDS, "rank"), changes_text=changes_text)
    with db.reading() as s:
        for device_id, top in devices:
            delivered = max(int(get_setting(s, DELIVERED + device_id) or 0), (sent or {}).get(device_id, 0))
            if top <= delivered:
                continue
            base = select(*wanted).where(
                made_here(), Operation.device_id == device_id, Operation.seq > delivered
            ).order_by(Operation.seq)
            ops = list(s.execute(base.limit(limit)))
            if ops and ops[-1].tx_id is not None:
                rest = s.execute(base.where(Operation.seq > ops[-1].seq, Operation.tx_id == ops[-1].tx_id)
                                 .limit(MAX_PUSH - len(ops))).all()
                ops.extend(rest)
            if lines and any(op.line is None for op in ops):
                return _lines_by_python(s, ops)
            return ops
    return []


#: ``_pending(lines=True)``'s columns: each operation's line as SQLite writes it (the ORM's loading of 100,000
#: operations was a fifth of a bundle's export)
_LINE_COLUMNS: tuple[Any, ...] = (literal_column(_wire_line_sql()).label("line"), Operation.op_id, Operation.device_id,
                 Operation.seq, Operation.tx_id)


class _Line(NamedTuple):
    line: bytes
    op_id: str
    device_id: str
    seq: int
    tx_id: str | None


def _lines_by_python(session: Session, ops: list[Any]) -> list[_Line]:
    """``ops`` (from ``_pending(lines=True)``) with the lines SQLite left out written by ``wire_text``."""
    missing = [op.op_id for op in ops if op.line is None]
    texts: dict[str, bytes] = {}
    query = select(*columns(WIRE_FIELDS, changes_text=True))
    for start in range(0, len(missing), 500):
        for row in session.execute(query.where(Operation.op_id.in_(missing[start:start + 500]))):
            texts[row.op_id] = (wire_text(row._mapping) + "\n").encode()
    return [_Line(texts.get(op.op_id, op.line), op.op_id, op.device_id, op.seq, op.tx_id) for op in ops]


def _note_rejection(session: Session, op_id: str, result: dict[str, Any]) -> None:
    """The hub's refusal of one operation, with its code and params when the hub gave them (a repeated answer
    from the hub's memory has none: the first one's are kept)."""
    row = session.get(SyncRejection, op_id) or SyncRejection(op_id=op_id)
    row.reason, row.at = result.get("reason") or result["result"], utcnow()
    if result.get("code"):
        row.code = str(result["code"])[:60]
        row.params = result.get("params") if isinstance(result.get("params"), dict) else None
    session.add(row)


@gc_paused
def _record_results(db: Database, ops: list[Any], results: list[dict[str, Any]], report: SyncReport) -> None:
    """The hub's answers and the delivered mark, in one local transaction (bulk: a push holds thousands)."""
    by_id = {op.op_id: op for op in ops}
    refold: set[tuple[str, str]] = set()
    updates: list[dict[str, Any]] = []
    conflicts: dict[str, dict[str, Any]] = {}
    clashes: dict[str, int] = {}
    with remote_session(db) as s:
        for result in results:
            op = by_id[result["op_id"]]
            if result["result"] == "clash":  # numbered like another laptop's: numbered anew below, sent again
                clashes[op.device_id] = min(clashes.get(op.device_id, op.seq), op.seq)
            elif result["result"] in ("rejected", "conflict"):
                updates.append({"op_id": op.op_id, "state": "rejected"})
                _note_rejection(s, op.op_id, result)
                refold.add((op.table_name, op.row_id))
                report.rejected += 1
            elif result["result"] == "parked":
                report.parked += 1
                report.sent += 1
            else:
                report.sent += 1
                rank = result.get("rank")
                if rank and rank != op.hlc and rank != op.rank:
                    updates.append({"op_id": op.op_id, "server_seq": result["server_seq"], "rank": rank})
                    refold.add((op.table_name, op.row_id))
                else:
                    updates.append({"op_id": op.op_id, "server_seq": result["server_seq"]})
            for conflict in result.get("conflicts", []):
                conflicts[conflict["id"]] = conflict
        for keys in ({"op_id", "state"}, {"op_id", "server_seq"}, {"op_id", "server_seq", "rank"}):
            update_rows(s, Operation.__table__, "op_id", [u for u in updates if set(u) == keys])
        known = set(s.scalars(select(SyncConflict.id).where(SyncConflict.id.in_(list(conflicts)))))
        for conflict in conflicts.values():
            if conflict["id"] in known:
                continue
            s.add(SyncConflict(
                id=conflict["id"], kind=conflict["kind"], table_name=conflict["table_name"],
                row_id=conflict["row_id"], fields=conflict["fields"], winner_op=conflict["winner_op"],
                loser_op=conflict["loser_op"], winner=conflict["winner"], loser=conflict["loser"],
                message=conflict["message"], detected_at=utcnow()))
            report.conflicts += 1
        s.flush()
        if refold:
            materialise(s, refold, drop_unfounded=True)
        top: dict[str, int] = {}
        for op in ops:
            if op.seq < clashes.get(op.device_id, op.seq + 1):
                top[op.device_id] = max(top.get(op.device_id, 0), op.seq)
        for device_id, seq in top.items():
            set_setting(s, DELIVERED + device_id, str(seq))
        for device_id, first in clashes.items():
            report.notes.append(note(renumber(s, device_id, first)))
        set_setting(s, LAST_PUSH, utcnow().isoformat())


@gc_paused
def _body(ops: list[Any]) -> bytes:
    """A push's body: built while the hub still merges the batch before, so the next request leaves at once."""
    return ('{"ops":[' + ",".join(wire_text(op._mapping) for op in ops) + "]}").encode()


#: a push's ordering headers, sent when the hub takes two pushes at once (``server/push_order.py``)
PUSH_AFTER, PUSH_LAST = "X-FieldApp-Push-After", "X-FieldApp-Push-Last"
#: the most push requests this laptop keeps in flight (when the hub's ``/status`` allows as many)
PUSHES_IN_FLIGHT = 2


def _send(link: Link, body: bytes, batch: int, after: str | None = None,
          last: str | None = None) -> tuple[httpx.Response, float, float]:
    """The hub's answer to a push, when the request left and when the answer came (``time.monotonic``)."""
    headers = JSON_HEADERS if last is None else {**JSON_HEADERS, PUSH_LAST: last}
    if after is not None:
        headers = {**headers, PUSH_AFTER: after}
    started = time.monotonic()
    response = link.call("POST", "/ops", content=body, headers=headers, on_retry=functools.partial(_shrink, batch),
                         accept=(412,))
    return response, started, time.monotonic()


Progress = Callable[[str, int], None]


class _Flight(NamedTuple):
    """A push request on its way: its operations, its answer to come and the batch size it was read at."""
    ops: list[Any]
    answer: concurrent.futures.Future[tuple[httpx.Response, float, float]]
    size: int


def push(db: Database, link: Link, report: SyncReport, progress: Progress | None = None,
         in_flight: int = 1) -> None:
    """Batches oldest first, up to ``in_flight`` requests on their way at once (two when the hub's ``/status``
    says it takes them: the hub reads and checks one batch while the database works on the one before, and
    never waits for the laptop's next request). Each request after the first names the last operation of the
    one before (``X-FieldApp-Push-After``): the hub merges it only after that one, or refuses it whole (412).
    Answers are recorded in the order sent; from an answer that is not a plain success (a cut link, 409, 412, a
    clash) every later answer is dropped unrecorded and what is unrecorded is sent again — the hub answers a
    repeated operation with its first result. While the hub merges, this laptop records the answer before and
    reads and builds the next batch (an answer recorded late only means a batch is sent again after a crash)."""
    batch = 100
    devices = _local_devices(db)  # operations made while this push runs go at the next round
    flights: collections.deque[_Flight] = collections.deque()
    sent: dict[str, int] = {}  # per device id, the last operation on its way
    after: str | None = None  # the last operation of the request sent last (since the last start)
    unrecorded: tuple[list[Any], list[dict[str, Any]]] | None = None
    ahead: tuple[int, list[Any], bytes | None] | None = None  # the next batch read ahead: its size, ops and body
    stopping = False
    answered_at = 0.0  # when the answer before came: a request's time counts from then (it waited behind it)

    def record() -> None:
        nonlocal unrecorded
        if unrecorded is not None:
            answered, unrecorded = unrecorded, None
            _record_results(db, *answered, report)

    def start_again() -> None:
        """The requests still on their way end, and their answers are dropped: the next batch is read from
        what is recorded."""
        nonlocal sent, after, ahead
        concurrent.futures.wait([flight.answer for flight in flights])
        flights.clear()
        sent, after, ahead = {}, None, None

    with concurrent.futures.ThreadPoolExecutor(in_flight, thread_name_prefix="push") as sender:
        try:
            while True:
                while len(flights) < in_flight and not stopping:
                    if link.stop is not None and link.stop():
                        stopping = True  # between batches: what is on its way is answered and recorded
                        break
                    if ahead is not None and ahead[0] == batch:
                        ops, body = ahead[1], ahead[2]
                    else:
                        ops = _pending(db, batch, changes_text=True, devices=devices, sent=sent)
                        body = _body(ops) if ops else None
                    ahead = None
                    if not ops or body is None:
                        break
                    if progress is not None:
                        progress("push", report.sent)
                    last = ops[-1].op_id if in_flight > 1 else None
                    flights.append(_Flight(ops, sender.submit(_send, link, body, batch, after, last), batch))
                    after = last
                    sent.update((op.device_id, op.seq) for op in ops)
                if flights and not stopping:  # while the hub works: the batch after them, at the size it may grow to
                    size = min(batch * 2, MAX_PUSH)
                    more = _pending(db, size, changes_text=True, devices=devices, sent=sent)
                    ahead = (size, more, _body(more) if more else None)
                record()
                if not flights:
                    if stopping:
                        raise Stopped
                    return
                flight = flights.popleft()
                try:
                    response, started, ended = flight.answer.result()
                except _Smaller:
                    batch = max(MIN_BATCH, flight.size // 2)
                    start_again()
                    continue
                if response.status_code == 412:  # the batch before did not reach the hub: send again from it
                    start_again()
                    continue
                if response.status_code == 409:
                    start_again()
                    _refuse_reused(db, response, flight.ops, report)
                    continue
                results = orjson.loads(response.content)["results"]  # thousands of answers: the next batch waits
                if any(result["result"] == "clash" for result in results):
                    start_again()
                    _record_results(db, flight.ops, results, report)
                    devices = _local_devices(db)  # the operations numbered anew go in this round too
                    continue
                unrecorded = (flight.ops, results)
                took, answered_at = ended - max(started, answered_at), ended
                if took < GROW_BELOW_S:
                    batch = min(batch * 2, MAX_PUSH)
                else:  # a slow link: no larger batch
                    batch = min(batch, flight.size)
        except BaseException:
            concurrent.futures.wait([flight.answer for flight in flights])
            record()
            raise


def _grown(size: int, started: float, most: int) -> int:
    """The next batch or page: twice as large while requests are quick."""
    return min(size * 2, most) if time.monotonic() - started < GROW_BELOW_S else size


def _refuse_reused(db: Database, response: httpx.Response, ops: list[Any], report: SyncReport) -> None:
    """The hub holds another operation under one of these ids: that one is refused, the others go on."""
    detail = _detail(response)
    culprit = next((op for op in ops if op.op_id in detail), None)
    if culprit is None:
        raise SyncError(f"the hub refused the push: {detail}")
    with remote_session(db) as s:
        row = s.get(Operation, culprit.op_id)
        assert row is not None
        row.origin = "refused"
        s.merge(SyncRejection(op_id=culprit.op_id, reason=detail, at=utcnow()))
    report.rejected += 1


@gc_paused
def apply_page(db: Database, answer: dict[str, Any], report: SyncReport) -> None:
    """A page the hub served (``{ops, cursor}``) applied and its cursor saved, in one local transaction."""
    with remote_session(db) as s:
        counts = apply_remote(s, answer["ops"])
        set_setting(s, CURSOR, str(answer["cursor"]))
        set_setting(s, LAST_PULL, utcnow().isoformat())
        report.notes.extend(s.info.pop("sync_notes", []))
    report.received += counts["received"]
    report.parked += counts["parked"]


def _fetch_page(link: Link, cursor: int, size: int, device_id: str,
                delivered: list[str] | None = None) -> tuple[dict[str, Any], float]:
    """One page after ``cursor``, read and checked, and how long the request took (raises _Smaller)."""
    started = time.monotonic()
    params: dict[str, Any] = {"after": cursor, "limit": size, "device": device_id}
    if delivered:
        params["delivered"] = delivered
    response = link.call("GET", "/ops", params=params, on_retry=functools.partial(_shrink, size))
    try:
        return parse_page(response.content), time.monotonic() - started
    except MalformedOperation as exc:
        raise SyncError(f"the hub sent a page this FieldApp cannot read ({exc})") from exc


@gc_paused
def pull(db: Database, link: Link, report: SyncReport, page: int = MAX_PUSH,
         progress: Progress | None = None) -> None:
    """Pages applied in order, each with its cursor; the next page is asked for while one is applied (the
    hub reads it while this laptop writes). The collector stays paused over every page: turned on between
    two, its next pass would walk the operations of the page just applied and of the one read ahead."""
    size = min(page, 200)
    device_id = db.device().device_id
    with db.reading() as s:
        cursor = int(get_setting(s, CURSOR) or 0)
        # this laptop's earlier ids (a copied file renews its id): what it delivered under them stays out
        delivered = [f"{earlier}:{seq}" for earlier, _top in _local_devices(db) if earlier != device_id
                     and (seq := int(get_setting(s, DELIVERED + earlier) or 0)) > 0][-100:]
    ahead: concurrent.futures.Future[tuple[dict[str, Any], float]] | None = None
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="pull") as reader:
        try:
            while True:
                if progress is not None:
                    progress("pull", report.received)
                link.check_stop()  # between pages: each page is applied with its cursor
                try:
                    answer, took = ahead.result() if ahead else _fetch_page(link, cursor, size, device_id, delivered)
                except _Smaller:
                    size = max(MIN_BATCH, size // 2)
                    ahead = None
                    continue
                size = min(size * 2, page) if took < GROW_BELOW_S else size
                ahead = (reader.submit(_fetch_page, link, answer["cursor"], size, device_id, delivered)
                         if answer["more"] else None)
                apply_page(db, answer, report)
                cursor = answer["cursor"]
                if not answer["more"]:
                    return
        finally:
            if ahead is not None:
                ahead.cancel()


def _check_clock(db: Database, server_ms: int, report: SyncReport) -> None:
    """Remember the offset to the hub's clock; a clock stamp left far ahead by a wrong clock is brought back."""
    local_ms = int(time.time() * 1000)
    with db.transaction() as s:
        set_setting(s, CLOCK_OFFSET, str(server_ms - local_ms))
        device = s.get(LocalDevice, 1)
        assert device is not None
        if abs(server_ms - local_ms) > SUSPECT_MS:
            report.notes.append(f"this computer's clock is {(local_ms - server_ms) // 60000:+d} min off the hub's")
        elif device.hlc_wall > server_ms + SUSPECT_MS:
            device.hlc_wall, device.hlc_counter = max(local_ms, server_ms), 0
            report.notes.append("the clock was far ahead and has been corrected")


def sync(db: Database, server: str | None = None, give_up_after: float = GIVE_UP_AFTER,
         transport: httpx.BaseTransport | None = None, send_files: bool = True,
         stop: Callable[[], bool] | None = None, progress: Progress | None = None,
         page: int = MAX_PUSH) -> SyncReport:
    """One round: push, pull, then files. Raises SyncError with a one-line reason; ``Stopped`` when ``stop()``
    said so (checked between batches and pages, so what was done is recorded and the next round goes on);
    ``progress(phase, count)`` hears "push" with the operations sent so far, "pull" with those received, and
    "files"."""
    with db.reading() as s:
        server = server or get_setting(s, SERVER)
        token = get_setting(s, TOKEN)
        pem = get_setting(s, TRUSTED_CERT)
    if not server or not token:
        raise SyncError("this database is not enrolled: run 'fieldapp enroll' with a code from the head office",
                        "sync.not_enrolled")
    with db.transaction() as s:
        check_identity(s)
    report = SyncReport()
    link = Link(server, token, give_up_after, transport, verify=trust(pem), stop=stop)
    try:
        with db.reading() as s:
            waiting = pending_count(s)
        status = link.call("GET", "/status", params={"pending": waiting}).json()  # tells the head office too
        _check_clock(db, status["server_time_ms"], report)
        allowed = status.get("pushes_in_flight")  # an older hub says nothing: one request at a time
        push(db, link, report, progress, PUSHES_IN_FLIGHT if isinstance(allowed, int) and allowed > 1 else 1)
        with db.transaction() as s:
            note_route(s, "sent", "network")
        pull(db, link, report, page, progress)
        with remote_session(db) as s:
            unpark(s)
            note_route(s, "received", "network")
        if send_files:
            if progress is not None:
                progress("files", report.received)
            report.files = sync_files.upload_all(db, link)
            report.fetched = sync_files.download_all(db, link)
        db.set_setting(LAST_CONTACT, utcnow().isoformat())
        db.set_setting(LAST_ERROR, None)
    except SyncError as exc:
        db.set_setting(LAST_ERROR, str(exc))
        raise
    finally:
        link.close()
    from fieldapp.exports.scheduled import after_sync

    report.notes.extend(after_sync(db))  # a scheduled export after each sync, when set
    return report
