"""Build profiles: which PySide6 line a build bundles (``[tool.counterdesk.profiles]`` in pyproject.toml).

The default profile is whatever ``pyproject.toml`` admits (the newest line).  The 信创
profile pins the last line whose wheels are tagged ``manylinux_2_28`` (glibc 2.28:
UOS 20, Kylin V10), so ``./dev build --target glibc2.28`` and the second test run of
``./dev test`` use the same version from one place.

``python packaging/profiles.py constraints NAME``  pip constraints of the profile (every
    PySide6 distribution and shiboken6 at the profile's version);
``python packaging/profiles.py overlay NAME``      requirements for the test overlay: the
    PySide6 distributions installed in this environment, at the profile's version;
``python packaging/profiles.py version NAME``      the profile's PySide6 version.
"""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The distributions that make up one PySide6 line (their versions must match).
PYSIDE_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6-Addons", "shiboken6")


def profiles(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, dict[str, str]]:
    """``{name: {"pyside6": "6.9.2", "title": …}}`` from pyproject.toml."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    return dict(data.get("tool", {}).get("counterdesk", {}).get("profiles", {}))


def pyside_version(name: str) -> str:
    """The PySide6 version of profile ``name`` (SystemExit with the known names if unknown)."""
    known = profiles()
    if name not in known:
        raise SystemExit(f"unknown build profile {name!r} (known: {', '.join(sorted(known)) or 'none'})")
    return known[name]["pyside6"]


def constraints(name: str) -> list[str]:
    """Every PySide6 distribution pinned to the profile's version."""
    version = pyside_version(name)
    return [f"{dist}=={version}" for dist in PYSIDE_DISTRIBUTIONS]


def overlay(name: str) -> list[str]:
    """The PySide6 distributions installed here (Essentials, and Addons where used), at the profile's version."""
    version = pyside_version(name)
    installed = []
    for dist in PYSIDE_DISTRIBUTIONS:
        try:
            metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
        installed.append(f"{dist}=={version}")
    return installed


def main(argv: list[str]) -> int:
    """Command line (see the module docstring)."""
    commands = {"constraints": constraints, "overlay": overlay, "version": lambda n: [pyside_version(n)]}
    if len(argv) != 2 or argv[0] not in commands:
        print(f"usage: profiles.py {{{'|'.join(commands)}}} PROFILE", file=sys.stderr)
        return 2
    print("\n".join(commands[argv[0]](argv[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
