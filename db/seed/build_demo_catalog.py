"""Build ``resources/catalog/demo_catalog.json``, the demo catalog shipped for training.

Run ``python -m db.seed.build_demo_catalog`` from the repository root.  The output is
deterministic (same input, same bytes) and checked by :func:`parse_catalog` before it
is written, so the committed file is always importable.

Content: the hall of seed 000 (罗江经开区, name marked 示例), plausible departments
and twelve windows of every kind, every matter of the seed's annex tables 表2-1 and
表2-2 (rows with the same name and type in both tables become one matter that lists
both rows in ``ext.annex``), full guide content for the high-frequency matters of
:mod:`db.seed.matters_full`, and a few “一件事” bundles.  Every matter carries
``ext.demo`` so nobody mistakes it for an official guide.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Final

from app.domain.catalog import FORMAT
from app.exchange.catalog_file import dump_catalog, parse_catalog
from db.seed.annex import ANNEX_ROWS
from db.seed.matters_full import COMPLAINT, HOURS, MATTERS_FULL

Json = dict[str, Any]

OUTPUT: Final = Path(__file__).resolve().parents[2] / "resources" / "catalog" / "demo_catalog.json"
DEMO_NOTE: Final = "示例数据，非正式办事指南"
HALL: Final[Json] = {"code": "510626-LJJK", "name": "罗江经开区园区示范政务服务中心（示例）"}
HALL_LOCATION: Final = "罗江经开区园区示范政务服务中心一楼"

DEPARTMENTS: Final[tuple[tuple[str, str], ...]] = (
    ("DQB", "经开区党群部"),
    ("XZSP", "区行政审批局"),
    ("FGJ", "区发展和改革局"),
    ("JXJ", "区经济和信息化局"),
    ("JYJ", "区教育局"),
    ("GAJ", "区公安分局"),
    ("MZJ", "区民政局"),
    ("SFJ", "区司法局"),
    ("CZJ", "区财政局"),
    ("RSJ", "区人力资源和社会保障局"),
    ("ZRZY", "区自然资源局"),
    ("STHJ", "区生态环境局"),
    ("ZJJ", "区住房和城乡建设局"),
    ("JTJ", "区交通运输局"),
    ("SLJ", "区水利局"),
    ("WGLJ", "区文化广播电视和旅游局"),
    ("WJJ", "区卫生健康局"),
    ("TYJR", "区退役军人事务局"),
    ("YJJ", "区应急管理局"),
    ("SCJG", "区市场监督管理局"),
    ("YBJ", "区医疗保障局"),
    ("GDB", "区国防动员办公室"),
    ("SW", "国家税务总局德阳市罗江区税务局"),
    ("CL", "区残疾人联合会"),
    ("GJJ", "德阳市住房公积金管理中心罗江管理部"),
    ("YZ", "中国邮政罗江区分公司"),
)

_GENERAL_DEPARTMENTS: Final = (
    "DQB",
    "XZSP",
    "JYJ",
    "MZJ",
    "SFJ",
    "CZJ",
    "JTJ",
    "WGLJ",
    "WJJ",
    "TYJR",
    "YJJ",
    "CL",
    "GJJ",
    "YZ",
)
_PROJECT_DEPARTMENTS: Final = ("ZJJ", "ZRZY", "FGJ", "JXJ", "STHJ", "SLJ", "GDB")

WINDOWS: Final[tuple[Json, ...]] = (
    {"code": "01", "name": "无差别综合窗口（一）", "kind": "无差别综合窗口", "departments": list(_GENERAL_DEPARTMENTS)},
    {"code": "02", "name": "无差别综合窗口（二）", "kind": "无差别综合窗口", "departments": list(_GENERAL_DEPARTMENTS)},
    {"code": "03", "name": "无差别综合窗口（三）", "kind": "无差别综合窗口", "departments": list(_GENERAL_DEPARTMENTS)},
    {
        "code": "04",
        "name": "企业开办分领域综合窗口",
        "kind": "分领域综合窗口",
        "departments": ["SCJG", "SW", "RSJ", "YBJ"],
    },
    {
        "code": "05",
        "name": "工程建设项目分领域综合窗口",
        "kind": "分领域综合窗口",
        "departments": list(_PROJECT_DEPARTMENTS),
    },
    {"code": "06", "name": "社保医保分领域综合窗口", "kind": "分领域综合窗口", "departments": ["RSJ", "YBJ"]},
    {"code": "07", "name": "不动产登记专业窗口", "kind": "专业窗口", "departments": ["ZRZY", "SW", "ZJJ"]},
    {"code": "08", "name": "公安户政专业窗口", "kind": "专业窗口", "departments": ["GAJ"]},
    {"code": "09", "name": "税务专业窗口", "kind": "专业窗口", "departments": ["SW"]},
    {"code": "10", "name": "市场监管专业窗口", "kind": "专业窗口", "departments": ["SCJG"]},
    {"code": "11", "name": "办不成事反映窗口", "kind": "办不成事反映窗口", "departments": []},
    {"code": "12", "name": "帮办代办窗口", "kind": "帮办代办窗口", "departments": []},
)

# Which department implements a matter: the first rule whose word occurs in the name.
# Ordered from specific to general; a name no rule covers stops the build.
DEPARTMENT_RULES: Final[tuple[tuple[str, str], ...]] = (
    ("党", "DQB"),
    ("学历认证", "JYJ"),
    ("退役士兵", "TYJR"),
    ("企业职工参保登记", "RSJ"),
    ("设计方案审定", "ZRZY"),
    ("两项补贴", "MZJ"),
    ("残疾", "CL"),
    ("（经信）", "JXJ"),
    ("技术改造", "JXJ"),
    ("节能审查", "FGJ"),
    ("企业投资项目备案", "FGJ"),
    ("不动产", "ZRZY"),
    ("用地", "ZRZY"),
    ("规划", "ZRZY"),
    ("林地", "ZRZY"),
    ("国土绿化", "ZRZY"),
    ("验线", "ZRZY"),
    ("选址", "ZRZY"),
    ("环境影响", "STHJ"),
    ("人民防空", "GDB"),
    ("人防", "GDB"),
    ("防空", "GDB"),
    ("取水", "SLJ"),
    ("水土保持", "SLJ"),
    ("公路", "JTJ"),
    ("道路", "JTJ"),
    ("邮政", "YZ"),
    ("水、电、气", "XZSP"),
    ("税", "SW"),
    ("发票", "SW"),
    ("财务会计报告", "SW"),
    ("信息报告", "SW"),
    ("特殊事项报告", "SW"),
    ("申报错误更正", "SW"),
    ("证明开具", "SW"),
    ("相互协商程序", "SW"),
    ("医疗", "YBJ"),
    ("医保", "YBJ"),
    ("医药", "YBJ"),
    ("门诊", "YBJ"),
    ("生育保险", "YBJ"),
    ("异地", "YBJ"),
    ("职工参保信息变更", "YBJ"),
    ("参保人员电话", "YBJ"),
    ("单位参保信息变更", "YBJ"),
    ("职工参保登记", "YBJ"),
    ("单位参保登记", "YBJ"),
    ("转移接受手续", "YBJ"),
    ("参保单位参保信息查询", "YBJ"),
    ("参保人员参保信息查询", "YBJ"),
    ("个人账户资金", "YBJ"),
    ("住房公积金", "GJJ"),
    ("房产", "ZJJ"),
    ("房屋", "ZJJ"),
    ("住宅", "ZJJ"),
    ("公共租赁", "ZJJ"),
    ("建筑", "ZJJ"),
    ("建设工程", "ZJJ"),
    ("工程竣工", "ZJJ"),
    ("施工", "ZJJ"),
    ("消防", "ZJJ"),
    ("排水", "ZJJ"),
    ("供水", "ZJJ"),
    ("垃圾", "ZJJ"),
    ("临时性建筑物", "ZJJ"),
    ("工程建设项目", "RSJ"),
    ("社会保险", "RSJ"),
    ("社会保障卡", "RSJ"),
    ("养老保险", "RSJ"),
    ("工伤", "RSJ"),
    ("失业", "RSJ"),
    ("就业", "RSJ"),
    ("职业", "RSJ"),
    ("招聘", "RSJ"),
    ("创业", "RSJ"),
    ("人力资源", "RSJ"),
    ("劳务派遣", "RSJ"),
    ("工时", "RSJ"),
    ("劳动", "RSJ"),
    ("人事", "RSJ"),
    ("高技能人才", "RSJ"),
    ("专业技术人员管理", "RSJ"),
    ("缴费", "RSJ"),
    ("参保", "RSJ"),
    ("企业年金", "RSJ"),
    ("企业信息变更", "RSJ"),
    ("个人权益记录", "RSJ"),
    ("户口", "GAJ"),
    ("户政", "GAJ"),
    ("居住证", "GAJ"),
    ("派出所", "GAJ"),
    ("民族成份", "GAJ"),
    ("特种行业", "GAJ"),
    ("社会团体", "MZJ"),
    ("民办非企业", "MZJ"),
    ("社会组织", "MZJ"),
    ("婚姻", "MZJ"),
    ("养老机构", "MZJ"),
    ("高龄津贴", "MZJ"),
    ("社会救助", "MZJ"),
    ("公证", "SFJ"),
    ("律师", "SFJ"),
    ("司法鉴定", "SFJ"),
    ("法律服务", "SFJ"),
    ("人民调解", "SFJ"),
    ("会计", "CZJ"),
    ("军", "TYJR"),
    ("烈士", "TYJR"),
    ("伤残", "TYJR"),
    ("退役", "TYJR"),
    ("复员", "TYJR"),
    ("应急", "YJJ"),
    ("互联网上网", "WGLJ"),
    ("演出", "WGLJ"),
    ("文艺表演", "WGLJ"),
    ("卫生", "WJJ"),
    ("健康检查", "WJJ"),
    ("生育登记", "WJJ"),
    ("老年人优待证", "WJJ"),
    ("出生医学证明", "WJJ"),
    ("预防接种", "WJJ"),
    ("教育", "JYJ"),
    ("教师", "JYJ"),
    ("学校", "JYJ"),
    ("学生", "JYJ"),
    ("学历", "JYJ"),
    ("普通话", "JYJ"),
    ("自学考试", "JYJ"),
    ("子女", "JYJ"),
    ("校车", "JYJ"),
    ("办学", "JYJ"),
    ("食品", "SCJG"),
    ("特种设备", "SCJG"),
    ("计量", "SCJG"),
    ("公司", "SCJG"),
    ("企业", "SCJG"),
    ("合伙", "SCJG"),
    ("个体工商户", "SCJG"),
    ("证照", "SCJG"),
    ("市场主体", "SCJG"),
    ("撤销变更登记", "SCJG"),
    ("工业产品", "SCJG"),
    ("特殊标志", "SCJG"),
    ("失信", "SCJG"),
    ("守合同", "SCJG"),
)

_DEPARTMENT_WINDOWS: Final[dict[str, list[str]]] = {
    "SCJG": ["04", "10"],
    "SW": ["09"],
    "RSJ": ["06"],
    "YBJ": ["06"],
    "GAJ": ["08"],
    **{code: ["05"] for code in _PROJECT_DEPARTMENTS},
    **{code: ["01", "02", "03"] for code in _GENERAL_DEPARTMENTS},
}

# Matters done on the spot unless the full guide says otherwise: inquiries, queries, notices.
_IMMEDIATE_WORDS: Final = ("咨询", "查询", "打印", "预约", "通知", "提示", "挂失", "解挂", "密码", "公示")

BUNDLES: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("QYKB", "企业开办“一件事”", ("公司设立登记", "发票领用", "企业社会保险登记", "单位参保登记")),
    (
        "KBCT",
        "开办餐馆“一件事”",
        ("个体工商户注册、变更、注销登记", "食品（含保健食品）经营许可核发", "城镇污水排入排水管网许可"),
    ),
    (
        "XSECS",
        "新生儿出生“一件事”",
        (
            "《出生医学证明》首次签发",
            "《预防接种证》办理",
            "户口登记（包括注销、恢复、变更）",
            "基本医疗保险参保和变更登记",
            "社会保障卡申领",
        ),
    ),
    (
        "CJRFW",
        "残疾人服务“一件事”",
        ("《中华人民共和国残疾人证》核发", "残疾人两项补贴", "残疾人基本型辅助器具适配申请"),
    ),
    ("ESFGH", "二手房过户及水电气联动“一件事”", ("不动产登记", "不动产登记资料查询", "水、电、气报装等业务")),
)


_ORGANISATION_WORDS: Final = (
    "企业",
    "公司",
    "单位",
    "机构",
    "项目",
    "工程",
    "社会团体",
    "民办非企业",
    "合伙",
    "经营",
    "学校",
    "定点",
)


def targets_of(name: str, mtype: str) -> list[str]:
    """Who a matter without a full guide serves, guessed from its name."""
    if mtype == "党建服务":
        return ["自然人"]
    if any(word in name for word in _ORGANISATION_WORDS):
        return ["法人", "其他组织"]
    return ["自然人"]


def department_of(name: str) -> str:
    """The implementing department of an annex matter, by the rules above."""
    for word, code in DEPARTMENT_RULES:
        if word in name:
            return code
    raise ValueError(f"没有部门规则覆盖事项“{name}”，请补充 DEPARTMENT_RULES")


def windows_of(name: str, department: str) -> list[str]:
    """Handling windows: the department's windows, 不动产 at its specialised window."""
    if department == "ZRZY" and "不动产" in name:
        return ["07"]
    return list(_DEPARTMENT_WINDOWS[department])


def matter_code(table: str, row: int) -> str:
    """Stable code from the annex position: 表2-1 row 41 → ``LJ21-041``."""
    return f"LJ{table[1]}{table[3]}-{row:03d}"


def annex_matters() -> list[Json]:
    """One matter per distinct (name, type) of the annex, in table order."""
    by_key: dict[tuple[str, str], Json] = {}
    for table, row, name, mtype in ANNEX_ROWS:
        key = (name, mtype)
        if key in by_key:
            by_key[key]["ext"]["annex"].append(f"{table}第{row}项")
            continue
        department = department_of(name)
        immediate = any(word in name for word in _IMMEDIATE_WORDS)
        by_key[key] = {
            "code": matter_code(table, row),
            "name": name,
            "type": mtype,
            "department": department,
            "case_kind": "即办件" if immediate else "承诺件",
            "targets": targets_of(name, mtype),
            "location": HALL_LOCATION,
            "hours": HOURS,
            "consult": "现场咨询或拨打12345政务服务便民热线",
            "complaint": COMPLAINT,
            "windows": windows_of(name, department),
            "materials": [],
            "ext": {"demo": True, "note": DEMO_NOTE, "annex": [f"{table}第{row}项"]},
        }
    return list(by_key.values())


def with_full_guide(matter: Json) -> Json:
    """Merge the full guide content, if any, over the annex matter."""
    full = MATTERS_FULL.get(matter["name"])
    if full is None:
        return matter
    merged = {**matter, **full}
    windows = merged["windows"]
    merged["consult"] = f"现场咨询：{windows[0]}号窗口；电话咨询：12345政务服务便民热线"
    if "location" not in full:
        merged["location"] = f"{HALL_LOCATION}{'、'.join(windows)}号窗口"
    merged["ext"] = {**matter["ext"], "full_guide": True}
    return merged


def build() -> Json:
    """The demo catalog as JSON data (not yet checked)."""
    matters = [with_full_guide(m) for m in annex_matters()]
    missing = set(MATTERS_FULL) - {m["name"] for m in matters}
    if missing:
        raise ValueError(f"完整指南所指事项不在附件目录中：{sorted(missing)}")
    code_by_name = {m["name"]: m["code"] for m in matters}
    bundles = [
        {"code": code, "name": name, "matters": [code_by_name[n] for n in names]} for code, name, names in BUNDLES
    ]
    return {
        "format": FORMAT,
        "hall": HALL,
        "departments": [{"code": c, "name": n} for c, n in DEPARTMENTS],
        "windows": list(WINDOWS),
        "matters": matters,
        "bundles": bundles,
    }


def render() -> str:
    """The canonical text of the demo catalog, checked by the importer's own rules."""
    import json

    catalog, warnings = parse_catalog(json.dumps(build(), ensure_ascii=False))
    if warnings:
        raise ValueError("示例目录不应产生警告：\n" + "\n".join(warnings))
    return dump_catalog(catalog)


def main() -> int:
    text = render()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8", newline="\n")
    print(f"已写入 {OUTPUT}（{len(text.encode('utf-8'))} 字节）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
