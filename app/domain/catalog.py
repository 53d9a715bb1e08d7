"""The matter catalog as values: the hall, its departments and windows, the matters with
their situations and materials, and the “一件事” bundles.

This is what the store imports from and exports to, and what the guide and the intake
read. The catalog *file* (``counterdesk-catalog/1``, its JSON Schema, the checks and the
Chinese messages) is :mod:`app.exchange.catalog_file`; the rules that span fields
(unique codes, references) are :mod:`app.domain.catalog_rules`.

They are pure values: strings are NFC-normalised, defaults are filled in, enums are the
shared :mod:`app.domain.enums` types, and each ``Matter.ext`` holds the administrator's
extra data exactly as it was in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from app.domain.enums import CaseKind, MaterialForm, MatterType, Necessity, Target, WindowKind

FORMAT: Final = "counterdesk-catalog/1"
"""The only format identifier this version reads and writes."""

DEFAULT_PROMISED_LIMIT_DAYS: Final = 20
"""Promised limit of a non-即办件 matter that sets neither legal nor promised limit."""


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Hall:
    """The service hall this catalog belongs to (政务服务中心)."""

    code: str
    name: str


@dataclass(frozen=True, kw_only=True)
class Department:
    """An implementing body (实施主体) present in the hall, e.g. 区市场监管局."""

    code: str
    name: str


@dataclass(frozen=True, kw_only=True)
class WindowDef:
    """A window as the catalog defines it: which kind, which departments it serves."""

    code: str
    name: str
    kind: WindowKind
    departments: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Fee:
    """收费标准 and its legal basis; ``charged`` False means the matter is free."""

    charged: bool
    standard: str = ""
    basis: str = ""


@dataclass(frozen=True, kw_only=True)
class Result:
    """What the applicant receives in the end (结果名称 / 结果类型)."""

    name: str
    kind: str = ""


@dataclass(frozen=True, kw_only=True)
class Situation:
    """A 情形 the clerk asks about; it switches situation-bound materials on."""

    code: str
    name: str
    question: str = ""


@dataclass(frozen=True, kw_only=True)
class Material:
    """One line of a matter's material checklist (材料目录).

    ``situations`` empty means the material is needed in every case; otherwise only
    when one of the named situations applies.  ``shared`` materials are obtained by
    data sharing and never demanded from the applicant.
    """

    code: str
    name: str
    necessity: Necessity
    form: MaterialForm
    copies: int = 1
    spec: str = ""
    source: str = ""
    standard: str = ""
    basis: str = ""
    shared: bool = False
    situations: tuple[str, ...] = ()
    blank_form: str = ""
    sample: str = ""


@dataclass(frozen=True, kw_only=True)
class Matter:
    """One matter (事项) with every element of the national 办事指南 the format carries.

    ``legal_limit_days`` is ``None`` when the law sets no limit; ``promised_limit_days``
    is always filled (0 = on the spot).  Time limits are working days.  ``ext`` is
    the administrator's own data, kept verbatim and never interpreted.
    """

    code: str
    name: str
    type: MatterType
    department: str
    case_kind: CaseKind
    legal_limit_days: int | None = None
    promised_limit_days: int = DEFAULT_PROMISED_LIMIT_DAYS
    basis: str = ""
    conditions: str = ""
    targets: tuple[Target, ...] = ()
    fee: Fee | None = None
    result: Result | None = None
    location: str = ""
    hours: str = ""
    consult: str = ""
    complaint: str = ""
    windows: tuple[str, ...] = ()
    lead_department: str | None = None
    co_departments: tuple[str, ...] = ()
    allows_deficiency: bool = False
    special_procedures: tuple[str, ...] = ()
    situations: tuple[Situation, ...] = ()
    materials: tuple[Material, ...] = ()
    keywords: tuple[str, ...] = ()
    high_frequency: bool = False
    ext: dict[str, Any] = field(default_factory=dict, compare=True, hash=False)


@dataclass(frozen=True, kw_only=True)
class Bundle:
    """A “一件事”: several matters handled together on one shared set of materials."""

    code: str
    name: str
    matters: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Catalog:
    """A whole, checked catalog file: the unit of import and export."""

    format: str = FORMAT
    hall: Hall
    departments: tuple[Department, ...] = ()
    windows: tuple[WindowDef, ...] = ()
    matters: tuple[Matter, ...] = ()
    bundles: tuple[Bundle, ...] = ()

    def find_matter(self, code: str) -> Matter | None:
        """The matter with this code, or None; catalogs are small enough to scan."""
        for matter in self.matters:
            if matter.code == code:
                return matter
        return None
