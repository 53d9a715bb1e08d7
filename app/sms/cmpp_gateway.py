"""The CMPP 2.0 driver: one long TCP connection to the SMS gateway (ISMG), as an SP.

Connects with CMPP_CONNECT (the AuthenticatorSource of :func:`app.sms.cmpp.authenticator_source`)
and checks both the Status and the gateway's AuthenticatorISMG — a gateway that does not
know the shared secret is not the hall's. Submits one segment at a time and waits for its
SUBMIT_RESP; answers the gateway's ACTIVE_TEST while waiting; sends an ACTIVE_TEST of its own
when the link has been idle (:meth:`keepalive`, and before a submit on a link idle for longer
than ``idle_probe``) so a connection the gateway dropped is found *before* a submit is
written to it. Ends with TERMINATE.

The point of no return is a segment's ``sendall`` returning: from then on a lost answer is
``unconfirmed``, never a second submit (see :mod:`app.sms.gateway`).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from collections import deque
from collections.abc import Callable
from datetime import datetime

from app.sms import cmpp
from app.sms.gateway import AfterAck, BeforeWrite, GatewayAddress, Outcome, OutcomeState, Outgoing

log = logging.getLogger(__name__)


class LinkError(Exception):
    """The connection is gone or never came up; the text says why in Chinese."""


class CmppGateway:
    kind = "cmpp"

    def __init__(
        self,
        address: GatewayAddress,
        secret: str,
        *,
        timeout: float = 10.0,
        idle_probe: float = 30.0,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.address = address
        self._secret = secret
        self.timeout = timeout
        self.idle_probe = idle_probe
        self._clock = clock
        self._sock: socket.socket | None = None
        self._decoder = cmpp.StreamDecoder()
        self._pending: deque[cmpp.Frame] = deque()
        self._sequence = 0
        self._last_traffic = 0.0

    # --- link -------------------------------------------------------------------------------

    def _next_sequence(self) -> int:
        self._sequence = self._sequence % 0xFFFFFFFF + 1
        return self._sequence

    def _open(self) -> None:
        try:
            sock = socket.create_connection((self.address.host, self.address.port), timeout=self.timeout)
        except OSError as exc:
            raise LinkError(f"连不上短信网关 {self.address.host}:{self.address.port}（{exc.strerror or exc}）") from exc
        sock.settimeout(self.timeout)
        self._sock, self._decoder, self._sequence = sock, cmpp.StreamDecoder(), 0
        self._pending.clear()
        timestamp = cmpp.timestamp_of(self._clock())
        auth = cmpp.authenticator_source(self.address.sp_id, self._secret, timestamp)
        try:
            reply = self._request(cmpp.Connect(self.address.sp_id, auth, timestamp))
        except LinkError:
            self._drop()
            raise
        assert isinstance(reply, cmpp.ConnectResp)
        if reply.status != 0:
            self._drop()
            raise LinkError(f"短信网关拒绝登录：{cmpp.connect_status_text(reply.status)}")
        if reply.authenticator != cmpp.authenticator_ismg(0, auth, self._secret):
            self._drop()
            raise LinkError("短信网关的认证码不对：对端不知道共享密钥，不是本中心的网关")
        log.info("CMPP 已登录 %s:%s（企业代码 %s）", self.address.host, self.address.port, self.address.sp_id)

    def _drop(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None

    def _write(self, frame: bytes) -> None:
        assert self._sock is not None
        self._sock.sendall(frame)
        self._last_traffic = time.monotonic()

    def _read_frame(self) -> cmpp.Frame:
        assert self._sock is not None
        while not self._pending:
            data = self._sock.recv(4096)
            if not data:
                raise LinkError("短信网关断开了连接")
            self._last_traffic = time.monotonic()
            self._pending.extend(self._decoder.feed(data))
        return self._pending.popleft()

    def _await(self, sequence_id: int, command: cmpp.Command) -> cmpp.Body:
        """Read until the answer to ``sequence_id``; the gateway's own ACTIVE_TESTs are answered."""
        deadline = time.monotonic() + self.timeout
        assert self._sock is not None
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise LinkError("短信网关没有应答（超时）")
            self._sock.settimeout(left)
            try:
                frame = self._read_frame()
            except TimeoutError as exc:
                raise LinkError("短信网关没有应答（超时）") from exc
            except OSError as exc:
                raise LinkError(f"短信网关连接出错（{exc.strerror or exc}）") from exc
            except cmpp.CmppError as exc:
                raise LinkError(f"短信网关发来无法解析的数据（{exc}）") from exc
            if isinstance(frame.body, cmpp.ActiveTest):
                self._write(cmpp.encode(frame.sequence_id, cmpp.ActiveTestResp()))
                continue
            if isinstance(frame.body, cmpp.Terminate):
                self._write(cmpp.encode(frame.sequence_id, cmpp.TerminateResp()))
                raise LinkError("短信网关要求拆除连接")
            if frame.sequence_id == sequence_id and frame.command == command:
                return frame.body
            log.warning("CMPP 忽略意外的应答 %s（序号 %s）", frame.command.name, frame.sequence_id)

    def _request(self, body: cmpp.Body) -> cmpp.Body:
        sequence_id = self._next_sequence()
        try:
            self._write(cmpp.encode(sequence_id, body))
        except OSError as exc:
            raise LinkError(f"写入短信网关失败（{exc.strerror or exc}）") from exc
        answer = cmpp.Command(cmpp.COMMAND_OF[type(body)] | 0x80000000)
        return self._await(sequence_id, answer)

    def _peer_closed(self) -> bool:
        """Has the gateway already hung up (its FIN or a reset is waiting)? Looked at without blocking."""
        assert self._sock is not None
        self._sock.setblocking(False)
        try:
            return self._sock.recv(1, socket.MSG_PEEK) == b""
        except BlockingIOError:
            return False
        except OSError:
            return True
        finally:
            self._sock.settimeout(self.timeout)

    def _ensure_link(self) -> None:
        """A logged-in link before a submit: a closed one is found here, not after a SUBMIT was written."""
        if self._sock is not None and self._peer_closed():
            log.info("CMPP 网关已断开连接，重新连接")
            self._drop()
        if self._sock is None:
            self._open()
        elif time.monotonic() - self._last_traffic > self.idle_probe:
            self._probe()

    def _probe(self) -> None:
        try:
            self._request(cmpp.ActiveTest())
        except LinkError:
            log.info("CMPP 链路检测失败，重新连接")
            self._drop()
            self._open()

    # --- Gateway ----------------------------------------------------------------------------

    def keepalive(self) -> None:
        """ACTIVE_TEST when the link has been quiet for ``idle_probe`` seconds (no link: nothing)."""
        if self._sock is not None and time.monotonic() - self._last_traffic > self.idle_probe:
            try:
                self._request(cmpp.ActiveTest())
            except LinkError:
                self._drop()

    def send(self, message: Outgoing, before_write: BeforeWrite, after_ack: AfterAck) -> Outcome:
        segments = cmpp.split_text(message.text, message.reference)
        done = message.parts_done
        for number in range(done, len(segments)):
            try:
                self._ensure_link()  # before every segment: the gateway may hang up after an answer
            except LinkError as exc:
                return Outcome("retry", number, str(exc))
            udhi, content = segments[number]
            submit = cmpp.Submit(
                msg_src=self.address.sp_id,
                src_id=self.address.src_id,
                dest_terminal_ids=(message.phone,),
                content=content,
                tp_udhi=udhi,
                pk_total=len(segments),
                pk_number=number + 1,
                service_id=self.address.service_id,
            )
            sequence_id = self._next_sequence()
            frame = cmpp.encode(sequence_id, submit)
            before_write(number, sequence_id)
            try:
                self._write(frame)
            except OSError as exc:
                # sendall did not take the whole frame: the gateway cannot have read a whole SUBMIT.
                self._drop()
                return Outcome("retry", number, f"写入短信网关失败（{exc.strerror or exc}）")
            try:
                answer = self._await(sequence_id, cmpp.Command.SUBMIT_RESP)
            except LinkError as exc:
                self._drop()
                return Outcome("unconfirmed", number, f"已提交但未收到网关应答：{exc}")
            assert isinstance(answer, cmpp.SubmitResp)
            if answer.result != 0:
                state: OutcomeState = "retry" if answer.result in cmpp.RETRYABLE_RESULTS else "failed"
                return Outcome(state, number, f"短信网关拒收：{cmpp.submit_result_text(answer.result)}")
            after_ack(number, cmpp.msg_id_text(answer.msg_id))
            done = number + 1
        return Outcome("sent", done)

    def close(self) -> None:
        if self._sock is None:
            return
        try:
            with contextlib.suppress(LinkError):
                self._request(cmpp.Terminate())
        finally:
            self._drop()
