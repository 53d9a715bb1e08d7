#!/usr/bin/env bash
# ./dev build --target glibc2.28 — the 信创 build for UOS 20 / Kylin V10 (glibc 2.28).
#
# Everything happens inside a Debian root made here with debootstrap, kept under
# build/glibc2.28/ (CD_GLIBC228_CACHE moves it) and reused on the next run:
#   1. root     debootstrap of the oldest Debian release a mirror still serves: Debian 10
#               "buster" (glibc 2.28) when one does, else Debian 11 "bullseye" (glibc 2.31,
#               with the 2.28 symbol ceiling enforced below);
#   2. python   CPython 3.11 compiled from Debian's source package (apt-get source python3.11,
#               upstream tarball + Debian's security patches) with SQLite from Debian's source
#               package, both through glibc-2.28-compat.h;
#   3. venv     the project with the 信创 PySide6 line (pyproject [tool.counterdesk.profiles]),
#               wheels limited to manylinux_2_28 by a _manylinux module;
#   4. bundle   PyInstaller + packaging/archive.py inside the root;
#   5. check    the archive unpacked as on a fresh PC; objdump -T over every ELF file in it
#               (packaging/glibc_floor.py --max 2.28); the frozen `--self-check --demo`.
# The last result is written to build/glibc2.28/last-result.txt (docs/install.md quotes it).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CACHE=${CD_GLIBC228_CACHE:-$ROOT/build/glibc2.28}
ROOTFS=$CACHE/root
CEILING=2.28
PROFILE=xinchuang
PY_PREFIX=/opt/python3.11
VENV=/opt/venv-$PROFILE
ROOT_PACKAGES=(ca-certificates build-essential pkg-config binutils file xz-utils tcl
  libssl-dev libffi-dev zlib1g-dev libbz2-dev liblzma-dev uuid-dev
  libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 espeak-ng)
# Debian's source packages of Python 3.11 and SQLite live in bookworm (only deb-src is added).
SOURCE_SUITE=bookworm

say() { printf '\033[1m== [glibc2.28] %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31m== [glibc2.28] %s\033[0m\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mount namespaces)"
[ "$(uname -m)" = x86_64 ] || die "only x86_64 is built this way (see docs/install.md for ARM64/LoongArch)"

declare -A SECONDS_OF=()
STARTED=$(date +%s)
phase() {  # phase NAME FUNCTION — run and time one step
  local name=$1 t0; shift
  t0=$(date +%s)
  say "$name"
  "$@"
  SECONDS_OF[$name]=$(($(date +%s) - t0))
}

# Run a bash script inside the root, in a private mount namespace (its mounts vanish with it).
in_root() {
  cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
  unshare --mount --propagation private -- /bin/bash -c '
    set -e
    r=$1; shift
    mount -t proc proc "$r/proc"
    mount --rbind /dev "$r/dev"
    exec chroot "$r" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb \
      PATH='"$PY_PREFIX"'/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin \
      PIP_CERT=/etc/ssl/certs/host-ca-certificates.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
      DEBIAN_FRONTEND=noninteractive /bin/bash -euo pipefail -c "$1"
  ' in_root "$ROOTFS" "$1"
}

# -- 1. root ------------------------------------------------------------------------------

mirror_serves() { curl -fsS -o /dev/null --max-time 20 "$1/dists/$2/InRelease" 2>/dev/null; }

choose_suite() {
  local mirrors=(${CD_DEBIAN_MIRROR:-} http://deb.debian.org/debian http://archive.debian.org/debian)
  local suites=(${CD_GLIBC228_SUITE:-buster bullseye})
  for suite in "${suites[@]}"; do
    for mirror in "${mirrors[@]}"; do
      if mirror_serves "$mirror" "$suite"; then echo "$suite $mirror"; return 0; fi
      say "no $suite at $mirror" >&2
    done
  done
  return 1
}

make_root() {
  if [ -f "$ROOTFS/.counterdesk-root" ]; then
    say "reusing $(cat "$ROOTFS/.counterdesk-root") in $ROOTFS"
  else
    command -v debootstrap >/dev/null || { apt-get update -qq || true; apt-get install -y -qq debootstrap >/dev/null; }
    local choice suite mirror
    choice=$(choose_suite) || die "no Debian mirror serves buster or bullseye (CD_DEBIAN_MIRROR=… names another)"
    read -r suite mirror <<<"$choice"
    [ "$suite" = buster ] || say "NOTE: buster (glibc 2.28) is not served here; building on $suite and enforcing GLIBC_$CEILING by symbol versions"
    rm -rf "$ROOTFS"
    mkdir -p "$CACHE"
    debootstrap --variant=minbase "--include=$(IFS=,; echo "${ROOT_PACKAGES[*]}")" "$suite" "$ROOTFS" "$mirror" \
      >"$CACHE/debootstrap.log" 2>&1 || { tail -20 "$CACHE/debootstrap.log" >&2; die "debootstrap failed"; }
    echo "deb-src $mirror $SOURCE_SUITE main" >"$ROOTFS/etc/apt/sources.list.d/counterdesk-sources.list"
    echo "$suite $mirror" >"$ROOTFS/.counterdesk-root"
  fi
  # what a previous run's package list lacked
  in_root "missing=(); for p in ${ROOT_PACKAGES[*]}; do dpkg-query -W -f='\${Status}' \$p 2>/dev/null | grep -q 'ok installed' || missing+=(\$p); done
    if [ \${#missing[@]} -gt 0 ]; then apt-get update -qq; apt-get install -y -qq --no-install-recommends \${missing[*]} >/dev/null; fi"
  cp -L /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/host-ca-certificates.crt"
  mkdir -p "$ROOTFS$PY_PREFIX/include"
  cp "$HERE/glibc-2.28-compat.h" "$ROOTFS$PY_PREFIX/include/glibc-2.28-compat.h"
}

# -- 2. CPython 3.11 (and SQLite) from Debian's source packages ----------------------------

# Bump when the steps below change how the interpreter is built (the stamp decides reuse).
PYTHON_RECIPE=1
python_stamp() { { echo "$PYTHON_RECIPE"; cat "$HERE/glibc-2.28-compat.h"; } | sha256sum | cut -c1-16; }

build_python() {
  local stamp
  stamp=$(python_stamp)
  if [ "$(cat "$ROOTFS$PY_PREFIX/.counterdesk-python" 2>/dev/null)" = "$stamp" ]; then
    say "reusing $("$ROOTFS$PY_PREFIX/bin/python3.11" -V 2>/dev/null || echo python) in $PY_PREFIX"
    return 0
  fi
  in_root "
    compat=$PY_PREFIX/include/glibc-2.28-compat.h
    mkdir -p /usr/src/debian-sources && cd /usr/src/debian-sources
    ls python3.11_*.dsc >/dev/null 2>&1 && ls sqlite3_*.dsc >/dev/null 2>&1 || {
      apt-get update -qq
      apt-get source --download-only -qq python3.11 sqlite3 2>&1 | grep -v unsandboxed || true
    }
    rm -rf /usr/src/build && mkdir -p /usr/src/build && cd /usr/src/build

    # SQLite: Debian's tree with all its patches (dpkg-source checks the .dsc's hashes)
    sqlite_stamp=\$(sha256sum \$compat /usr/src/debian-sources/sqlite3_*.dsc | sha256sum | cut -c1-16)
    if [ \"\$(cat $PY_PREFIX/.counterdesk-sqlite 2>/dev/null)\" != \"\$sqlite_stamp\" ]; then
    dpkg-source -x /usr/src/debian-sources/sqlite3_*.dsc sqlite >/dev/null 2>&1
    cd sqlite
    ./configure --prefix=$PY_PREFIX --disable-static --disable-tcl --enable-threadsafe \
      CFLAGS=\"-O2 -include \$compat -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS5 \
      -DSQLITE_ENABLE_RTREE=1 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_UNLOCK_NOTIFY \
      -DSQLITE_SECURE_DELETE -DSQLITE_USE_URI=1 -DSQLITE_MAX_VARIABLE_NUMBER=250000\" >/dev/null
    make -j\$(nproc) >/dev/null 2>&1 || make
    make install >/dev/null
    cd ..
    echo \$sqlite_stamp >$PY_PREFIX/.counterdesk-sqlite
    fi

    # CPython: the upstream tarball plus the fixes Debian carries. Debian's series lists its own
    # layout patches first (dist-packages, multiarch: left out, this interpreter lives in $PY_PREFIX)
    # and the upstream bug and security fixes (CVE-*, 3.11 backports) after them, from shutdown-deadlock.diff on.
    tar -xzf /usr/src/debian-sources/python3.11_*.orig.tar.gz
    mkdir debian-patches && tar -xJf /usr/src/debian-sources/python3.11_*.debian.tar.xz -C debian-patches
    cd Python-3.11.*
    series=../debian-patches/debian/patches/series
    grep -q '^shutdown-deadlock' \$series || { echo 'Debian patch series changed: no shutdown-deadlock.diff' >&2; exit 1; }
    sed -n '/^shutdown-deadlock/,\$p' \$series | while read -r p; do
      patch -p1 -s --forward <../debian-patches/debian/patches/\$p || { echo \"patch \$p failed\" >&2; exit 1; }
    done
    # The CVE-2026-4224 backport includes an internal header in pyexpat.c; Debian's own build passes
    # Py_BUILD_CORE_MODULE from Modules/Setup, upstream's pyexpat.c (3.12) defines it itself, as here.
    if grep -q '\"pycore_' Modules/pyexpat.c && ! grep -q Py_BUILD_CORE_MODULE Modules/pyexpat.c; then
      sed -i '1i #ifndef Py_BUILD_CORE_BUILTIN\\n#  define Py_BUILD_CORE_MODULE 1\\n#endif' Modules/pyexpat.c
    fi
    # configure as if on glibc $CEILING: functions newer than it are reported missing
    PKG_CONFIG_PATH=$PY_PREFIX/lib/pkgconfig ./configure --prefix=$PY_PREFIX --enable-shared --with-ensurepip=install \
      CFLAGS=\"-include \$compat\" CPPFLAGS=\"-I$PY_PREFIX/include\" \
      LDFLAGS=\"-L$PY_PREFIX/lib -Wl,-rpath,$PY_PREFIX/lib\" \
      ac_cv_func_sem_clockwait=no ac_cv_func_pthread_cond_clockwait=no ac_cv_func_posix_spawn_file_actions_addchdir_np=no \
      >/dev/null
    make -j\$(nproc) >/tmp/python-make.log 2>&1 || { tail -40 /tmp/python-make.log; exit 1; }
    make install >/tmp/python-install.log 2>&1 || { tail -40 /tmp/python-install.log; exit 1; }
    cd / && rm -rf /usr/src/build
    $PY_PREFIX/bin/python3.11 -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, uuid; print(\"built\", ssl.OPENSSL_VERSION, \"SQLite\", sqlite3.sqlite_version)'
  "
  echo "$stamp" >"$ROOTFS$PY_PREFIX/.counterdesk-python"
}

# -- 3. the project's environment with the 信创 PySide6 line ------------------------------

copy_source() {
  rm -rf "$ROOTFS/src" && mkdir -p "$ROOTFS/src"
  (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$ROOTFS/src"
}

make_venv() {
  copy_source
  "${PYTHON:-python3}" "$ROOT/packaging/profiles.py" constraints "$PROFILE" >"$ROOTFS/src/profile-constraints.txt"
  local stamp
  stamp=$(cat "$ROOTFS/src/pyproject.toml" "$ROOTFS/src/profile-constraints.txt" "$ROOTFS$PY_PREFIX/.counterdesk-python" | sha256sum | cut -c1-16)
  if [ "$(cat "$ROOTFS$VENV/.counterdesk-venv" 2>/dev/null)" = "$stamp" ]; then
    in_root "$VENV/bin/python -m pip install -q --no-deps -e /src >/dev/null 2>&1" # the new source's metadata
    say "reusing $VENV"
    return 0
  fi
  in_root "
    rm -rf $VENV && $PY_PREFIX/bin/python3.11 -m venv $VENV
    # PEP 600: this root stands for glibc $CEILING — refuse wheels tagged for a newer glibc.
    cat >$VENV/lib/python3.11/site-packages/_manylinux.py <<EOF
def manylinux_compatible(major, minor, arch):
    return (major, minor) <= tuple(int(p) for p in '$CEILING'.split('.'))
EOF
    $VENV/bin/python -m pip install -q --upgrade pip
    $VENV/bin/python -m pip install -q -c /src/profile-constraints.txt -e '/src[build]'
    $VENV/bin/python -c 'import PySide6; print(\"PySide6\", PySide6.__version__)'
  "
  echo "$stamp" >"$ROOTFS$VENV/.counterdesk-venv"
}

# -- 4. PyInstaller inside the root --------------------------------------------------------

bundle() {
  in_root "
    cd /src
    rm -rf /work && mkdir -p /work
    $VENV/bin/python -m PyInstaller --noconfirm --clean --log-level WARN --distpath /work/dist --workpath /work/build pyinstaller.spec
    $VENV/bin/python packaging/archive.py --dist /work/dist --suffix glibc$CEILING >/work/archive-path
  "
  ARCHIVE_IN_ROOT=$(cat "$ROOTFS/work/archive-path")
}

# -- 5. checks on the archive, as unpacked on a fresh PC -----------------------------------

check() {
  in_root "
    rm -rf /pc && mkdir -p /pc/programs
    tar -xzf $ARCHIVE_IN_ROOT -C /pc/programs
    echo \"root: \$(. /etc/os-release; echo \$PRETTY_NAME), \$(ldd --version | head -1)\" | tee /work/root-glibc
    $PY_PREFIX/bin/python3.11 /src/packaging/glibc_floor.py /pc/programs/counterdesk --max $CEILING | tee /work/glibc-floor
    cd /pc
    env -i HOME=/pc LANG=C.UTF-8 PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
      CD_CONFIG_DIR=/pc/config CD_DATA_DIR=/pc/data CD_CACHE_DIR=/pc/cache CD_LOG_DIR=/pc/log \
      /pc/programs/counterdesk/counterdesk --self-check --demo </dev/null 2>/work/selfcheck.err | tee /work/selfcheck.out
  " || { tail -20 "$ROOTFS/work/selfcheck.err" 2>/dev/null >&2; die "check failed"; }
}

phase "root (debootstrap)" make_root
phase "CPython 3.11 + SQLite from Debian's source packages" build_python
phase "virtual environment ($PROFILE profile)" make_venv
phase "PyInstaller inside the root" bundle
phase "checks on the unpacked archive" check

mkdir -p "$ROOT/dist"
cp "$ROOTFS$ARCHIVE_IN_ROOT" "$ROOT/dist/"
TOTAL=$(($(date +%s) - STARTED))
{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "root: $(cat "$ROOTFS/.counterdesk-root")"
  cat "$ROOTFS/work/root-glibc"
  echo "archive: dist/$(basename "$ARCHIVE_IN_ROOT") ($(du -h "$ROOT/dist/$(basename "$ARCHIVE_IN_ROOT")" | cut -f1))"
  sed -n '1p;$p' "$ROOTFS/work/glibc-floor"
  tail -2 "$ROOTFS/work/selfcheck.out" | head -1
  for name in "root (debootstrap)" "CPython 3.11 + SQLite from Debian's source packages" "virtual environment ($PROFILE profile)" \
    "PyInstaller inside the root" "checks on the unpacked archive"; do
    echo "time: ${SECONDS_OF[$name]} s  $name"
  done
  echo "time: $TOTAL s  total"
  echo "disk: $(du -sh "$CACHE" | cut -f1) in $CACHE"
} | tee "$CACHE/last-result.txt"
