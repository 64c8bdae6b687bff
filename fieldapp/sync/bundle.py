"""Bundles: operations (and attachments) carried as a file — a USB stick, an e-mail, a synced folder.

A bundle is an outer ZIP (stored, not compressed) of exactly three members:

- ``manifest.json``: format and version, bundle id, kind (``laptop`` or ``hub``), deployment, sender,
  recipient, when it was made, the sender's schema version, the range it covers, and for every inner member
  its SHA-256 and size; plus how the payload is encrypted (ephemeral X25519 key, nonce, the SHA-256 of
  ``payload.enc``).
- ``manifest.sig``: the sender's Ed25519 signature over the bytes of ``manifest.json``.
- ``payload.enc``: an inner ZIP (deflated) of the members (``operations.jsonl``, ``results.jsonl``,
  ``files/<sha256>``), encrypted with AES-256-GCM under a key derived (HKDF-SHA256) from an X25519 exchange
  between a fresh ephemeral key and the recipient's key, bound to deployment, sender and recipient.

Writing goes to a hidden temporary name beside the target, is flushed and fsync'd, read back and checked, and
only then renamed: the final name never holds half a file. Reading checks everything — a ZIP at all, sizes,
the manifest's shape, deployment, recipient, signature, payload and member hashes, schema — before the caller
writes anything; every refusal is a :class:`BundleError` with one line for people.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import secrets
import struct
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldapp import atomic_files
from fieldapp.sync.wire import UnreadLine, _orjson_safe, parse_ops, parse_served, read_lines

FORMAT, VERSION = "fieldapp-bundle", 1
SUFFIX = ".fab"
MANIFEST, SIGNATURE, PAYLOAD = "manifest.json", "manifest.sig", "payload.enc"
OPERATIONS, RESULTS = "operations.jsonl", "results.jsonl"
ALGORITHM = "X25519-HKDF-SHA256-AES-256-GCM"
HUB = "hub"  # the head office's name as sender or recipient (the deployment id tells hubs apart)
#: refused before anything is read: a bundle, and the manifest inside it
MAX_BUNDLE = 512 * 1024 * 1024
MAX_MANIFEST = 8 * 1024 * 1024
MAX_MEMBERS = 100_000
_AAD = b"fieldapp-bundle-1"
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError, TypeError,
                NotImplementedError, RuntimeError, OverflowError, struct.error, IndexError, AttributeError)


class BundleError(Exception):
    """A bundle refused (or not written): the message is one line for the command line; ``code`` says which
    check refused it, for the interface to word (``fieldapp/ui/problems.py``, codes in :data:`REFUSALS`)."""

    def __init__(self, message: str, code: str = "bundle.damaged") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: dict[str, Any] = {}


#: the checks a bundle can fail, by code; a signature check failed or an altered payload means the bundle is
#: not what its sender signed (:data:`TAMPERED`)
REFUSALS = ("bundle.damaged", "bundle.not_bundle", "bundle.too_large", "bundle.version", "bundle.deployment",
            "bundle.recipient", "bundle.sender", "bundle.signature", "bundle.altered", "bundle.key",
            "bundle.not_enrolled", "bundle.kind", "bundle.write", "bundle.missing")
TAMPERED = frozenset({"bundle.signature", "bundle.altered"})
#: refused before the signature could be checked
UNCHECKED = frozenset({"bundle.not_bundle", "bundle.too_large", "bundle.version", "bundle.deployment",
                       "bundle.recipient", "bundle.sender", "bundle.not_enrolled", "bundle.missing"})


#: a bundle's name that already says it is an acknowledgement: ``x.ack`` or ``x.ack-3`` (without ``.fab``)
_ACK_STEM = re.compile(r"^(?P<base>.+?)\.ack(?:-(?P<round>\d+))?$", re.IGNORECASE)


def _stem(path: Path) -> str:
    """The file's name without its ``.fab`` (in any case)."""
    return path.name[:-len(SUFFIX)] if path.name.lower().endswith(SUFFIX) else path.name


def bundle_path(path: Path | str) -> Path:
    """The one way a bundle's file is named: with exactly one ``.fab`` (``kuryk`` → ``kuryk.fab``; ``kuryk.fab``
    and ``KURYK.FAB`` stay as they are, never ``kuryk.fab.fab``)."""
    path = Path(path)
    return path if path.name.lower().endswith(SUFFIX) and len(path.name) > len(SUFFIX) else \
        path.with_name(path.name + SUFFIX)


def ack_path(path: Path | str) -> Path:
    """Where an acknowledgement goes by default: beside the imported bundle. ``x.fab`` → ``x.ack.fab``; an
    acknowledgement answered in turn counts its rounds instead of doubling the suffix: ``x.ack.fab`` →
    ``x.ack-2.fab`` → ``x.ack-3.fab`` (never ``x.ack.ack.fab``, and never the imported file's own name)."""
    path = Path(path)
    stem = _stem(path)
    found = _ACK_STEM.match(stem)
    if found is None:
        return path.with_name(f"{stem}.ack{SUFFIX}")
    return path.with_name(f"{found['base']}.ack-{int(found['round'] or 1) + 1}{SUFFIX}")


def ack_for(path: Path | str, ack: Path | str | None) -> Path:
    """The acknowledgement's path (:func:`bundle_path` of the one given, else :func:`ack_path`), refused up front
    if it would overwrite the bundle being imported."""
    target = bundle_path(ack) if ack else ack_path(path)
    if target.resolve() == Path(path).resolve():
        raise BundleError("the acknowledgement would overwrite the bundle being imported: give another --ack")
    return target


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def unb64(text: Any, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise BundleError("a key or value is not base64 text")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleError("a key or value is not valid base64") from exc
    if size is not None and len(raw) != size:
        raise BundleError(f"a key has {len(raw)} bytes, not {size}")
    return raw


def _private_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _public_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class KeyPair:
    """One party's keys: Ed25519 to sign what it sends, X25519 to open what is sent to it."""

    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_text(cls, sign_private: str, box_private: str) -> KeyPair:
        return cls(Ed25519PrivateKey.from_private_bytes(unb64(sign_private, 32)),
                   X25519PrivateKey.from_private_bytes(unb64(box_private, 32)))

    def private(self) -> dict[str, str]:
        return {"sign_private": b64(_private_raw(self.sign)), "box_private": b64(_private_raw(self.box))}

    def public(self) -> dict[str, str]:
        return {"sign_public": b64(_public_raw(self.sign)), "box_public": b64(_public_raw(self.box))}


def _derive(shared: bytes, deployment: str, sender: str, recipient: str) -> bytes:
    info = "|".join(("fieldapp-bundle-1", deployment, sender, recipient)).encode()
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def jsonl(items: list[dict[str, Any]]) -> bytes:
    """One compact JSON object a line: by orjson where ``wire.canonical`` would take it (text, whole numbers
    within 64 bits, booleans, null), by ``json`` otherwise (a fraction, NaN, a larger integer: as ever)."""
    return b"".join(orjson.dumps(item) + b"\n" if _orjson_safe(item)
                    else json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
                    for item in items)


def jsonl_text(lines: list[str]) -> bytes:
    """Lines already written as JSON text (see ``wire.wire_text``), one a line."""
    return ("\n".join(lines) + "\n").encode() if lines else b""


def write_atomically(path: Path | str, write: Callable[[BinaryIO], None],
                     verify: Callable[[Path], None] | None = None) -> Path:
    """Write through :func:`fieldapp.atomic_files.write_atomically` (hidden temporary name, fsync, verify,
    rename, folder fsync); a failure to write (a full disk, a stick pulled out) is a one-line BundleError and
    ``path`` is as it was."""
    path = Path(path)
    try:
        return atomic_files.write_atomically(path, write, verify)
    except OSError as exc:
        raise BundleError(f"could not write {path}: {exc.strerror or exc}", "bundle.write") from exc


def write_bundle(path: Path | str, *, kind: str, deployment: str, sender: str, recipient: str,
                 schema_version: int, fields: dict[str, Any], members: dict[str, bytes], keys: KeyPair,
                 recipient_box: str) -> dict[str, Any]:
    """Seal ``members`` for the recipient, sign, write atomically; returns the manifest."""
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(unb64(recipient_box, 32)))
    nonce = secrets.token_bytes(12)
    payload = AESGCM(_derive(shared, deployment, sender, recipient)).encrypt(nonce, inner.getvalue(), _AAD)
    manifest = {
        "format": FORMAT, "version": VERSION, "id": str(uuid.uuid4()), "kind": kind, "deployment": deployment,
        "sender": sender, "recipient": recipient, "created_ms": int(time.time() * 1000),
        "schema_version": schema_version, **fields,
        "members": {name: {"sha256": sha256(data), "size": len(data)} for name, data in members.items()},
        "encryption": {"algorithm": ALGORITHM, "ephemeral": b64(_public_raw(ephemeral)), "nonce": b64(nonce),
                       "payload_sha256": sha256(payload), "payload_size": len(payload)},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    signature = keys.sign.sign(manifest_bytes)

    def write(fh: BinaryIO) -> None:
        with zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as outer:
            outer.writestr(MANIFEST, manifest_bytes)
            outer.writestr(SIGNATURE, signature)
            outer.writestr(PAYLOAD, payload)

    def verify(written: Path) -> None:
        again, again_signature, again_payload = _outer(written)
        keys.sign.public_key().verify(again_signature, again)
        if again != manifest_bytes or sha256(again_payload) != manifest["encryption"]["payload_sha256"]:
            raise BundleError(f"{path} did not read back as written")

    try:
        write_atomically(path, write, verify)
    except InvalidSignature as exc:
        raise BundleError(f"{path} did not read back as written") from exc
    return manifest


def _outer(path: Path, payload: bool = True) -> tuple[bytes, bytes, bytes]:
    """The three members of the outer ZIP, with their sizes checked before they are read (without
    ``payload``, the payload is not read: b"")."""
    size = path.stat().st_size
    if size > MAX_BUNDLE:
        raise BundleError(f"too large for a bundle ({size} bytes; at most {MAX_BUNDLE})", "bundle.too_large")
    with open(path, "rb") as fh:
        if not zipfile.is_zipfile(fh):
            raise BundleError("not a FieldApp bundle (not a ZIP file: incomplete, damaged or something else)",
                              "bundle.not_bundle")
        fh.seek(0)
        with zipfile.ZipFile(fh) as outer:
            infos = outer.infolist()
            names = [info.filename for info in infos]
            if sorted(names) != sorted((MANIFEST, SIGNATURE, PAYLOAD)):
                raise BundleError(f"not a FieldApp bundle (members {', '.join(names[:5]) or 'none'})",
                                  "bundle.not_bundle")
            sizes = {info.filename: info.file_size for info in infos}
            if sizes[MANIFEST] > MAX_MANIFEST or sizes[SIGNATURE] != 64 or sizes[PAYLOAD] > MAX_BUNDLE:
                raise BundleError("a member of the bundle has an impossible size")
            return outer.read(MANIFEST), outer.read(SIGNATURE), outer.read(PAYLOAD) if payload else b""


def _text(manifest: dict[str, Any], name: str) -> str:
    value = manifest.get(name)
    if not isinstance(value, str) or not value or len(value) > 200:
        raise BundleError(f"the manifest's {name!r} is missing or not text")
    return value


def _number(value: Any, name: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BundleError(f"the manifest's {name!r} is missing or not a number")
    return value


def _check_manifest(manifest: Any) -> dict[str, Any]:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleError("not a FieldApp bundle (the manifest is not one)", "bundle.not_bundle")
    version = manifest.get("version")
    if version != VERSION:
        raise BundleError(f"bundle format {version!r} is not one this FieldApp reads (it reads {VERSION})",
                          "bundle.version")
    for name in ("id", "kind", "deployment", "sender", "recipient"):
        _text(manifest, name)
    for name in ("created_ms", "schema_version"):
        _number(manifest.get(name), name)
    members, sealed = manifest.get("members"), manifest.get("encryption")
    if not isinstance(members, dict) or len(members) > MAX_MEMBERS:
        raise BundleError("the manifest's member list is missing or too long")
    for name, entry in members.items():
        if (not isinstance(entry, dict) or not isinstance(entry.get("sha256"), str)
                or len(entry["sha256"]) != 64 or name in (MANIFEST, SIGNATURE, PAYLOAD)):
            raise BundleError(f"the manifest's entry for {str(name)[:80]!r} is malformed")
        _number(entry.get("size"), f"size of {name}")
    if not isinstance(sealed, dict) or sealed.get("algorithm") != ALGORITHM:
        raise BundleError("the manifest does not say how the payload is encrypted")
    _number(sealed.get("payload_size"), "payload_size")
    _text(sealed, "payload_sha256")
    return manifest


def peek(path: Path | str, whole: bool = False) -> dict[str, Any] | None:
    """The manifest as written, unverified (to sort or skip files; never to trust): None if unreadable, or
    with ``whole`` if the payload is not the one it describes (a file cut short or replaced)."""
    try:
        manifest_bytes, _signature, payload = _outer(Path(path), payload=whole)
        manifest = _check_manifest(json.loads(manifest_bytes))
    except (BundleError, *_READ_ERRORS):
        return None
    if whole and sha256(payload) != manifest["encryption"]["payload_sha256"]:
        return None
    return manifest


@dataclass
class Bundle:
    manifest: dict[str, Any]
    members: dict[str, bytes]

    def operations(self, name: str, *, served: bool = False) -> list[Any]:
        """A member's operations, checked whole (``wire.read_lines``): ``WireOp``s, or ``ServedOp``s with
        ``served``. A line that is not a well-formed operation is named: ``BundleError`` (not JSON, not an
        object, or JSON only Python's ``json`` reads: a lone surrogate, a byte-order mark, UTF-16 — nothing FieldApp
        writes, and what an HTTP push refuses) or ``MalformedOperation`` (which operation, which field)."""
        try:
            return read_lines(self.members.get(name, b""), served=served)
        except UnreadLine as unread:  # the careful way says what is wrong: BundleError or MalformedOperation
            (parse_served if served else parse_ops)(self.lines(name))
            raise BundleError(f"line {unread.line} of {name} is not JSON as FieldApp writes it (UTF-8 text "
                              "without a byte-order mark or lone surrogates)") from unread

    def lines(self, name: str) -> list[dict[str, Any]]:
        """A JSON-lines member as a list of objects (none when the bundle has no such member)."""
        items = []
        for number, line in enumerate(self.members.get(name, b"").splitlines(), 1):
            try:
                item = _json_line(line)
            except ValueError as exc:
                raise BundleError(f"line {number} of {name} is not JSON") from exc
            if not isinstance(item, dict):
                raise BundleError(f"line {number} of {name} is not an object")
            items.append(item)
        return items


#: every digit as "0", anything else as " ": a run of 19 may be an integer beyond 64 bits, which orjson would read
#: as a float (a translation and a search cost a tenth of a regular expression's scan)
_DIGITS = bytes(48 if 48 <= byte <= 57 else 32 for byte in range(256))
_LONG_RUN = b"0" * 19


def _json_line(line: bytes) -> Any:
    """One line read by orjson (a 100,000-operation bundle's lines took a sixth of its import with ``json``); a
    line orjson refuses (NaN) or may read otherwise (an integer beyond 64 bits) is read as ``json`` always read it."""
    if _LONG_RUN in line.translate(_DIGITS):
        return json.loads(line)
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(line)


def read_bundle(path: Path | str, *, deployment: str, me: str, sender_key: Callable[[str], str | None],
                box: X25519PrivateKey) -> Bundle:
    """Open a bundle for ``me`` in ``deployment``: every check, nothing written. ``sender_key`` gives the
    sender's Ed25519 public key (base64) or None for an unknown or revoked sender."""
    try:
        return _read(Path(path), deployment, me, sender_key, box)
    except BundleError:
        raise
    except FileNotFoundError as exc:
        raise BundleError(f"no such file: {path}", "bundle.missing") from exc
    except zipfile.BadZipFile as exc:
        raise BundleError(f"damaged or incomplete bundle ({str(exc)[:120] or 'unreadable'})") from exc
    except _READ_ERRORS as exc:
        raise BundleError(f"damaged bundle ({type(exc).__name__}: {str(exc)[:120] or 'unreadable'})") from exc


def _read(path: Path, deployment: str, me: str, sender_key: Callable[[str], str | None],
          box: X25519PrivateKey) -> Bundle:
    manifest_bytes, signature, payload = _outer(path)
    try:
        manifest = _check_manifest(json.loads(manifest_bytes))
    except ValueError as exc:
        raise BundleError("the manifest is not JSON") from exc
    if manifest["deployment"] != deployment:
        raise BundleError(f"this bundle belongs to another deployment ({manifest['deployment']}), "
                          f"not this one ({deployment})", "bundle.deployment")
    if manifest["recipient"] != me:
        raise BundleError(f"this bundle is addressed to {manifest['recipient']}, not to {me}", "bundle.recipient")
    public = sender_key(manifest["sender"])
    if public is None:
        raise BundleError(f"the sender {manifest['sender']} is not an enrolled device here (or was revoked)",
                          "bundle.sender")
    try:
        Ed25519PublicKey.from_public_bytes(unb64(public, 32)).verify(signature, manifest_bytes)
    except InvalidSignature as exc:
        raise BundleError(f"the signature does not match: altered, or not made by {manifest['sender']}",
                          "bundle.signature") from exc
    sealed = manifest["encryption"]
    if len(payload) != sealed["payload_size"] or sha256(payload) != sealed["payload_sha256"]:
        raise BundleError("the payload does not match its manifest (altered or incomplete)", "bundle.altered")
    try:
        shared = box.exchange(X25519PublicKey.from_public_bytes(unb64(sealed.get("ephemeral"), 32)))
        key = _derive(shared, deployment, manifest["sender"], me)
        inner = AESGCM(key).decrypt(unb64(sealed.get("nonce"), 12), payload, _AAD)
    except (InvalidTag, ValueError) as exc:
        raise BundleError("cannot decrypt: the bundle was not encrypted to this recipient's key",
                          "bundle.key") from exc
    members = _members(inner, manifest["members"])
    schema = manifest["schema_version"]
    if schema < 1:
        raise BundleError(f"schema version {schema} is not one FieldApp ever had")
    return Bundle(manifest, members)


def _members(inner: bytes, expected: dict[str, dict[str, Any]]) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(inner)) as archive:
        infos = archive.infolist()
        if sorted(info.filename for info in infos) != sorted(expected):
            raise BundleError("the payload's members are not the ones the manifest lists")
        members = {}
        for info in infos:
            entry = expected[info.filename]
            if info.file_size != entry["size"]:
                raise BundleError(f"{info.filename} does not have the size the manifest gives")
            with archive.open(info) as fh:
                data = fh.read(entry["size"] + 1)
            if len(data) != entry["size"] or sha256(data) != entry["sha256"]:
                raise BundleError(f"{info.filename} does not match its SHA-256 in the manifest")
            members[info.filename] = data
    return members


@dataclass(frozen=True)
class Preview:
    """What a bundle holds, as a person checks it before importing: who sent it, whether the signature is the
    sender's, the new operations by table, how many are already here, how many of mine it answers. Nothing
    written; ``refusal`` is the check that refused it (the import would refuse it the same way)."""

    path: Path
    sender: str | None  # the sender's id as the manifest says (``hub``, or a device id), None if unreadable
    sender_name: str | None  # a device's name at the hub, when the reader knows it
    created_ms: int | None
    signature: str  # "valid", "invalid" (altered or not the sender's), "unchecked" (refused before)
    refusal: BundleError | None = None
    tables: dict[str, int] = field(default_factory=dict)
    already: int = 0
    answers: int = 0
    files: int = 0

    @property
    def importable(self) -> bool:
        return self.refusal is None

    @property
    def new(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class Contents:
    """What a checked bundle brings (for :func:`preview`)."""

    sender_name: str | None
    tables: dict[str, int]
    already: int
    answers: int = 0
    files: int = 0


def preview(path: Path | str, check: Callable[[Path], Contents]) -> Preview:
    """Run every check of a bundle (``check``, the reader's own: nothing written) and say what it holds."""
    path = Path(path)
    manifest = peek(path)
    sender = manifest["sender"] if manifest else None
    created = manifest["created_ms"] if manifest else None
    try:
        contents = check(path)
    except BundleError as exc:
        signature = ("invalid" if exc.code in TAMPERED
                     else "unchecked" if manifest is None or exc.code in UNCHECKED else "valid")
        return Preview(path, sender, None, created, signature, exc)
    return Preview(path, sender, contents.sender_name, created, "valid", None, dict(contents.tables),
                   contents.already, contents.answers, contents.files)

