"""The exchange format, its signed token and the JSON/HTTPS adapter against the province
emulator on a real TCP socket: kept once per event id, rejections with the province's
reason, a timeout, a late answer, 503, a wrong or replayed signature, mutual TLS."""

from __future__ import annotations

import http.client
import json
import ssl
import subprocess
import urllib.parse
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.exchange.province.adapter import JsonHttpsAdapter
from app.exchange.province.auth import Credentials, sign
from app.exchange.province.emulator import RunningProvince, start_emulator
from app.exchange.province.format import (
    FORMAT,
    HallFacts,
    ProvinceError,
    case_event_item,
    parse_batch_answer,
    rating_item,
    reconcile_type,
)

SECRET = b"s3cr3t-of-the-hall"
HALL = HallFacts("510626-LJJK", {"SCJG": "11510626000000012X"}, {"SCJG": "区市场监管局"})
NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def event_row(action: str, n: int = 1, **over: object) -> dict[str, object]:
    row: dict[str, object] = {
        "event_id": f"0193a000-0000-7000-8000-{n:012d}",
        "case_id": "0193a000-0000-7000-8000-aaaaaaaaaaaa",
        "action": action,
        "day": date(2026, 11, 2),
        "at": datetime(2026, 11, 2, 1, 15, tzinfo=UTC),
        "event_window": "01",
        "note": "",
        "data": {},
        "staff_no": "0101",
        "case_number": "510626-LJJK-20261102-01-1-0001",
        "owner_window": "01",
        "matter_code": "QYSL",
        "matter_name": "企业设立登记",
        "case_kind": "承诺件",
        "applicant_kind": "自然人",
        "applicant_name": "刘堃",
        "id_type": "居民身份证",
        "id_number": "11010519491231002X",
        "org_name": None,
        "credit_code": None,
        "received_on": date(2026, 11, 2),
        "accepted_on": date(2026, 11, 2),
        "promised_limit_days": 5,
        "legal_limit_days": 20,
        "due_date": date(2026, 11, 9),
        "result_name": None,
        "delivery_method": None,
        "department_code": "SCJG",
    }
    row.update(over)
    return row


@pytest.fixture()
def province() -> Iterator[RunningProvince]:
    running = start_emulator(keys={"hall-1": SECRET})
    yield running
    running.stop()


def adapter(p: RunningProvince, timeout: float = 5.0, secret: bytes = SECRET) -> JsonHttpsAdapter:
    return JsonHttpsAdapter(p.url, Credentials(key_id="hall-1", secret=secret), timeout=timeout)


def test_case_events_map_to_the_national_items_with_the_full_certificate() -> None:
    accept = case_event_item(event_row("受理"), HALL)
    assert (accept["type"], accept["event"], accept["day"]) == ("办件", "受理", "2026-11-02")
    case = accept["case"]
    assert case["implementation_code"] == "QYSL"
    assert case["department_credit_code"] == "11510626000000012X"
    assert case["kind"] == "承诺"
    assert case["applicant"] == {
        "type": "自然人",
        "name": "刘堃",
        "certificate_type": "居民身份证",
        "certificate_number": "11010519491231002X",
    }
    assert (accept["window_no"], accept["staff_no"], accept["hall_code"]) == ("01", "0101", "510626-LJJK")
    step = case_event_item(event_row("审查意见", data={"conclusion": "通过"}, event_window="后台SCJG"), HALL)
    assert (step["event"], step["stage"], step["opinion"], step["window_no"]) == (
        "办理环节",
        "审查",
        "通过",
        "后台SCJG",
    )
    refused = case_event_item(event_row("不予受理", note="不属于本机关职权范围"), HALL)
    assert (refused["event"], refused["outcome"]) == ("不予受理", "不属于本机关职权范围")
    done = case_event_item(event_row("即办办结", case_kind="即办件"), HALL)
    assert (done["event"], done["outcome"], done["case"]["kind"]) == ("办结", "即办办结", "即办")
    sent = case_event_item(event_row("出件", data={"method": "邮寄"}), HALL)
    assert (reconcile_type(sent), sent["outcome"]["method"]) == ("办件:送达", "邮寄")
    org = case_event_item(
        event_row("受理", applicant_kind="法人", org_name="某某公司", credit_code="91350100M000100Y43"), HALL
    )
    assert org["case"]["applicant"]["certificate_type"] == "统一社会信用代码"
    assert org["case"]["applicant"]["certificate_number"] == "91350100M000100Y43"


def test_a_bad_rating_carries_level_score_and_reasons() -> None:
    item = rating_item(
        {
            "rating_id": "0193a000-0000-7000-8000-00000000bbbb",
            "rating": "不满意",
            "reasons": ["等候时间长"],
            "source": "qr",
            "day": date(2026, 11, 2),
            "requested_at": datetime(2026, 11, 2, 2, 0, tzinfo=UTC),
            "rated_at": datetime(2026, 11, 2, 2, 1, tzinfo=UTC),
            "owner_window": "01",
            "staff_no": "0101",
            "case_number": "510626-LJJK-20261102-01-1-0001",
            "matter_code": "QYSL",
            "department_code": "SCJG",
        },
        HALL,
    )
    assert (item["level"], item["score"], item["bad_reasons"], item["channel"]) == ("不满意", 2, ["等候时间长"], "扫码")
    assert item["department_credit_code"] == "11510626000000012X"
    assert reconcile_type(item) == "评价"


def test_pushed_twice_kept_once_and_a_rejection_says_why(province: RunningProvince) -> None:
    a = adapter(province)
    items = [case_event_item(event_row("受理", 1), HALL), case_event_item(event_row("后台签收", 2), HALL)]
    no_credit = HallFacts("510626-LJJK", {}, {})
    items.append(case_event_item(event_row("受理", 3), no_credit))
    first = a.push("510626-LJJK", items, NOW)
    assert [first[i["event_id"]].status for i in items] == ["accepted", "accepted", "rejected"]
    assert first[items[2]["event_id"]].reason == "实施主体（SCJG）的统一社会信用代码缺失"
    again = a.push("510626-LJJK", items[:2], NOW)
    assert {r.status for r in again.values()} == {"duplicate"}
    assert len(province.state.kept) == 2
    corrected = {
        **items[2],
        "revision": 1,
        "case": {**items[2]["case"], "department_credit_code": "11510626000000012X"},
    }
    assert a.push("510626-LJJK", [corrected], NOW)[corrected["event_id"]].status == "accepted"
    day = a.reconcile("510626-LJJK", date(2026, 11, 2))
    assert day.counts == {"办件:受理": 2, "办件:办理环节": 1}
    assert items[1]["event_id"] in day.ids["办件:办理环节"]


def test_timeout_keeps_nothing_and_a_late_answer_keeps_it_once(province: RunningProvince) -> None:
    a = adapter(province, timeout=0.5)
    item = case_event_item(event_row("受理", 7), HALL)
    province.faults.timeouts, province.faults.hang_seconds = 1, 1.5
    with pytest.raises(ProvinceError, match="秒内没有应答") as hung:
        a.push("510626-LJJK", [item], NOW)
    assert hung.value.retry
    assert province.state.kept == {}
    province.faults.late_answers, province.faults.late_seconds = 1, 1.5
    with pytest.raises(ProvinceError):
        a.push("510626-LJJK", [item], NOW)
    assert list(province.state.kept) == [item["event_id"]]  # kept, but the hall never heard
    assert a.push("510626-LJJK", [item], NOW)[item["event_id"]].status == "duplicate"
    province.faults.unavailable = 1
    with pytest.raises(ProvinceError, match="HTTP 503") as down:
        a.push("510626-LJJK", [item], NOW)
    assert down.value.retry
    assert [r.status for r in province.state.receipts(item["event_id"])] == ["accepted", "duplicate"]


def test_a_wrong_key_or_a_replayed_request_is_refused(province: RunningProvince) -> None:
    with pytest.raises(ProvinceError, match="签名不符") as wrong:
        adapter(province, secret=b"guessed").push("510626-LJJK", [case_event_item(event_row("受理"), HALL)], NOW)
    assert (wrong.value.status, wrong.value.retry) == (401, False)
    body = json.dumps({"format": FORMAT, "hall_code": "510626-LJJK", "day": "2026-11-02"}).encode()
    header = sign("hall-1", SECRET, "POST", "/v1/reconciliation", body)
    host = urllib.parse.urlsplit(province.url)
    statuses = []
    for _ in range(2):
        conn = http.client.HTTPConnection(host.hostname or "", host.port, timeout=5)
        conn.request("POST", "/v1/reconciliation", body, {"Authorization": header, "Content-Type": "application/json"})
        resp = conn.getresponse()
        statuses.append((resp.status, json.loads(resp.read()).get("error")))
        conn.close()
    assert statuses == [(200, None), (401, "重放的请求（nonce 已用过）")]
    old = sign("hall-1", SECRET, "POST", "/v1/reconciliation", body, now=NOW.timestamp() - 3600)
    conn = http.client.HTTPConnection(host.hostname or "", host.port, timeout=5)
    conn.request("POST", "/v1/reconciliation", body, {"Authorization": old})
    assert conn.getresponse().status == 401


def test_an_answer_without_results_is_an_error_not_a_lost_item() -> None:
    with pytest.raises(ProvinceError, match="results"):
        parse_batch_answer({"ok": True}, ["x"])
    answer = parse_batch_answer(
        {"results": [{"event_id": "x", "status": "rejected"}, {"event_id": "y", "status": "accepted"}]}, ["x"]
    )
    assert list(answer) == ["x"]
    assert answer["x"].reason == "省平台拒收，未说明原因"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def test_mutual_tls_with_the_halls_client_certificate(tmp_path: Path) -> None:
    """The province's CA signs the platform's and the hall's certificates; the platform
    requires a client certificate; the adapter presents the hall's through its SSL context."""
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=province-ca", cwd=tmp_path)  # fmt: skip
    for name, cn in (("server", "127.0.0.1"), ("client", "510626-LJJK")):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
                 "-subj", f"/CN={cn}", cwd=tmp_path)  # fmt: skip
        (tmp_path / f"{name}.ext").write_text("subjectAltName=IP:127.0.0.1\n")
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                 "-out", f"{name}.pem", "-days", "2", "-extfile", f"{name}.ext", cwd=tmp_path)  # fmt: skip
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=str(tmp_path / "ca.pem"))
    server_ctx.load_cert_chain(str(tmp_path / "server.pem"), str(tmp_path / "server.key"))
    server_ctx.verify_mode = ssl.CERT_REQUIRED
    running = start_emulator(server_ssl=server_ctx)
    try:
        url = running.url.replace("http://", "https://")
        hall = Credentials(
            client_cert=tmp_path / "client.pem", client_key=tmp_path / "client.key", ca_file=tmp_path / "ca.pem"
        )
        item = case_event_item(event_row("受理", 9), HALL)
        assert JsonHttpsAdapter(url, hall).push("510626-LJJK", [item], NOW)[item["event_id"]].status == "accepted"
        anonymous = Credentials(ca_file=tmp_path / "ca.pem")
        with pytest.raises(ProvinceError):
            JsonHttpsAdapter(url, anonymous, timeout=3).push("510626-LJJK", [item], NOW)
        assert len(running.state.kept) == 1
    finally:
        running.stop()
