"""Checked from outside (issue 13): a hub process, a laptop enrolled from the command line, the application
opened on that laptop's database (``fieldapp --db PATH``, offscreen) delivers its pending changes without a
click; with the hub stopped, changes made meanwhile — also by ``fieldapp import people`` on the same file while
the application is open — are delivered within a minute of the hub coming back, again without a click."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from fieldapp.db import open_database
from fieldapp.model import LocalSetting, UserProfile
from tests.sync.conftest import HubProcess


def fieldapp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def roster(path: Path, names: list[str]) -> Path:
    lines = ["ФИО;Населённый пункт"] + [f"{name};Курык" for name in names]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def hub_names(hub: HubProcess) -> set[str]:
    return {row[0] for row in hub.query("SELECT full_name FROM person")}


def wait_for(check, seconds: float, app: subprocess.Popen[bytes], log: Path) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if check():
            return time.monotonic() - started
        assert app.poll() is None, f"the application ended: {log.read_text(errors='replace')[-2000:]}"
        time.sleep(1)
    raise AssertionError(f"not within {seconds} s; the application's log: {log.read_text(errors='replace')[-2000:]}")


def test_the_application_delivers_without_a_click_also_after_the_hub_returns(tmp_path, hub, empty_template):
    import shutil

    path = tmp_path / "laptop.sqlite"
    shutil.copyfile(empty_template, path)
    db = open_database(path)
    with db.transaction() as s:
        user = UserProfile(name="Айгүл Сейітова", role="field_officer")
        s.add(user)
        s.add(LocalSetting(key="current_user", value=user.id))
    db.close()
    enrolled = fieldapp("enroll", "--db", str(path), "--server", hub.url, "--code",
                        hub.code("Kuryk laptop", "settlement=Курык"))
    assert enrolled.returncode == 0, enrolled.stderr
    before = fieldapp("import", "people", "--db", str(path), str(roster(tmp_path / "a.csv", ["Асқар Бекұлы"])))
    assert before.returncode == 0, before.stderr
    assert "Асқар Бекұлы" not in hub_names(hub)

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_DATA_DIR": str(tmp_path / "data")}
    log = tmp_path / "app.log"
    with open(log, "wb") as out:
        app = subprocess.Popen([sys.executable, "-m", "fieldapp", "--db", str(path)], env=env, stdout=out,
                               stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: "Асқар Бекұлы" in hub_names(hub), 60, app, log)  # pending at start: delivered

        hub.kill()
        time.sleep(2)
        during = fieldapp("import", "people", "--db", str(path),
                          str(roster(tmp_path / "b.csv", ["Гүлнар Омарова", "Ерлан Жұмабаев"])))
        assert during.returncode == 0, during.stderr  # another process, on the file the application has open
        time.sleep(8)  # the application notices them, cannot deliver them, backs off
        hub.start()
        took = wait_for(lambda: {"Гүлнар Омарова", "Ерлан Жұмабаев"} <= hub_names(hub), 60, app, log)
        assert took < 60
        print(f"delivered {took:.1f} s after the hub came back")
    finally:
        app.send_signal(signal.SIGTERM)
        try:
            app.wait(30)
        except subprocess.TimeoutExpired:
            app.kill()
            app.wait()
