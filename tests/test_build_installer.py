"""build_installer.py: a release manager builds the bundle, wraps it for each platform, and it runs anywhere."""

from __future__ import annotations

import configparser
import importlib.util
import os
import stat
import subprocess
import sys
import tarfile
from pathlib import Path, PurePosixPath

import pytest
from conftest import require_tool

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
assert _spec is not None and _spec.loader is not None
bi = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("build_installer", bi)
_spec.loader.exec_module(bi)

LINUX = bi.Target("linux", "x86_64")
WINDOWS = bi.Target("windows", "x86_64")
MACOS = bi.Target("macos", "arm64")
MINIMAL_ENV = {"HOME": os.environ.get("HOME", "/tmp"), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
               "LANG": "C"}


def fake_bundle(dist: Path, version: str) -> Path:
    """A stand-in for the built folder whose program answers --version like the real one."""
    bundle = dist / "FieldApp"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "fieldapp"
    exe.write_text(f"#!/bin/sh\necho 'FieldApp {version}'\n")
    exe.chmod(0o755)
    (bundle / "_internal" / "libpython3.so").write_bytes(b"\x7fELF")
    return bundle


# --- the version and the command line ---------------------------------------------------------------------

def test_the_version_comes_from_pyproject(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "fieldapp"\nversion = "2.3.4"\n')
    assert bi.read_version(pyproject) == "2.3.4"
    pyproject.write_text('[project]\nname = "fieldapp"\n')
    with pytest.raises(bi.BuildError, match="no \\[project\\] version"):
        bi.read_version(pyproject)


def test_the_repository_version_is_the_one_the_installed_app_reports():
    import fieldapp

    assert bi.read_version() == fieldapp.__version__


@pytest.mark.parametrize("command", ["build", "package", "clean"])
def test_every_subcommand_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        bi.main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert f"build_installer.py {command}" in out
    assert len(out.splitlines()) > 3


def test_a_subcommand_is_required_and_unknown_ones_are_refused(capsys):
    for argv in ([], ["install"], ["build", "--onefile"]):
        with pytest.raises(SystemExit) as exit_:
            bi.main(argv)
        assert exit_.value.code == 2
    assert "invalid choice: 'install'" in capsys.readouterr().err


def test_package_without_a_build_says_what_to_do(tmp_path, capsys):
    code = bi.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work"), "package"], target=LINUX)
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "run 'python build_installer.py build' first" in err


def test_package_refuses_a_bundle_of_another_version(tmp_path, capsys):
    fake_bundle(tmp_path / "dist", "0.0.1")
    code = bi.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work"), "package"], target=LINUX)
    assert code == 1
    assert "is version 0.0.1" in capsys.readouterr().err
    assert not list((tmp_path / "dist").glob("*.tar.gz"))


def test_build_refuses_stale_forms_or_translations_before_running_pyinstaller(tmp_path, monkeypatch, capsys):
    ran = []

    def run(cmd, **kwargs):
        ran.append(cmd)
        return subprocess.CompletedProcess(cmd, 1 if cmd == bi.GENERATED_CHECK else 0)

    monkeypatch.setattr(bi.subprocess, "run", run)
    code = bi.main(["--dist", str(tmp_path / "dist"), "--work", str(tmp_path / "work"), "build"], target=LINUX)
    assert code == 1
    assert ran == [bi.GENERATED_CHECK]
    assert "run 'python -m fieldapp.ui.build'" in capsys.readouterr().err


def test_a_new_build_replaces_the_old_folder_in_one_step(tmp_path):
    dist = tmp_path / "dist"
    old = fake_bundle(dist, "1.1.0")
    (old / "_internal" / "stale.so").write_bytes(b"old")
    staging = tmp_path / "work" / "dist"
    fake_bundle(staging, "1.2.0")
    bi.replace_folder(staging / "FieldApp", dist / "FieldApp")
    assert "1.2.0" in (dist / "FieldApp" / "fieldapp").read_text()
    assert not (dist / "FieldApp" / "_internal" / "stale.so").exists()
    assert sorted(p.name for p in dist.iterdir()) == ["FieldApp"]
    assert not (staging / "FieldApp").exists()


def test_a_failed_pyinstaller_run_leaves_the_previous_bundle_alone(tmp_path, monkeypatch, capsys):
    dist = tmp_path / "dist"
    fake_bundle(dist, "1.1.0")

    def run(cmd, **kwargs):
        if "PyInstaller" in cmd:
            (Path(cmd[cmd.index("--distpath") + 1]) / "FieldApp").mkdir(parents=True)  # half made
            return subprocess.CompletedProcess(cmd, 1)
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(bi.subprocess, "run", run)
    code = bi.main(["--dist", str(dist), "--work", str(tmp_path / "work"), "build"], target=LINUX)
    assert code == 1
    assert "PyInstaller failed" in capsys.readouterr().err
    assert "1.1.0" in (dist / "FieldApp" / "fieldapp").read_text()


def test_targets_name_their_programs_and_packages():
    assert WINDOWS.executables == ("FieldApp.exe", "fieldapp-cli.exe")
    assert LINUX.executables == MACOS.executables == ("fieldapp",)
    assert LINUX.package_name("1.2.0") == "FieldApp-1.2.0-linux-x86_64.tar.gz"
    assert WINDOWS.package_name("1.2.0") == "FieldApp-1.2.0-windows-x64-setup.exe"
    assert MACOS.package_name("1.2.0") == "FieldApp-1.2.0-macos-arm64.dmg"
    dist = Path("dist")
    assert WINDOWS.cli_path(dist) == dist / "FieldApp" / "fieldapp-cli.exe"
    assert MACOS.cli_path(dist) == dist / "FieldApp.app" / "Contents" / "MacOS" / "fieldapp"
    assert MACOS.outputs() == ("FieldApp", "FieldApp.app") and LINUX.outputs() == WINDOWS.outputs() == ("FieldApp",)
    assert bi.Target.current().system == {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


def test_the_pyinstaller_command_uses_the_build_python(tmp_path):
    command = bi.pyinstaller_command(tmp_path / "FieldApp.spec", tmp_path / "dist", tmp_path / "work", clean=True)
    assert command[:3] == [sys.executable, "-m", "PyInstaller"]
    assert command[-1] == str(tmp_path / "FieldApp.spec")
    assert "--clean" in command and "--noconfirm" in command
    assert command[command.index("--distpath") + 1] == str(tmp_path / "dist")


# --- the spec: what goes into the bundle ----------------------------------------------------------------------

class SpecRecorder:
    """Runs a generated spec with PyInstaller's build classes replaced by recorders."""

    def __init__(self):
        self.calls: list[tuple[str, tuple, dict]] = []

    def namespace(self) -> dict:
        recorder = self

        class Analysis:
            def __init__(self, scripts, **kwargs):
                recorder.calls.append(("Analysis", (scripts,), kwargs))
                self.binaries = [("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x/libqeglfs.so", "BINARY")]
                self.datas = [("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA")]
                self.scripts, self.pure = ["main"], ["pure"]

        def record(kind):
            def call(*args, **kwargs):
                recorder.calls.append((kind, args, kwargs))
                return kind
            return call

        return {"Analysis": Analysis, "PYZ": record("PYZ"), "EXE": record("EXE"), "COLLECT": record("COLLECT"),
                "BUNDLE": record("BUNDLE")}

    def of(self, kind: str) -> list[tuple[tuple, dict]]:
        return [(args, kwargs) for name, args, kwargs in self.calls if name == kind]


@pytest.fixture
def light_spec_helpers(monkeypatch):
    """The spec's collection helpers import the whole app in a subprocess; the spec's shape does not need that."""
    monkeypatch.setattr(bi, "hidden_imports", lambda: ["fieldapp.cli.selftest"])
    monkeypatch.setattr(bi, "elf_needs", lambda toc: {})


def run_spec(target) -> SpecRecorder:
    recorder = SpecRecorder()
    exec(compile(bi.render_spec(target, "1.2.0"), "FieldApp.spec", "exec"), recorder.namespace())
    return recorder


def test_the_windows_bundle_has_a_windowed_gui_and_a_console_cli_sharing_one_folder(light_spec_helpers):
    spec = run_spec(WINDOWS)
    exes = {kwargs["name"]: kwargs for _args, kwargs in spec.of("EXE")}
    assert set(exes) == {"FieldApp", "fieldapp-cli"}
    assert exes["FieldApp"]["console"] is False
    assert exes["fieldapp-cli"]["console"] is True
    assert all(kwargs["exclude_binaries"] for kwargs in exes.values())  # onedir, not onefile
    ((args, kwargs),) = spec.of("COLLECT")
    assert args.count("EXE") == 2 and kwargs["name"] == "FieldApp"
    assert not spec.of("BUNDLE")


def test_the_linux_bundle_is_one_stripped_program(light_spec_helpers):
    spec = run_spec(LINUX)
    ((_args, exe),) = spec.of("EXE")
    assert exe["name"] == "fieldapp" and exe["console"] is True and exe["exclude_binaries"]
    ((_args, collect),) = spec.of("COLLECT")
    assert collect["strip"] is True and collect["name"] == "FieldApp"


def test_the_macos_bundle_is_an_app_with_the_version(light_spec_helpers):
    spec = run_spec(MACOS)
    ((_args, bundle),) = spec.of("BUNDLE")
    assert bundle["name"] == "FieldApp.app"
    assert bundle["info_plist"]["CFBundleShortVersionString"] == "1.2.0"


def test_the_spec_leaves_out_unused_qt_and_filters_what_the_hooks_collect(light_spec_helpers):
    spec = run_spec(LINUX)
    (((scripts,), analysis),) = spec.of("Analysis")
    assert scripts == [str(ROOT / "fieldapp" / "__main__.py")]
    for module in ("PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore",
                   "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtCharts", "tkinter"):
        assert module in analysis["excludes"]
    for module in bi.QT_MODULES_USED:
        assert f"PySide6.{module}" not in analysis["excludes"]
    assert "fieldapp.cli.selftest" in analysis["hiddenimports"]
    dests = {dest for _src, dest in analysis["datas"]}
    assert "fieldapp/resources/fonts" in dests and "fieldapp/db/migrations/versions" in dests
    assert any(dest == "qtawesome/fonts" for dest in dests)


def test_the_data_files_ship_as_the_installed_package_lays_them_out():
    pairs = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in bi.bundle_datas()}
    assert ("resources/fonts/DejaVuSans.ttf", "fieldapp/resources/fonts") in pairs
    assert ("resources/icons/fieldapp.svg", "fieldapp/resources/icons") in pairs
    assert ("fieldapp/db/migrations/env.py", "fieldapp/db/migrations") in pairs
    assert ("fieldapp/db/migrations/script.py.mako", "fieldapp/db/migrations") in pairs
    versions = sorted((ROOT / "fieldapp/db/migrations/versions").glob("0*.py"))
    assert versions
    for script in versions:
        assert (script.relative_to(ROOT).as_posix(), "fieldapp/db/migrations/versions") in pairs
    sources = {src for src, _dest in pairs}
    assert not any("__pycache__" in src or src.endswith((".pyc", ".ts", "__init__.py")) for src in sources)


@pytest.mark.parametrize(("name", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", False),
    ("PySide6/Qt/translations/qtbase_ru.qm", True),
    ("PySide6/Qt/translations/qtbase_kk.qm", True),
    ("PySide6/Qt/translations/qt_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_ru.qm", False),
    ("PySide6\\translations\\qtbase_fr.qm", False),
    ("PySide6\\translations\\qtbase_ru.qm", True),
    ("fieldapp/resources/translations/fieldapp_de.qm", True),
])
def test_only_the_qt_plugins_and_translations_fieldapp_uses_are_kept(name, kept):
    assert bi.wanted(name) is kept


def test_libraries_only_a_dropped_plugin_needed_go_with_it():
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "/s/libqtuio.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libuuid.so.1", "/usr/lib/libuuid.so.1", "BINARY"),  # loaded through ctypes: nobody links it
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("fieldapp/resources/icons/fieldapp.svg", "/r/fieldapp.svg", "DATA"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/r/qtbase_de.qm", "DATA"),
    ]
    needs = {
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6", "libpython3.11.so.1.0"],
        "PySide6/Qt/lib/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so": ["libQt6Network.so.6", "libQt6Gui.so.6"],
        "PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6Gui.so.6"],
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so": ["libcairo.so.2", "libglib-2.0.so.0"],
    }
    kept = bi.reachable(bi.keep_wanted(binaries), [d for d in datas if d[2] == "SYMLINK"], needs)
    assert {name for name, _src, _code in kept} == {
        "PySide6/QtGui.abi3.so", "PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libglib-2.0.so.0", "libuuid.so.1", "libpython3.11.so.1.0",
    }


def test_pruning_also_drops_the_links_to_dropped_libraries(monkeypatch):
    monkeypatch.setattr(bi.sys, "platform", "linux")
    binaries = [
        ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", "/s/libqtuio.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/s/libQt6Network.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "EXTENSION"),
    ]
    datas = [
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_de.qm", "/r/qtbase_de.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_ru.qm", "/r/qtbase_ru.qm", "DATA"),
    ]
    monkeypatch.setattr(bi, "elf_needs", lambda toc: {
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so": ["libQt6Network.so.6", "libQt6Core.so.6"],
        "PySide6/Qt/lib/libQt6Network.so.6": ["libQt6Core.so.6"],
        "PySide6/QtCore.abi3.so": ["libQt6Core.so.6"],
    })
    kept, kept_datas = bi.prune(binaries, datas)
    assert [name for name, _s, _c in kept] == ["PySide6/Qt/lib/libQt6Core.so.6", "PySide6/QtCore.abi3.so"]
    assert [name for name, _s, _c in kept_datas] == ["libQt6Core.so.6", "PySide6/Qt/translations/qtbase_ru.qm"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries are Linux's")
def test_elf_needs_reads_what_a_library_links():
    import _ctypes

    require_tool("objdump")

    needs = bi.elf_needs([("_ctypes.so", _ctypes.__file__, "EXTENSION")])
    assert "libc.so.6" in needs["_ctypes.so"]


# --- Linux: the .tar.gz, its .desktop file and icon -------------------------------------------------------

def test_the_desktop_entry_launches_fieldapp_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read_string(bi.desktop_entry("1.2.0"))
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Name"] == "FieldApp"
    assert desktop["Exec"] == "fieldapp"
    assert desktop["Icon"] == "fieldapp"
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")
    assert desktop["X-FieldApp-Version"] == "1.2.0"
    assert "Гранттық" in desktop["GenericName[kk]"]


def test_the_desktop_entry_passes_the_freedesktop_validator(tmp_path):
    validator = require_tool("desktop-file-validate")
    path = tmp_path / "fieldapp.desktop"
    path.write_text(bi.desktop_entry("1.2.0"))
    result = subprocess.run([validator, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def extract_safely(tar: tarfile.TarFile, target: Path) -> None:
    """What ``extractall(filter="tar")`` does, on every Python that pyproject.toml admits: the filter argument
    arrived in 3.11.4, and Debian 12's own Python is 3.11.2."""
    for member in tar.getmembers():
        assert not member.name.startswith("/") and ".." not in PurePosixPath(member.name).parts, member.name
        assert not (member.issym() or member.islnk()) or not member.linkname.startswith("/"), member.name
    if hasattr(tarfile, "tar_filter"):
        tar.extractall(target, filter="tar")
    else:
        tar.extractall(target)  # noqa: S202 - every member was checked above


def test_the_linux_package_holds_the_folder_the_desktop_file_and_the_icon(tmp_path):
    dist = tmp_path / "dist"
    fake_bundle(dist, "1.2.0")
    out = bi.package_linux(LINUX, dist, "1.2.0")
    assert out == dist / "FieldApp-1.2.0-linux-x86_64.tar.gz"
    assert not list(dist.glob("*.part"))
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
        assert {"FieldApp/fieldapp", "FieldApp/_internal/libpython3.so", "FieldApp/fieldapp.desktop",
                "FieldApp/fieldapp.png", "FieldApp/fieldapp.svg", "FieldApp/install-desktop-entry.sh"} <= set(members)
        assert members["FieldApp/fieldapp"].mode & stat.S_IXUSR
        assert members["FieldApp/install-desktop-entry.sh"].mode & stat.S_IXUSR
        assert all(m.uid == 0 and m.uname == "" for m in members.values())
        assert tar.extractfile("FieldApp/fieldapp.png").read()[:8] == b"\x89PNG\r\n\x1a\n"
        extract_safely(tar, tmp_path / "installed")
    home = tmp_path / "home"
    result = subprocess.run(["sh", str(tmp_path / "installed/FieldApp/install-desktop-entry.sh")],
                            env={"HOME": str(home), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    entry = (home / ".local/share/applications/fieldapp.desktop").read_text()
    assert f'Exec="{tmp_path}/installed/FieldApp/fieldapp"' in entry.splitlines()
    assert (home / ".local/share/icons/hicolor/256x256/apps/fieldapp.png").is_file()


# --- Windows: the Inno Setup script and iscc -------------------------------------------------------------

def inno_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None and line and not line.startswith(";"):
            current.append(line)
    return sections


def test_the_inno_setup_script_installs_the_folder_per_user_with_the_version():
    iss = bi.inno_setup_script("1.2.0rc1", Path(r"C:\b\dist\FieldApp"), Path(r"C:\b\work\fieldapp.ico"),
                               Path(r"C:\b\dist"), WINDOWS)
    sections = inno_sections(iss)
    assert set(sections) == {"Setup", "Languages", "Tasks", "InstallDelete", "Files", "Icons", "Run"}
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["AppVersion"] == "1.2.0rc1"
    assert setup["VersionInfoVersion"] == "1.2.0.0"
    assert setup["AppId"] == "{{6F1C8E2A-4B7D-4E55-9A3C-2D8B5F0E7A41}"  # Inno's escaped brace, fixed forever
    assert setup["OutputBaseFilename"] == "FieldApp-1.2.0rc1-windows-x64-setup"
    assert setup["OutputDir"] == r"C:\b\dist"
    assert setup["SetupIconFile"] == r"C:\b\work\fieldapp.ico"
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{autopf}\FieldApp"
    assert sections["Files"] == [r'Source: "C:\b\dist\FieldApp\*"; DestDir: "{app}"; '
                                 "Flags: ignoreversion recursesubdirs createallsubdirs"]
    assert all(r"{app}\FieldApp.exe" in line for line in sections["Icons"])
    assert "{{" not in iss.replace(setup["AppId"], "")


@pytest.mark.parametrize(("version", "numeric"), [("0.1.0", "0.1.0.0"), ("1.2.3.4.5", "1.2.3.4"),
                                                   ("2.0rc1", "2.0.0.0"), ("3", "3.0.0.0")])
def test_windows_version_numbers_have_four_parts(version, numeric):
    assert bi._numeric_version(version) == numeric


def fake_windows_bundle(dist: Path) -> Path:
    bundle = dist / "FieldApp"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    (bundle / "FieldApp.exe").write_bytes(b"MZ gui")
    (bundle / "fieldapp-cli.exe").write_bytes(b"MZ cli")
    (bundle / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ qt")
    return bundle


def test_the_windows_portable_zip_is_the_folder_with_the_marker(tmp_path):
    import zipfile

    from fieldapp.paths import PORTABLE_MARKER

    fake_windows_bundle(tmp_path / "dist")
    out = bi.portable_zip(WINDOWS, tmp_path / "dist", "1.2.0")
    assert out == tmp_path / "dist" / "FieldApp-1.2.0-windows-x64-portable.zip"
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["FieldApp/FieldApp.exe", "FieldApp/_internal/PySide6/Qt6Core.dll",
                                              "FieldApp/fieldapp-cli.exe", f"FieldApp/{PORTABLE_MARKER}"]
        assert "FieldAppData" in archive.read(f"FieldApp/{PORTABLE_MARKER}").decode()
    assert not list((tmp_path / "dist").glob("*.part"))


def test_without_iscc_the_windows_package_explains_and_leaves_the_script(tmp_path, monkeypatch):
    monkeypatch.setattr(bi, "find_iscc", lambda: None)
    fake_windows_bundle(tmp_path / "dist")
    with pytest.raises(bi.BuildError, match="Inno Setup's compiler \\(iscc\\) was not found") as error:
        bi.package_windows(WINDOWS, tmp_path / "dist", tmp_path / "work", "1.2.0")
    assert "https://jrsoftware.org" in str(error.value)
    assert "FieldApp-1.2.0-windows-x64-portable.zip" in str(error.value)
    assert (tmp_path / "dist" / "FieldApp-1.2.0-windows-x64-portable.zip").is_file()
    iss = tmp_path / "work" / "FieldApp-1.2.0.iss"
    assert "AppVersion=1.2.0" in iss.read_text()
    assert (tmp_path / "work" / "fieldapp.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_with_iscc_the_windows_package_compiles_the_script(tmp_path, monkeypatch):
    ran = []
    monkeypatch.setattr(bi, "find_iscc", lambda: Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"))
    monkeypatch.setattr(bi.subprocess, "run", lambda cmd, **kw: ran.append(cmd) or subprocess.CompletedProcess(cmd, 0))
    fake_windows_bundle(tmp_path / "dist")
    out = bi.package_windows(WINDOWS, tmp_path / "dist", tmp_path / "work", "1.2.0")
    assert out == tmp_path / "dist" / "FieldApp-1.2.0-windows-x64-setup.exe"
    assert ran == [[r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", "/Q", str(tmp_path / "work/FieldApp-1.2.0.iss")]]


# --- macOS: the .app in a .dmg -----------------------------------------------------------------------------

def test_the_macos_package_puts_the_app_and_an_applications_link_in_a_dmg(tmp_path, monkeypatch):
    dist, work = tmp_path / "dist", tmp_path / "work"
    (dist / "FieldApp.app" / "Contents" / "MacOS").mkdir(parents=True)
    (dist / "FieldApp.app" / "Contents" / "MacOS" / "fieldapp").write_text("exe")
    staged = {}

    def hdiutil(cmd, **kwargs):
        staging = Path(cmd[cmd.index("-srcfolder") + 1])
        staged["entries"] = sorted(p.name for p in staging.iterdir())
        staged["link"] = os.readlink(staging / "Applications")
        Path(cmd[-1]).write_bytes(b"dmg")
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(bi.subprocess, "run", hdiutil)
    out = bi.package_macos(MACOS, dist, work, "1.2.0")
    assert out == dist / "FieldApp-1.2.0-macos-arm64.dmg" and out.read_bytes() == b"dmg"
    assert staged == {"entries": ["Applications", "FieldApp.app"], "link": "/Applications"}
    _staging, command = bi.dmg_commands(MACOS, dist, work, "1.2.0")
    assert command[:2] == ["hdiutil", "create"]
    assert command[command.index("-volname") + 1] == "FieldApp 1.2.0"
    assert command[command.index("-format") + 1] == "UDZO"
    assert command[-1].endswith(".dmg") and command[-1] != str(out)
    assert not list(dist.glob(".*"))


# --- clean ---------------------------------------------------------------------------------------------------

def test_clean_removes_only_what_the_build_made(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "work"
    fake_bundle(dist, "1.2.0")
    (dist / "FieldApp-1.2.0-linux-x86_64.tar.gz").write_bytes(b"")
    (dist / "notes.txt").write_text("keep me")
    work.mkdir()
    removed = bi.clean(LINUX, dist, work)
    assert set(removed) == {work, dist / "FieldApp", dist / "FieldApp-1.2.0-linux-x86_64.tar.gz"}
    assert sorted(p.name for p in dist.iterdir()) == ["notes.txt"]


# --- the real thing ------------------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the minimal-environment run is written for Linux")
def test_the_built_bundle_runs_its_self_test_without_this_python(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "work"
    result = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--dist", str(dist),
                             "--work", str(work), "build"], capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    bundle = dist / "FieldApp"
    exe = bundle / "fieldapp"
    size, _files = bi.folder_size(bundle)
    assert size <= 200_000_000, f"the bundle is {size / 1e6:.1f} MB"
    assert not [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()], "dangling links"
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    version = subprocess.run([str(exe), "--version"], env=MINIMAL_ENV, cwd=outside, capture_output=True, text=True,
                             timeout=120)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"FieldApp {bi.read_version()}"
    test = subprocess.run([str(exe), "--self-test"], env=MINIMAL_ENV, cwd=outside, capture_output=True, text=True,
                          timeout=300)
    lines = test.stdout.splitlines()
    assert test.returncode == 0, test.stdout + test.stderr
    assert all(line.startswith("ok ") for line in lines)
    assert [line.split(":")[0].removeprefix("ok").strip() for line in lines] == [
        "data folder", "database", "pdf", "text data", "translations", "qt"]
    assert f"{MINIMAL_ENV['HOME']}/.local/share/FieldApp (this user's), writable" in lines[0]
    (bundle / "portable.txt").write_text("")
    portable = subprocess.run([str(exe), "self-test"], env=MINIMAL_ENV, cwd=outside, capture_output=True, text=True,
                              timeout=300)
    assert portable.returncode == 0, portable.stdout + portable.stderr
    assert portable.stdout.splitlines()[0] == f"ok    data folder: {bundle / 'FieldAppData'} (portable), writable"
