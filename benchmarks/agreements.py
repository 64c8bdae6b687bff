"""Printing grant agreements: one agreement with its annexes (read + render, in ru and in ru+kk), and all the signed
agreements of cycle 2 (ОП-2020-*), next to a bare reportlab document of the same number of pages made in the same
run with the same fonts, so the agreement's own cost shows as a ratio.

    .venv/bin/python benchmarks/agreements.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate  # noqa: E402
from sqlalchemy import select  # noqa: E402

from benchmarks.harness import Figure, table  # noqa: E402
from fieldapp.demo import create_demo  # noqa: E402
from fieldapp.documents import pdf  # noqa: E402
from fieldapp.documents.agreement import agreement_data, render_agreement  # noqa: E402
from fieldapp.model import Agreement  # noqa: E402


def best(work: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bare(path: Path, pages: int) -> None:
    """The baseline: a reportlab document of ``pages`` pages of body text in the same embedded font."""
    styles = pdf.styles()
    text = "Грантодатель предоставляет Грантополучателю грант на реализацию мини-проекта. " * 40
    story: list[Any] = []
    for page in range(pages):
        story += [Paragraph(text, styles["body"]) for _ in range(3)]
        if page < pages - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def figures(db: Any, work: Path, runs: int) -> list[Figure]:
    """One agreement with its annexes (read + render) in ru and in ru+kk, and every agreement of cycle 2
    (ОП-2020-*) that can print, each beside bare reportlab documents of the same pages."""
    pdf.register_fonts()
    found: list[Figure] = []
    with db.reading() as s:
        ids = [a for a in s.scalars(select(Agreement.id).where(Agreement.number.like("ОП-2020-%"))
                                    .order_by(Agreement.number)).all()]
        one = s.scalars(select(Agreement.id).where(Agreement.number == "ОП-2020-007")).one()
        for lang in ("ru", "ru+kk"):
            render_agreement(agreement_data(s, one, lang), work / "warm.pdf")  # fonts and imports warm
            pages = page_count(work / "warm.pdf")
            whole = best(lambda lang=lang: render_agreement(agreement_data(s, one, lang), work / "one.pdf"), runs)
            base = best(lambda pages=pages: bare(work / "bare.pdf", pages), runs)
            found.append(Figure(f"grant agreement PDF with annexes, {lang} ({pages} pages)", whole * 1000, "ms",
                                base * 1000, f"bare reportlab, {pages} pages", "≤ 300 ms"))
        written: list[int] = []

        def all_of_cycle() -> None:
            written.clear()
            for index, agreement_id in enumerate(ids):
                render_agreement(agreement_data(s, agreement_id, "ru"), work / f"a{index}.pdf")
                written.append(page_count(work / f"a{index}.pdf"))

        many = best(all_of_cycle, max(1, runs // 2))
        base = best(lambda: [bare(work / f"b{i}.pdf", pages) for i, pages in enumerate(written)], max(1, runs // 2))
        found.append(Figure(f"every agreement of cycle 2 that can print ({len(ids)}), ru, {sum(written)} pages", many, "s", base,
                            "bare reportlab, the same pages", "≤ 4 s"))
    return found


def page_count(path: Path) -> int:
    return len(re.findall(rb"/Type /Page[^s]", path.read_bytes()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="agreements-bench-"))
    from fieldapp.db import open_database

    database = open_database(create_demo(folder / "demo.sqlite"))
    try:
        print(table(figures(database, folder, args.repeat)))
    finally:
        database.close()


if __name__ == "__main__":
    main()
