"""Which glibc a built folder needs: the newest ``GLIBC_x.y`` symbol version of any ELF file in it.

``python packaging/glibc_floor.py DIR [--max 2.28]`` runs ``objdump -T`` over every ELF
file under ``DIR`` (executables, shared libraries, Qt plugins, Python extension
modules), prints the newest glibc version each one asks for and the newest overall,
and exits 1 when any file needs more than ``--max``.

Why symbol versions: a program built on a newer glibc still starts on an older one
exactly when every glibc symbol it binds is versioned at or below that older release
(glibc keeps every old version of a symbol).  This is the test manylinux wheels are
held to; a bundled file that binds ``GLIBC_2.29`` (``exp``/``log``/``pow`` from a newer
libm, say) makes the whole folder fail on UOS 20 with "version `GLIBC_2.29' not found".
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
_GLIBC = re.compile(r"\bGLIBC_(\d+(?:\.\d+)+)\b")

Version = tuple[int, ...]


def parse_version(text: str) -> Version:
    """``"2.28"`` → ``(2, 28)``; ``"2.2.5"`` → ``(2, 2, 5)``."""
    return tuple(int(part) for part in text.split("."))


def show(version: Version) -> str:
    """``(2, 28)`` → ``"2.28"``."""
    return ".".join(str(part) for part in version)


@dataclass(frozen=True)
class ElfNeed:
    """One ELF file and the glibc symbol versions it binds (empty: no glibc symbols)."""

    path: Path
    versions: frozenset[Version]

    @property
    def newest(self) -> Version | None:
        """The newest glibc version this file needs, or None."""
        return max(self.versions) if self.versions else None


def is_elf(path: Path) -> bool:
    """True for a regular file that starts with the ELF magic (symlinks are checked through their target)."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(4) == ELF_MAGIC
    except OSError:
        return False


def elf_files(folder: Path) -> Iterator[Path]:
    """Every ELF file under ``folder``, in a stable order."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if is_elf(path):
                yield path


def glibc_versions(path: Path, objdump: str = "objdump") -> frozenset[Version]:
    """The ``GLIBC_*`` versions in the dynamic symbol table of ``path`` (``objdump -T``)."""
    done = subprocess.run([objdump, "-T", str(path)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        message = done.stderr.strip() or f"exit status {done.returncode}"
        if "not a dynamic object" in message or "no symbols" in message:
            return frozenset()  # a static executable binds nothing from the system's glibc
        raise RuntimeError(f"objdump -T {path}: {message}")
    return frozenset(parse_version(match) for match in _GLIBC.findall(done.stdout))


def scan(folder: Path, objdump: str = "objdump") -> list[ElfNeed]:
    """:class:`ElfNeed` of every ELF file under ``folder``."""
    return [ElfNeed(path, glibc_versions(path, objdump)) for path in elf_files(folder)]


def newest(needs: Iterable[ElfNeed]) -> Version | None:
    """The newest glibc version any of ``needs`` asks for."""
    found = [need.newest for need in needs if need.newest is not None]
    return max(found) if found else None


def over(needs: Iterable[ElfNeed], ceiling: Version) -> list[ElfNeed]:
    """The files that need a glibc newer than ``ceiling``."""
    return [need for need in needs if need.newest is not None and need.newest > ceiling]


def report(folder: Path, needs: list[ElfNeed], ceiling: Version | None) -> list[str]:
    """The lines the command prints: a summary, then the offenders (or the top files)."""
    top = newest(needs)
    lines = [f"{len(needs)} ELF files under {folder}; newest glibc symbol: GLIBC_{show(top) if top else '-'}"]
    if ceiling is not None:
        offenders = over(needs, ceiling)
        for need in offenders:
            wanted = sorted(v for v in need.versions if v > ceiling)
            lines.append(
                f"  needs more than {show(ceiling)}: {need.path.relative_to(folder)} "
                f"({', '.join('GLIBC_' + show(v) for v in wanted)})"
            )
        lines.append(f"{'OK' if not offenders else 'FAILED'}: ceiling GLIBC_{show(ceiling)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Command line; exit status 1 when a file needs more than ``--max``."""
    parser = argparse.ArgumentParser(description="newest glibc symbol version in a built folder")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max", dest="ceiling", metavar="2.28", help="fail when any file needs a newer glibc")
    args = parser.parse_args(argv)
    objdump = shutil.which("objdump")
    if objdump is None:
        print("objdump not found (install binutils)", file=sys.stderr)
        return 2
    needs = scan(args.folder, objdump)
    if not needs:
        print(f"no ELF files under {args.folder}", file=sys.stderr)
        return 2
    ceiling = parse_version(args.ceiling) if args.ceiling else None
    for line in report(args.folder, needs, ceiling):
        print(line)
    return 1 if ceiling is not None and over(needs, ceiling) else 0


if __name__ == "__main__":
    raise SystemExit(main())
