"""The quickstart's walkthrough (``make demo``) through the committed Python client ``ltc_client``, as an
integrator would write it: enrol, import a file, pay, apply, draw, conclude, submit records, settle, pay
out, read the statement. Every call goes through the in-process gateway in front of the real services and
PostgreSQL; every answer is parsed into the client's own models."""

from __future__ import annotations

import datetime as dt
import io
import secrets
from typing import Any, TypeVar

import httpx
from ltc_client import AuthenticatedClient
from ltc_client.api.assessment_applications import conclude, create_application, start_publicity, submit_score
from ltc_client.api.contributions import generate_bills, list_bills, record_payment
from ltc_client.api.imports import import_persons
from ltc_client.api.panel_draws import draw_panel
from ltc_client.api.persons import enrol_person, lookup_person
from ltc_client.api.service_records import submit_service_records
from ltc_client.api.settlement import institution_statements, record_payout, settle_county_month
from ltc_client.models import (
    Application,
    ApplicationCreate,
    BillGeneration,
    BillGenerationResult,
    BillList,
    ConclusionCreate,
    ConclusionResult,
    ImportJob,
    ImportPersonsFilesBody,
    PanelDraw,
    Payment,
    PaymentCreate,
    PersonCreate,
    PersonDetail,
    Run,
    RunCreate,
    ScoreCreate,
    ServiceRecordBatch,
    SettlementImportJob,
    SettlementPayment,
    SettlementPaymentCreate,
    StatementList,
)
from ltc_client.types import File, Response

from services.demo import inprocess, world
from services.demo.api import Api
from services.demo.walkthrough import next_month
from shared import dates

T = TypeVar("T")


def parsed(answer: Response[Any], model: type[T]) -> T:
    """The answer's body as ``model``, the call having succeeded."""
    assert answer.status_code in (200, 201), (answer.status_code, answer.content[:400])
    assert isinstance(answer.parsed, model), answer.parsed
    return answer.parsed


def client_of(platform: inprocess.InProcess, key: str) -> AuthenticatedClient:
    """The generated client as an integrator makes it (base URL and API key), its HTTP client reaching the
    in-process gateway instead of a socket."""
    client = AuthenticatedClient(base_url="http://gateway.demo", token=key)
    client.set_async_httpx_client(
        httpx.AsyncClient(
            transport=platform.gateway._transport,
            base_url="http://gateway.demo",
            headers={"Authorization": f"Bearer {key}"},
        )
    )
    return client


async def test_the_quickstart_walkthrough_runs_on_the_generated_client(
    platform: inprocess.InProcess, demo_keys: dict[str, str]
) -> None:
    await world.load(
        Api(platform.gateway, demo_keys),
        platform.set_assessment_today,
        platform.catch_up_feeds,
        platform.bind_contractor,
    )
    today = dates.today()
    contractor = client_of(platform, demo_keys["contractor"])
    institution = client_of(platform, demo_keys["institution"])
    county = world.LUCHENG

    # 1. enrol a person
    person = world.Person(
        "client", "郑秀英", county, f"1943{secrets.randbelow(12) + 1:02d}16", 2 * secrets.randbelow(500)
    )
    body = {"id_number": person.id_number, "name": person.name, "category": "retiree", "county_code": county}
    enrolled: Response[Any] = await enrol_person.asyncio_detailed(
        client=contractor, body=PersonCreate.from_dict({**body, "enrolled_on": world.ENROLLED_ON})
    )
    if enrolled.status_code == 409:  # one ID number in a thousand is drawn twice: the person already there
        enrolled = await lookup_person.asyncio_detailed(client=contractor, id_number=person.id_number)
    person_id = parsed(enrolled, PersonDetail).id

    # 2. import a file of persons (a multipart form, as `curl -F file=@persons.csv`)
    other = world.Person(
        "file", "钱桂英", county, f"1939{secrets.randbelow(12) + 1:02d}14", 2 * secrets.randbelow(500) + 1
    )
    csv = (
        "id_number,name,category,county_code,employer_credit_code,enrolled_on\n"
        f"{other.id_number},{other.name},retiree,{county},,{world.ENROLLED_ON}\n"
    ).encode()
    job = parsed(
        await import_persons.asyncio_detailed(
            client=contractor,
            body=ImportPersonsFilesBody(file=File(io.BytesIO(csv), "persons.csv", "text/csv")),
        ),
        ImportJob,
    )
    assert (job.rows_total, job.rows_created + job.rows_unchanged, job.rows_failed) == (1, 1, 0), job

    # 3. bill the year and pay both halves of the person's bill
    parsed(
        await generate_bills.asyncio_detailed(
            client=contractor, body=BillGeneration.from_dict({"year": 2022, "county_code": county})
        ),
        BillGenerationResult,
    )
    bills = parsed(await list_bills.asyncio_detailed(client=contractor, person_id=person_id), BillList)
    bill = bills.items[0]
    for payer, due in (("employer", bill.employer_due_fen), ("individual", bill.individual_due_fen)):
        if due > 0:
            payment = PaymentCreate.from_dict(
                {
                    "bill_id": str(bill.id),
                    "payer": payer,
                    "channel": "annual_self_payment",
                    "amount_fen": due,
                    "paid_on": "2022-07-20",
                    "external_ref": f"CLIENT-{person.id_number}-{payer}",
                }
            )
            parsed(await record_payment.asyncio_detailed(client=contractor, body=payment), Payment)

    # 4. apply, draw the panel, score, conclude; the publicity starts
    application = parsed(
        await create_application.asyncio_detailed(
            client=contractor,
            body=ApplicationCreate.from_dict(
                {
                    "person_id": str(person_id),
                    "self_assessment": world.SELF_ASSESSMENT,
                    "disabled_since": (today - dt.timedelta(days=400)).isoformat(),
                    "materials_complete": True,
                    "care_institution_id": world.INSTITUTION,
                }
            ),
        ),
        Application,
    )
    draw = parsed(await draw_panel.asyncio_detailed(application.id, client=contractor, body=None), PanelDraw)
    for expert_id in draw.panel:
        score = ScoreCreate.from_dict({"expert_id": str(expert_id), "items": world.severe_scores()})
        parsed(
            await submit_score.asyncio_detailed(application.id, client=contractor, body=score), Application
        )
    confirming = ConclusionCreate.from_dict({"confirming_expert_ids": [str(e) for e in draw.panel]})
    concluded = parsed(
        await conclude.asyncio_detailed(application.id, client=contractor, body=confirming), ConclusionResult
    )
    assert concluded.conclusion.level == 5  # the world's severe scores
    started = parsed(await start_publicity.asyncio_detailed(application.id, client=contractor), Application)
    assert started.status == "in_publicity"

    # 5. the institution submits a month of service records for its clients in force
    statements = parsed(
        await institution_statements.asyncio_detailed(world.INSTITUTION, client=institution), StatementList
    )
    settled = [s.month for s in statements.items]
    month = next_month(max(settled)) if settled else world.SETTLED_MONTH
    clients = {}
    for p in world.PERSONS:
        if p.level == "in_force":
            found = await lookup_person.asyncio_detailed(client=contractor, id_number=p.id_number)
            clients[p.key] = str(parsed(found, PersonDetail).id)
    records = list(world.records(month, clients, f"CLIENT-{month:%Y-%m}", 2))
    submitted = parsed(
        await submit_service_records.asyncio_detailed(
            client=institution, body=ServiceRecordBatch.from_dict({"records": records})
        ),
        SettlementImportJob,
    )
    assert submitted.rows_accepted == len(records), submitted

    # 6. the contractor settles the month and pays the institution out
    run = parsed(
        await settle_county_month.asyncio_detailed(
            client=contractor, body=RunCreate.from_dict({"county_code": county, "month": month.isoformat()})
        ),
        Run,
    )
    assert isinstance(run.statements, list), run
    [statement] = [s for s in run.statements if s.institution_id == world.INSTITUTION]
    assert statement.net_payable_fen > 0
    payout = SettlementPaymentCreate.from_dict(
        {
            "institution_id": world.INSTITUTION,
            "amount_fen": statement.net_payable_fen,
            "paid_on": today.isoformat(),
            "reference": f"CLIENT-PAYOUT-{month:%Y%m}",
        }
    )
    paid = parsed(
        await record_payout.asyncio_detailed(run.id, client=contractor, body=payout), SettlementPayment
    )
    assert paid.amount_fen == statement.net_payable_fen

    # 7. the institution reads its statement of the month
    read = parsed(
        await institution_statements.asyncio_detailed(
            world.INSTITUTION, client=institution, month=month.isoformat()
        ),
        StatementList,
    )
    [mine] = read.items
    assert (mine.month, mine.net_payable_fen) == (month, statement.net_payable_fen)
