"""The glossary of programme terms keeps every screen consistent: the sidebar and the value labels use its words."""

from __future__ import annotations

import csv
import re
import sys
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
                translation = (message.findtext("translation") or "").lower()
                # a Kazakh column header may carry the possessive ending: «Мәртебесі» for «мәртебе»
                assert translation == terms[source] or (
                    lang == "kk" and re.fullmatch(re.escape(terms[source]) + "с?[ыі]", translation)), source
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


# -- every term, every message, every document text ---------------------------------------------------------
TEMPLATES = i18n.translations_dir().parent / "templates"
KK_ALTERNATION = {"қ": "[қғ]", "ғ": "[қғ]", "к": "[кг]", "г": "[кг]", "п": "[пб]", "б": "[пб]"}
PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")
#: term → (where: context or catalogue, pattern of the English text) of uses in another sense, and why
ANOTHER_SENSE: dict[str, list[tuple[str, str]]] = {
    # the status is «допущена»; "not eligible", "settlements eligible" mean "meeting the requirements"
    "eligible": [(".*", r"not eligible|settlements eligible|found eligible|eligible &?settlements"),
                 ("ApplicationActions", r"^eli&?gible")],  # the action: «Допуск», «Қатысуға жіберу»
    # the verb "to score" (оценивать, бағалау) and the reviewers' ratings, not the points (балл)
    "score": [(".*", r"score it|^sc&?ore…$|^scores$|reviewers' scores")],
    # lists and screens use the short form «договор / шарт»; documents the full name (glossary note)
    "grant agreement": [("(?!documents$|competition$).*", ".*")],
    # the date column of a withdrawal: «Дата отзыва», «Кері қайтарып алынған күні»
    "withdrawn": [("Fields", r"^withdrawn on$")],
    # an attendance mark's status, not the attendance of a training
    "attendance": [("Problems", r"attendance status")],
    # a reviewer's conflict of interest, not a sync conflict (қайшылық)
    "conflict": [("ReviewDialog", r"what is the conflict")],
    # «М.П.» and «М.О.» abbreviate the place of the seal
    "seal": [("documents", r"^seal \(if any\)$")],
}


def term_pattern(term: str, lang: str) -> re.Pattern[str]:
    """A term as it appears inflected: Russian words cut to their stem (заявка → заяв: заявок, заявки), Kazakh
    words without a final vowel and with the final consonant's alternation (парақ ~ парағы, топ ~ тобы)."""
    parts = []
    for word in term.lower().split():
        if lang == "ru" and word.endswith("ация") and len(word) > 8:  # синхронизация ~ синхронизировать
            stem = re.escape(word[:-4])
        elif lang == "ru" and len(word) > 5:
            bare = word.rstrip(ENDINGS)
            stem = re.escape(bare[:max(4, len(bare) - 1)])
        elif lang == "kk" and len(word) >= 3:
            bare = word.rstrip(ENDINGS) if len(word) >= 4 else word
            stem = re.escape(bare[:-1]) + KK_ALTERNATION.get(bare[-1], re.escape(bare[-1]))
        else:
            stem = re.escape(word)
        parts.append(stem)
    return re.compile(r"\w*\W+".join(parts), re.IGNORECASE)


def english_use(text: str, term: str) -> re.Match[str] | None:
    words = r"\s+".join(re.escape(w) for w in term.split())
    return re.search(rf"(?<![\w-]){words}(s|es|'s)?(?![\w-])", text, re.IGNORECASE)


def ts_messages() -> list[tuple[str, str, dict[str, list[str]]]]:
    """(context, English source, {language: translations}) of every message of the three .ts files."""
    found: dict[tuple[str, str], dict[str, list[str]]] = {}
    for lang in ("ru", "kk", "en"):
        root = ET.parse(i18n.translations_dir() / f"fieldapp_{lang}.ts").getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
                texts = forms or [(translation.text or "") if translation is not None else ""]
                key = (context.findtext("name") or "", message.findtext("source") or "")
                found.setdefault(key, {})[lang] = [t.replace("&", "") for t in texts if t]
    return [(c, s, t) for (c, s), t in found.items()]


def catalogue_texts() -> list[tuple[str, str, dict[str, list[str]]]]:
    """(catalogue, English text, {language: [text]}) of every key of the document catalogues."""
    import json

    result = []
    for catalogue in sorted({p.name.split(".")[0] for p in TEMPLATES.glob("*.json")}):
        texts = {lang: json.loads((TEMPLATES / f"{catalogue}.{lang}.json").read_text(encoding="utf-8"))
                 for lang in ("ru", "kk", "en")}
        flat = {lang: dict(_flatten(texts[lang])) for lang in texts}
        for key, english in flat["en"].items():
            result.append((catalogue, english, {lang: [flat[lang][key]] for lang in ("ru", "kk", "en")
                                                if key in flat[lang]}))
    return result


def _flatten(value: object, key: str = "") -> list[tuple[str, str]]:
    """A catalogue's texts by key; nested lists and objects (the agreement's sections) by their path."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _flatten(v, f"{key}.{k}" if key else str(k))]
    if isinstance(value, list):
        return [pair for i, v in enumerate(value) for pair in _flatten(v, f"{key}[{i}]")]
    return [(key, str(value))]


def another_sense(term: str, where: str, english: str) -> bool:
    return any(re.fullmatch(place, where) and re.search(use, english, re.IGNORECASE)
               for place, use in ANOTHER_SENSE.get(term, []))


def glossary_drift() -> list[str]:
    terms = sorted(glossary().items(), key=lambda item: -len(item[0]))  # "grant call" before "grant"
    drift = []
    for where, english, translations in ts_messages() + catalogue_texts():
        rest = PLACEHOLDER.sub(" ", english.replace("&", ""))
        for key, row in terms:
            use = english_use(rest, key)
            if use is None:
                continue
            rest = rest[:use.start()] + " · " + rest[use.end():]  # a longer term's words are not checked again
            if another_sense(key, where, english.replace("&", "")):
                continue
            for lang in ("ru", "kk", "en"):
                pattern = term_pattern(row[f"term_{lang}"], lang)
                for text in translations.get(lang, []):
                    if not pattern.search(text):
                        drift.append(f"{where} «{english}» ({lang}): «{text}» should use «{row[f'term_{lang}']}»")
    return drift


def test_every_glossary_term_is_used_in_every_message_and_document_text_that_names_it() -> None:
    """A message or a document text whose English names a glossary term says it with the glossary's words in
    Russian, Kazakh and English: in every context of the three .ts files and in every template catalogue."""
    assert glossary_drift() == []


def test_the_check_finds_a_drifted_word(monkeypatch) -> None:
    """The glossary check fails on a message that says «жоба» for a draft or «қауымдастық» for community."""
    drifted = [("ReviewDialog", "Save &draft", {"ru": ["Сохранить черновик"], "kk": ["Жобаны сақтау"]}),
               ("ApplicationDialog", "Community participation", {"ru": ["Участие сообщества"],
                                                                 "kk": ["Қауымдастықтың қатысуы"]})]
    monkeypatch.setattr(sys.modules[__name__], "ts_messages", lambda: drifted)
    monkeypatch.setattr(sys.modules[__name__], "catalogue_texts", lambda: [])
    assert [line.split(" (")[1][:2] for line in glossary_drift()] == ["kk", "kk"]


@pytest.mark.parametrize("avoided", ["игілік алушы", "қауымдастық", "өтініш беруші", "рұқсат етілді", "кері қайтарылды",
                                     "қоса қаржыландыру", "өсу қорытындысы", "салмақталған"])
def test_words_the_glossary_rejects_appear_nowhere_in_kazakh(avoided: str) -> None:
    texts = [t for _w, _e, tr in ts_messages() + catalogue_texts() for t in tr.get("kk", [])]
    assert [t for t in texts if avoided in t.lower()] == []
