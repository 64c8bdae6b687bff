"""Texts of documents per language (``resources/templates/<catalogue>.<lang>.json``): the PDFs, the XLSX
scoring sheets and the reasons of decisions all read them here, so no service needs the PDF layer for words.

The texts follow the document language chosen for a print, not the interface language.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from fieldapp.paths import resource

LANGUAGES = ("ru", "kk", "en")


class DocumentError(Exception):
    """A document cannot be made (nothing to print, unknown language); the message is for people."""


@functools.cache
def _catalogue(catalogue: str, lang: str) -> dict[str, str]:
    path = resource("templates", f"{catalogue}.{lang}.json")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def texts(lang: str, catalogue: str = "documents") -> dict[str, str]:
    """The texts in ``lang``; a key missing there falls back to Russian, then to the key itself."""
    if lang not in LANGUAGES:
        raise DocumentError(f"unknown document language {lang!r} (use one of {', '.join(LANGUAGES)})")
    merged = dict(_catalogue(catalogue, "ru"))
    merged.update(_catalogue(catalogue, lang))
    return merged


class Texts:
    """``t("key", n=3)`` formats a catalogue entry; an unknown key shows itself rather than failing a print."""

    def __init__(self, lang: str, catalogue: str = "documents") -> None:
        self.lang = lang
        self.catalogue = catalogue
        self._texts = texts(lang, catalogue)

    def __call__(self, key: str, **values: Any) -> str:
        text = self._texts.get(key, key)
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self._texts
