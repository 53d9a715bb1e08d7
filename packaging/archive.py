"""Pack the built folder into the archive the hall's IT person copies to each PC.

``python packaging/archive.py [--dist dist]`` → ``dist/counterdesk-<version>-<platform>.zip``
on Windows (Explorer opens it) and ``.tar.gz`` elsewhere (keeps the executable bit and
symlinks PyInstaller uses on Linux).  The archive holds the single top folder
``counterdesk/`` so unpacking never scatters files.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def project_version() -> str:
    """The version in ``pyproject.toml`` (the same source the spec reads)."""
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def platform_tag() -> str:
    """``windows-amd64``, ``linux-x86_64``, ``linux-aarch64`` (UOS/Kylin on ARM) …"""
    system = "windows" if sys.platform == "win32" else sys.platform.rstrip("0123456789")
    return f"{system}-{platform.machine().lower()}"


def make_archive(dist: Path, name: str = "counterdesk", suffix: str = "") -> Path:
    """Archive ``dist/<name>`` next to it; returns the archive's path.

    ``suffix`` names a build variant (``glibc2.28`` for the 信创 build).
    """
    folder = dist / name
    if not (folder / (name + (".exe" if sys.platform == "win32" else ""))).exists():
        raise SystemExit(f"找不到打包目录 {folder}（请先运行 ./dev build）")
    base = dist / "-".join(part for part in (name, project_version(), platform_tag(), suffix) if part)
    fmt = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), fmt, root_dir=dist, base_dir=name))


def main(argv: list[str] | None = None) -> int:
    """Command line: print the archive's path."""
    parser = argparse.ArgumentParser(description="打包安装文件夹")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--suffix", default="", help="构建变体，例如 glibc2.28")
    args = parser.parse_args(argv)
    print(make_archive(args.dist, suffix=args.suffix))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
