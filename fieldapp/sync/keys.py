"""The names of the laptop's sync settings (``local_setting``). Apart from the engine so that screens asking
what waits to be sent do not import HTTP, pydantic and the merge (seconds on a cold start)."""

from __future__ import annotations

SERVER, TOKEN, NAME, CURSOR = "sync.server", "sync.token", "sync.device_name", "sync.cursor"
LAST_PUSH, LAST_PULL, LAST_CONTACT, LAST_ERROR = "sync.last_push", "sync.last_pull", "sync.last_contact", "sync.last_error"
CLOCK_OFFSET = "sync.clock_offset_ms"
#: a clock further than this from the hub's is suspect (milliseconds)
SUSPECT_MS = 5 * 60 * 1000
#: + a device id: the last sequence number of that device the hub acknowledged
DELIVERED = "sync.delivered."
#: a self-signed head-office certificate the person trusted at enrolment (PEM)
TRUSTED_CERT = "sync.trusted_certificate"
#: when operations last left / arrived and by which route: JSON {"at": ISO time, "route": network|folder|usb}
SENT, RECEIVED = "sync.sent", "sync.received"
ROUTES = ("network", "folder", "usb")
