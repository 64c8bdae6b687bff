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


def test_missing_resources_fail_their_checks_and_the_others_still_run(tmp_path, monkeypatch, capsys):
    from fieldapp import paths

    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path / "resources")
    assert selftest.run_self_test() == 1
    captured = capsys.readouterr()
    lines = dict(zip(names(captured.out), captured.out.splitlines(), strict=True))
    assert lines["translations"].startswith("FAIL  translations: no compiled translation for ru, kk")
    assert lines["qt"].startswith("FAIL  qt: ")
    assert lines["database"].startswith("ok ") and lines["text data"].startswith("ok ")
    assert captured.err.startswith("fieldapp: self-test failed: ")
    assert "translations" in captured.err and "qt" in captured.err


def test_a_font_without_kazakh_letters_is_noticed():
    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    from fieldapp.paths import resource

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # Latin only
    assert "Ә" in selftest.missing_glyphs(TTFont("SelfTestVera", str(vera)).face)
    assert selftest.missing_glyphs(TTFont("SelfTestDejaVu", str(resource("fonts", "DejaVuSans.ttf"))).face) == []


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
    from fieldapp import paths

    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True)
    monkeypatch.setattr(paths, "resource_dir", lambda: tmp_path / "resources")
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
