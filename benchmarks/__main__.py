"""``python -m benchmarks [--scale demo|large|huge] [--json FILE] [--only NAME …] [--doc]`` (also ``dev.py bench``).

Builds (once, cached) the database of the scale, measures every figure next to its baseline in this run, prints a
table with the machine, and writes the figures as JSON (a list of objects with name, value, unit, baseline,
ratio). ``--doc`` puts the table into docs/performance.md. ``--only`` picks steps by name: start, window,
search, lists, import, export, documents, http-sqlite, http-postgresql, bundle.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import core_figures, datasets, gui_figures, sync_figures
from benchmarks.harness import Figure, Progress, machine, table, write_json

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
MARK = "<!-- the latest run: written by `dev.py bench --doc` -->"
END = "<!-- end of the latest run -->"
STEPS = ("start", "window", "search", "lists", "import", "export", "documents", "http-sqlite", "http-postgresql",
         "bundle")


def run_step(step: str, scale: datasets.Scale, path: Path, work: Path, ops: int,
             say: Callable[[str], None]) -> list[Figure]:
    if step in ("start", "window"):
        return gui_figures.figures(path, max(1, scale.runs), say, lambda name: name == step)
    if step.startswith("http-") or step == "bundle":
        folder = work / step
        folder.mkdir()
        wanted = {"http-sqlite": "http SQLite", "http-postgresql": "http PostgreSQL", "bundle": "bundle"}[step]
        return sync_figures.figures(folder, ops, say, lambda name: name == wanted)
    return core_figures.figures(path, work, scale, say, lambda name: name == step)


def write_doc(figures: list[Figure], scale: str, command: str, doc: Path = DOC) -> None:
    """The latest run's table between the two marks of docs/performance.md; what follows the end mark (the
    sections written by hand) stays as it is."""
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Performance\n\n"
    head, _mark, rest = text.partition(MARK)
    tail = rest.partition(END)[2] if END in rest else "\n"
    notes = "\n".join(f"- {f.name}: {f.note}" for f in figures if f.note)
    doc.write_text(f"{head}{MARK}\n\n`{command}`, {dt.date.today()}, scale `{scale}`, on {machine()}.\n\n"
                   f"{table(figures)}\n\n{notes}\n\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dev.py bench", description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=list(datasets.SCALES), default="demo")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--only", nargs="+", choices=STEPS, help="only these steps")
    parser.add_argument("--ops", type=int, help="operations for the sync figures (default: the scale's)")
    parser.add_argument("--doc", action="store_true", help="write the table into docs/performance.md")
    args = parser.parse_args(argv)
    scale = datasets.SCALES[args.scale]
    steps = [s for s in (args.only or STEPS) if s != "http-postgresql" or sync_figures.postgres_available()]
    progress = Progress(len(steps) + 1)

    def say(text: str) -> None:
        progress.step(text)

    say(f"the {scale.name} database")
    path = datasets.database(scale, say)
    progress.advance()
    work = Path(tempfile.mkdtemp(prefix="fieldapp-bench-"))
    figures: list[Figure] = []
    try:
        for step in steps:
            say(step)
            found = run_step(step, scale, path, work, args.ops or scale.sync_ops, say)
            figures += found
            progress.advance()
            for figure in found:  # as they come: a long run cut short still tells what it measured
                progress.show(f"{figure.name}: {figure.value:.4g} {figure.unit}, baseline {figure.baseline:.4g} "
                              f"{figure.unit} ({figure.ratio:.2f}×)")
            if args.json:
                write_json(args.json, figures)
    finally:
        progress.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"scale {scale.name}, {dt.date.today()}, on {machine()}\n")
    print(table(figures))
    for figure in figures:
        if figure.note:
            print(f"  {figure.name}: {figure.note}")
    if args.json:
        write_json(args.json, figures)
    if args.doc:
        write_doc(figures, scale.name, "python3 dev.py bench " + " ".join(argv if argv is not None else sys.argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
