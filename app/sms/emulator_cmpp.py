"""A CMPP 2.0 gateway (ISMG) on a real TCP port, for the tests and the demo hall.

Checks the SP's login (Source_Addr and AuthenticatorSource against its shared secret),
answers with its own AuthenticatorISMG, takes SUBMITs and hands out Msg_Ids laid out as the
specification says, answers ACTIVE_TEST and TERMINATE. It records every SUBMIT it read —
whatever it then answered — so a test can count them.

Faults are planned ahead, one action per event, in order:

* :meth:`plan_connect` per TCP connection — ``"ok"``, ``"drop"`` (close without CONNECT_RESP),
  ``"status:N"`` (refuse the login with Status N);
* :meth:`plan_submit` per SUBMIT read — ``"ok"``, ``"drop_before_resp"`` (record it, close
  without answering: the SP cannot know it was taken), ``"drop_after_resp"`` (answer, then
  close), ``"result:N"`` (answer Result N, the message not taken), ``"slow:S"`` (answer after
  S seconds), ``"ignore"`` (record it, never answer, keep the connection).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import socketserver
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType

from app.sms import cmpp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReceivedSubmit:
    connection: int
    sequence_id: int
    submit: cmpp.Submit
    #: The Msg_Id answered, or ``None`` when the emulator answered an error or nothing.
    msg_id: int | None
    #: Did the gateway take it (Result 0, whether or not the answer reached the SP)?
    taken: bool


class CmppEmulator:
    def __init__(
        self,
        sp_id: str = "901234",
        secret: str = "demo-secret",
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        on_message: Callable[[str, str], None] | None = None,
    ) -> None:
        #: Called with (phone, whole text) when a message's last segment is taken (the demo prints it).
        self.on_message = on_message
        self.sp_id = sp_id
        self.secret = secret
        self._lock = threading.Lock()
        self._connect_plan: deque[str] = deque()
        self._submit_plan: deque[str] = deque()
        self._submits: list[ReceivedSubmit] = []
        self._msg_sequence = 0
        self._connections = 0
        self._logins = 0
        self.active_tests = 0
        self._open: set[socket.socket] = set()
        emulator = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                emulator._serve(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server((host, port), Handler)
        self._thread: threading.Thread | None = None

    # --- control ----------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, src: str = "106900001234", *, with_secret: bool = False) -> str:
        user = f"{self.sp_id}:{self.secret}" if with_secret else self.sp_id
        return f"cmpp://{user}@{self.host}:{self.port}?src={src}&service=ZWFW"

    def start(self) -> CmppEmulator:
        self._thread = threading.Thread(target=self._server.serve_forever, name="cmpp-emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            live = list(self._open)
        for sock in live:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> CmppEmulator:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def plan_connect(self, *actions: str) -> None:
        with self._lock:
            self._connect_plan.extend(actions)

    def plan_submit(self, *actions: str) -> None:
        with self._lock:
            self._submit_plan.extend(actions)

    @property
    def submits(self) -> list[ReceivedSubmit]:
        with self._lock:
            return list(self._submits)

    @property
    def connections(self) -> int:
        with self._lock:
            return self._connections

    @property
    def logins(self) -> int:
        with self._lock:
            return self._logins

    def _text_of(self, last: cmpp.Submit) -> str:
        """The whole text of the message ``last`` ends (the segments taken before it, in order)."""
        phone = last.dest_terminal_ids[0]
        for p, text in reversed(self.messages()):
            if p == phone:
                return text
        return last.text()

    def messages(self) -> list[tuple[str, str]]:
        """(phone, whole text) of every message taken, long ones put back together in order."""
        whole: list[tuple[str, str]] = []
        parts: dict[tuple[str, int, int], dict[int, str]] = {}
        for received in self.submits:
            if not received.taken:
                continue
            submit = received.submit
            phone = submit.dest_terminal_ids[0]
            concat = submit.concatenation()
            if concat is None:
                whole.append((phone, submit.text()))
                continue
            reference, total, number = concat
            key = (phone, reference, total)
            parts.setdefault(key, {})[number] = submit.text()
            if len(parts[key]) == total:
                whole.append((phone, "".join(parts[key][n] for n in range(1, total + 1))))
                del parts[key]
        return whole

    # --- one connection ---------------------------------------------------------------------

    def _take(self, plan: deque[str]) -> str:
        with self._lock:
            return plan.popleft() if plan else "ok"

    def _serve(self, sock: socket.socket) -> None:
        with self._lock:
            self._connections += 1
            number = self._connections
            self._open.add(sock)
        try:
            self._conversation(sock, number)
        except (OSError, cmpp.CmppError) as exc:
            log.debug("CMPP 模拟网关：连接 %s 结束（%s）", number, exc)
        finally:
            with self._lock:
                self._open.discard(sock)
            sock.close()

    def _conversation(self, sock: socket.socket, number: int) -> None:
        decoder = cmpp.StreamDecoder()
        logged_in = False
        while True:
            data = sock.recv(4096)
            if not data:
                return
            for frame in decoder.feed(data):
                body = frame.body
                if isinstance(body, cmpp.Connect):
                    if not self._login(sock, frame.sequence_id, body):
                        return
                    logged_in = True
                elif not logged_in:
                    return  # anything before a login: hang up, as a gateway does
                elif isinstance(body, cmpp.Submit):
                    if not self._submit(sock, number, frame.sequence_id, body):
                        return
                elif isinstance(body, cmpp.ActiveTest):
                    with self._lock:
                        self.active_tests += 1
                    sock.sendall(cmpp.encode(frame.sequence_id, cmpp.ActiveTestResp()))
                elif isinstance(body, cmpp.Terminate):
                    sock.sendall(cmpp.encode(frame.sequence_id, cmpp.TerminateResp()))
                    return

    def _login(self, sock: socket.socket, sequence_id: int, body: cmpp.Connect) -> bool:
        action = self._take(self._connect_plan)
        if action == "drop":
            return False
        if action.startswith("status:"):
            status = int(action.partition(":")[2])
        elif body.source_addr != self.sp_id:
            status = 2
        elif body.authenticator != cmpp.authenticator_source(self.sp_id, self.secret, body.timestamp):
            status = 3
        elif body.version > cmpp.VERSION:
            status = 4
        else:
            status = 0
        auth = cmpp.authenticator_ismg(status, body.authenticator, self.secret) if status == 0 else b"\0" * 16
        sock.sendall(cmpp.encode(sequence_id, cmpp.ConnectResp(status, auth)))
        if status == 0:
            with self._lock:
                self._logins += 1
        return status == 0

    def _submit(self, sock: socket.socket, number: int, sequence_id: int, body: cmpp.Submit) -> bool:
        action = self._take(self._submit_plan)
        result = int(action.partition(":")[2]) if action.startswith("result:") else 0
        msg_id: int | None = None
        with self._lock:
            if result == 0 and action not in ("drop_before_resp", "ignore"):
                self._msg_sequence += 1
                msg_id = cmpp.make_msg_id(datetime.now(), 1234, self._msg_sequence)
            self._submits.append(ReceivedSubmit(number, sequence_id, body, msg_id, result == 0))
        if action == "drop_before_resp":
            return False
        if action == "ignore":
            return True
        if action.startswith("slow:"):
            time.sleep(float(action.partition(":")[2]))
        concat = body.concatenation()
        if result == 0 and self.on_message is not None and (concat is None or concat[2] == concat[1]):
            self.on_message(body.dest_terminal_ids[0], self._text_of(body))
        answer = cmpp.encode(sequence_id, cmpp.SubmitResp(msg_id or 0, result))
        if action != "drop_after_resp":
            sock.sendall(answer)
            return True
        # The answer and the FIN in one segment (corked): the SP sees the hang-up with the answer.
        cork = getattr(socket, "TCP_CORK", None)
        if cork is not None:
            sock.setsockopt(socket.IPPROTO_TCP, cork, 1)
        sock.sendall(answer)
        sock.shutdown(socket.SHUT_WR)
        return False
