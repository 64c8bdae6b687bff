"""Figures of the desktop window, each in child processes next to a bare PySide6 window started the same way:
start to window and to the first data, the People page opened and scrolled to its end, resident memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Figure
from benchmarks.startup import BARE_SETTLE, BARE_WINDOW, _environment, _marks, compile_ahead
from fieldapp.ui.app import SETTLE_S

ROOT = Path(__file__).resolve().parents[1]
#: seconds between the first data and a later click on People (the other pages are built in idle turns by then)
SETTLED_S = 3.0


def start(path: Path, runs: int) -> list[Figure]:
    """Each run in a fresh settings folder: a bare window; FieldApp's first start there (nothing kept: the data
    come from the database); FieldApp again (the dashboard the first one closed with, the file unchanged)."""
    bare, shown, first_data, first_live, kept, again_live = [], [], [], [], [], []
    bare_cpu, cpu = [], []
    settled: list[float] = []
    bare_settled: list[float] = []
    compile_ahead()  # as installed
    with tempfile.TemporaryDirectory(prefix="fieldapp-start-") as tmp:
        for run in range(runs):
            settings = Path(tmp) / f"settings-{run}"
            settings.mkdir()
            env = _environment(settings)
            # alternate, so a machine busy with something else penalises both alike
            plain = _marks([sys.executable, "-c", BARE_WINDOW], env, 120)
            bare.append(plain["shown"])
            bare_cpu.append(plain["shown_cpu"])
            first = _marks([sys.executable, "-m", "fieldapp", "--db", str(path)], env, 120)
            again = _marks([sys.executable, "-m", "fieldapp", "--db", str(path)], env, 120)
            shown += [first["shown"], again["shown"]]
            cpu += [first["shown_cpu"], again["shown_cpu"]]
            first_data.append(first.get("data", float("nan")) - first["shown"])
            first_live.append(first.get("live", float("nan")) - first["shown"])
            kept.append(again.get("data", float("nan")) - again["shown"])
            again_live.append(again.get("live", float("nan")) - again["shown"])
            settle_env = {**env, "FIELDAPP_STARTUP_PROBE": "settle"}
            settled.append(_marks([sys.executable, "-m", "fieldapp", "--db", str(path)], settle_env, 120)["settle"])
            bare_settled.append(_marks([sys.executable, "-c", BARE_SETTLE, str(SETTLE_S)], env, 120)["settle"])
    bare_s = statistics.median(bare)
    return [Figure("start to main window", statistics.median(shown), "s", bare_s, "bare PySide6 window",
                   "≤ 1.5×", f"median of {2 * runs} starts"),
            Figure("CPU time of the process at the main window", statistics.median(cpu), "s",
                   statistics.median(bare_cpu), "bare PySide6 window's", "",
                   "time.process_time at the first paint: what the start itself costs, whatever the machine's load"),
            Figure("data on screen after the window (the last session's, file unchanged)", statistics.median(kept),
                   "s", bare_s, "bare PySide6 window", "≤ 0.3 s",
                   "the dashboard as the last session closed it, until the database answers"),
            Figure("the database's data on screen after the window (first start)", statistics.median(first_data),
                   "s", bare_s, "bare PySide6 window", "≤ 0.3 s",
                   "the dashboard's figures read before the database layer (fieldapp/first_look.py)"),
            Figure("the whole dashboard after the window, visit plan and week (first start)",
                   statistics.median(first_live), "s", bare_s, "bare PySide6 window", "",
                   f"the database layer's answer; next start: {statistics.median(again_live):.2f} s"),
            Figure(f"longest GUI pause in the {SETTLE_S:.0f} s after the data (pages and icons made)",
                   statistics.median(settled) * 1000, "ms", statistics.median(bare_settled) * 1000,
                   f"bare PySide6 window, {SETTLE_S:.0f} s after its paint", "",
                   f"median of {runs} starts, ticks every 5 ms"),
            ]


def _probe(args: list[str]) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryDirectory(prefix="fieldapp-probe-") as tmp:
        env["FIELDAPP_DATA_DIR"] = tmp
        done = subprocess.run([sys.executable, "-m", "benchmarks.gui_probe", *args], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=600)
    values = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        values[name] = float(value)
    if "rss" not in values:
        raise RuntimeError(f"the window probe failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return values


def window(path: Path) -> list[Figure]:
    app = _probe([str(path)])
    settled = _probe([str(path), "--after", str(SETTLED_S)])
    bare = _probe(["--bare", str(int(app["rows"]))])
    rows = int(app["rows"])
    plain = f"bare PySide6 table of {rows:,} rows"
    return [Figure("People page opened in the window", app["open"] * 1000, "ms", bare["open"] * 1000,
                   "bare PySide6 table, first 200 rows", "≤ 300 ms",
                   "clicked as the first data show: the click builds the page"),
            Figure(f"People page opened {SETTLED_S:.0f} s after the first data", settled["open"] * 1000, "ms",
                   bare["open"] * 1000, "bare PySide6 table, first 200 rows", "≤ 300 ms",
                   "the page built in an idle turn has read its first rows ahead"),
            Figure(f"People page scrolled to its end ({rows:,} rows)", app["scroll"], "s", bare["scroll"], plain,
                   ""),
            Figure(f"resident memory, {rows:,} people open", app["rss"], "MiB", bare["rss"], plain,
                   "≤ 250 MiB")]


def figures(path: Path, runs: int, say: Callable[[str], None], only: Callable[[str], bool]) -> list[Figure]:
    found: list[Figure] = []
    if only("start"):
        say("start")
        found += start(path, runs)
    if only("window"):
        say("window: People page and memory")
        found += window(path)
    return found
