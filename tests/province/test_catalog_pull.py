"""The 实施清单 from the province emulator (over the signed JSON adapter) becomes a reference
release only after the administrator saw the difference and approved it; the window PC pulls
it; a broken list changes nothing and says why in Chinese."""

from __future__ import annotations

import json
import re
import subprocess
import uuid
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.exchange.province.emulator import RunningProvince, demo_catalog_list, start_emulator
from app.services.catalog_admin import export_catalog
from app.store.engine import make_engine
from app.store.migrate import upgrade
from app.store.models import HallSetting, Matter, ProvinceCatalogPull
from app.store.uow import Store
from app.sync.reference import list_releases, pull_reference
from tests.province.conftest import KEY_ID, SECRET
from tests.services.conftest import build_hall

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture()
def central(pg_url: str) -> Iterator[Store]:
    store = Store(make_engine(pg_url))
    upgrade(store.engine)
    build_hall(store)
    yield store
    store.dispose()


def _serve(listing: dict[str, Any]) -> RunningProvince:
    return start_emulator(catalog=json.dumps(listing, ensure_ascii=False).encode("utf-8"), keys={KEY_ID: SECRET})


def _province_args(province: RunningProvince, tmp_path: Path) -> list[str]:
    key = tmp_path / "k"
    key.write_bytes(SECRET)
    return ["--province", province.url, "--key-id", KEY_ID, "--key-file", str(key)]


def _listing(central: Store) -> dict[str, Any]:
    listing = demo_catalog_list(json.loads(export_catalog(central)))
    matters = {m["implementation_code"]: m for m in listing["matters"]}
    matters["QYSL"]["promised_limit_days"] = 3
    matters["SPJY"]["materials"].append(
        {"code": "FDDB", "name": "法定代表人身份证明", "necessity": "必要", "form": "复印件", "copies": 1}
    )
    listing["matters"].append(
        {
            "implementation_code": "GTHDJ",
            "name": "个体工商户设立登记",
            "type": "行政许可",
            "department": "SCJG",
            "case_kind": "即办件",
            "promised_limit_days": 0,
            "materials": [{"code": "SQS", "name": "个体工商户登记申请书", "necessity": "必要", "form": "原件"}],
        }
    )
    return listing


def test_an_approved_list_becomes_a_release_the_window_pulls(central: Store, tmp_path: Path) -> None:
    url = central.engine.url.render_as_string(hide_password=False)
    before_releases = len(list_releases(central.engine))
    listing = _listing(central)
    province = _serve(listing)
    try:
        pulled = _cli("admin", "province", "catalog", "pull", *_province_args(province, tmp_path), "--store", url)
    finally:
        province.stop()
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    out = pulled.stdout
    assert "待审核" in out
    assert "事项 QYSL 承诺办结时限：5 → 3" in out
    assert "事项 SPJY 新增材料 FDDB 法定代表人身份证明" in out
    assert "新增事项 GTHDJ 个体工商户设立登记（1 项材料）" in out
    pull_id = re.search(r"catalog approve ([0-9a-f-]{36})", out)
    assert pull_id is not None
    # Nothing changed before approval.
    with central.read() as s:
        assert s.query(Matter).filter_by(code="QYSL").one().promised_limit_days == 5
        assert s.query(Matter).filter_by(code="GTHDJ").first() is None
    assert len(list_releases(central.engine)) == before_releases
    assert _cli("admin", "province", "catalog", "diff", "--store", url).stdout.count("事项 QYSL 承诺办结时限") == 1

    approved = _cli("admin", "province", "catalog", "approve", pull_id.group(1), "--by", "陈管理", "--store", url)
    assert approved.returncode == 0, approved.stdout + approved.stderr
    releases = list_releases(central.engine)
    assert len(releases) == before_releases + 1
    assert f"参考数据第 {releases[-1].release_no} 版" in approved.stdout
    assert "陈管理 批准" in releases[-1].note
    with central.read() as s:
        qysl = s.query(Matter).filter_by(code="QYSL").one()
        # the province's limit; the hall's windows and keywords kept
        assert (qysl.promised_limit_days, qysl.windows, qysl.keywords) == (3, ["01"], ["开公司", "营业执照"])
        assert s.query(Matter).filter_by(code="GTHDJ").one().case_kind == "即办件"
        credit = s.get(HallSetting, "province")
        assert credit is not None
        assert credit.value["department_credit_codes"]["SCJG"] == listing["departments"][0]["credit_code"]
        assert s.get(ProvinceCatalogPull, uuid.UUID(pull_id.group(1))).state == "published"

    # A window PC pulls the release and has the province's matter.
    window = Store(make_engine(f"sqlite+pysqlite:///{tmp_path / 'window.db'}"))
    upgrade(window.engine)
    pull_reference(window, central.engine)
    with window.read() as s:
        assert s.query(Matter).filter_by(code="GTHDJ").one().name == "个体工商户设立登记"
        assert s.query(Matter).filter_by(code="QYSL").one().promised_limit_days == 3
    window.dispose()
    again = _cli("admin", "province", "catalog", "approve", pull_id.group(1), "--store", url)
    assert again.returncode == 1 and "此实施清单已发布，不能批准" in again.stderr


@pytest.mark.parametrize(
    ("breakage", "said"),
    [
        (
            lambda lst: lst["matters"][0]["materials"][0].update(necessity="必须"),
            "necessity 取值“必须”无效",
        ),
        (lambda lst: lst["departments"][0].update(credit_code="11510626MB0000012X"), "统一社会信用代码校验码不正确"),
        (lambda lst: lst.update(format="gov-list/9"), "实施清单的 format 应为“province-implementation-list/1”"),
        (lambda lst: lst["matters"][1].pop("implementation_code"), "缺少实施编码"),
    ],
)
def test_a_broken_list_changes_nothing_and_says_why(
    central: Store, tmp_path: Path, breakage: Callable[[dict[str, Any]], object], said: str
) -> None:
    url = central.engine.url.render_as_string(hide_password=False)
    before = export_catalog(central)
    releases = len(list_releases(central.engine))
    listing = _listing(central)
    breakage(listing)
    province = _serve(listing)
    try:
        pulled = _cli("admin", "province", "catalog", "pull", *_province_args(province, tmp_path), "--store", url)
    finally:
        province.stop()
    assert pulled.returncode == 1
    assert said in pulled.stdout, pulled.stdout + pulled.stderr
    assert "未通过检查" in pulled.stdout and "目录未作任何改动" in pulled.stdout
    assert export_catalog(central) == before
    assert len(list_releases(central.engine)) == releases
    with central.read() as s:
        pull = s.query(ProvinceCatalogPull).one()
        assert pull.state == "broken" and said in (pull.problem or "")
        pull_id = str(pull.id)
    refused = _cli("admin", "province", "catalog", "approve", pull_id, "--store", url)
    assert refused.returncode == 1 and "此实施清单未通过检查，不能批准" in refused.stderr
    assert export_catalog(central) == before
