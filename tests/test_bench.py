"""``dev.py bench`` at demo scale (what CI runs to prove the benchmarks work; the figures themselves are read by
people, never asserted): every figure comes with a positive value and baseline and their ratio."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_bench_at_demo_scale_writes_every_figure_with_its_baseline(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDAPP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "benchmarks", "--scale", "demo", "--json", str(out)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text(encoding="utf-8"))
    names = [f["name"] for f in figures]
    for wanted in ("start to main window", "search per keystroke", "check-in committed", "list 'people' opened",
                   "import of", "XLSX export", "sign-in sheet PDF", "grant agreement PDF with annexes, ru",
                   "every agreement of cycle 2 that can print", "HTTP push", "HTTP pull", "bundle laptop → hub",
                   "bundle hub → laptop", "resident memory"):
        assert any(name.startswith(wanted) for name in names), (wanted, names)
    if "PGHOST" in os.environ:
        assert any("hub on PostgreSQL" in name for name in names)
    for figure in figures:
        assert set(figure) >= {"name", "value", "unit", "baseline", "ratio"}, figure
        assert figure["value"] > 0 and figure["baseline"] > 0, figure
        assert math.isclose(figure["ratio"], figure["value"] / figure["baseline"], rel_tol=1e-2), figure
    assert "| figure | value | baseline | ratio |" in done.stdout  # the table people read


def test_the_doc_gets_the_latest_table_and_keeps_the_sections_written_by_hand(tmp_path: Path) -> None:
    from benchmarks.__main__ import END, MARK, write_doc
    from benchmarks.harness import Figure

    doc = tmp_path / "performance.md"
    doc.write_text(f"# Performance\n\nHow to run it.\n\n{MARK}\n\nthe old table\n\n{END}\n\n## Start: by hand\n\nKept.\n",
                   encoding="utf-8")
    write_doc([Figure("start to main window", 0.186, "s", 0.112, "bare PySide6 window", aim="≤ 1.5×")], "large",
              "python3 dev.py bench --only start", doc=doc)
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nHow to run it.\n\n" + MARK)
    assert "the old table" not in text and "| start to main window | 0.186 s |" in text
    assert text.endswith(f"{END}\n\n## Start: by hand\n\nKept.\n")
