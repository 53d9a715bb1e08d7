"""Matter search (pinyin initials, full pinyin, code, keywords, window first), the guide
page, the index refresh on a catalog change, ratings and today's figures."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.enums import Rating
from app.domain.errors import NotFound, ValidationError
from app.services.dto import ApplicantInput
from app.services.guide import build_search_text, pinyin_forms
from app.services.ratings import RatingService, rating_of
from app.services.stats import StatsService
from app.store.models import FollowUp, Matter
from tests.services.conftest import CALENDAR, PASSWORD, PERSON_ID, Desk


def test_search_text_holds_initials_and_full_pinyin() -> None:
    assert pinyin_forms("企业设立登记") == ("qysldj", "qiyeshelidengji")
    assert build_search_text("居住证办理", ["暂住"], "JZZ").split("\n") == [
        "居住证办理",
        "jzzbl",
        "juzhuzhengbanli",
        "jzz",
        "暂住",
        "zz",
        "zanzhu",
    ]


@pytest.mark.parametrize(
    "query, first",
    [
        ("qysl", "QYSL"),
        ("qiyeshe", "QYSL"),
        ("企业设立", "QYSL"),
        ("QYSL", "QYSL"),
        ("开公司", "QYSL"),
        ("spjy", "SPJY"),
        ("jzz", "JZZ"),
        ("Ｊｚｚ", "JZZ"),
    ],
)
def test_search_finds_by_every_key(desk: Desk, query: str, first: str) -> None:
    desk.session.login("0101", PASSWORD)
    assert desk.guide.search(query)[0].code == first


def test_window_matters_come_first_and_empty_query_lists_them(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    hits = desk.guide.search("z")  # matches all three somewhere
    assert [h.is_window_matter for h in hits] == sorted((h.is_window_matter for h in hits), reverse=True)
    assert {h.code for h in desk.guide.search("")} == {"QYSL", "SPJY"}


def test_frequent_matters_of_the_clerk_come_first(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    desk.intake.start(
        matter_code="JZZ", applicant=ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")
    )
    desk.guide.forget_frequent()
    hits = desk.guide.search("")
    assert "JZZ" in {h.code for h in hits if h.is_frequent}


def test_guide_has_every_element_and_marks_demo(desk: Desk) -> None:
    desk.session.login("0101", PASSWORD)
    guide = desk.guide.guide("QYSL")
    assert guide.is_demo and guide.department_name == "区市场监管局"
    assert guide.promised_limit_days == 5 and guide.basis == "《示例条例》第十条"
    assert [s.code for s in guide.situations] == ["WT"]
    assert [m.name for m in guide.materials if m.situations] == ["授权委托书", "代理人身份证"]
    assert guide.result_name == "企业设立登记结果"
    assert not desk.guide.guide("SPJY").is_demo
    with pytest.raises(NotFound):
        desk.guide.guide("NOPE")
    assert desk.guide.bundles()[0].matter_names == ("企业设立登记", "食品经营许可")


def test_index_refreshes_when_the_catalog_changes(desk: Desk) -> None:

    desk.session.login("0101", PASSWORD)
    assert desk.guide.search("gtgsh") == []
    with desk.store.write() as tx:
        tx.session.add(
            Matter(
                code="GTGSH",
                name="个体工商户注册登记",
                type="行政许可",
                department_code="SCJG",
                case_kind="承诺件",
                search_text=build_search_text("个体工商户注册登记", [], "GTGSH"),
            )
        )
    assert desk.guide.search("gtgsh") == []  # the index is never re-checked on a keystroke
    assert desk.guide.check_catalog() is True  # the guide shown / a release pulled: rebuilt
    assert desk.guide.search("gtgsh")[0].name == "个体工商户注册登记"
    assert desk.guide.check_catalog() is False  # unchanged: the index stays


def test_rating_scores_and_bad_rating_follow_up(desk: Desk) -> None:
    assert rating_of(5) is Rating.VERY_SATISFIED and rating_of(None) is Rating.UNRATED
    with pytest.raises(ValidationError):
        rating_of(9)
    desk.session.login("0101", PASSWORD)
    ratings = RatingService(desk.store, desk.session, CALENDAR, desk.settings, clock=desk.clock)
    assert ratings.record(4).follow_up_due is None
    bad = ratings.record(1, reasons=("等候时间长",))
    # Rated Tue 09-29, follow-up within 5 working days: 09-30, 10-08, 10-09, 10-10, 10-12.
    assert bad.rating is Rating.VERY_DISSATISFIED and bad.follow_up_due == date(2026, 10, 12)
    with desk.store.read() as s:
        assert s.scalars(select(FollowUp.due_date)).all() == [date(2026, 10, 12)]


def test_todays_figures(desk: Desk) -> None:
    q = desk.queue
    for _ in range(3):
        q.issue("A")
    desk.session.login("0101", PASSWORD)
    desk.clock.advance(minutes=10)
    q.call_next()
    desk.clock.advance(minutes=6)
    q.call_next()  # first one finished after 6 minutes of service
    desk.clock.advance(minutes=1)
    q.no_show()
    person = ApplicantInput(name="刘堃", id_number=PERSON_ID, phone="13812345678")
    case = desk.intake.mark_all_received(desk.intake.start(matter_code="QYSL", applicant=person).id)
    desk.decisions.accept(case.id)
    other = desk.intake.start(matter_code="SPJY", applicant=person)
    for line in other.checklist:
        other = desk.intake.mark(other.id, line.id, "缺少")  # type: ignore[arg-type]
    desk.decisions.notify(other.id)
    RatingService(desk.store, desk.session, CALENDAR, desk.settings, clock=desk.clock).record(2)
    stats = StatsService(desk.store).today("01", date(2026, 9, 29))
    assert (stats.called, stats.served, stats.no_shows) == (2, 1, 1)
    assert stats.avg_wait_seconds == (600 + 960) / 2 and stats.avg_service_seconds == 360
    assert stats.accepted_by_kind == (("承诺件", 1),) and stats.notices == 1 and stats.refusals == 0
    assert stats.ratings == (("不满意", 1),) and stats.bad_ratings == 1
    assert StatsService(desk.store).today("01", date(2026, 9, 30)).called == 0
