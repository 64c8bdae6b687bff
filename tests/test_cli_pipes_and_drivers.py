"""The command line when its reader goes away (``fieldapp … | head``) and when the hub's PostgreSQL driver is
missing (issue 11, items 14 and 15)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

COMMANDS = [
    ["trainings", "list", "--json", "--db", "{db}"],
    ["summary", "--json", "--db", "{db}"],
    ["dump", "--db", "{db}"],
    ["calls", "list", "--db", "{db}"],
    ["--version"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_a_command_whose_output_is_cut_off_exits_quietly(command: list[str], demo_path: Path) -> None:
    """The reader is gone before the first byte is written, as `head` is after its ten lines."""
    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run([sys.executable, "-m", "fieldapp", *(a.format(db=demo_path) for a in command)],
                                stdout=write, stderr=subprocess.PIPE, text=True, env=ENV, timeout=300)
    finally:
        os.close(write)
    assert result.stderr == ""
    assert result.returncode == 141  # as a program killed by SIGPIPE: the shell's `head` idiom


def test_head_reads_the_first_lines_of_a_long_output(demo_path: Path) -> None:
    shell = f"{sys.executable} -m fieldapp dump --db '{demo_path}' | head -n 3"
    result = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, env=ENV, timeout=300)
    assert result.stdout.count("\n") == 3
    assert result.stderr == ""


NO_PSYCOPG = """
import sys
sys.modules["psycopg"] = None  # as on a laptop installed without the [postgres] extra
from fieldapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("url", ["postgresql+psycopg://fieldapp:secret@localhost/hub",
                                 "postgresql://fieldapp:secret@localhost/hub"])
@pytest.mark.parametrize("command", [["server"], ["server", "dump"], ["server", "enroll", "--name", "Kuryk"]],
                         ids=["serve", "dump", "enroll"])
def test_a_hub_on_postgresql_without_the_driver_says_how_to_install_it(
        command: list[str], url: str, tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", NO_PSYCOPG, *command, "--database", url], capture_output=True,
                            text=True, env={**ENV, "FIELDAPP_DATA_DIR": str(tmp_path)}, timeout=300)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "pip install 'fieldapp[postgres]'" in result.stderr
    assert "secret" not in result.stderr
