"""Enrolling a laptop from the application: the hub's address and a one-time code, or an enrolment file.

Everything is checked before the code is spent, and every refusal is an :class:`~fieldapp.problems.Invalid`
with a code the screens word (``fieldapp/ui/problems.py``):

- ``enrol.address`` — not an address (``http://10.0.0.5:8765`` or ``https://hub.example.kz``);
- ``enrol.unreachable`` — nothing answers there (no connection, a wrong address, the hub not running);
- ``enrol.certificate`` — HTTPS whose certificate this computer does not trust (a self-signed head-office
  certificate): its SHA-256 ``fingerprint`` and ``pem`` come with it, so a person can compare the fingerprint
  with the head office's and trust it explicitly (``enrol(..., trusted_certificate=pem)``);
- ``enrol.not_hub`` — something answers, but not a FieldApp hub;
- ``enrol.other_deployment`` — the hub (or file) belongs to another deployment than the one this laptop
  already syncs with;
- ``enrol.code_unknown`` / ``enrol.code_used`` — the one-time code is wrong, or was used already;
- ``enrol.file`` — not a readable enrolment file;
- ``enrol.refused`` — any other refusal of the hub (its words in ``detail``).
"""

from __future__ import annotations

import hashlib
import ssl
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from fieldapp.db import Database
from fieldapp.problems import Invalid
from fieldapp.sync import client
from fieldapp.sync.apply import get_setting
from fieldapp.sync.renumber import DELIVERED

PROBE_TIMEOUT = httpx.Timeout(8.0, connect=5.0)


def hub_address(text: str) -> str:
    """What a person typed as the hub's address → ``scheme://host[:port]`` (http when no scheme is given)."""
    text = (text or "").strip()
    if not text:
        raise Invalid("required", "the hub's address is needed", "address")
    if "://" not in text:
        text = "http://" + text
    text = text.rstrip("/")
    parts = urlsplit(text)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme not in ("http", "https") or not parts.hostname or port == -1 or " " in text:
        raise Invalid("enrol.address", f"{text!r} is not a hub address", "address", {"address": text})
    return text


def enrolment_code(text: str) -> str:
    code = "".join((text or "").split()).upper()
    if not code:
        raise Invalid("required", "the one-time code is needed", "code")
    return code


def fingerprint(pem: str) -> str:
    """SHA-256 of the certificate, as people compare it: 32 pairs of hex digits joined by colons."""
    digest = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _certificate_of(address: str) -> str | None:
    parts = urlsplit(address)
    try:
        return ssl.get_server_certificate((parts.hostname or "", parts.port or 443), timeout=5)
    except (OSError, ValueError):
        return None


def about_hub(address: str, trusted_certificate: str | None = None,
              transport: httpx.BaseTransport | None = None) -> dict[str, Any]:
    """The hub at ``address`` says who it is (``GET /hub``, no token needed); refusals as the module says."""
    try:
        with httpx.Client(base_url=address, timeout=PROBE_TIMEOUT, transport=transport,
                          verify=client.trust(trusted_certificate)) as http:
            response = http.get("/hub")
    except httpx.TransportError as exc:
        if "CERTIFICATE_VERIFY_FAILED" in str(exc):
            pem = _certificate_of(address)
            if pem is not None:
                raise Invalid("enrol.certificate", f"the certificate of {address} is not trusted by this computer",
                              "address", {"address": address, "fingerprint": fingerprint(pem), "pem": pem}) from exc
        raise Invalid("enrol.unreachable", f"nothing answers at {address} ({type(exc).__name__})", "address",
                      {"address": address}) from exc
    answer = _json(response)
    if response.status_code == 404:  # a hub older than GET /hub says who it is in its API description
        try:
            with httpx.Client(base_url=address, timeout=PROBE_TIMEOUT, transport=transport,
                              verify=client.trust(trusted_certificate)) as http:
                described = _json(http.get("/openapi.json"))
        except httpx.TransportError:
            described = None
        if isinstance(described, dict) and (described.get("info") or {}).get("title") == "FieldApp hub":
            return {"fieldapp_hub": True, "deployment": None}
    if response.status_code != 200 or not isinstance(answer, dict) or answer.get("fieldapp_hub") is not True:
        raise Invalid("enrol.not_hub", f"{address} is not a FieldApp hub", "address", {"address": address})
    return answer


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _check_deployment(db: Database, deployment: str | None) -> None:
    """A laptop that has synced with one deployment is not moved to another's hub (its records would mix)."""
    from fieldapp.sync.bundle_client import DEPLOYMENT

    with db.reading() as s:
        mine = get_setting(s, DEPLOYMENT)
        synced = int(get_setting(s, client.CURSOR) or 0) > 0 or any(
            int(get_setting(s, DELIVERED + device_id) or 0) > 0 for device_id, _top in client._local_devices(db))
    if mine and deployment and mine != deployment and synced:
        raise Invalid("enrol.other_deployment", "this hub belongs to another deployment than this laptop's",
                      params={"deployment": deployment})


def enrol(db: Database, address: str, code: str, trusted_certificate: str | None = None,
          transport: httpx.BaseTransport | None = None) -> dict[str, Any]:
    """Check the address and the hub, then spend the code: the enrolment answer (name, scopes…)."""
    address = hub_address(address)
    code = enrolment_code(code)
    info = about_hub(address, trusted_certificate, transport)
    _check_deployment(db, info.get("deployment"))
    try:
        return client.enroll(db, address, code, give_up_after=8.0, transport=transport,
                             trusted_certificate=trusted_certificate)
    except client.SyncError as exc:
        if exc.code in ("enrol.code_unknown", "enrol.code_used"):
            raise Invalid(exc.code, str(exc), "code") from exc
        if exc.code == "sync.unreachable":
            raise Invalid("enrol.unreachable", str(exc), "address", {"address": address}) from exc
        raise Invalid("enrol.refused", str(exc), params={"detail": str(exc)}) from exc


def enrol_from_file(db: Database, path: Path) -> dict[str, Any]:
    """Enrol with the head office's enrolment file (from a USB stick)."""
    from fieldapp.sync.bundle import BundleError
    from fieldapp.sync.bundle_client import enroll_from_file, read_enrolment_file

    try:
        content = read_enrolment_file(Path(path))
    except BundleError as exc:
        raise Invalid("enrol.file", str(exc), "file", {"file": Path(path).name}) from exc
    _check_deployment(db, content.get("deployment"))
    return enroll_from_file(db, Path(path))
