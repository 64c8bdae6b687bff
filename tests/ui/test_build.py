"""The generated forms and compiled translations in the repository are what the build makes now."""

from __future__ import annotations

from fieldapp.ui import build


def test_committed_forms_and_translations_are_current() -> None:
    assert build.stale_outputs() == []


def test_generated_forms_are_stamped_do_not_edit() -> None:
    forms = sorted(build.FORMS_OUT.glob("ui_*.py"))
    assert {f.name for f in forms} == {f"ui_{s.stem}.py" for s in build.FORMS_SRC.glob("*.ui")}
    for form in forms:
        assert "do not edit" in form.read_text(encoding="utf-8").splitlines()[0]


def test_only_changed_forms_are_rebuilt(tmp_path) -> None:
    first = build.build_forms(tmp_path)
    assert len(first) == len(list(build.FORMS_SRC.glob("*.ui")))
    assert build.build_forms(tmp_path) == []
