"""The names of the laptop's sync settings (``local_setting``). Apart from the engine so that screens asking
what waits to be sent do not import HTTP, pydantic and the merge (seconds on a cold start)."""

from __future__ import annotations

SERVER, TOKEN, NAME, CURSOR = "sync.server", "sync.token", "sync.device_name", "sync.cursor"
LAST_PUSH, LAST_PULL, LAST_CONTACT, LAST_ERROR = "sync.last_push", "sync.last_pull", "sync.last_contact", "sync.last_error"
CLOCK_OFFSET = "sync.clock_offset_ms"
#: + a device id: the last sequence number of that device the hub acknowledged
DELIVERED = "sync.delivered."
