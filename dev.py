#!/usr/bin/env python3
"""The two commands of the README's quick start; each sets itself up and can be run again safely.

    python3 dev.py demo    # opens FieldApp on a fresh demo database
    python3 dev.py test    # runs the whole test suite (ruff, mypy on the core, then pytest)

The virtual environment lives in .venv and is (re)installed only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "fieldapp-installed.txt"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def venv_version() -> str | None:
    """The Python version .venv was made with (venv writes it to pyvenv.cfg), or None without one."""
    config = VENV / "pyvenv.cfg"
    if not venv_python().exists() or not config.is_file():
        return None
    for line in config.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info"):
            return ".".join(value.strip().split(".")[:3])
    return None


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older Python
        sys.exit(f"FieldApp needs Python 3.11 or newer (this is {sys.version.split()[0]})")
    made_by = venv_version()
    running = ".".join(map(str, sys.version_info[:3]))
    if made_by is not None and made_by != running:  # e.g. .ci/run on Debian's own Python after a pyenv one
        print(f"re-creating .venv for Python {running} (it was made by Python {made_by}) …", flush=True)
        venv.create(VENV, with_pip=True, clear=True)
    elif not venv_python().exists():
        print("creating the virtual environment in .venv …", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("installing FieldApp and its dependencies into .venv …", flush=True)
        subprocess.run([str(venv_python()), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([str(venv_python()), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    return venv_python()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    python = ensure_environment()
    command, rest = argv[0], argv[1:]
    if command == "demo":
        return subprocess.call([str(python), "-m", "fieldapp", "--demo", *rest], cwd=ROOT)
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    lint = subprocess.call([str(python), "-m", "ruff", "check", "fieldapp", "tests", "benchmarks", "dev.py",
                            "build_installer.py"], cwd=ROOT)
    if lint:
        print("ruff found problems (see above)")
        return lint
    types = subprocess.call([str(python), "-m", "mypy"], cwd=ROOT)  # the core, as [tool.mypy] in pyproject says
    if types:
        print("mypy found problems in the core (see above)")
        return types
    if not rest:  # the whole suite: in parallel, a file per worker (the sync tests mostly wait on hubs and links)
        rest = ["-n", str(min(8, (os.cpu_count() or 2) + 1)), "--dist", "loadfile"]
    return subprocess.call([str(python), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
