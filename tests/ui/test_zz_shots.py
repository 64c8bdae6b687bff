from conftest import make_window
from ui_helpers import click_section
from fieldapp.ui import i18n
from tests.ui.test_sync_app import fresh_laptop, hub  # noqa: F401
from fieldapp.db import open_database
from fieldapp.sync.client import enroll


def test_shots(qtbot, tmp_path, hub, empty_template):
    path = fresh_laptop(tmp_path / "laptop.sqlite", empty_template)
    window, ops, db = make_window(qtbot, path)
    out = "/tmp/syncapp"
    for lang in ("ru", "kk"):
        i18n.install(lang)
        qtbot.wait(50)
        click_section(qtbot, window, window.page("sync").title())
        qtbot.wait(100)
        window.grab().save(f"{out}/page_{lang}.png")
        dialog = window.page("sync").open_enrolment()
        dialog.address.setText(hub.url)
        dialog.code.setText("WRONG")
        dialog.enrol_button.click()
        qtbot.waitUntil(lambda: dialog.code_problem.isVisible(), timeout=20000)
        qtbot.wait(100)
        dialog.grab().save(f"{out}/enrol_{lang}.png")
        print(lang, dialog.size())
        dialog.reject()
    dialog = window.page("sync").open_enrolment()
    dialog.address.setText(hub.url)
    dialog.code.setText(hub.code("Kuryk laptop"))
    dialog.enrol_button.click()
    qtbot.waitUntil(lambda: dialog.result.text() != "", timeout=60000)
    dialog.grab().save(f"{out}/enrolled_kk.png")
    dialog.accept()
    qtbot.wait(200)
    window.grab().save(f"{out}/page_enrolled_kk.png")
    window.statusBar().grab().save(f"{out}/status_kk.png")
    i18n.install("ru")
    qtbot.wait(100)
    window.grab().save(f"{out}/page_enrolled_ru.png")
    window.close()
    db.close()
