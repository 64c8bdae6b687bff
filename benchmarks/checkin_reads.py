"""SQL statements per check-in keypress, with the whole main window open behind the check-in screen (issue 12).

    QT_QPA_PLATFORM=offscreen python benchmarks/checkin_reads.py [--db DEMO.sqlite] [--marks 8] [--show]

On a fresh demo database (or a copy of ``--db``): the main window on the Trainings page, the check-in screen of
a training day on top of it, operations run inline. Counted are the statements the database receives while a
trainer types one letter of a name and while Enter marks a registered participant present who was not yet
(the whole name typed first, so the same kind of mark is measured whatever order the screen lists names in) —
every page, panel and status line that refreshes after the mark included. Reads are SELECTs, writes INSERT, UPDATE and DELETE; the rest (BEGIN, COMMIT, PRAGMA) is counted apart.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from sqlalchemy import event  # noqa: E402


class Counting:
    """Counts the statements an engine executes while ``on`` is set."""

    def __init__(self, engine, show: bool = False) -> None:  # noqa: ANN001 - an Engine
        self.on = False
        self.show = show
        self.kinds: Counter[str] = Counter()
        event.listen(engine, "before_cursor_execute", self._executed)

    def _executed(self, _conn, _cursor, statement: str, *_args) -> None:  # noqa: ANN001
        if self.on:
            verb = statement.lstrip().split(None, 1)[0].upper()
            if self.show:
                print("   ", statement[:150].replace("\n", " "))
            self.kinds["read" if verb in ("SELECT", "WITH") else "write" if verb in ("INSERT", "UPDATE", "DELETE")
                       else "other"] += 1

    def measure(self, action) -> Counter[str]:  # noqa: ANN001 - a callable
        self.kinds = Counter()
        self.on = True
        try:
            action()
        finally:
            self.on = False
        return self.kinds


def type_letter(widget, letter: str) -> None:  # noqa: ANN001 - a QWidget
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database to copy (default: a fresh demo)")
    parser.add_argument("--marks", type=int, default=8, help="how many people to mark")
    parser.add_argument("--show", action="store_true", help="print every statement counted")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="fieldapp-reads-"))
    os.environ["FIELDAPP_DATA_DIR"] = str(folder / "data")
    path = folder / "demo.sqlite"
    if args.db:
        shutil.copyfile(args.db, path)
    else:
        from fieldapp.demo import create_demo

        create_demo(path)

    from fieldapp.db import open_database
    from fieldapp.ui import app as app_module
    from fieldapp.ui import i18n
    from fieldapp.ui.main_window import MainWindow
    from fieldapp.ui.operations import Operations

    QStandardPaths.setTestModeEnabled(True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    qt_app = app_module.application()
    i18n.install("en")
    db = open_database(path)
    window = MainWindow(path)
    ops = Operations(db, window)
    ops.run_inline()
    window.resize(1366, 768)
    window.show()
    window.attach(ops, db)
    page = window.page("trainings")
    window.show_page(window.pages.index(page))
    qt_app.processEvents()

    from fieldapp.ui.checkin import CheckInDialog

    row = next(r for r, t in enumerate(page.model.rows) if t.sessions and t.sessions[0].registered)
    page.ui.trainingsView.selectRow(row)
    session_id = page.current_session_id()
    dialog = CheckInDialog(ops, session_id, page)
    dialog.open()
    qt_app.processEvents()
    count = Counting(db.engine, args.show)

    with db.reading() as s:
        from fieldapp.services import attendance, trainings

        training = trainings.get_training(s, page.current_training().id)
        registered = trainings.registered_people(s, page.current_training().id)
        attended = ("present", "late", "left_early")
        names = [p.full_name for p in registered  # not yet here, and the only one of that name
                 if [c.status not in attended for c in attendance.search(s, session_id, p.full_name)] == [True]]
    letters, enters = [], []
    for name in names[: args.marks]:
        dialog.ui.searchEdit.clear()
        qt_app.processEvents()
        typed = name.split()[0][:3]
        for letter in typed:
            kinds = count.measure(lambda letter=letter: (type_letter(dialog.ui.searchEdit, letter),
                                                         qt_app.processEvents()))
            letters.append(kinds)
        dialog.ui.searchEdit.setText(name)  # the whole name: this person on top
        qt_app.processEvents()
        kinds = count.measure(lambda: (QTest.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return), qt_app.processEvents()))
        enters.append(kinds)

    def line(label: str, samples: list[Counter[str]]) -> None:
        reads = [s["read"] for s in samples]
        writes = [s["write"] for s in samples]
        other = [s["other"] for s in samples]
        print(f"{label:<40} reads median {statistics.median(reads):5.1f} (min {min(reads)}, max {max(reads)})   "
              f"writes {statistics.median(writes):4.1f}   other {statistics.median(other):4.1f}   n={len(samples)}")

    print(f"training: {training.title!r}, {len(registered)} registered, {len(names)} not yet present; "
          "main window 1366×768 on the Trainings page")
    line("a letter typed in the check-in search", letters)
    line("Enter: a registered person marked present", enters)
    dialog.done(0)
    window.close()
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
