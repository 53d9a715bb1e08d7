"""A virtual ESC/POS receipt printer on TCP (port 9100 by default).

Run ``python -m app.devices.emulators.printer --port 9100 --out DIR`` and point a
window's printer at ``tcp://127.0.0.1:9100``: every slip is decoded into its text
lines (GB18030 inside ``FS &`` … ``FS .``), QR payloads (``GS ( k``) and PNG files of
its bitmaps (``GS v 0``), and written to ``DIR``.  Tests use it in-process::

    printer = VirtualPrinter("127.0.0.1", 0).start()
    ...  # print to tcp://127.0.0.1:{printer.port}
    slip = printer.wait_for_slips(1)[0]

The decoder is written independently of the encoder in ``app.printing`` so a test
that round-trips through it checks the bytes, not the encoder against itself.  It
cannot read text drawn into bitmaps (no OCR): raster slips are checked by image
size and ink, text content by printing in resident-font mode.

Paper-out, cover-open and a cutter jam can be simulated with ``--paper-out``, with
:meth:`VirtualPrinter.set_paper_out`, or by creating the control file
(``DIR/PAPER_OUT`` by default); the printer then answers ``DLE EOT`` status
queries like a real one and discards print data, as an offline printer does.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from app.chinese_argparse import ChineseArgumentParser, add_version

_ESC, _GS, _FS, _DLE, _LF = 0x1B, 0x1D, 0x1C, 0x10, 0x0A

#: ESC commands followed by exactly one parameter byte.
_ESC_ONE_PARAM = set(b"aE!-tMJd3RG{VUc")
#: FS commands followed by one parameter byte.
_FS_ONE_PARAM = set(b"!CW-")


@dataclass
class TextRow:
    """One printed text line with the print mode it was printed in."""

    text: str
    align: int = 0
    bold: bool = False
    width_mult: int = 1
    height_mult: int = 1


@dataclass
class Slip:
    """What came out of the printer up to one cut."""

    rows: list[TextRow] = field(default_factory=list)
    qr_payloads: list[str] = field(default_factory=list)
    images: list[Image.Image] = field(default_factory=list)
    #: Order of content: ``("text", i)``, ``("image", i)``, ``("qr", i)``.
    order: list[tuple[str, int]] = field(default_factory=list)
    cut: bool = False

    @property
    def lines(self) -> list[str]:
        """The text lines, in print order."""
        return [row.text for row in self.rows]

    @property
    def text(self) -> str:
        """All text lines joined with newlines."""
        return "\n".join(self.lines)


@dataclass(frozen=True)
class StatusQuery:
    """``DLE EOT n`` received: the host wants status byte ``n`` (1–4)."""

    n: int


@dataclass(frozen=True)
class SlipDone:
    """A cut: one slip is complete."""

    slip: Slip


Event = StatusQuery | SlipDone


class EscPosDecoder:
    """Incremental ESC/POS parser: ``feed(bytes) -> list[Event]``; partial commands wait."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._slip = Slip()
        self._line: list[str] = []
        #: Print mode of the current line, taken when its first character arrives
        #: (printers apply size and emphasis per character, not per LF).
        self._line_style: tuple[int, bool, int, int] | None = None
        self._kanji = False
        self._align = 0
        self._bold = False
        self._mult = (1, 1)
        self._qr_store = ""
        self._last_was_image = False
        #: Commands the decoder skipped without understanding them (for diagnostics).
        self.unknown: list[bytes] = []

    def feed(self, data: bytes) -> list[Event]:
        """Parse ``data``; returns the status queries and finished slips it contained."""
        self._buf += data
        events: list[Event] = []
        i = 0
        buf = self._buf
        while i < len(buf):
            used = self._step(buf, i, events)
            if used == 0:
                break
            i += used
        del buf[:i]
        return events

    def flush(self) -> Slip | None:
        """End of stream: the slip printed so far (uncut), if anything was printed."""
        self._end_line(force=False)
        slip = self._slip
        self._slip = Slip()
        return slip if slip.order else None

    def _step(self, buf: bytearray, i: int, events: list[Event]) -> int:
        b = buf[i]
        avail = len(buf) - i
        if b == _LF:
            self._end_line(force=True)
            return 1
        if b == _DLE:
            if avail < 3:
                return 0
            if buf[i + 1] == 0x04:
                events.append(StatusQuery(buf[i + 2]))
            return 3
        if b == _ESC:
            return self._esc(buf, i, avail)
        if b == _FS:
            return self._fs(buf, i, avail)
        if b == _GS:
            return self._gs(buf, i, avail, events)
        if b < 0x20:
            return 1
        if self._kanji and b >= 0x81:
            if avail < 2:
                return 0
            size = 4 if 0x30 <= buf[i + 1] <= 0x39 else 2
            if avail < size:
                return 0
            self._char(bytes(buf[i : i + size]).decode("gb18030", errors="replace"))
            return size
        self._char(chr(b) if b < 0x80 else bytes([b]).decode("cp437"))
        return 1

    def _char(self, text: str) -> None:
        if not self._line:
            self._line_style = (self._align, self._bold, *self._mult)
        self._line.append(text)

    def _esc(self, buf: bytearray, i: int, avail: int) -> int:
        if avail < 2:
            return 0
        cmd = buf[i + 1]
        if cmd == ord("@"):
            self._kanji, self._align, self._bold, self._mult = False, 0, False, (1, 1)
            return 2
        if cmd == ord("2"):
            return 2
        if cmd in _ESC_ONE_PARAM:
            if avail < 3:
                return 0
            n = buf[i + 2]
            if cmd == ord("a"):
                self._align = n
            elif cmd == ord("E"):
                self._bold = bool(n & 1)
            elif cmd == ord("d"):
                self._end_line(force=False)
            return 3
        self.unknown.append(bytes(buf[i : i + 2]))
        return 2

    def _fs(self, buf: bytearray, i: int, avail: int) -> int:
        if avail < 2:
            return 0
        cmd = buf[i + 1]
        if cmd == ord("&"):
            self._kanji = True
            return 2
        if cmd == ord("."):
            self._kanji = False
            return 2
        if cmd in _FS_ONE_PARAM:
            return 3 if avail >= 3 else 0
        self.unknown.append(bytes(buf[i : i + 2]))
        return 2

    def _gs(self, buf: bytearray, i: int, avail: int, events: list[Event]) -> int:
        if avail < 2:
            return 0
        cmd = buf[i + 1]
        if cmd == ord("!"):
            if avail < 3:
                return 0
            n = buf[i + 2]
            self._mult = ((n >> 4) + 1, (n & 0x0F) + 1)
            return 3
        if cmd == ord("V"):
            if avail < 3:
                return 0
            m = buf[i + 2]
            size = 4 if m >= 65 else 3
            if avail < size:
                return 0
            self._end_line(force=False)
            self._slip.cut = True
            events.append(SlipDone(self._slip))
            self._slip = Slip()
            self._last_was_image = False
            return size
        if cmd == ord("v"):
            if avail < 8:
                return 0
            xbytes = buf[i + 4] | (buf[i + 5] << 8)
            rows = buf[i + 6] | (buf[i + 7] << 8)
            size = 8 + xbytes * rows
            if avail < size:
                return 0
            self._image(xbytes, rows, bytes(buf[i + 8 : i + size]))
            return size
        if cmd == ord("("):
            if avail < 5:
                return 0
            length = buf[i + 3] | (buf[i + 4] << 8)
            size = 5 + length
            if avail < size:
                return 0
            if buf[i + 2] == ord("k"):
                self._qr(bytes(buf[i + 5 : i + size]))
            return size
        if cmd in (ord("L"), ord("W")):
            return 4 if avail >= 4 else 0
        self.unknown.append(bytes(buf[i : i + 2]))
        return 3 if avail >= 3 else 0

    def _qr(self, params: bytes) -> None:
        if len(params) < 3 or params[0] != 49:
            return
        fn = params[1]
        if fn == 80:
            self._qr_store = params[3:].decode("utf-8", errors="replace")
        elif fn == 81:
            self._end_line(force=False)
            self._slip.qr_payloads.append(self._qr_store)
            self._slip.order.append(("qr", len(self._slip.qr_payloads) - 1))
            self._last_was_image = False

    def _image(self, xbytes: int, rows: int, data: bytes) -> None:
        self._end_line(force=False)
        inverted = bytes(0xFF ^ x for x in data)
        image = Image.frombytes("1", (xbytes * 8, rows), inverted)
        slip = self._slip
        if self._last_was_image and slip.images and slip.images[-1].width == image.width:
            previous = slip.images[-1]
            joined = Image.new("1", (image.width, previous.height + rows), 1)
            joined.paste(previous, (0, 0))
            joined.paste(image, (0, previous.height))
            slip.images[-1] = joined
        else:
            slip.images.append(image)
            slip.order.append(("image", len(slip.images) - 1))
        self._last_was_image = True

    def _end_line(self, *, force: bool) -> None:
        if not self._line and not force:
            return
        text = "".join(self._line)
        self._line = []
        align, bold, width_mult, height_mult = self._line_style or (self._align, self._bold, *self._mult)
        self._line_style = None
        self._slip.rows.append(TextRow(text, align, bold, width_mult, height_mult))
        self._slip.order.append(("text", len(self._slip.rows) - 1))
        self._last_was_image = False


def status_byte(n: int, *, paper_out: bool, cover_open: bool, cutter_jam: bool = False) -> int:
    """The answer to ``DLE EOT n`` as Epson-compatible printers give it."""
    value = 0x12
    if n == 1 and (paper_out or cover_open or cutter_jam):
        value |= 0x08
    elif n == 2:
        value |= (0x04 if cover_open else 0) | (0x20 if paper_out else 0) | (0x40 if cutter_jam else 0)
    elif n == 3 and cutter_jam:
        value |= 0x08
    elif n == 4 and paper_out:
        value |= 0x60
    return value


class VirtualPrinter:
    """TCP receipt printer emulator; see the module docstring."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 9100,
        out_dir: Path | None = None,
        *,
        paper_out: bool = False,
        control_file: Path | None = None,
        on_slip: Callable[[Slip], None] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.out_dir = out_dir
        self.control_file = control_file or (out_dir / "PAPER_OUT" if out_dir else None)
        self._paper_out = paper_out
        self._cover_open = False
        self._cutter_jam = False
        self._on_slip = on_slip
        self._lock = threading.Condition()
        #: Every slip printed so far.
        self.slips: list[Slip] = []
        #: Slips received while out of paper or with the cover open (not printed).
        self.discarded = 0
        #: How many status queries were answered (tests check the host asked).
        self.status_queries = 0
        self._server: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()

    @property
    def paper_out(self) -> bool:
        """True while paper-out is simulated (flag or control file)."""
        return self._paper_out or bool(self.control_file and self.control_file.exists())

    def set_paper_out(self, value: bool) -> None:
        """Simulate an empty roll (``True``) or a fresh one (``False``)."""
        self._paper_out = value
        if not value and self.control_file and self.control_file.exists():
            self.control_file.unlink()

    def set_cover_open(self, value: bool) -> None:
        """Simulate the paper cover being open."""
        self._cover_open = value

    def set_cutter_jam(self, value: bool) -> None:
        """Simulate paper jammed in the auto-cutter."""
        self._cutter_jam = value

    @property
    def _offline(self) -> bool:
        return self.paper_out or self._cover_open or self._cutter_jam

    def start(self) -> VirtualPrinter:
        """Listen and serve in background threads; with port 0 the chosen port is in ``port``."""
        server = socket.create_server((self.host, self.port), reuse_port=False)
        server.settimeout(0.2)
        self.port = server.getsockname()[1]
        self._server = server
        if self.out_dir:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        thread = threading.Thread(target=self._accept_loop, name="virtual-printer", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Close the listening socket and let the threads end."""
        self._stopping.set()
        if self._server:
            self._server.close()
        for thread in self._threads:
            thread.join(timeout=2)

    def __enter__(self) -> VirtualPrinter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_for_slips(self, count: int, timeout: float = 10.0) -> list[Slip]:
        """Block until at least ``count`` slips were printed; returns all slips."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self.slips) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"virtual printer got {len(self.slips)} slips, expected {count}")
                self._lock.wait(left)
            return list(self.slips)

    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stopping.is_set():
            try:
                conn, _ = self._server.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        decoder = EscPosDecoder()
        conn.settimeout(0.5)
        with conn:
            while not self._stopping.is_set():
                try:
                    data = conn.recv(65536)
                except (TimeoutError, socket.timeout):
                    continue
                except OSError:
                    break
                if not data:
                    break
                for event in decoder.feed(data):
                    if isinstance(event, StatusQuery):
                        self.status_queries += 1
                        byte = status_byte(
                            event.n,
                            paper_out=self.paper_out,
                            cover_open=self._cover_open,
                            cutter_jam=self._cutter_jam,
                        )
                        try:
                            conn.sendall(bytes([byte]))
                        except OSError:
                            break
                    else:
                        self._print(event.slip)
        rest = decoder.flush()
        if rest is not None:
            self._print(rest)

    def _print(self, slip: Slip) -> None:
        if self._offline:
            self.discarded += 1
            return
        with self._lock:
            self.slips.append(slip)
            number = len(self.slips)
            self._lock.notify_all()
        if self.out_dir:
            self._save(slip, number)
        if self._on_slip:
            self._on_slip(slip)

    def _save(self, slip: Slip, number: int) -> None:
        assert self.out_dir is not None
        stem = self.out_dir / f"slip-{number:04d}"
        lines: list[str] = []
        for kind, idx in slip.order:
            if kind == "text":
                lines.append(slip.rows[idx].text)
            elif kind == "qr":
                lines.append(f"[QR] {slip.qr_payloads[idx]}")
            else:
                path = Path(f"{stem}-img-{idx + 1:02d}.png")
                slip.images[idx].save(path)
                lines.append(f"[图像 {path.name} {slip.images[idx].width}x{slip.images[idx].height}]")
        Path(f"{stem}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Command line: serve until Ctrl+C, echoing each slip's text."""
    parser = ChineseArgumentParser(
        prog="python -m app.devices.emulators.printer", description="虚拟小票打印机（TCP 上的 ESC/POS）"
    )
    add_version(parser, "虚拟小票打印机")
    parser.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    parser.add_argument("--port", type=int, default=9100, help="监听端口（默认 9100）")
    parser.add_argument("--out", type=Path, default=None, help="保存小票文本和图像的目录")
    parser.add_argument("--paper-out", action="store_true", help="模拟缺纸")
    parser.add_argument("--control-file", type=Path, default=None, help="该文件存在时模拟缺纸（默认 OUT/PAPER_OUT）")
    args = parser.parse_args(argv)

    def echo(slip: Slip) -> None:
        print("-" * 32)
        print(slip.text)
        for payload in slip.qr_payloads:
            print(f"[QR] {payload}")
        for image in slip.images:
            print(f"[图像 {image.width}x{image.height}]")
        print("-" * 32 + " 切纸", flush=True)

    printer = VirtualPrinter(
        args.host, args.port, args.out, paper_out=args.paper_out, control_file=args.control_file, on_slip=echo
    ).start()
    print(f"虚拟打印机已启动：tcp://{printer.host}:{printer.port}", flush=True)
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        printer.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
