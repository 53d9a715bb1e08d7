"""Large synthetic catalogs for benchmarks (import, search, checklist rendering).

A real county hall has a few hundred matters; a city or a provincial test system can
hold ten thousand.  :func:`synthetic_catalog` composes realistic Chinese matter names
from pieces so search benchmarks see plausible text, and every generated file passes
:func:`app.exchange.catalog_file.parse_catalog` without errors or warnings.
"""

from __future__ import annotations

import random
from typing import Any, Final

from app.domain.catalog import FORMAT
from app.domain.enums import CATALOG_CASE_KINDS, MaterialForm, MatterType, Target

Json = dict[str, Any]

_DEPARTMENTS: Final = (
    ("SCJG", "市场监督管理局"),
    ("RSJ", "人力资源和社会保障局"),
    ("YBJ", "医疗保障局"),
    ("GAJ", "公安局"),
    ("ZRZY", "自然资源局"),
    ("WJJ", "卫生健康委员会"),
    ("ZJJ", "住房和城乡建设局"),
    ("MZJ", "民政局"),
    ("CL", "残疾人联合会"),
    ("SW", "税务局"),
    ("JTJ", "交通运输局"),
    ("SLJ", "水利局"),
    ("JYJ", "教育局"),
    ("WGLJ", "文化广播电视和旅游局"),
    ("STHJ", "生态环境局"),
    ("TYJR", "退役军人事务局"),
)
_OBJECTS: Final = (
    "食品经营",
    "药品零售",
    "医疗器械经营",
    "道路运输",
    "建筑施工",
    "排水",
    "取水",
    "林木采伐",
    "特种设备",
    "公共场所卫生",
    "社会团体",
    "民办非企业单位",
    "养老机构",
    "劳务派遣",
    "人力资源服务",
    "出版物零售",
    "互联网上网服务",
    "娱乐场所",
    "旅行社",
    "烟花爆竹经营",
    "危险化学品经营",
    "燃气经营",
    "供热经营",
    "户外广告设置",
    "城市道路占用",
    "临时用地",
    "不动产",
    "居住证",
    "社会保障卡",
    "残疾人证",
    "老年人优待证",
    "医保参保",
    "失业保险",
    "工伤保险",
    "生育保险",
    "住房公积金",
    "个体工商户",
    "农民专业合作社",
    "合伙企业",
    "分公司",
)
_ACTIONS: Final = (
    "许可核发",
    "许可变更",
    "许可延续",
    "许可注销",
    "证补办",
    "登记",
    "变更登记",
    "注销登记",
    "备案",
    "审批",
    "资格认定",
    "年度报告",
    "信息查询",
    "证明开具",
    "待遇申领",
    "补贴发放",
)
_QUALIFIERS: Final = ("", "", "", "（新办）", "（变更）", "（区级）", "（市级权限下放）", "（告知承诺制）")
_MATERIAL_NAMES: Final = (
    "申请书",
    "申请人有效身份证件",
    "营业执照",
    "法定代表人身份证明",
    "经营场所使用证明",
    "房屋租赁合同",
    "平面布局图",
    "设备设施清单",
    "管理制度文本",
    "从业人员名单",
    "健康合格证明",
    "检测报告",
    "授权委托书",
    "受托人有效身份证件",
    "承诺书",
    "章程",
    "验收报告",
    "资质证书",
    "专业技术人员证书",
    "安全评价报告",
)
_SOURCES: Final = ("申请人自备", "政府部门核发", "中介机构出具")


def synthetic_catalog(n_matters: int, seed: int = 0) -> Json:
    """A valid catalog dict with ``n_matters`` matters of 3–8 materials each.

    Deterministic for a given ``seed``.  Codes are ``S00001``…, so they stay unique
    however many matters are asked for; names may repeat, as they do in real halls
    with several implementing bodies.
    """
    rng = random.Random(seed)
    departments = [{"code": code, "name": f"区{name}"} for code, name in _DEPARTMENTS]
    windows = [
        {"code": f"{i:02d}", "name": f"综合窗口{i:02d}", "kind": "无差别综合窗口", "departments": []}
        for i in range(1, 21)
    ]
    types = [str(t) for t in MatterType]
    kinds = [str(k) for k in CATALOG_CASE_KINDS]
    forms = [str(f) for f in MaterialForm]
    targets = [str(t) for t in Target]
    matters: list[Json] = []
    for i in range(1, n_matters + 1):
        department = rng.choice(_DEPARTMENTS)[0]
        kind = rng.choice(kinds)
        allows_deficiency = rng.random() < 0.2
        name = f"{rng.choice(_OBJECTS)}{rng.choice(_ACTIONS)}{rng.choice(_QUALIFIERS)}"
        matter: Json = {
            "code": f"S{i:05d}",
            "name": name,
            "type": rng.choice(types),
            "department": department,
            "case_kind": kind,
        }
        if kind != "即办件":
            legal = rng.choice((5, 10, 15, 20, 30, 60))
            matter["legal_limit_days"] = legal
            matter["promised_limit_days"] = rng.randint(1, legal // 2)
        if kind == "联办件":
            matter["lead_department"] = department
            others = [code for code, _ in _DEPARTMENTS if code != department]
            matter["co_departments"] = rng.sample(others, 2)
        matter["targets"] = rng.sample(targets, rng.randint(1, 3))
        matter["windows"] = [f"{w:02d}" for w in sorted(rng.sample(range(1, 21), 2))]
        matter["allows_deficiency"] = allows_deficiency
        matter["situations"] = [{"code": "WT", "name": "委托代理人办理", "question": "是否由他人代为办理？"}]
        names = rng.sample(_MATERIAL_NAMES, rng.randint(3, 8))
        materials = []
        for j, material_name in enumerate(names, 1):
            necessity = "必要"
            roll = rng.random()
            if roll < 0.15:
                necessity = "非必要"
            elif roll < 0.3 and allows_deficiency:
                necessity = "容缺"
            material: Json = {
                "code": f"M{j}",
                "name": material_name,
                "necessity": necessity,
                "form": rng.choice(forms),
                "copies": rng.randint(1, 3),
                "source": rng.choice(_SOURCES),
                "shared": material_name == "营业执照",
            }
            if "委托" in material_name or "受托人" in material_name:
                material["situations"] = ["WT"]
            materials.append(material)
        matter["materials"] = materials
        matter["keywords"] = [name[:4]]
        matter["high_frequency"] = rng.random() < 0.05
        matter["ext"] = {"synthetic": True, "seed": seed}
        matters.append(matter)
    bundles = []
    if n_matters >= 3:
        bundles.append({"code": "B1", "name": "示例“一件事”", "matters": ["S00001", "S00002", "S00003"]})
    return {
        "format": FORMAT,
        "hall": {"code": "SYN", "name": "合成测试大厅（示例）"},
        "departments": departments,
        "windows": windows,
        "matters": matters,
        "bundles": bundles,
    }
