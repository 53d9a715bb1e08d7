"""Cold start of the frozen app to "login window shown" against a frozen PySide6 hello-world.

Usage::

    python bench/bench_startup.py                 # build both into a temp dir, measure, delete
    python bench/bench_startup.py --dist dist     # reuse dist/counterdesk from ./dev build
    python bench/bench_startup.py --runs 7 --keep /tmp/bench

Both programs are built in the same run with the same PyInstaller and Python (the
hello-world with PyInstaller's defaults, the way the research note measured it).
Each start is timed from ``Popen`` to the ``COUNTERDESK-SHOWN <window>`` line the
program prints once the window has been painted (``app.logs.report_shown``); with
``CD_EXIT_AFTER_SHOWN=<window>`` the program then quits by itself.  The first start
of the app also creates and migrates its database (a fresh PC); later starts reuse
it (every other morning).  When run as root on Linux the page cache is dropped
before each start (a real cold start); otherwise the starts are warm and the
script says so.  Goal: app median ≤ 2 × hello-world median.  Prints folder sizes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "COUNTERDESK-SHOWN"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

HELLO = f'''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
window = QLabel("你好")
window.show()
QTimer.singleShot(0, lambda: (print("{MARKER} hello", flush=True), app.quit()))
sys.exit(app.exec())
'''


def pyinstaller(args: list[str], cwd: Path, cache: Path) -> float:
    """Run PyInstaller; returns the seconds it took."""
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(cache))
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN", *args],
        cwd=cwd,
        env=env,
        check=True,
    )
    return time.perf_counter() - started


def build_app(work: Path) -> tuple[Path, float]:
    dist = work / "dist"
    seconds = pyinstaller(
        ["--distpath", str(dist), "--workpath", str(work / "build-app"), str(ROOT / "pyinstaller.spec")],
        ROOT,
        work / "cache",
    )
    return dist / "counterdesk", seconds


def build_hello(work: Path) -> tuple[Path, float]:
    source = work / "hello.py"
    source.write_text(HELLO, encoding="utf-8")
    seconds = pyinstaller(
        [
            "--onedir",
            "--name",
            "hello",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build-hello"),
            "--specpath",
            str(work),
            str(source),
        ],
        work,
        work / "cache",
    )
    return work / "dist" / "hello", seconds


def drop_page_cache() -> bool:
    """Drop the Linux page cache (root only) so the next start reads from disk."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    try:
        subprocess.run(["sync"], check=False)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_once(exe: Path, env: dict[str, str], window: str, timeout_s: float) -> tuple[float | None, bool]:
    """Seconds until ``window`` was shown (None if never), and whether the cache was dropped."""
    cold = drop_page_cache()
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(exe)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    shown: float | None = None
    assert process.stdout is not None
    deadline = started + timeout_s
    try:
        for line in process.stdout:
            if line.startswith(MARKER) and line.split()[1:2] == [window]:
                shown = time.perf_counter() - started
                break
            if time.perf_counter() > deadline:
                break
        process.wait(timeout=max(1.0, deadline - time.perf_counter()))
    except subprocess.TimeoutExpired:
        pass
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    return shown, cold


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def summary(name: str, times: list[float | None]) -> float | None:
    ok = [t for t in times if t is not None]
    shown = " ".join(f"{t:.3f}" if t is not None else "—" for t in times)
    if not ok:
        print(f"{name:<22} 未出现启动标记（{shown}）")
        return None
    print(f"{name:<22} 中位数 {statistics.median(ok):.3f} s  最短 {min(ok):.3f} s  各次 {shown}")
    return statistics.median(ok)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="reuse DIST/counterdesk (and DIST/hello if present)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--window", default="login", help="which COUNTERDESK-SHOWN window ends a start")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument(
        "--quick", action="store_true", help="only with --dist (a build takes minutes): 2 runs of a built folder"
    )
    args = parser.parse_args(argv)
    if args.quick:
        if not (args.dist and (args.dist / "counterdesk").exists()):
            print("start-up: skipped in --quick (it builds the app first; run with --dist DIST or without --quick)")
            return 0
        args.runs = 2

    work = args.keep or Path(tempfile.mkdtemp(prefix="counterdesk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.dist and (args.dist / "counterdesk").exists():
            app_dir, app_build = args.dist / "counterdesk", None
        else:
            app_dir, app_build = build_app(work)
        hello_dir = args.dist / "hello" if args.dist and (args.dist / "hello").exists() else None
        hello_build = None
        if hello_dir is None:
            hello_dir, hello_build = build_hello(work)
        for name, seconds in (("app", app_build), ("hello-world", hello_build)):
            if seconds is not None:
                print(f"build {name:<12} {seconds:.0f} s")

        home = work / "pc"
        # An installed PC: its settings file exists (else the first-run wizard opens instead).
        (home / "config").mkdir(parents=True, exist_ok=True)
        (home / "config" / "settings.toml").write_text('window_code = "01"\n', encoding="utf-8")
        env = {key: value for key, value in os.environ.items() if not key.startswith(("CD_", "PYTHON"))}
        env.update(
            CD_CONFIG_DIR=str(home / "config"),
            CD_DATA_DIR=str(home / "data"),
            CD_CACHE_DIR=str(home / "cache"),
            CD_LOG_DIR=str(home / "log"),
            CD_EXIT_AFTER_SHOWN=args.window,
        )
        if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(f"Qt platform: {env.get('QT_QPA_PLATFORM', 'native')}")

        first, first_cold = start_once(app_dir / f"counterdesk{EXE_SUFFIX}", env, args.window, args.timeout)
        app_times, hello_times, colds = [], [], [first_cold]
        for _ in range(args.runs):
            t, cold = start_once(hello_dir / f"hello{EXE_SUFFIX}", env, "hello", args.timeout)
            hello_times.append(t)
            colds.append(cold)
            t, cold = start_once(app_dir / f"counterdesk{EXE_SUFFIX}", env, args.window, args.timeout)
            app_times.append(t)
            colds.append(cold)
        print("starts: " + ("cold (page cache dropped before each)" if all(colds) else "warm (page cache not dropped)"))
        summary("app first start (new DB)", [first])
        app_median = summary(f"app → {args.window}", app_times)
        hello_median = summary("hello-world", hello_times)
        if app_median and hello_median:
            ratio = app_median / hello_median
            print(f"ratio app/hello-world  {ratio:.2f}×  (goal ≤ 2×: {'met' if ratio <= 2 else 'NOT met'})")
        print(f"size app folder        {mib(folder_size(app_dir))}  ({app_dir})")
        print(f"size hello-world       {mib(folder_size(hello_dir))}  ({hello_dir})")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
