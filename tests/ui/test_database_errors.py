"""The GUI's error dialog says what is wrong with the database in the interface language: busy with another
program's write (issue 11, item 5), damaged — never a raw driver message."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from fieldapp.db import open_database
from fieldapp.db.database import DatabaseBusy
from fieldapp.model import LocalSetting
from fieldapp.ui import errors, i18n


def test_a_write_past_the_busy_wait_says_the_database_is_busy(qapp, empty_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FIELDAPP_BUSY_TIMEOUT_MS", "200")
    db = open_database(empty_path)
    other = sqlcipher.connect(str(empty_path), isolation_level=None)  # another program, writing
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO local_setting (key, value) VALUES ('other', 'program')")
    try:
        with pytest.raises(DatabaseBusy) as busy, db.transaction() as s:
            s.merge(LocalSetting(key="mine", value="waits"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert errors.friendly_message(busy.value) == (
        "The database is busy with another program's write. Wait until it has finished, then try again.")
    i18n.install("ru")
    assert errors.friendly_message(busy.value).startswith("База данных занята: в неё сейчас пишет другая программа")
    with db.transaction() as s:  # once the other program is done, the same write goes through
        s.merge(LocalSetting(key="mine", value="written"))
    assert db.setting("mine") == "written"
    db.close()
