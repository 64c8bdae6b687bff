"""What every benchmark shares: a figure next to its baseline, timing, the progress bar, the table and the JSON."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Figure:
    """One measurement and the baseline measured beside it in the same run (``ratio`` = value / baseline)."""

    name: str
    value: float
    unit: str
    baseline: float
    baseline_name: str = ""
    aim: str = ""
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": round(self.ratio, 3)}


def seconds(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def median_ms(action: Callable[[], Any], runs: int) -> float:
    """The median wall time of ``runs`` calls, in milliseconds."""
    return statistics.median(seconds(action) for _ in range(runs)) * 1000


def each_ms(action: Callable[[Any], Any], items: Iterable[Any]) -> float:
    """The median over ``items`` of one call each, in milliseconds."""
    return statistics.median(seconds(lambda item=item: action(item)) for item in items) * 1000


def resident_mib(pid: int | str = "self") -> float:
    """Resident memory of a process (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def raw_insert(path: Path, rows: list[tuple[Any, ...]]) -> float:
    """The floor of any write: sqlite3's executemany of these rows into a table with a primary key, committed."""
    conn = sqlite3.connect(path)
    width = len(rows[0])
    conn.execute(f"CREATE TABLE t (id TEXT PRIMARY KEY, {', '.join(f'c{i} TEXT' for i in range(1, width))})")
    started = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * width)})", rows)
    elapsed = time.perf_counter() - started
    conn.close()
    path.unlink()
    return elapsed


class Progress:
    """A one-line progress bar on a terminal (plain lines otherwise)."""

    def __init__(self, total: int, stream: Any = sys.stderr) -> None:
        self.total, self.done, self.stream = max(total, 1), 0, stream
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.started = time.perf_counter()

    def step(self, label: str) -> None:
        width = 30
        filled = width * self.done // self.total
        elapsed = time.perf_counter() - self.started
        line = f"[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {elapsed:6.0f} s  {label}"
        if self.tty:
            self.stream.write("\r\033[K" + line[:150])
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def show(self, line: str) -> None:
        """A line kept above the bar."""
        self.stream.write(("\r\033[K" if self.tty else "") + line + "\n")
        self.stream.flush()

    def advance(self) -> None:
        self.done += 1

    def close(self) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _number(value: float) -> str:
    return f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}".replace(",", " ")


def table(figures: list[Figure]) -> str:
    """The figures as a Markdown table (the same text goes to docs/performance.md)."""
    lines = ["| figure | value | baseline | ratio | aim |", "|---|---|---|---|---|"]
    for f in figures:
        base = f"{_number(f.baseline)} {f.unit} ({f.baseline_name})" if f.baseline_name else _number(f.baseline)
        lines.append(f"| {f.name} | {_number(f.value)} {f.unit} | {base} | {f.ratio:.2f}× | {f.aim} |")
    return "\n".join(lines)


def machine() -> str:
    """One line about the machine the figures come from."""
    import platform

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " , load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()).replace(" ,", ",")
    except OSError:
        load = ""
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), "
            f"Python {platform.python_version()}{load}")


def write_json(path: Path, figures: list[Figure]) -> None:
    path.write_text(json.dumps([f.as_json() for f in figures], ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
