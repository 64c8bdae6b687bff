"""Where a PDF put its text and its lines: word boxes from ``pdftotext -bbox-layout``, ruled lines from PDFium.

Used to prove that nothing printed leaves its cell or its page: no word box crosses a ruled line of a table,
no two words overlap, every word is inside the page's margins.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

XHTML = "{http://www.w3.org/1999/xhtml}"
#: a word's box is trimmed by this much (pt) before the checks: glyph boxes include the font's ascent
SLACK = 1.2


@dataclass(frozen=True)
class Box:
    text: str
    x0: float
    y0: float  # PDF coordinates: from the bottom of the page
    x1: float
    y1: float
    line: int  # the text line it belongs to (pdftotext's), to tell neighbours from overlaps

    def trimmed(self) -> Box:
        return Box(self.text, self.x0 + SLACK, self.y0 + SLACK, self.x1 - SLACK, self.y1 - SLACK, self.line)


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    words: list[Box]
    rules: list[tuple[float, float, float, float]]  # thin ruled lines (x0, y0, x1, y1)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed")
        pytest.skip(f"{name} is not installed (apt-get install poppler-utils)")
    return path


def pages(pdf: Path) -> list[Page]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    xml = subprocess.run([_tool("pdftotext"), "-bbox-layout", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    root = ET.fromstring(xml)
    document = pdfium.PdfDocument(str(pdf))
    result = []
    line_number = 0
    for index, page in enumerate(root.iter(f"{XHTML}page")):
        height = float(page.get("height"))
        words = []
        for line in page.iter(f"{XHTML}line"):
            line_number += 1
            for word in line.iter(f"{XHTML}word"):
                x0, y0, x1, y1 = (float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax"))
                words.append(Box(word.text or "", x0, height - y1, x1, height - y0, line_number))
        rules = []
        for obj in document[index].get_objects(filter=[raw.FPDF_PAGEOBJ_PATH]):
            left, bottom, right, top = obj.get_bounds()
            if min(right - left, top - bottom) <= 1.5 and max(right - left, top - bottom) > 3:
                rules.append((left, bottom, right, top))
        result.append(Page(float(page.get("width")), height, words, rules))
    document.close()
    return result


def _crosses(box: Box, rule: tuple[float, float, float, float]) -> bool:
    left, bottom, right, top = rule
    return left < box.x1 and right > box.x0 and bottom < box.y1 and top > box.y0


def _overlap(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def problems(pdf: Path, margin: float, right: float | None = None) -> list[str]:
    """Every word that leaves the page's margins, crosses a ruled line (its cell's border) or overlaps another
    word, as "page N: «word» …"."""
    found = []
    for number, page in enumerate(pages(pdf), start=1):
        boxes = [w.trimmed() for w in page.words]
        for box in boxes:
            if (box.x0 < margin - 2 or box.x1 > page.width - (margin if right is None else right) + 2
                    or box.y0 < 12 or box.y1 > page.height - 12):
                found.append(f"page {number}: «{box.text}» outside the page's margins ({box.x0:.1f}–{box.x1:.1f})")
            for rule in page.rules:
                if _crosses(box, rule):
                    found.append(f"page {number}: «{box.text}» crosses a ruled line at {rule}")
                    break
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a.line != b.line and _overlap(a, b):
                    found.append(f"page {number}: «{a.text}» overlaps «{b.text}»")
    return found


def text_lines(pdf: Path) -> list[str]:
    return subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout.splitlines()


def flat_text(pdf: Path) -> str:
    """The PDF's text on one line, spaces (also no-break ones) collapsed."""
    return " ".join(" ".join(text_lines(pdf)).split())
