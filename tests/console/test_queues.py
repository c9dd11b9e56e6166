"""A contractor's work queues in the console (in-process, httpx): every list is the API's answer to the
signed-in person, so another county's record never shows and its id in a URL is 404; a form without the
CSRF token is refused; sampled records are approved and rejected in bulk (a rejection needs a reason, and a
record the API refuses says why); a month is settled in the background and its totals on the page are the
API's to the fen; the same payout form sent twice pays once."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from services.gateway.console import queues
from services.settlement.records.schemas import ServiceRecord
from tests.assessment.conftest import TAISHUN, assessment_app, assessment_reference
from tests.assessment.conftest import Api as AssessmentApi
from tests.conftest import bearer
from tests.console.conftest import Browser, MakeStaff, csrf_of
from tests.settlement.conftest import LUCHENG, YONGJIA, Feeds, feeds
from tests.settlement.world import MONTH, World, visit, world

__all__ = ["assessment_app", "assessment_reference", "feeds", "world"]  # other suites' fixtures, used here

M = f"{MONTH:%Y-%m}"
_ROW = re.compile(r'<tr[^>]*data-key="([^"]*)"[^>]*>(.*?)</tr>', re.S)
_FEN = re.compile(r'data-fen="(-?\d+)"')


def rows(page: httpx.Response, table: str) -> dict[str, str]:
    """The rows of one table of the page, by their key (``data-key``)."""
    found = re.search(rf'<table id="{table}-table">(.*?)</table>', page.text, re.S)
    return dict(_ROW.findall(found.group(1))) if found else {}


@pytest.fixture
async def reviewer(make_staff: MakeStaff, browser_factory: Callable[[], Browser]) -> Browser:
    """A contractor's reviewer of 鹿城区 and 瑞安市 (not 永嘉县), signed in."""
    account = await make_staff("contractor", display_name="王审核")
    browser = browser_factory()
    assert (await browser.sign_in(account["username"])).status_code == 303
    return browser


async def month_of_records(world: World, feeds: Feeds) -> tuple[list[ServiceRecord], int]:
    """Four records of 鹿城区 in the month (one institution) and one of 永嘉县: (鹿城's, 永嘉's id)."""
    lucheng = await world.institution("INST-LC")
    yongjia = await world.institution("INST-YJ", county=YONGJIA)
    person, other = await feeds.beneficiary(), await feeds.beneficiary(county=YONGJIA)
    await world.submit(
        lucheng,
        visit(person, record_id="LC-0", start="08:00", end="08:50"),
        visit(person, record_id="LC-1", start="10:00", end="10:50"),
        visit(person, record_id="LC-2", start="13:00", end="13:50"),
        visit(person, record_id="LC-3", start="15:00", end="15:50"),
    )
    await world.submit(yongjia, visit(other, record_id="YJ-0"))
    ours = [await world.record("INST-LC", f"LC-{i}") for i in range(4)]
    theirs = await world.record("INST-YJ", "YJ-0")
    return ours, theirs.id


async def sample_all(gateway: httpx.AsyncClient, key: str, county: str) -> list[int]:
    answer = await gateway.post(
        "/api/v1/service-records:sample",
        json={"county_code": county, "month": M, "method": "random", "share_bp": 10_000},
        headers=bearer(key),
    )
    assert answer.status_code == 200, answer.text
    ids: list[int] = answer.json()["service_record_ids"]
    return ids


async def test_a_contractor_sees_only_its_counties_records_and_another_countys_id_is_404(
    world: World, feeds: Feeds, reviewer: Browser, gateway: httpx.AsyncClient, keys: dict[str, str],
    make_api_key: Any,
) -> None:  # fmt: skip
    ours, theirs = await month_of_records(world, feeds)
    await sample_all(gateway, keys["contractor"], LUCHENG)
    everywhere = await make_api_key("contractor", county_codes=[LUCHENG, YONGJIA])
    await sample_all(gateway, everywhere, YONGJIA)
    page = await reviewer.page(f"/console/queues/reviews?county={LUCHENG}&month={M}")
    assert page.status_code == 200, page.text
    assert set(rows(page, "reviews-first")) == {str(r.id) for r in ours}
    assert str(theirs) not in rows(page, "reviews-first")
    # 永嘉县 named in the URL: the API refuses it, and the page says so instead of listing anything
    refused = await reviewer.page(f"/console/queues/reviews?county={YONGJIA}&month={M}")
    assert refused.status_code in (403, 404)
    assert f'data-key="{theirs}"' not in refused.text
    # the CSV is the same list
    exported = await reviewer.page(f"/console/queues/reviews/reviews-first.csv?county={LUCHENG}&month={M}")
    assert exported.status_code == 200
    assert {line.split(",")[0].split("（")[0] for line in exported.text.splitlines()[1:]} == {
        str(r.id) for r in ours
    }


async def test_a_form_without_the_csrf_token_is_refused(
    world: World, feeds: Feeds, reviewer: Browser
) -> None:
    ours, _ = await month_of_records(world, feeds)
    answer = await reviewer.client.post(
        "/console/queues/reviews/decide",
        data={"county": LUCHENG, "month": M, "stage": "first", "decision": "approved", "record": ours[0].id},
    )
    assert answer.status_code == 403
    assert 'id="message"' in answer.text
    before = len(queues.JOBS)
    run = await reviewer.client.post("/console/queues/settlement/run", data={"county": LUCHENG, "month": M})
    assert run.status_code == 403
    # a made-up progress link (polling may resend the settlement) starts nothing either
    made_up = await reviewer.page(
        f"/console/queues/settlement/progress?token=abc&county={LUCHENG}&month={M}&ticket=0123456789abcdef"
    )
    assert made_up.status_code == 404
    page = await reviewer.page(f"/console/queues/settlement?county={LUCHENG}&month={M}&run=abc&ticket=00")
    assert "/settlement/progress" not in page.text
    assert len(queues.JOBS) == before


async def test_sampled_records_are_approved_and_rejected_in_bulk_a_rejection_with_its_reason(
    world: World, feeds: Feeds, reviewer: Browser, gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    ours, theirs = await month_of_records(world, feeds)
    await sample_all(gateway, keys["contractor"], LUCHENG)
    page = await reviewer.page(f"/console/queues/reviews?county={LUCHENG}&month={M}")
    token = csrf_of(page)
    form = {"csrf_token": token, "county": LUCHENG, "month": M, "stage": "first"}
    approve = await reviewer.client.post(
        "/console/queues/reviews/decide",
        data={**form, "decision": "approved", "record": [ours[0].id, ours[1].id]},
    )
    assert approve.status_code == 200, approve.text
    assert set(rows(approve, "outcomes")) == {str(ours[0].id), str(ours[1].id)}
    no_reason = await reviewer.client.post(
        "/console/queues/reviews/decide", data={**form, "decision": "rejected", "record": [ours[2].id]}
    )
    assert no_reason.status_code == 422
    assert 'id="queue-error"' in no_reason.text
    # one of 永嘉县 slipped into the batch: the API refuses the batch, the others are decided one by one
    reject = await reviewer.client.post(
        "/console/queues/reviews/decide",
        data={**form, "decision": "rejected", "record": [ours[2].id, ours[3].id, theirs],
              "reason_code": "NO_SIGNATURE", "reason_note": "服务对象未签字"},
    )  # fmt: skip
    assert reject.status_code == 207, reject.text
    outcome = rows(reject, "outcomes")
    assert set(outcome) == {str(ours[2].id), str(ours[3].id), str(theirs)}
    assert "RECORD_NOT_FOUND" in outcome[str(theirs)]
    assert 'id="batch-note"' in reject.text
    decided = {
        r["id"]: r
        for r in (
            await gateway.get(
                "/api/v1/service-records",
                params={"county_code": LUCHENG, "month": M, "check": "sampled"},
                headers=bearer(keys["contractor"]),
            )
        ).json()["items"]
    }
    assert [decided[r.id]["first_review"] for r in ours] == ["approved", "approved", "rejected", "rejected"]
    assert decided[ours[2].id]["first_review_reason"] == "NO_SIGNATURE: 服务对象未签字"
    assert decided[ours[2].id]["first_reviewer"].startswith("王审核")
    # the first queue is empty now and the second review queue holds all four
    assert rows(reject, "reviews-first") == {}
    second = await reviewer.page(f"/console/queues/reviews?county={LUCHENG}&month={M}&stage=second")
    assert set(rows(second, "reviews-second")) == {str(r.id) for r in ours}


async def settle(reviewer: Browser) -> str:
    """Settle 鹿城区's month through the console: the run goes on in the background, the page polls it."""
    page = await reviewer.page(f"/console/queues/settlement?county={LUCHENG}&month={M}")
    form_token = re.search(r'name="form_token" value="([^"]+)"', page.text)
    assert form_token
    started = await reviewer.client.post(
        "/console/queues/settlement/run",
        data={"csrf_token": csrf_of(page), "form_token": form_token.group(1), "county": LUCHENG, "month": M},
    )
    assert started.status_code == 303
    await queues.running_settlements()
    polling = await reviewer.page(started.headers["location"])
    poll = re.search(r'hx-get="([^"]+)"', polling.text)
    assert poll, polling.text
    done = await reviewer.page(poll.group(1).replace("&amp;", "&"))
    assert done.status_code == 200, done.text
    assert 'data-state="done"' in done.text
    return done.headers["hx-redirect"]


async def test_a_settled_months_totals_on_the_page_are_the_apis_to_the_fen(
    world: World, feeds: Feeds, reviewer: Browser, gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    await month_of_records(world, feeds)
    run_href = await settle(reviewer)
    page = await reviewer.page(run_href)
    assert page.status_code == 200, page.text
    run = (
        await gateway.get(
            f"/api/v1/settlement-runs/{run_href.rsplit('/', 1)[1]}", headers=bearer(keys["contractor"])
        )
    ).json()
    totals = {key: int(_FEN.search(body).group(1)) for key, body in rows(page, "totals").items()}  # type: ignore[union-attr]
    for key in ("claimed_fen", "deducted_fen", "fund_payable_fen", "net_payable_fen"):
        assert totals[key] == run[key]
    [statement] = run["statements"]
    fen = [int(f) for f in _FEN.findall(rows(page, "statements")["INST-LC"])]
    assert fen == [
        statement[k]
        for k in ("claimed_fen", "deducted_fen", "adjustments_fen", "deposit_withheld_fen",
                  "recoveries_netted_fen", "net_payable_fen")
    ] + [0, statement["net_payable_fen"]]  # paid out so far, still to pay  # fmt: skip
    # a run of 永嘉县 (outside the contractor's counties) is 404, as an unknown one
    other = await reviewer.page("/console/queues/settlement/runs/00000000-0000-0000-0000-000000000000")
    assert other.status_code == 404


async def test_the_same_payout_form_sent_twice_pays_once(
    world: World, feeds: Feeds, reviewer: Browser, gateway: httpx.AsyncClient, keys: dict[str, str]
) -> None:
    await month_of_records(world, feeds)
    run_href = await settle(reviewer)
    page = await reviewer.page(run_href)
    run_id = run_href.rsplit("/", 1)[1]
    net = (await gateway.get(f"/api/v1/settlement-runs/{run_id}", headers=bearer(keys["contractor"]))).json()[
        "net_payable_fen"
    ]
    form_token = re.search(r'name="form_token" value="([^"]+-INST-LC)"', page.text)
    assert form_token
    form = {
        "csrf_token": csrf_of(page), "form_token": form_token.group(1), "institution_id": "INST-LC",
        "amount": f"{net // 100}.{net % 100:02d}", "paid_on": "2026-06-05", "reference": "BANK-0001",
    }  # fmt: skip
    first = await reviewer.client.post(f"/console/queues/settlement/runs/{run_id}/payments", data=form)
    second = await reviewer.client.post(f"/console/queues/settlement/runs/{run_id}/payments", data=form)
    assert (first.status_code, second.status_code) == (201, 200), second.text
    assert re.search(r'id="payment" data-fen="(\d+)"', first.text).group(1) == str(net)  # type: ignore[union-attr]
    ids = {re.search(r'data-id="([^"]+)"', p.text).group(1) for p in (first, second)}  # type: ignore[union-attr]
    assert len(ids) == 1
    ledger = (
        await gateway.get(
            "/api/v1/fund/transactions", params={"county_code": LUCHENG}, headers=bearer(keys["contractor"])
        )
    ).json()["items"]
    assert [e["memo"] for e in ledger if e["kind"] == "payment"] == ["BANK-0001"]
    after = await reviewer.page(run_href)
    assert [int(f) for f in _FEN.findall(rows(after, "statements")["INST-LC"])][-2:] == [net, 0]


async def test_applications_waiting_for_a_panel_are_the_contractors_own_and_the_panel_is_drawn_from_the_page(
    reviewer: Browser, gateway: httpx.AsyncClient, keys: dict[str, str], make_api_key: Any,
    assessment_app: Any,
) -> None:  # fmt: skip
    ours = AssessmentApi(gateway, keys["contractor"])
    theirs = AssessmentApi(gateway, await make_api_key("contractor", county_codes=[TAISHUN]))
    for _ in range(5):
        await ours.expert()
        await theirs.expert(county=TAISHUN)
    _, mine = await ours.apply()
    _, other = await theirs.apply(county=TAISHUN)
    mine_id, other_id = mine.json()["id"], other.json()["id"]
    page = await reviewer.page("/console/queues/panels")
    assert page.status_code == 200, page.text
    assert set(rows(page, "panels")) == {mine_id}
    visits = await reviewer.page("/console/queues/visits")
    assert set(rows(visits, "visits")) == {mine_id}
    # 泰顺县's application: drawing its panel from the console is refused as the API refuses it (404)
    refused = await reviewer.client.post(
        f"/console/queues/panels/{other_id}/draw", data={"csrf_token": csrf_of(page), "form_token": "x"}
    )
    assert refused.status_code == 404
    assert 'id="queue-error"' in refused.text
    drawn = await reviewer.client.post(
        f"/console/queues/panels/{mine_id}/draw", data={"csrf_token": csrf_of(page), "form_token": "y"}
    )
    assert drawn.status_code == 303, drawn.text
    record = await reviewer.page(drawn.headers["location"])
    assert record.status_code == 200
    assert mine_id in record.text
    assert rows(await reviewer.page("/console/queues/panels"), "panels") == {}
    # 泰顺县's draw record is 404 here as in the API
    their_draw = await theirs.post(f"/api/v1/assessment-applications/{other_id}/panel-draws")
    assert their_draw.status_code == 201, their_draw.text
    hidden = await reviewer.page(f"/console/queues/panels/draws/{their_draw.json()['id']}")
    assert hidden.status_code == 404


async def test_an_open_dispute_is_listed_and_upheld_with_a_reason(
    world: World, feeds: Feeds, reviewer: Browser, gateway: httpx.AsyncClient, keys: dict[str, str],
    make_api_key: Any,
) -> None:  # fmt: skip
    ours, _ = await month_of_records(world, feeds)
    contractor = bearer(keys["contractor"])
    rejected = await gateway.post(
        "/api/v1/service-records:review",
        json={"stage": "first", "reviewer": "李初审", "decisions": [
            {"service_record_id": ours[0].id, "decision": "rejected", "reason": "no signature"}]},
        headers=contractor,
    )  # fmt: skip
    assert rejected.status_code == 200, rejected.text
    await world.settle()
    institution = bearer(await make_api_key("institution", institution_id="INST-LC"))
    raised = await gateway.post(
        f"/api/v1/service-records/{ours[0].id}/disputes",
        json={"reason": "签字在纸质单上"},
        headers=institution,
    )
    assert raised.status_code == 201, raised.text
    dispute = raised.json()["id"]
    page = await reviewer.page(f"/console/queues/disputes?county={LUCHENG}&month={M}")
    assert set(rows(page, "disputes")) == {f"{ours[0].id}/{dispute}"}
    decided = await reviewer.client.post(
        f"/console/queues/disputes/{ours[0].id}/{dispute}",
        data={"csrf_token": csrf_of(page), "form_token": "d1", "county": LUCHENG, "month": M,
              "decision": "upheld", "reason": "纸质单据有签字"},
    )  # fmt: skip
    assert decided.status_code == 200, decided.text
    assert 'id="queue-notice"' in decided.text
    assert rows(decided, "disputes") == {}
    [after] = (
        await gateway.get(f"/api/v1/service-records/{ours[0].id}/disputes", headers=contractor)
    ).json()["items"]
    assert (after["status"], after["decision_reason"]) == ("upheld", "纸质单据有签字")


async def test_a_month_settled_already_says_so_and_leads_to_its_run(
    world: World, feeds: Feeds, reviewer: Browser
) -> None:
    await month_of_records(world, feeds)
    first = await settle(reviewer)
    page = await reviewer.page(f"/console/queues/settlement?county={LUCHENG}&month={M}")
    assert set(rows(page, "runs")) == {first.rsplit("/", 1)[1]}
    form_token = re.search(r'name="form_token" value="([^"]+)"', page.text)
    assert form_token
    again = await reviewer.client.post(
        "/console/queues/settlement/run",
        data={"csrf_token": csrf_of(page), "form_token": form_token.group(1), "county": LUCHENG, "month": M},
    )
    await queues.running_settlements()
    poll = re.search(r'hx-get="([^"]+)"', (await reviewer.page(again.headers["location"])).text)
    assert poll
    refused = await reviewer.page(poll.group(1).replace("&amp;", "&"))
    assert 'data-state="failed"' in refused.text
    assert "ALREADY_SETTLED" in refused.text
    assert f'href="{first}"' in refused.text
