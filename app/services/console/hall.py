"""The console's hall settings: name, opening hours, published phones, follow-up period."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.domain.actor import Actor
from app.domain.errors import ValidationError
from app.services.console.common import ConsoleBase, HallSettingsView
from app.services.hall import FOLLOW_UP_DAYS_KEY, HOURS_KEY, PHONES_KEY, load_hours, parse_hours
from app.store.catalog_io import HALL_KEY
from app.store.models import HallSetting


class HallConsole(ConsoleBase):
    """The administrator console's hall settings."""

    def hall_settings(self, actor: Actor) -> HallSettingsView:
        self.require_admin(actor)
        with self._store.read() as session:
            hall = session.get(HallSetting, HALL_KEY)
            phones = session.get(HallSetting, PHONES_KEY)
            follow = session.get(HallSetting, FOLLOW_UP_DAYS_KEY)
            value = hall.value if hall else {}
            return HallSettingsView(
                code=str(value.get("code", "")),
                name=str(value.get("name", "")),
                hours=load_hours(session),
                phones=dict(phones.value) if phones else {},
                follow_up_days=int(follow.value.get("days", 5)) if follow else 5,
            )

    def save_hall_settings(
        self,
        actor: Actor,
        *,
        name: str,
        periods: Sequence[Sequence[str]],
        phones: Mapping[str, str],
        follow_up_days: int,
    ) -> HallSettingsView:
        """Hall name, opening hours (attendance and gaps are measured against them), public phones."""
        self.require_admin(actor, "修改大厅设置")
        hours = parse_hours(periods)
        if not name.strip():
            raise ValidationError("请填写大厅名称", field="大厅名称")
        if not 0 <= follow_up_days <= 30:
            raise ValidationError("差评回访时限应在0至30个工作日之间", field="回访时限")
        clean_phones = {k.strip(): v.strip() for k, v in phones.items() if k.strip() and v.strip()}
        with self._store.write(actor) as tx:

            def put(key: str, value: dict[str, Any]) -> None:
                row = tx.session.get(HallSetting, key)
                if row is None:
                    tx.session.add(HallSetting(key=key, value=value))
                else:
                    row.value = value
                tx.session.flush()
                tx.emit("reference.hall_setting", tx.session.get(HallSetting, key), entity_id=key)

            hall = tx.session.get(HallSetting, HALL_KEY)
            put(HALL_KEY, {**(hall.value if hall else {"code": ""}), "name": name.strip()})
            put(HOURS_KEY, hours.to_setting())
            put(PHONES_KEY, clean_phones)
            put(FOLLOW_UP_DAYS_KEY, {"days": follow_up_days})
            tx.audit(
                "hall.settings",
                "hall_settings",
                None,
                name=name.strip(),
                hours=hours.describe(),
                phones=clean_phones,
                follow_up_days=follow_up_days,
            )
        return self.hall_settings(actor)
