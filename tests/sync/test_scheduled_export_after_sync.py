"""A sync round ends with the scheduled export when the laptop asks for one after each sync (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldapp.exports import scheduled
from tests.sync.conftest import HubProcess


@pytest.mark.one_backend
def test_a_sync_round_ends_with_the_scheduled_export(hub: HubProcess, laptops, tmp_path: Path) -> None:
    laptop = laptops("A")
    out = tmp_path / "exports"
    out.mkdir()
    assert not any(n.startswith("exported") for n in laptop.sync().notes)  # nothing asked yet
    with laptop.db.transaction() as session:
        scheduled.save_schedule(session, str(out), "xlsx", 5, "", True)
    report = laptop.sync()
    assert [n for n in report.notes if n.startswith("exported to")]
    assert len(list(out.glob("fieldapp-export-*.xlsx"))) == 1
