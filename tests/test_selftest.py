"""`fieldapp --self-test`: a field officer's laptop says in one screen whether the installation works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp.cli import selftest

CHECK_NAMES = ["data folder", "database", "pdf", "text data", "translations", "qt"]


@pytest.fixture(autouse=True)
def offscreen(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def names(out: str) -> list[str]:
    return [line.split(":")[0].split(None, 1)[1] for line in out.splitlines()]


def test_a_working_installation_passes_every_check(capsys):
    assert selftest.run_self_test() == 0
    out = capsys.readouterr().out
    assert names(out) == CHECK_NAMES
    assert all(line.startswith("ok ") for line in out.splitlines())
    assert "schema " in out and "SQLCipher" in out


def test_it_says_where_the_data_lives_and_fails_when_it_cannot_write_there(tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "data"))
    assert selftest.check_data_folder(tmp_path) == f"{tmp_path / 'data'} (set by FIELDAPP_DATA_DIR), writable"
    (tmp_path / "stick").write_text("a file where a folder should be")
    monkeypatch.setenv("FIELDAPP_DATA_DIR", str(tmp_path / "stick" / "FieldAppData"))
    with pytest.raises(selftest.SelfTestFailure, match="cannot write in .*stick"):
        selftest.check_data_folder(tmp_path)


def test_a_missing_font_fails_the_pdf_check_and_the_others_still_run(monkeypatch, capsys):
    monkeypatch.setattr(selftest, "PDF_FONT", ("fonts", "NoSuchFont.ttf"))
    assert selftest.run_self_test() == 1
    captured = capsys.readouterr()
    lines = dict(zip(names(captured.out), captured.out.splitlines(), strict=True))
    assert lines["pdf"].startswith("FAIL  pdf: ")
    assert lines["database"].startswith("ok ")
    assert captured.err.strip() == "fieldapp: self-test failed: pdf, qt"  # qt also draws with that font


def test_a_font_without_kazakh_letters_is_refused(tmp_path, monkeypatch):
    import reportlab

    from fieldapp import paths

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # Latin only
    monkeypatch.setattr(paths, "resource", lambda *parts: vera)
    with pytest.raises(selftest.SelfTestFailure, match="no glyph for U\\+04D8"):
        selftest.check_pdf(tmp_path)


def test_missing_interface_translations_fail_once_the_gui_is_installed(tmp_path, monkeypatch):
    import importlib.util

    from fieldapp import paths

    resources = tmp_path / "resources"
    (resources / "translations").mkdir(parents=True)
    monkeypatch.setattr(paths, "resource_dir", lambda: resources)
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: object() if name == "fieldapp.ui.app" else real_find_spec(name, *a))
    with pytest.raises(selftest.SelfTestFailure, match="no compiled translation for ru, kk"):
        selftest.check_translations(tmp_path)
    (resources / "translations" / "fieldapp_ru.qm").write_bytes(b"not a translation")
    with pytest.raises(selftest.SelfTestFailure, match="fieldapp_ru.qm does not load"):
        selftest.check_translations(tmp_path)


EMPTY_QM = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")  # what lrelease writes when nothing is translated
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{lang}"><context><name>MainWindow</name>
<message><source>People</source><translation>{text}</translation></message></context></TS>
"""


def compile_ts(folder: Path, lang: str, text: str) -> Path:
    lrelease = Path(sys.executable).parent / ("pyside6-lrelease" + (".exe" if os.name == "nt" else ""))
    source = folder / f"fieldapp_{lang}.ts"
    source.write_text(TS.format(lang=lang, text=text), encoding="utf-8")
    subprocess.run([str(lrelease), "-silent", str(source)], check=True)
    return source.with_suffix(".qm")


def test_russian_and_kazakh_must_hold_translations_english_may_be_empty(tmp_path, monkeypatch):
    import importlib.util

    from fieldapp import paths

    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True)
    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path / "resources")
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: object() if name == "fieldapp.ui.app" else real_find_spec(name, *a))
    (translations / "fieldapp_en.qm").write_bytes(EMPTY_QM)
    compile_ts(translations, "ru", "Люди")
    compile_ts(translations, "kk", "Адамдар")
    assert selftest.check_translations(tmp_path) == "interface: en, kk, ru; Qt's own: ru"
    (translations / "fieldapp_kk.qm").write_bytes(EMPTY_QM)
    with pytest.raises(selftest.SelfTestFailure, match="fieldapp_kk.qm holds no translated text"):
        selftest.check_translations(tmp_path)


@pytest.mark.parametrize("argv", [["--self-test"], ["self-test"]])
def test_the_flag_and_the_subcommand_both_run_it(argv):
    result = subprocess.run([sys.executable, "-m", "fieldapp", *argv], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert names(result.stdout) == CHECK_NAMES


def test_self_test_has_help():
    result = subprocess.run([sys.executable, "-m", "fieldapp", "self-test", "--help"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert "temporary folder" in result.stdout
