"""What must hold after every seed, once the consumers have caught up: read from the databases of the three
services and compared with each other and with what the clients were told (:class:`bench.chaos.model.Model`).

- the ledger balances: per county and per transaction its legs sum to zero;
- every event took effect once in each consumer: each consumer is at its producer's head and passed each
  event exactly once (its applied + skipped + set-aside counts equal the events it read, poisons discarded by
  the operator aside), and each read model equals its source — settlement's persons, status changes, bills and
  contributions equal enrollment's, its levels and applications equal assessment's;
- each county's fund equals its sources: cash = contributions enrollment received (applied to bills) +
  subsidies the bureau was told are booked − payouts the contractor was told are made; each income account
  equals its source; one ledger posting per contribution, per subsidy and per payout;
- what the clients were told is what is stored: persons, payments, subsidies, payouts, service records;
- payouts never exceed payables: what a month's payouts to an institution add up to is at most what the run
  they were paid against owes (a re-settlement may owe less than was paid before it; no payout may follow),
  checked as each payout is accepted and in the database; the ledger's payable to each institution is what
  its settled statements owe less what was paid;
- no dead letter but the poisons put in on purpose (checked by the operator after every poll).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from bench.chaos.model import Model
from bench.chaos.platform import Platform

FEEDS = {
    "settlement.enrollment": "enrollment.outbox_events",
    "settlement.assessment": "assessment.outbox_events",
    "enrollment.assessment": "assessment.outbox_events",
}
CURSORS = {
    "settlement.enrollment": "settlement.consumer_cursors",
    "settlement.assessment": "settlement.consumer_cursors",
    "enrollment.assessment": "enrollment.consumer_cursors",
}


async def _rows(conn: AsyncConnection, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in (await conn.execute(text(sql), params)).all()]


async def _value(conn: AsyncConnection, sql: str, **params: Any) -> Any:
    return (await conn.execute(text(sql), params)).scalar()


def _differ(
    name: str, left: list[tuple[Any, ...]], right: list[tuple[Any, ...]], what: tuple[str, str]
) -> list[str]:
    """Multisets of rows compared; the first few differences named."""
    a, b = Counter(left), Counter(right)
    if a == b:
        return []
    only_a, only_b = list((a - b).elements()), list((b - a).elements())
    return [
        f"{name}: {len(only_a)} rows only in {what[0]} {only_a[:3]}, {len(only_b)} only in {what[1]} {only_b[:3]}"
    ]


async def check(platform: Platform, model: Model) -> list[str]:
    async with platform.engine.connect() as conn:
        found: list[str] = []
        found += await ledger_balances(conn)
        found += await feeds_exactly_once(conn, platform, model)
        found += await read_models_equal_sources(conn)
        found += await funds_equal_sources(conn, model)
        found += await stored_as_told(conn, model)
        await conn.rollback()
    return found


async def ledger_balances(conn: AsyncConnection) -> list[str]:
    counties = await _rows(
        conn,
        "SELECT county_code, sum(amount_fen) FROM settlement.ledger_legs GROUP BY 1 HAVING sum(amount_fen) <> 0",
    )
    transactions = await _rows(
        conn,
        "SELECT transaction_id, sum(amount_fen) FROM settlement.ledger_legs GROUP BY 1 "
        "HAVING sum(amount_fen) <> 0",
    )
    return [f"ledger: county {c} sums to {s} fen" for c, s in counties] + [
        f"ledger: transaction {t} sums to {s} fen" for t, s in transactions
    ]


async def feeds_exactly_once(conn: AsyncConnection, platform: Platform, model: Model) -> list[str]:
    found = []
    for name, feed in FEEDS.items():
        head = int(await _value(conn, f"SELECT coalesce(max(seq), 0) FROM {feed}"))
        events = int(await _value(conn, f"SELECT count(*) FROM {feed}"))
        position = await _value(conn, f"SELECT position FROM {CURSORS[name]} WHERE consumer = :n", n=name)
        if position != head:
            found.append(f"{name}: cursor at {position}, its producer's head at {head}")
        source = feed.split(".")[0]
        poisons = sum(1 for s in model.poisons.values() if s == source)
        metrics = platform.metrics[name]
        labels = (name, source)
        applied = metrics.applied.labels(*labels)._value.get()
        skipped = metrics.skipped.labels(*labels)._value.get()
        set_aside = metrics.dead_letters.labels(name, source, "set_aside")._value.get()
        stopped = poisons if platform.consumers[name].on_failure.value == "stop" else 0
        passed = int(applied + skipped + set_aside)
        if passed != events - stopped:
            found.append(
                f"{name}: passed {passed} events (applied {int(applied)}, skipped {int(skipped)}, set aside "
                f"{int(set_aside)}) of the {events - stopped} its producer committed (poisons discarded: {stopped})"
            )
    return found


async def read_models_equal_sources(conn: AsyncConnection) -> list[str]:
    found = []
    found += _differ(
        "persons",
        await _rows(
            conn,
            "SELECT id, county_code, category, enrolled_on, birth_date, sex, "
            "CASE WHEN status = 'deceased' THEN status_on END FROM enrollment.persons",
        ),
        await _rows(
            conn,
            "SELECT person_id, county_code, category, enrolled_on, birth_date, sex, died_on "
            "FROM settlement.insured_persons",
        ),
        ("enrollment", "settlement"),
    )
    found += _differ(
        "status changes",
        await _rows(conn, "SELECT person_id, status, effective_on FROM enrollment.person_status_changes"),
        await _rows(conn, "SELECT person_id, status, effective_on FROM settlement.person_status_changes"),
        ("enrollment", "settlement"),
    )
    found += _differ(
        "contributions",
        await _rows(
            conn,
            "SELECT id, person_id, county_code, year, payer, applied_fen, paid_on "
            "FROM enrollment.payments WHERE applied_fen > 0",
        ),
        await _rows(
            conn,
            "SELECT payment_id, person_id, county_code, year, payer, amount_fen, paid_on "
            "FROM settlement.contributions_received",
        ),
        ("enrollment", "settlement"),
    )
    found += _differ(
        "bills",
        await _rows(
            conn,
            "SELECT person_id, year, employer_due_fen + individual_due_fen, "
            "employer_paid_fen + individual_paid_fen FROM enrollment.contribution_bills",
        ),
        await _rows(conn, "SELECT person_id, year, due_fen, paid_fen FROM settlement.person_bills"),
        ("enrollment", "settlement"),
    )
    found += _differ(
        "bills per county",
        await _rows(
            conn,
            "SELECT year, county_code, count(*), sum(employer_due_fen + individual_due_fen) "
            "FROM enrollment.contribution_bills GROUP BY 1, 2",
        ),
        await _rows(
            conn, "SELECT year, county_code, bills, amount_due_fen FROM settlement.contributions_due"
        ),
        ("enrollment", "settlement"),
    )
    found += _differ(
        "disability levels",
        await _rows(
            conn,
            "SELECT id, person_id::uuid, county_code, level, valid_from, valid_to, ended_on "
            "FROM assessment.conclusions WHERE status IN ('in_force', 'superseded', 'revoked')",
        ),
        await _rows(
            conn,
            "SELECT conclusion_id, person_id, county_code, level, valid_from, valid_to, ends_on "
            "FROM settlement.disability_levels",
        ),
        ("assessment", "settlement"),
    )
    found += _differ(
        "applications",
        await _rows(conn, "SELECT id, county_code, received_on FROM assessment.applications"),
        await _rows(
            conn, "SELECT application_id, county_code, received_on FROM settlement.applications_received"
        ),
        ("assessment", "settlement"),
    )
    found += _differ(
        "institution clients",
        await _rows(
            conn,
            "SELECT DISTINCT ON (c.person_id) c.person_id::uuid, a.care_institution_id, c.id "
            "FROM assessment.conclusions c JOIN assessment.applications a ON a.id = c.application_id "
            "WHERE c.status = 'in_force' AND a.care_institution_id IS NOT NULL "
            "ORDER BY c.person_id, c.valid_from DESC",
        ),
        await _rows(
            conn, "SELECT person_id, institution_id, conclusion_id FROM enrollment.institution_clients"
        ),
        ("assessment", "enrollment"),
    )
    return found


async def funds_equal_sources(conn: AsyncConnection, model: Model) -> list[str]:
    found = []
    ledger = {
        (county, account): int(total)
        for county, account, total in await _rows(
            conn, "SELECT county_code, account, sum(amount_fen) FROM settlement.ledger_legs GROUP BY 1, 2"
        )
    }
    contributions = {
        (county, payer): int(total)
        for county, payer, total in await _rows(
            conn,
            # by half: an individual payment may have paid into the employer half too (to_employer_half_fen)
            "SELECT county_code, half, sum(amount) FROM ("
            " SELECT county_code, payer AS half, applied_fen - to_employer_half_fen AS amount"
            " FROM enrollment.payments"
            " UNION ALL SELECT county_code, 'employer', to_employer_half_fen FROM enrollment.payments) x"
            " GROUP BY 1, 2",
        )
    }
    for county in model.counties:
        received = sum(v for (c, _), v in contributions.items() if c == county)
        subsidies = sum(v for (c, _), v in model.subsidies.items() if c == county)
        payouts = sum(v for (c, _), v in model.payouts.items() if c == county)
        cash = ledger.get((county, "cash"), 0)
        if cash != received + subsidies - payouts:
            found.append(
                f"fund {county}: cash {cash} fen, but its sources say {received + subsidies - payouts} "
                f"(contributions {received} + subsidies {subsidies} − payouts {payouts})"
            )
        for payer in ("employer", "individual"):
            income = -ledger.get((county, f"income_contribution_{payer}"), 0)
            if income != contributions.get((county, payer), 0):
                found.append(
                    f"fund {county}: {payer} contributions {income} fen in the ledger, "
                    f"{contributions.get((county, payer), 0)} received by enrollment"
                )
        if -ledger.get((county, "income_fiscal_subsidy"), 0) != subsidies:
            found.append(
                f"fund {county}: subsidies {-ledger.get((county, 'income_fiscal_subsidy'), 0)} fen in the ledger, "
                f"{subsidies} booked as the bureau was told"
            )
    found += _differ(
        "contribution postings",
        await _rows(
            conn, "SELECT 'contribution:' || id, applied_fen FROM enrollment.payments WHERE applied_fen > 0"
        ),
        await _rows(
            conn,
            "SELECT t.client_id, l.amount_fen FROM settlement.ledger_transactions t "
            "JOIN settlement.ledger_legs l ON l.transaction_id = t.id AND l.account = 'cash' "
            "WHERE t.kind = 'contribution'",
        ),
        ("enrollment", "ledger"),
    )
    found += _differ(
        "subsidy postings",
        [(county, amount) for (county, _), amount in model.subsidies.items()],
        await _rows(
            conn,
            "SELECT t.county_code, l.amount_fen FROM settlement.ledger_transactions t "
            "JOIN settlement.ledger_legs l ON l.transaction_id = t.id AND l.account = 'cash' "
            "WHERE t.kind = 'fiscal_subsidy'",
        ),
        ("the bureau's answers", "ledger"),
    )
    found += _differ(
        "payouts",
        [(county, ref, amount) for (county, ref), amount in model.payouts.items()],
        await _rows(
            conn,
            "SELECT r.county_code, p.reference, p.amount_fen FROM settlement.settlement_payments p "
            "JOIN settlement.settlement_runs r ON r.id = p.run_id",
        ),
        ("the contractor's answers", "settlement"),
    )
    found += _differ(
        "payout postings",
        await _rows(
            conn, "SELECT p.ledger_transaction_id, -p.amount_fen FROM settlement.settlement_payments p"
        ),
        await _rows(
            conn,
            "SELECT t.id, l.amount_fen FROM settlement.ledger_transactions t "
            "JOIN settlement.ledger_legs l ON l.transaction_id = t.id AND l.account = 'cash' "
            "WHERE t.kind = 'payment'",
        ),
        ("payouts", "ledger"),
    )
    found += _differ(
        "payable to institutions",
        await _rows(
            conn,
            "SELECT county_code, institution_id, sum(amount_fen) FROM ("
            " SELECT r.county_code, s.institution_id, -s.net_payable_fen AS amount_fen"
            " FROM settlement.settlement_statements s JOIN settlement.settlement_runs r ON r.id = s.run_id"
            " WHERE r.status = 'settled'"
            " UNION ALL SELECT county_code, institution_id, amount_fen FROM settlement.settlement_payments"
            ") x GROUP BY 1, 2 HAVING sum(amount_fen) <> 0",
        ),
        await _rows(
            conn,
            "SELECT county_code, institution_id, sum(amount_fen) FROM settlement.ledger_legs"
            " WHERE account = 'payable_institutions' GROUP BY 1, 2 HAVING sum(amount_fen) <> 0",
        ),
        ("statements and payouts", "ledger"),
    )
    overpaid = await _rows(
        conn,
        """
        SELECT r.county_code, r.month, s.institution_id, s.net_payable_fen, paid.total
          FROM settlement.settlement_runs r
          JOIN settlement.settlement_statements s ON s.run_id = r.id
          JOIN LATERAL (SELECT sum(p.amount_fen) AS total, bool_or(p.run_id = r.id) AS on_this_run
                          FROM settlement.settlement_payments p
                          JOIN settlement.settlement_runs m ON m.id = p.run_id
                         WHERE m.county_code = r.county_code AND m.month = r.month
                           AND p.institution_id = s.institution_id) paid ON true
         WHERE r.status = 'settled' AND paid.on_this_run AND paid.total > s.net_payable_fen
        """,
    )
    found += [f"{c} {m:%Y-%m} {i}: {t} fen paid out of {n} payable" for c, m, i, n, t in overpaid]
    runs = await _rows(
        conn,
        "SELECT county_code, month, count(*) FROM settlement.settlement_runs WHERE status = 'settled' "
        "GROUP BY 1, 2 HAVING count(*) > 1",
    )
    found += [f"{c} {m:%Y-%m}: {n} settled runs" for c, m, n in runs]
    return found


async def stored_as_told(conn: AsyncConnection, model: Model) -> list[str]:
    found = []
    found += _differ(
        "enrolled persons",
        [(p.id_number, p.county) for p in model.persons.values()],
        await _rows(conn, "SELECT id_number, county_code FROM enrollment.persons"),
        ("the clients' answers", "enrollment"),
    )
    found += _differ(
        "payments",
        [(channel, ref, amount) for (channel, ref), amount in model.payments.items()],
        await _rows(conn, "SELECT channel, external_ref, amount_fen FROM enrollment.payments"),
        ("the clients' answers", "enrollment"),
    )
    found += _differ(
        "service records",
        sorted(model.records),
        await _rows(conn, "SELECT institution_id, record_id FROM settlement.service_records"),
        ("the institutions' answers", "settlement"),
    )
    found += _differ(
        "applications told",
        [(a,) for a in model.applications],
        await _rows(conn, "SELECT id::text FROM assessment.applications"),
        ("the clients' answers", "assessment"),
    )
    return found
