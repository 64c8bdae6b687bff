"""The command line, checked from outside: exit codes, one-line errors, JSON on stdout alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldapp import __version__


def fieldapp(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "fieldapp", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)


def test_version() -> None:
    result = fieldapp("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"FieldApp {__version__}"


def test_every_subcommand_has_help() -> None:
    for command in (["init"], ["check"], ["backup"], ["summary"], ["demo", "create"]):
        result = fieldapp(*command, "--help")
        assert result.returncode == 0, command
        assert "usage:" in result.stdout


def test_init_makes_an_empty_migrated_database_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "laptop.sqlite"
    assert fieldapp("init", "--db", str(path)).returncode == 0
    again = fieldapp("init", "--db", str(path))
    assert again.returncode != 0
    assert again.stderr.count("\n") == 1 and "already exists" in again.stderr
    assert fieldapp("check", "--db", str(path)).returncode == 0
    summary = json.loads(fieldapp("summary", "--db", str(path), "--json").stdout)
    assert summary == {"organisation": None, "settlements": 0, "people": 0, "trainings": 0, "site_visits": 0,
                       "cycles": []}


def test_demo_create_and_its_summary(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    created = fieldapp("demo", "create", str(path))
    assert created.returncode == 0, created.stderr
    refused = fieldapp("demo", "create", str(path))
    assert refused.returncode != 0 and "--force" in refused.stderr
    assert fieldapp("demo", "create", str(path), "--force").returncode == 0
    assert not list(tmp_path.glob("*.part*"))

    result = fieldapp("summary", "--db", str(path), "--json")
    assert result.returncode == 0
    summary = json.loads(result.stdout)  # nothing else on stdout
    assert summary["organisation"] == {"name": "Общественный фонд «Ашық Қоғам Маңғыстау»", "bin": "940140000385"}
    assert summary["settlements"] == 4
    assert summary["people"] > 600 and summary["trainings"] >= 8 and summary["site_visits"] >= 56
    first, second = summary["cycles"][:2]
    assert (first["applications"], first["funded"], first["participants"], first["beneficiaries"]) == (
        17, 10, 350, 5400)
    assert (second["applications"], second["funded"]) == (53, 18)
    assert second["participants"] > 300 and second["beneficiaries"] > 0


@pytest.mark.parametrize("content", [b"", b"not a database at all", b"SQLite format 3\x00" + b"\x01" * 2000])
def test_check_explains_a_broken_file_in_one_line(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(content)
    result = fieldapp("check", "--db", str(path))
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_check_finds_a_truncated_database(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "truncated.sqlite"
    data = demo_template.read_bytes()
    path.write_bytes(data[: len(data) // 2 // 4096 * 4096])  # cut on a page boundary
    result = fieldapp("check", "--db", str(path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_backup_while_another_process_writes(tmp_path: Path, demo_path: Path) -> None:
    target = tmp_path / "copy" / "backup.sqlite"
    result = fieldapp("backup", "--db", str(demo_path), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert fieldapp("check", "--db", str(target)).returncode == 0
    original = json.loads(fieldapp("summary", "--db", str(demo_path), "--json").stdout)
    copy = json.loads(fieldapp("summary", "--db", str(target), "--json").stdout)
    assert original == copy


def test_unknown_database_is_one_line(tmp_path: Path) -> None:
    result = fieldapp("summary", "--db", str(tmp_path / "nope.sqlite"), "--json")
    assert result.returncode != 0
    assert result.stdout == "" and result.stderr.startswith("fieldapp: ") and result.stderr.count("\n") == 1


def test_building_the_command_line_imports_no_heavy_library() -> None:
    """--help, --version and the GUI's start must not wait for SQLAlchemy, reportlab or Qt."""
    code = (
        "import sys\nfrom fieldapp.cli import build_parser\nbuild_parser()\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'reportlab', 'PySide6', 'alembic',"
        " 'openpyxl', 'fastapi', 'httpx', 'cryptography'})\nprint(heavy)\nsys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
