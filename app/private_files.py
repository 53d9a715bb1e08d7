"""This PC's files readable only by the person running the program (0600 files, 0700 folders).

Why: a window PC is shared by the clerks of a window and reachable by whoever sits at it
after hours. The store (SQLite with its -wal/-shm), the print spool, the captured pages,
the logs and the crash reports hold applicants' data; before this they were created 0644
(readable by every account on the PC). On POSIX the program's umask is 077 from the first
line, so everything it creates is private, and on start the folders it owns are walked once
and every group/other permission bit removed (files an older version left behind).

On Windows the folders are in the user's profile (``%APPDATA%``/``%LOCALAPPDATA%``), whose
access list already admits only that user, SYSTEM and the administrators; POSIX modes mean
nothing there, so nothing is changed (docs/security.md).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

#: Permission bits that let someone other than the owner in.
_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def posix() -> bool:
    return os.name == "posix"


def restrict_umask() -> None:
    """From now on every file and folder this process creates is the owner's alone."""
    if posix():
        os.umask(0o077)


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) as needed and make it 0700 on POSIX."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if posix():
        os.chmod(path, stat.S_IMODE(path.stat().st_mode) & ~_OTHERS | stat.S_IRWXU)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, readable and writable only by the owner on POSIX."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    if posix():
        os.chmod(path, stat.S_IMODE(path.stat().st_mode) & ~_OTHERS)
    return path


def _tighten_one(path: Path) -> None:
    try:
        st = path.lstat()
    except OSError:
        return
    if stat.S_ISLNK(st.st_mode):
        return
    mode = stat.S_IMODE(st.st_mode)
    if mode & _OTHERS:
        with contextlib.suppress(OSError):
            os.chmod(path, mode & ~_OTHERS)


def tighten(roots: Iterable[Path]) -> None:
    """Remove every group/other permission bit under each existing root (folders and files).

    Symbolic links are not followed (a link to /etc stays /etc's business).
    """
    if not posix():
        return
    for root in roots:
        if not root.exists():
            continue
        _tighten_one(root)
        if not root.is_dir() or root.is_symlink():
            continue
        for folder, dirs, files in os.walk(root):
            for name in (*dirs, *files):
                _tighten_one(Path(folder) / name)


def sqlite_files(store_url: str) -> list[Path]:
    """The SQLite store of ``store_url`` with its journal files and the spool beside it."""
    if not store_url.startswith("sqlite") or "///" not in store_url:
        return []
    db = Path(store_url.split("///", 1)[1].split("?", 1)[0])
    names = (db.name, f"{db.name}-wal", f"{db.name}-shm", f"{db.name}-journal", "print_jobs.db")
    out = [db.with_name(n) for n in names]
    out += [db.with_name("print_jobs.db-wal"), db.with_name("print_jobs.db-shm"), db.with_name(db.stem + ".files")]
    return out
