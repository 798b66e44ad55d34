"""tagger as a user installs it: a wheel that carries its data, a CLI that works from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import EXAMPLES, ROOT, release_of

# Repository folder -> where a wheel installs it (pyproject.toml's package-dir).
DATA_FOLDERS = {"taxonomy": "tagger/taxonomy_source", "schemas": "tagger/schemas"}


def _shipped(folder: str) -> dict[str, bytes]:
    root = ROOT / folder
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


def test_the_wheel_carries_every_data_file(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    (wheel,) = tmp_path.glob("tagger-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for folder, installed in DATA_FOLDERS.items():
            files = _shipped(folder)
            assert files, folder
            for name, data in files.items():
                assert f"{installed}/{name}" in names, f"{folder}/{name} is not in the wheel"
                assert archive.read(f"{installed}/{name}") == data
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert any("arelle-release" in r and "extra == \"arelle\"" in r for r in requires)
    assert not any(("arelle" in r or "pytest" in r or "jsonschema " in r) and "extra ==" not in r for r in requires)


def test_the_command_works_from_any_folder(tmp_path: Path) -> None:
    """Installed tagger reads its data through the package, not the working folder."""
    tagger = Path(sys.executable).parent / "tagger"
    release = release_of(next(e for e in EXAMPLES if e.name == "fibercore-2003-05-19-fy2002-results"))
    tagged = subprocess.run([str(tagger), "tag", str(release), "-o", "out"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert tagged.returncode == 0, tagged.stderr
    checked = subprocess.run([str(tagger), "validate", *(str(p) for p in sorted((tmp_path / "out").iterdir()))],
                             cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0 and checked.stdout.count(": valid") == 2, checked.stdout + checked.stderr
