#!/usr/bin/env python3
"""Cold start of the installed bundle: from launching the program to its main window, on one CPU core.

    python benchmarks/cold_start.py                          # the GUI on a demo database, 5 cold runs
    python benchmarks/cold_start.py --what self-test         # or time `fieldapp --self-test` / `--version`
    python benchmarks/cold_start.py --exe /opt/FieldApp/fieldapp --runs 10 --cpu 0

Each run drops the page cache first (``sync; echo 3 > /proc/sys/vm/drop_caches``; needs root, otherwise the
runs are warm and the report says so) and starts the program under ``taskset -c CPU`` with a clean environment.
The GUI reports its own timing: with ``FIELDAPP_STARTUP_PROBE=1`` it prints ``shown <epoch seconds>`` at the
window's first paint and ``data <epoch seconds>`` when the first page's records are on screen, then closes
(fieldapp/ui/app.py). Without a display an Xvfb server is started for the measurement and stopped after it.
Linux only (taskset, drop_caches, Xvfb).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXE = ROOT / "dist" / "FieldApp" / "fieldapp"
PROBE_ENV = "FIELDAPP_STARTUP_PROBE"
TIMEOUT = 120


@dataclass
class Run:
    cold: bool
    shown: float | None  # seconds from launch to the main window's first paint (GUI only)
    shown_cpu: float | None  # CPU seconds the program had used by then (does not grow when other work competes)
    data: float | None  # seconds from launch to the first page's records on screen (GUI only)
    exited: float  # seconds from launch to the process's exit
    exited_cpu: float  # CPU seconds the program used in all


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process, all its threads, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def drop_caches() -> bool:
    """Empty the page cache so the program's files are read from disk again; False without permission."""
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
    except OSError:
        return False
    return True


def clean_env(data_dir: Path, display: str | None) -> dict[str, str]:
    env = {"HOME": os.environ.get("HOME", str(data_dir)), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "FIELDAPP_DATA_DIR": str(data_dir)}
    if display:
        env["DISPLAY"] = display
        if "XAUTHORITY" in os.environ:
            env["XAUTHORITY"] = os.environ["XAUTHORITY"]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class VirtualDisplay:
    """An Xvfb server of our own, for machines without a display; stopped by its own process id."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.display: str | None = None

    def __enter__(self) -> str:
        if shutil.which("Xvfb") is None:
            raise SystemExit("cold_start.py: no DISPLAY and no Xvfb (apt-get install xvfb)")
        read_fd, write_fd = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
                                         "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SystemExit("cold_start.py: Xvfb did not start")
        self.display = f":{number}"
        return self.display

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


def measure(command: list[str], env: dict[str, str], cpu: int, gui: bool, cold: bool) -> Run:
    dropped = drop_caches() if cold else False
    cpu_before = _children_cpu()
    started = time.time()
    # taskset execs the program, so the process id is the program's own
    process = subprocess.Popen(["taskset", "-c", str(cpu), *command], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(TIMEOUT, process.kill)
    watchdog.start()
    marks: dict[str, float] = {}
    shown_cpu = None
    lines = []
    assert process.stdout is not None
    try:
        for line in process.stdout:
            lines.append(line)
            word, _, value = line.partition(" ")
            if word in {"shown", "data"} and word not in marks:
                marks[word] = float(value) - started
                if word == "shown":
                    shown_cpu = cpu_seconds(process.pid)
        _out, err = process.communicate()
        exited = time.time() - started
    finally:
        watchdog.cancel()
    exited_cpu = _children_cpu() - cpu_before
    if process.returncode != 0:
        raise SystemExit(f"cold_start.py: {' '.join(command)} failed ({process.returncode}):\n{''.join(lines)}{err}")
    if gui and "shown" not in marks:
        raise SystemExit(f"cold_start.py: the GUI printed no startup probe (is {PROBE_ENV} supported?)\n{err}")
    return Run(cold=dropped, shown=marks.get("shown"), shown_cpu=shown_cpu, data=marks.get("data"),
               exited=exited, exited_cpu=exited_cpu)


def _children_cpu() -> float:
    """CPU seconds used so far by every child that has ended."""
    times = os.times()
    return times.children_user + times.children_system


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", type=Path, default=DEFAULT_EXE, help=f"the bundle's program (default {DEFAULT_EXE})")
    parser.add_argument("--what", choices=["gui", "self-test", "version"], default="gui", help="what to time")
    parser.add_argument("--runs", type=int, default=5, help="how many cold runs (default 5)")
    parser.add_argument("--cpu", type=int, default=0, help="the one core to run on (default 0)")
    parser.add_argument("--warm", action="store_true", help="do not drop the page cache between runs")
    parser.add_argument("--json", action="store_true", help="print the runs as JSON")
    args = parser.parse_args(argv)
    exe = args.exe.resolve()
    if not exe.is_file():
        parser.error(f"{exe} does not exist: run 'python build_installer.py build' first")

    with tempfile.TemporaryDirectory(prefix="fieldapp-cold-start-") as tmp, contextlib.ExitStack() as stack:
        data_dir = Path(tmp) / "data"
        display = os.environ.get("DISPLAY")
        if args.what == "gui" and not display:
            display = stack.enter_context(VirtualDisplay())
        env = clean_env(data_dir, display if args.what == "gui" else None)
        if args.what == "gui":
            demo = Path(tmp) / "demo.sqlite"
            subprocess.run([str(exe), "demo", "create", str(demo)], env=env, check=True, capture_output=True)
            command = [str(exe), "--db", str(demo)]
            env[PROBE_ENV] = "1"
        else:
            command = [str(exe), f"--{args.what}"]
        runs = [measure(command, env, args.cpu, args.what == "gui", not args.warm) for _ in range(args.runs)]

    if args.json:
        print(json.dumps({"what": args.what, "exe": str(exe), "cpu": args.cpu, "runs": [asdict(r) for r in runs]}))
        return 0
    for number, run in enumerate(runs, 1):
        parts = [f"window {run.shown:.2f} s (CPU {run.shown_cpu:.2f} s)" if run.shown is not None else None,
                 f"data {run.data:.2f} s" if run.data is not None else None,
                 f"exit {run.exited:.2f} s (CPU {run.exited_cpu:.2f} s)"]
        print(f"run {number}: {', '.join(p for p in parts if p)} ({'cold' if run.cold else 'warm: cache not dropped'})")
    gui = args.what == "gui"
    wall = [run.shown if gui else run.exited for run in runs]
    busy = [run.shown_cpu if gui else run.exited_cpu for run in runs]
    temperature = "cold" if all(run.cold for run in runs) else "warm (page cache not dropped: run as root)"
    label = "main window shown" if gui else f"fieldapp --{args.what} finished"
    print(f"median of {len(runs)} {temperature} runs on CPU {args.cpu}: {label} after {statistics.median(wall):.2f} s"
          f" (min {min(wall):.2f}, max {max(wall):.2f}); the program's own CPU time by then "
          f"{statistics.median(busy):.2f} s (median)")
    if gui and all(run.data is not None for run in runs):
        print(f"  first page's records on screen after {statistics.median(r.data for r in runs):.2f} s (median)")
    print(f"  load average while measuring: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs "
          "(other work on the same core makes the wall times longer, not the CPU times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
