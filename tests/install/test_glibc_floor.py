"""The glibc ceiling of the 信创 build: what ``packaging/glibc_floor.py`` finds in real ELF files,
and that ``glibc-2.28-compat.h`` really keeps code compiled on a newer glibc loadable on 2.28.

Real files only: programs compiled here with gcc and read back with binutils' objdump.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import glibc_floor  # noqa: E402

pytestmark = pytest.mark.skipif(
    not (shutil.which("gcc") and shutil.which("objdump")) or not sys.platform.startswith("linux"),
    reason="needs gcc and binutils on Linux",
)

PROGRAM = r"""
#include <math.h>
#include <stdio.h>
int main(int argc, char **argv) {
    double x = argc + 0.5;
    printf("%f %f %f\n", pow(x, 1.5), exp(x), log(x));
    return 0;
}
"""


COMPAT = str(ROOT / "packaging/glibc228/glibc-2.28-compat.h")


def compile_program(tmp_path: Path, name: str, *flags: str) -> Path:
    """Build ``PROGRAM`` into ``bundle/name`` (``-shared -fPIC`` gives a library, like the bundled .so files)."""
    source = tmp_path / "calc.c"
    source.write_text(PROGRAM)
    out = tmp_path / "bundle" / name
    out.parent.mkdir(exist_ok=True)
    subprocess.run(["gcc", "-O1", *flags, str(source), "-o", str(out), "-lm"], check=True, capture_output=True)
    return out


def host_glibc() -> tuple[int, ...]:
    text = subprocess.run(["ldd", "--version"], capture_output=True, text=True, check=True).stdout.splitlines()[0]
    return glibc_floor.parse_version(text.rsplit(" ", 1)[-1])


def test_libm_calls_compiled_on_a_newer_glibc_need_2_29_unless_the_compat_header_pins_them(tmp_path: Path) -> None:
    if host_glibc() < (2, 29):
        pytest.skip("this machine's glibc is older than 2.29: nothing to pin")
    plain = compile_program(tmp_path, "libplain.so", "-shared", "-fPIC")
    pinned = compile_program(tmp_path, "libpinned.so", "-shared", "-fPIC", "-include", COMPAT)

    assert (2, 29) in glibc_floor.glibc_versions(plain)  # pow/exp/log@GLIBC_2.29
    assert max(glibc_floor.glibc_versions(pinned)) <= (2, 28)
    # and a program built with the header still computes the same numbers
    runs = [compile_program(tmp_path, "plain"), compile_program(tmp_path, "pinned", "-include", COMPAT)]
    outputs = {subprocess.run([str(p)], capture_output=True, text=True, check=True).stdout for p in runs}
    assert len(outputs) == 1 and outputs != {""}


def test_the_command_names_each_file_over_the_ceiling_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    if host_glibc() < (2, 29):
        pytest.skip("this machine's glibc is older than 2.29")
    compile_program(tmp_path, "libplain.so", "-shared", "-fPIC")
    compile_program(tmp_path, "libpinned.so", "-shared", "-fPIC", "-include", COMPAT)
    (tmp_path / "bundle" / "readme.txt").write_text("not an ELF file")
    (tmp_path / "bundle" / "libplain.so.1").symlink_to("libplain.so")  # checked once, under its own name

    assert glibc_floor.main([str(tmp_path / "bundle"), "--max", "2.28"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2 ELF files under ")
    assert [line for line in out if line.startswith("  needs more than 2.28: ")] == [
        "  needs more than 2.28: libplain.so (GLIBC_2.29)"
    ]
    assert out[-1] == "FAILED: ceiling GLIBC_2.28"

    assert glibc_floor.main([str(tmp_path / "bundle"), "--max", "2.29"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "OK: ceiling GLIBC_2.29"


def test_versions_compare_as_numbers_not_text() -> None:
    assert glibc_floor.parse_version("2.2.5") < glibc_floor.parse_version("2.17") < glibc_floor.parse_version("2.28")
    assert glibc_floor.show((2, 28)) == "2.28"
