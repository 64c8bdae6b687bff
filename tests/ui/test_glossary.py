"""The glossary of programme terms keeps every screen consistent: the sidebar and the value labels use its words."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator

from fieldapp.ui import i18n

GLOSSARY = i18n.translations_dir() / "glossary.csv"
REQUIRED = ("programme", "cycle", "grant", "grant call", "application", "applicant", "initiative group", "akimat",
            "tranche", "site visit", "grant agreement", "beneficiary", "training", "session", "participant",
            "attendance", "sign-in sheet", "certificate", "co-funding", "in-kind contribution", "volunteer hours",
            "budget line", "envelope", "reviewer", "committee", "score", "criterion", "ranking", "eligibility",
            "settlement", "district", "region", "donor", "foundation", "field officer", "trainer", "head office",
            "sync", "conflict", "consent", "draft", "registration number")
#: sidebar section (page context, English title) → the glossary terms its title is made of
SECTIONS = {
    ("CommunitiesPage", "Communities"): ["settlement"],
    ("TrainingsPage", "Trainings"): ["training"],
    ("GrantsPage", "Grant calls & applications"): ["grant call", "application"],
    ("AgreementsPage", "Agreements"): ["agreement"],
    ("SiteVisitsPage", "Site visits"): ["site visit"],
    ("SyncPage", "Sync"): ["sync"],
}
ENDINGS = "аеёиоуыэюяьйіұүә"


def glossary() -> dict[str, dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as f:
        return {row["term_en"]: row for row in csv.DictReader(f)}


def stems(term: str) -> list[str]:
    """'мониторинговый визит' → ['мониторинговы', 'визит']: words without a final vowel, for plurals and cases."""
    return [word.rstrip(ENDINGS) if len(word) > 4 else word for word in term.lower().split()]


def test_every_term_has_english_russian_and_kazakh() -> None:
    with GLOSSARY.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["term_en", "term_ru", "term_kk", "note"]
        rows = list(reader)
    for row in rows:
        assert row["term_en"].strip() and row["term_ru"].strip() and row["term_kk"].strip(), row
    assert len({row["term_en"] for row in rows}) == len(rows), "a term is listed twice"
    assert set(REQUIRED) <= {row["term_en"] for row in rows}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_sidebar_sections_use_the_glossary_words_in_the_compiled_translations(qapp, lang: str) -> None:
    terms = glossary()
    translator = QTranslator()
    assert translator.load(str(i18n.translations_dir() / f"fieldapp_{lang}.qm"))
    for (context, english), keys in SECTIONS.items():
        title = translator.translate(context, english).lower()
        assert title and title != english.lower(), f"{english} is not translated into {lang}"
        for key in keys:
            for stem in stems(terms[key][f"term_{lang}"]):
                assert stem in title, f"{lang}: sidebar «{title}» should use the glossary's «{terms[key][f'term_{lang}']}»"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_value_labels_that_are_glossary_terms_are_translated_as_the_glossary_says(lang: str) -> None:
    terms = {key.lower(): row[f"term_{lang}"].lower() for key, row in glossary().items()}
    root = ET.parse(i18n.translations_dir() / f"fieldapp_{lang}.ts").getroot()
    checked = 0
    for context in root.iter("context"):
        if context.findtext("name") not in ("Values", "Columns"):
            continue
        for message in context.iter("message"):
            source = (message.findtext("source") or "").lower()
            if source in terms:
                assert (message.findtext("translation") or "").lower() == terms[source], source
                checked += 1
    assert checked >= 10


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_counted_messages_are_translated_for_every_number(qapp, lang: str) -> None:
    """Qt counts Kazakh like English (one, other): a Kazakh message with one plural form would show in English."""
    translator = QTranslator()
    assert translator.load(str(i18n.translations_dir() / f"fieldapp_{lang}.qm"))
    root = ET.parse(i18n.translations_dir() / f"fieldapp_{lang}.ts").getroot()
    counted = [(context.findtext("name"), message.findtext("source"))
               for context in root.iter("context") for message in context.iter("message")
               if message.get("numerus") == "yes"]
    assert counted
    for context, source in counted:
        for n in (1, 2, 5, 21, 4520):
            assert translator.translate(context, source, None, n), f"{lang}: {source!r} for {n}"
