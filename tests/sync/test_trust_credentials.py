"""Credentials that stick (issue 12, finding 1), on a real PostgreSQL with real window
roles: a password change or a lockout made at a window reaches the center, no release
undoes it, every other PC takes it, five wrong guesses count hall-wide, an offline PC
keeps its own state and reconciles, and a change made on an older password loses to
the center's newer one."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text, update

from app.services.staffing import set_password, unlock_staff
from app.services.errors import AccountLocked, WrongPassword
from app.services.passwords import verify_password
from app.store.models import Alarm, CredentialEvent, Staff
from app.store.uow import Store
from app.sync.credentials import CredentialSync
from app.sync.errors import CentralUnavailable
from app.sync.reference import publish_release
from tests.services.conftest import PASSWORD
from tests.sync.trust_hall import trust_hall

pytestmark = pytest.mark.postgres

NEW = "Neu2026pass"


class _Down:
    """The LAN is unplugged: every call to the center fails."""

    def accept_batch(self, request):  # type: ignore[no-untyped-def]
        raise CentralUnavailable("中心库不可达（测试）")


def _central_staff(central_engine, staff_no: str):  # type: ignore[no-untyped-def]
    with central_engine.connect() as c:
        return c.execute(select(Staff).where(Staff.staff_no == staff_no)).one()


def _rename(central_engine, staff_no: str, title: str) -> None:  # type: ignore[no-untyped-def]
    """An administrator edits the person's row centrally and publishes a release."""
    with central_engine.begin() as c:
        c.execute(update(Staff).where(Staff.staff_no == staff_no).values(title=title))
    assert publish_release(central_engine, "改职务") is not None


def test_a_password_change_reaches_every_pc_and_no_release_restores_the_old_one(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        first, second = pc("01", "pc01a"), pc("01", "pc01b")  # two PCs of window 01
        first.session.login("0101", PASSWORD)
        first.session.change_password(PASSWORD, NEW)  # sent to the center at once
        first.session.logout()
        row = _central_staff(central_engine, "0101")
        assert verify_password(row.password_hash, NEW) and row.password_version == 1
        _rename(central_engine, "0101", "科员")
        first.sync()  # the release arrives: it touches the row, not the password
        with first.local.read() as s:
            assert s.scalar(select(Staff.title).where(Staff.staff_no == "0101")) == "科员"
        first.session.login("0101", NEW)
        first.session.logout()
        # Finding 1: the old password worked on every other PC.
        second.sync()
        with pytest.raises(WrongPassword):
            second.session.login("0101", PASSWORD)
        assert second.session.login("0101", NEW).name == "张明"

        # A first-login change (周新 must change the initial password) is central too.
        second.session.logout()
        info = second.session.login("0202", "initial1")
        assert info.must_change_password
        second.session.change_password("initial1", "Zhou2026new")
        row = _central_staff(central_engine, "0202")
        assert not row.must_change_password and verify_password(row.password_hash, "Zhou2026new")


def test_five_wrong_guesses_lock_the_account_across_the_hall(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        a, b, c = pc("01", "pc01a"), pc("01", "pc01b"), pc("01", "pc01c")
        for _ in range(3):
            with pytest.raises(WrongPassword):
                a.session.login("0102", "wrong-guess-1")
        with pytest.raises(WrongPassword, match="再错1次"):  # the 4th try of the hall, on PC b
            b.session.login("0102", "wrong-guess-2")
        with pytest.raises(AccountLocked):  # the 5th locks it, hall-wide
            b.session.login("0102", "wrong-guess-3")
        with pytest.raises(AccountLocked):  # even the right password, on a third PC
            c.session.login("0102", PASSWORD)
        row = _central_staff(central_engine, "0102")
        assert row.locked_until is not None
        with central_engine.connect() as conn:
            outcomes = conn.scalars(select(CredentialEvent.outcome).where(CredentialEvent.kind == "login_failed")).all()
        assert sorted(outcomes) == ["applied"] * 4 + ["locked"]
        # The administrator lifts it at the center; the next login anywhere takes that.
        unlock_staff(Store(central_engine), "0102")
        assert a.session.login("0102", PASSWORD).name == "李〇芳"


def test_an_offline_pc_keeps_its_own_change_and_reconciles_when_back(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        first, second = pc("01", "pc01a"), pc("01", "pc01b")
        dead = first.uploader.central
        first.uploader.central = _Down()  # LAN down at PC a
        first.session.attach_credentials(None)
        first.session.login("0101", PASSWORD)
        first.session.change_password(PASSWORD, NEW)
        first.session.logout()
        _rename(central_engine, "0101", "副科长")  # meanwhile the center publishes a release
        # Back online: the release and the center's (older) credentials arrive before the
        # upload does — the pending change on this PC stands.
        from app.sync.credentials import pull_credentials
        from app.sync.reference import pull_reference

        pull_reference(first.local, first.role_engine)
        assert pull_credentials(first.local, first.role_engine).kept_pending >= 1
        first.session.login("0101", NEW)
        first.session.logout()
        first.uploader.central = dead
        first.sync()
        assert verify_password(_central_staff(central_engine, "0101").password_hash, NEW)
        second.sync()
        assert second.session.login("0101", NEW).name == "张明"


def test_a_change_made_on_an_older_password_loses_to_the_centers_reset(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        first = pc("01")
        live = first.uploader.central
        first.uploader.central = _Down()
        first.session.attach_credentials(None)
        first.session.login("0101", PASSWORD)
        first.session.change_password(PASSWORD, NEW)  # offline, on password version 0
        first.session.logout()
        set_password(Store(central_engine), "0101", "Temp2026abc", must_change=True)  # the admin, at the center
        first.uploader.central = live
        first.session.attach_credentials(CredentialSync(first.local, first.role_engine, first.uploader))
        first.sync()
        row = _central_staff(central_engine, "0101")
        assert verify_password(row.password_hash, "Temp2026abc") and row.password_version == 1
        with central_engine.connect() as c:
            assert c.scalar(select(CredentialEvent.outcome).where(CredentialEvent.kind == "password_changed")) == (
                "conflict"
            )
            assert "晚于中心的新密码" in c.scalar(select(Alarm.detail).where(Alarm.kind == "credential_conflict"))
        with pytest.raises(WrongPassword):  # the PC follows the center
            first.session.login("0101", NEW)
        assert first.session.login("0101", "Temp2026abc").must_change_password


def test_a_window_cannot_set_the_password_of_someone_who_works_elsewhere(central_engine, make_local) -> None:  # type: ignore[no-untyped-def]
    with trust_hall(central_engine, make_local) as pc:
        two = pc("02")
        with central_engine.connect() as c:
            zhang = c.scalar(text("SELECT id FROM staff WHERE staff_no = '0101'"))
        with two.role_engine.connect() as c:
            for statement in (
                "UPDATE staff SET password_hash = 'x'",
                "UPDATE staff SET locked_until = NULL",
            ):
                with pytest.raises(Exception, match="permission denied"):
                    c.execute(text(statement))
                c.rollback()
            with pytest.raises(Exception, match="02 号窗口不能改变此人的登录凭据"):
                c.execute(
                    text(
                        "INSERT INTO credential_events (id, owner_window, staff_id, kind, password_hash, base_version,"
                        " at, actor_staff_id, outcome) VALUES (gen_random_uuid(), '02', :z, 'password_changed',"
                        " 'forged', 0, now(), :z, 'applied')"
                    ),
                    {"z": zhang},
                )
        assert _central_staff(central_engine, "0101").password_version == 0
