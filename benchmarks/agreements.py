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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="agreements-bench-"))
    db = create_demo(folder / "demo.sqlite")
    from fieldapp.db import open_database

    database = open_database(db)
    pdf.register_fonts()
    with database.reading() as s:
        ids = s.scalars(select(Agreement.id).where(Agreement.number.like("ОП-2020-%"))
                        .order_by(Agreement.number)).all()
        one = s.scalars(select(Agreement.id).where(Agreement.number == "ОП-2020-007")).one()
        for lang in ("ru", "ru+kk"):
            data = agreement_data(s, one, lang)
            render_agreement(data, folder / "warm.pdf")  # fonts and imports warm
            pages = len(re.findall(rb"/Type /Page[^s]", (folder / "warm.pdf").read_bytes()))
            whole = best(lambda lang=lang: render_agreement(agreement_data(s, one, lang), folder / "one.pdf"),
                         args.repeat)
            base = best(lambda pages=pages: bare(folder / "bare.pdf", pages), args.repeat)
            print(f"one agreement {lang:5}: {whole * 1000:6.0f} ms  ({pages} pages; bare reportlab "
                  f"{base * 1000:4.0f} ms, ×{whole / base:.1f})")

        def all_of_cycle() -> None:
            for index, agreement_id in enumerate(ids):
                render_agreement(agreement_data(s, agreement_id, "ru"), folder / f"a{index}.pdf")

        many = best(all_of_cycle, max(1, args.repeat // 2))
        base = best(lambda: [bare(folder / f"b{i}.pdf", 3) for i in range(len(ids))], max(1, args.repeat // 2))
        print(f"all {len(ids)} of cycle 2 (ru): {many:5.2f} s  (bare reportlab {base:4.2f} s, ×{many / base:.1f})")
    database.close()


if __name__ == "__main__":
    main()
