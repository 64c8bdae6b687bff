"""The enrolment wizard's checks before a code is spent (fieldapp.sync.enrol): the address as people type it,
something that answers but is no hub, a hub older than ``GET /hub``. (Against a real hub: tests/ui/test_sync_app.py.)"""

from __future__ import annotations

import httpx
import pytest

from fieldapp.problems import Invalid
from fieldapp.sync.enrol import about_hub, enrolment_code, hub_address


def test_addresses_as_people_type_them() -> None:
    assert hub_address(" 192.168.1.10:8765/ ") == "http://192.168.1.10:8765"
    assert hub_address("https://hub.example.kz") == "https://hub.example.kz"
    for wrong in ("ftp://hub", "http://", "hub example", "http://hub:port"):
        with pytest.raises(Invalid) as refused:
            hub_address(wrong)
        assert refused.value.code == "enrol.address" and refused.value.field == "address"
    with pytest.raises(Invalid) as empty:
        hub_address("  ")
    assert empty.value.code == "required"
    assert enrolment_code(" abcd-efgh  jkmn-pqrs ") == "ABCD-EFGHJKMN-PQRS"


def answering(routes: dict[str, httpx.Response]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: routes.get(request.url.path, httpx.Response(404)))


def test_something_that_is_not_a_hub_is_named_so() -> None:
    for transport in (answering({"/hub": httpx.Response(200, text="<html>router</html>")}),
                      answering({"/hub": httpx.Response(200, json={"hello": 1})}), answering({})):
        with pytest.raises(Invalid) as refused:
            about_hub("http://10.0.0.1", transport=transport)
        assert refused.value.code == "enrol.not_hub"


def test_a_hub_older_than_get_hub_is_recognised_by_its_api_description() -> None:
    transport = answering({"/openapi.json": httpx.Response(200, json={"info": {"title": "FieldApp hub"}})})
    assert about_hub("http://10.0.0.1", transport=transport) == {"fieldapp_hub": True, "deployment": None}
