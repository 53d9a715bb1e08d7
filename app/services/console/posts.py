"""The console's A/B posts of each window and the day substitutes (顶岗)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.domain.actor import Actor
from app.domain.enums import PostRole
from app.domain.errors import NotFound
from app.services import staffing
from app.services.console.common import ConsoleBase, PostView, SubstituteView
from app.store.models import PostAssignment, Staff, Substitution, Window


class PostsConsole(ConsoleBase):
    """The administrator console's A/B posts of each window and the day substitutes (顶岗).."""

    def posts(self, actor: Actor, window_code: str | None = None) -> list[PostView]:
        self.require_admin(actor)
        with self._store.read() as session:
            query = (
                select(PostAssignment, Window.code, Staff.staff_no, Staff.name)
                .join(Window, Window.id == PostAssignment.window_id)
                .join(Staff, Staff.id == PostAssignment.staff_id)
                .order_by(Window.code, PostAssignment.post, Staff.staff_no)
            )
            if window_code:
                query = query.where(Window.code == window_code)
            return [
                PostView(code, no, name, p.post, p.valid_from, p.valid_to)
                for p, code, no, name in session.execute(query)
            ]

    def assign_post(
        self,
        actor: Actor,
        window_code: str,
        staff_no: str,
        post: PostRole,
        valid_from: date | None = None,
        valid_to: date | None = None,
    ) -> None:
        """Make someone the A岗 or a B岗 of a window (a new A岗 replaces the old one)."""
        self.require_admin(actor, "设置AB岗")
        staffing.assign_post(
            self._store,
            window_code=window_code,
            staff_no=staff_no,
            post=post,
            valid_from=valid_from,
            valid_to=valid_to,
            actor=actor,
        )

    def remove_post(self, actor: Actor, window_code: str, staff_no: str, post: PostRole) -> None:
        self.require_admin(actor, "取消AB岗")
        with self._store.write(actor) as tx:
            window, person = (
                staffing.window_by_code(tx.session, window_code),
                staffing.staff_by_no(tx.session, staff_no),
            )
            row = tx.session.scalars(
                select(PostAssignment).where(
                    PostAssignment.window_id == window.id,
                    PostAssignment.staff_id == person.id,
                    PostAssignment.post == str(PostRole(post)),
                )
            ).first()
            if row is None:
                raise NotFound(f"{person.name}不是{window_code}号窗口的{post}")
            tx.session.delete(row)
            tx.audit("post.remove", "post_assignments", row.id, window=window_code, staff_no=staff_no, post=str(post))

    def substitutes(self, actor: Actor, day: date) -> list[SubstituteView]:
        self.require_admin(actor)
        with self._store.read() as session:
            rows = session.execute(
                select(Substitution, Window.code, Staff.staff_no, Staff.name)
                .join(Window, Window.id == Substitution.window_id)
                .join(Staff, Staff.id == Substitution.staff_id)
                .where(Substitution.day == day)
                .order_by(Window.code)
            )
            return [SubstituteView(code, no, name, s.day, s.note) for s, code, no, name in rows]

    def set_substitute(self, actor: Actor, window_code: str, staff_no: str, day: date, note: str = "") -> None:
        """Approve a day substitute (顶岗) for one window and one day; the login honours it that day."""
        self.require_admin(actor, "批准顶岗")
        staffing.approve_substitute(
            self._store, window_code=window_code, staff_no=staff_no, day=day, note=note, actor=actor, today=self.today()
        )

    def remove_substitute(self, actor: Actor, window_code: str, staff_no: str, day: date) -> None:
        self.require_admin(actor, "撤销顶岗")
        with self._store.write(actor) as tx:
            window, person = (
                staffing.window_by_code(tx.session, window_code),
                staffing.staff_by_no(tx.session, staff_no),
            )
            row = tx.session.scalars(
                select(Substitution).where(
                    Substitution.window_id == window.id, Substitution.staff_id == person.id, Substitution.day == day
                )
            ).first()
            if row is None:
                raise NotFound(f"{person.name}在{day.isoformat()}没有{window_code}号窗口的顶岗批准")
            tx.session.delete(row)
            tx.audit("substitute.remove", "substitutions", row.id, window=window_code, staff_no=staff_no, day=day)
