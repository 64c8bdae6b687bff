"""Every refusal and problem the program can raise has words in the interface (fieldapp/ui/problems.py), and
every value those words name is given by the code that raises it: the interface never falls back to the core's
English, and never reads it."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

import fieldapp
from fieldapp.problems import FormInvalid, Invalid, Problem

ROOT = Path(fieldapp.__file__).parent
#: calls that make a problem: where their code and params are (position, keyword)
MAKERS = {
    "Invalid": ((0, "code"), (3, "params")),
    "Problem": ((0, "code"), (2, "params")),
    "warn": ((0, "code"), (2, "params")),
    "cell_problem": ((1, "code"), None),  # its params are its keywords, and "cell"
    "refuse": ((1, "code"), (3, "params")),  # a row of the register of paper projects
}
#: codes passed as a variable, from a table the test reads separately (WHY_NOT's (code, English) pairs)
VARIABLE_CODES = {("services/workflow.py", "code"),
                  # the makers' own definitions: their callers are checked
                  ("services/review_sheets.py", "code"), ("imports/roster.py", "code"),
                  ("imports/application_register.py", "code"), ("imports/project_register.py", "code")}
CODE = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")


@dataclass
class Site:
    where: str
    code: str
    params: set[str] | None  # None: not known from the source (passed on from another problem)
    notes: list[str] = field(default_factory=list)


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == keyword:
            return kw.value
    return call.args[position] if len(call.args) > position else None


def _literal_codes(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        both = (_literal_codes(node.body), _literal_codes(node.orelse))
        return None if None in both else [*both[0], *both[1]]  # type: ignore[misc]
    return None


def sites() -> tuple[list[Site], list[str]]:
    """Every place a problem is made, and the places whose code cannot be read from the source."""
    found: list[Site] = []
    unreadable: list[str] = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("ui/forms/") or relative in ("problems.py", "ui/problems.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Tuple) and len(node.elts) == 2 and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts) \
                    and CODE.match(node.elts[0].value) and " " in node.elts[1].value:
                found.append(Site(f"{relative}:{node.lineno}", node.elts[0].value, None))  # a (code, English) pair
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else (
                node.func.attr if isinstance(node.func, ast.Attribute) else "")
            if name not in MAKERS:
                continue
            (code_at, code_kw), params_at = MAKERS[name]
            code = _argument(node, code_at, code_kw)
            where = f"{relative}:{node.lineno}"
            if code is None:
                continue
            codes = _literal_codes(code)
            if codes is None:
                passed_on = isinstance(code, ast.Attribute) and code.attr == "code"
                if not passed_on and (relative, getattr(code, "id", "")) not in VARIABLE_CODES:
                    unreadable.append(where)
                continue
            if params_at is None:
                params: set[str] | None = {"cell"} | {kw.arg for kw in node.keywords if kw.arg}
            else:
                given = _argument(node, *params_at)
                if given is None:
                    params = set()
                elif isinstance(given, ast.Dict) and all(isinstance(k, ast.Constant) for k in given.keys):
                    params = {k.value for k in given.keys}  # type: ignore[union-attr]
                else:
                    params = None
            found += [Site(where, c, params) for c in codes]
    return found, unreadable


def test_every_problem_the_program_raises_has_words_naming_what_it_is_given(qapp) -> None:
    from fieldapp.ui import problems

    found, unreadable = sites()
    assert unreadable == [], "a problem's code must be written out where it is raised"
    codes = {s.code for s in found}
    # the check sees the core's modules, the imports, the screens' own checks and the scoring sheets
    assert {"workflow.envelope", "budget.split", "rows.format", "register.duplicate", "sheet.range",
            "import.left_empty", "age.format", "workflow.why.not_checked", "iin.checksum", "role.head_office"} <= codes
    texts = problems.texts()
    assert sorted(codes - set(texts)) == []
    missing = []
    for site in found:
        wanted = set(re.findall(r"\{(\w+)\}", texts[site.code]))
        if site.params is not None and not wanted <= site.params:
            missing.append(f"{site.where} {site.code}: {sorted(wanted - site.params)}")
    assert missing == []


def test_the_words_come_from_the_code_and_its_params_never_from_the_english(qapp) -> None:
    """The English message may say anything: the interface words only the code and the values it names."""
    from decimal import Decimal

    from fieldapp.ui import i18n
    from fieldapp.ui.problems import problem

    i18n.install("ru")
    try:
        text = problem(Invalid("rows.format", "whatever the core says", params={"part": "3–x"}))
        assert text == "«3–x» — не номер строки и не диапазон вида 3-7"
        nested = Problem("import.left_empty", "English", {"field": "phone", "problem": Problem("phone.invalid")})
        assert problem(nested).startswith("Телефон: ") and "English" not in problem(nested)
        form = FormInvalid({"title": Invalid("required", "x", "title"), "cycle_id": Invalid("call.cycle", "y")})
        assert problem(form) == "Это поле обязательно; Выберите цикл программы для конкурса"
        money = problem(Invalid("application.over_max", "?", params={"amount": Decimal("1500.5")}))
        assert "1\u202f500,50\u00a0₸" in money or "1 500,50 ₸" in money.replace("\u202f", " ").replace("\u00a0", " ")
    finally:
        i18n.install("en")


def test_the_check_sees_a_problem_without_words(qapp, tmp_path) -> None:
    """What the completeness check reads from a source: the code, and the params given."""
    tree = ast.parse('raise Invalid("brand.new", "English", params={"name": x})\n'
                     'Problem("sheet.score", "x", {"cell": c})\n')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") in MAKERS]
    assert [_literal_codes(_argument(c, *MAKERS[c.func.id][0])) for c in calls] == [["brand.new"], ["sheet.score"]]
