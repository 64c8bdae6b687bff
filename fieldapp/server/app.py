"""The hub's HTTP front (FastAPI): enrolment, push, pull, resumable file upload. ``/openapi.json`` is open;
everything else needs the device's token (``Authorization: Bearer …``)."""


import contextlib
import functools
import hashlib
import json
import os
import re
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.background import BackgroundTask

from fieldapp import __version__, atomic_files
from fieldapp.db.history import schema_version
from fieldapp.model.base import utcnow
from fieldapp.server import bundles, enrolment
from fieldapp.server.hub import Hub
from fieldapp.server.push_order import PUSHES_IN_FLIGHT, PushOrder
from fieldapp.server.store import HubDevice, HubFile, HubReceived, HubStore
from fieldapp.server.workers import MAX_PUSH, PushWorkers, take_push
from fieldapp.sync.files import sha256_of
from fieldapp.sync.wire import push_schema

MAX_BODY = 64 * 1024 * 1024  # a push of MAX_PUSH operations with long texts fits many times over
MAX_CHUNK = 8 * 1024 * 1024  # laptops upload 128 KiB chunks
MAX_FILE = 64 * 1024 * 1024  # attachments are limited to 20 MiB on the laptop (services.applications)
MAX_CURSOR = 2**31 - 1  # server_seq is a 32-bit column on PostgreSQL: a cursor beyond it is refused
RANGE = re.compile(r"bytes (\d{1,19})-(\d{1,19})/(\d{1,19})")
VARIANTS = ("original", "transfer")


class BodyLimit:
    """Refuses an oversized request before reading it: by its Content-Length, or, without one, as soon as
    the bytes received pass the limit (413). A file chunk's limit is smaller than a push's."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = MAX_CHUNK if scope["path"].startswith("/files/") else MAX_BODY
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _refuse(send, limit)
            return
        seen = 0
        refused = False

        async def counted() -> dict[str, Any]:
            nonlocal seen, refused
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                refused = True
                return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: dict[str, Any]) -> None:
            if not refused:
                await send(message)

        try:
            await self.app(scope, counted, guarded_send)
        except Exception:
            if not refused:  # the app gave up on the cut-off body: the answer is the 413 below
                raise
        if refused:
            await _refuse(send, limit)


async def _refuse(send: Any, limit: int) -> None:
    body = json.dumps({"detail": f"the request is larger than {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class EnrolRequest(BaseModel):
    code: str
    device_id: str | None = None
    sign_public: str | None = None  # the device's keys for bundles (Ed25519, X25519; base64)
    box_public: str | None = None



#: a push's ordering headers (``server/push_order.py``): an op id, as the wire's
PushAfter = Annotated[str | None, Header(alias="X-FieldApp-Push-After", max_length=36, pattern=r"^[^\x00\s]+$")]
PushLast = Annotated[str | None, Header(alias="X-FieldApp-Push-Last", max_length=36, pattern=r"^[^\x00\s]+$")]

#: a laptop's earlier device id and the last number it delivered under it (``GET /ops?delivered=``)
DELIVERED_ITEM = re.compile(r"([^\s\x00:]{1,36}):(\d{1,18})")
MAX_DELIVERED = 100


def create_app(store: HubStore, workers: int = 0) -> FastAPI:
    """The hub's HTTP front on ``store``; ``workers``: how many processes read, check and merge pushes
    (``server/workers.py``; 0: the front's own threads do). They stop with the app (its lifespan's end, or
    ``app.state.push_workers.close()``)."""
    hub = Hub(store)
    hub.unpark()  # operations from a newer schema, kept aside until this hub was updated
    order = PushOrder()
    push_workers = PushWorkers(store.spec(), order, workers) if workers else None

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if push_workers is not None:
                await run_in_threadpool(push_workers.close)

    app = FastAPI(title="FieldApp hub", version=__version__, lifespan=lifespan)
    app.state.push_workers = push_workers
    app.add_middleware(BodyLimit)

    def device(authorization: Annotated[str | None, Header()] = None) -> HubDevice:
        token = authorization.removeprefix("Bearer ").strip() if authorization else None
        found = enrolment.authenticate(store, token)
        if found is None:
            raise HTTPException(401, "unknown or revoked device: enrol it again with a new code")
        return found

    Device = Annotated[HubDevice, Depends(device)]

    @app.get("/hub")
    def about() -> dict[str, Any]:
        """Who this hub is, without a token: a laptop checks the address (and the deployment it belongs to)
        before it spends a one-time code."""
        return {"fieldapp_hub": True, "deployment": bundles.hub_public(store)["deployment"],
                "version": __version__, "schema_version": schema_version()}

    @app.post("/enroll", response_model=None)
    def enroll(request: EnrolRequest) -> dict[str, Any] | JSONResponse:
        keys = {"sign_public": request.sign_public, "box_public": request.box_public}
        if request.sign_public or request.box_public:
            try:
                bundles.check_keys(keys)
            except bundles.BundleError as exc:
                raise HTTPException(422, str(exc)) from exc
        try:
            token, new = enrolment.redeem(store, request.code)
        except enrolment.EnrolmentError as exc:
            return JSONResponse({"detail": str(exc), "code": exc.code}, status_code=403)
        answer = {"token": token, "name": new.name, "scopes": new.scopes, "hub_device": store.hub_device_id()}
        if request.sign_public:
            bundles.register_keys(store, new.id, keys)
            answer.update(device=new.id, **bundles.hub_public(store))
        return answer

    @app.get("/status")
    def status(me: Device, pending: Annotated[int | None, Query(ge=0, le=MAX_CURSOR)] = None) -> dict[str, Any]:
        """Who the device is to the hub, and the hub's clock. ``pending``: the laptop's own changes not delivered
        yet as it starts a round (the head office's list of devices shows it)."""
        if pending is not None:
            enrolment.reported(store, me.id, pending)
        return {"name": me.name, "scopes": me.scopes, "server_time_ms": hub.now_ms(),
                "schema_version": schema_version(), "version": __version__, "pushes_in_flight": PUSHES_IN_FLIGHT}

    def _received(op_id: str) -> bool:
        with store.reading() as session:
            return session.get(HubReceived, op_id) is not None

    def _go(me: HubDevice, after: str | None) -> bool:
        if after is not None:
            order.wait_for(me.id, after, functools.partial(_received, after))
        return True

    def _take(me: HubDevice, body: bytes, after: str | None, ended: Callable[[], None]) -> tuple[int, bytes]:
        """A push's answer: read, checked and merged in a worker process when the hub has them, else here;
        ``ended`` is called as soon as it committed or failed (the push behind it may go on then)."""
        go = functools.partial(_go, me, after)
        if push_workers is not None:
            return push_workers.take(me, body, after, go, ended)
        try:
            return take_push(hub, me, body, after, go, ended)
        finally:
            ended()

    @app.post("/ops", openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
        "schema": push_schema()}}}})
    async def push(request: Request, me: Device, after: PushAfter = None, last: PushLast = None) -> Response:
        """``X-FieldApp-Push-After``: the operation the hub must hold before it merges this batch (412 with
        ``push.earlier_missing`` and nothing written otherwise); ``X-FieldApp-Push-Last``: the one this batch ends
        on, so that a request naming it waits for it here (``server/push_order.py``). The batch is read, checked
        and merged by a worker process when the hub runs them (``server/workers.py``)."""
        with order.running(me.id, last) as ended:
            body = await request.body()
            status, content = await run_in_threadpool(_take, me, body, after, ended)
        answer = Response(content, status_code=status, media_type="application/json")
        if status == 200:  # after the answer: the laptop's next batch is on its way
            answer.background = BackgroundTask(store.checkpoint)
        return answer

    @app.get("/ops")
    def pull(me: Device, after: Annotated[int, Query(ge=0, le=MAX_CURSOR)] = 0,
             limit: Annotated[int, Query(ge=1, le=MAX_PUSH)] = 1000,
             device: Annotated[str | None, Query(max_length=36, pattern=r"^[^\x00]*$")] = None,
             delivered: Annotated[list[str] | None, Query()] = None) -> Response:
        """``delivered`` (repeated, ``DEVICE_ID:SEQ``): the laptop's earlier ids and what it delivered under them,
        left out of the page."""
        if delivered and len(delivered) > MAX_DELIVERED:
            raise HTTPException(422, f"at most {MAX_DELIVERED} earlier device ids")
        earlier: dict[str, int] = {}
        for item in delivered or ():
            found = DELIVERED_ITEM.fullmatch(item)
            if found is None:
                raise HTTPException(422, "delivered is DEVICE_ID:SEQ")
            earlier[found[1]] = int(found[2])
        page = hub.pull_json(me, after, limit, exclude_device=device, delivered=earlier)
        return Response(page, media_type="application/json")

    def _file_state(sha256: str) -> dict[str, Any]:
        with store.reading() as session:
            row = session.get(HubFile, sha256)
            if row is None:
                return {"sha256": sha256, "received": 0, "complete": False}
            return {"sha256": sha256, "received": row.received, "size": row.size, "complete": row.complete}

    @app.get("/files/{sha256}")
    def file_state(sha256: str, me: Device) -> dict[str, Any]:
        return _file_state(sha256)

    content_hashes: dict[str, str] = {}  # a complete file never changes: its content's SHA-256, worked out once

    @app.get("/files/{sha256}/content")
    def download(sha256: str, me: Device, wanted: Annotated[str | None, Header(alias="Range")] = None) -> Response:
        """A complete file (``Range: bytes=start-end`` for a part), to a device with an attachment row that
        refers to it in its scopes. ``X-Content-SHA256`` is the SHA-256 of what the hub holds: a photo's
        downscaled copy is not the original whose SHA-256 names it."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise HTTPException(422, "a file is named by its SHA-256 in hex")
        if not hub.may_fetch(me, sha256):
            raise HTTPException(403, "no record in this device's scopes refers to that file")
        state = _file_state(sha256)
        path = store.files_dir / sha256
        if not state["complete"] or not path.is_file():
            raise HTTPException(404, "the hub does not have that file yet")
        if sha256 not in content_hashes:
            content_hashes[sha256] = sha256_of(path)
        size = path.stat().st_size
        headers = {"X-Content-SHA256": content_hashes[sha256], "Accept-Ranges": "bytes"}
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", wanted or "")
        start, end = (int(match.group(1)), int(match.group(2) or size - 1)) if match else (0, size - 1)
        if start >= size or end < start:
            raise HTTPException(416, f"the file has {size} bytes", headers={"Content-Range": f"bytes */{size}"})
        end = min(end, size - 1)
        with open(path, "rb") as fh:
            fh.seek(start)
            body = fh.read(end - start + 1)
        if match:
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        return Response(body, status_code=206 if match else 200, media_type="application/octet-stream",
                        headers=headers)

    @app.put("/files/{sha256}")
    async def upload(sha256: str, request: Request, me: Device,
                     content_range: Annotated[str | None, Header()] = None,
                     x_variant: Annotated[str, Header()] = "original",
                     x_content_sha256: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Append a chunk at the offset the hub already holds (``Content-Range: bytes start-end/total``);
        when the file is whole its SHA-256 is checked (the original's, or the downscaled copy's)."""
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise HTTPException(422, "a file is named by its SHA-256 in hex")
        match = RANGE.fullmatch(content_range or "")
        if not match:
            raise HTTPException(422, "Content-Range: bytes start-end/total is required")
        start, end, total = (int(g) for g in match.groups())
        if total > MAX_FILE:
            raise HTTPException(413, f"a file may be at most {MAX_FILE} bytes")
        if x_variant not in VARIANTS:
            raise HTTPException(422, f"X-Variant is one of {', '.join(VARIANTS)}")
        if x_content_sha256 is not None and not re.fullmatch(r"[0-9a-f]{64}", x_content_sha256):
            raise HTTPException(422, "X-Content-SHA256 is a SHA-256 in hex")
        body = await request.body()
        if end - start + 1 != len(body) or end >= total:
            raise HTTPException(422, "the body does not match its Content-Range")
        expected = x_content_sha256 or sha256
        corrupt = False
        with store.writing() as session:
            row = session.get(HubFile, sha256)
            if row is None:
                row = HubFile(sha256=sha256, size=total, received=0, complete=False, variant=x_variant,
                              updated_at=utcnow())
                session.add(row)
            if row.complete:
                return _file_state_row(row)
            if start != row.received or total != row.size:
                raise HTTPException(416, f"resume from byte {row.received} of {row.size}")
            partial = store.files_dir / f"{sha256}.part"
            with open(partial, "ab") as fh:
                fh.truncate(start)
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
            row.received, row.updated_at = end + 1, utcnow()
            if row.received == row.size:
                if hashlib.sha256(partial.read_bytes()).hexdigest() != expected:
                    partial.unlink()
                    row.received, corrupt = 0, True
                else:
                    atomic_files.move_into_place(partial, store.files_dir / sha256)
                    row.complete = True
            state = _file_state_row(row)
        if corrupt:
            raise HTTPException(422, "the file's SHA-256 does not match: send it again")
        return state

    return app


def _file_state_row(row: HubFile) -> dict[str, Any]:
    return {"sha256": row.sha256, "received": row.received, "size": row.size, "complete": row.complete}
