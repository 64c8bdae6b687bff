"""Startup time: process start → main window painted, and → the first data on screen, on a demo database.

Runs FieldApp (``python -m fieldapp --db DEMO``) and a bare PySide6 window started the same way, each
``--runs`` times, and prints the medians and the ratio. The aim (issue 2): the window within 1.5× of the bare
one, the data within 0.3 s of the window (issue 18). FieldApp's modules are compiled to bytecode first, as
installed (``compile_ahead``).

    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 5] [--db DEMO]

FieldApp prints ``shown <epoch>``, ``data <epoch>`` (the first data: a kept snapshot or the database's) and ``live
<epoch>`` (the database's) when FIELDAPP_STARTUP_PROBE is set
(fieldapp/ui/app.py); the bare window prints ``shown <epoch>`` from its first paint event. Every run gets its
own empty settings folder, so a remembered page or language does not change what is measured.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print(f"shown {time.time():.6f}", flush=True)
            print(f"shown_cpu {time.process_time():.6f}", flush=True)
            app.quit()
        return False

probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""

#: the bare window left open SETTLE_S seconds after its first paint, ticking every 5 ms, its longest pause printed
BARE_SETTLE = """
import itertools, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()
ticks = [time.perf_counter()]

def tick():
    ticks.append(time.perf_counter())
    if ticks[-1] - ticks[0] >= float(sys.argv[1]):
        print(f"settle {max(b - a for a, b in itertools.pairwise(ticks)):.6f}", flush=True)
        app.quit()

timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(tick)
timer.start()
app.exec()
"""


def compile_ahead() -> None:
    """FieldApp's modules compiled to bytecode before a start is measured, as an installed FieldApp has them (pip
    and the bundle compile at install). A shell with PYTHONDONTWRITEBYTECODE set (as on the development machine)
    otherwise makes every start compile its ~100 modules from source: 25 ms of CPU before the window and 50 ms
    more before the data, which the bare window (no modules of its own) does not pay."""
    import compileall

    import fieldapp

    compileall.compile_dir(Path(fieldapp.__file__).parent, quiet=1)


def _marks(command: list[str], env: dict[str, str], timeout: float) -> dict[str, float]:
    """Run ``command``; return seconds from its start to each ``name <epoch>`` line it prints."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    marks = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("shown", "data", "live"):
            marks[name] = float(value) - started
        elif name in ("settle", "shown_cpu", "data_cpu", "live_cpu"):  # a duration or CPU seconds, not a moment
            marks[name] = float(value)
    if "shown" not in marks and "settle" not in marks:
        raise RuntimeError(f"{command[:3]} printed no 'shown' mark (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return marks


def _environment(settings_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = str(settings_dir)
    env["FIELDAPP_DATA_DIR"] = str(settings_dir / "data")
    env["FIELDAPP_STARTUP_PROBE"] = "1"
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="a demo database (default: made with 'fieldapp demo create')")
    parser.add_argument("--timeout", type=float, default=60.0)
    args = parser.parse_args(argv)

    compile_ahead()
    with tempfile.TemporaryDirectory(prefix="fieldapp-startup-") as tmp:
        tmp_path = Path(tmp)
        db = args.db
        if db is None:
            db = tmp_path / "demo.sqlite"
            subprocess.run([sys.executable, "-m", "fieldapp", "demo", "create", str(db)], check=True,
                           stdout=subprocess.DEVNULL)
        bare, shown, data = [], [], []
        for run in range(args.runs):
            settings = tmp_path / f"settings-{run}"
            settings.mkdir()
            # alternate, so a machine busy with something else penalises both alike
            bare.append(_marks([sys.executable, "-c", BARE_WINDOW], _environment(settings), args.timeout)["shown"])
            marks = _marks([sys.executable, "-m", "fieldapp", "--db", str(db)], _environment(settings),
                           args.timeout)
            shown.append(marks["shown"])
            data.append(marks.get("data", float("nan")))
            print(f"run {run + 1}: bare {bare[-1]:.3f} s, FieldApp window {shown[-1]:.3f} s, "
                  f"data {data[-1]:.3f} s", flush=True)

    gap = [d - s for d, s in zip(data, shown, strict=True)]
    bare_s, shown_s, data_s, gap_s = (statistics.median(v) for v in (bare, shown, data, gap))
    print(f"\nmedians of {args.runs} runs (process start → first paint):")
    print(f"  bare PySide6 window    {bare_s:6.3f} s")
    print(f"  FieldApp main window   {shown_s:6.3f} s   ratio {shown_s / bare_s:.2f}× (aim ≤ 1.5×)")
    print(f"  FieldApp data shown    {data_s:6.3f} s   {gap_s:.3f} s after the window (aim ≤ 0.3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
