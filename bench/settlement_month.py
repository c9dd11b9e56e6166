"""A city's month of care services: submitted through the gateway, checked and settled, against hand-written SQL.

A generator writes a realistic month (BASELINES: ~25 k beneficiaries, ~300 institutions over the 13 counties,
~2 k caregivers, ~750 k service records, one CSV file per institution) and fills settlement's read models
set-based in SQL, the way the enrollment and assessment feed consumers leave them (insured persons, status
history, coverage periods, contributions received, each person's bills of the year (owed and paid, as the
checks' coverage rule reads them), disability levels; the consumers' ledger postings of
contribution income are left out — neither the checks nor the settlement read them). A few % of the records
carry each failure the checks know. The run then measures, on a database of its own:
- (a) every institution uploading its month as a file (`POST /api/v1/service-record-imports`, its own key,
  four uploads at a time) → records/s;
- (c) one hand-written SQL pass doing the same checks and per-institution totals (after ANALYZE) → seconds;
- (b) the checks and settlement of all 13 counties through the gateway (`POST /api/v1/settlement-runs`,
  one county after the other, largest first) → seconds, and the ratio (b)/(c);
- (b2) an explicit re-settlement of every county (the first run reversed, the month checked and settled
  again), two counties at a time on the two cores → seconds, and (b2)/(c).
The hand-written pass takes every record of the month (nothing is settled before it runs), joins levels
and rules by hash joins rather than a per-record LATERAL (1.5× faster than that first version), and does
every check the service does — cuts, daily and monthly caps, the three review flags — but stores nothing.

    python -m bench settlement [--records 750000] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import random
import shutil
import time
import uuid
from pathlib import Path

import asyncpg
import httpx
from stdnum.cn import ric

from bench.support import free_ports
from services.enrollment.reference.wenzhou import COUNTIES_2022, wan_to_persons
from services.gateway.api_clients import service as api_clients
from services.gateway.api_clients.schemas import ApiClientCreate
from services.launcher import Platform, load_reference_data, migrate_all, open_database
from shared.db import create_engine, create_sessionmaker, sync_url
from shared.embedded_db import drop_database, ensure_database, with_database
from shared.settings import PROJECT_ROOT, Settings

DATA = PROJECT_ROOT / "bench" / ".data"
RESULTS = PROJECT_ROOT / "bench" / "RESULTS.md"
SECRET = "bench-secret-of-at-least-32-characters"
MONTH = dt.date(2026, 5, 1)
DAYS = 31
HEADER = (
    "record_id,person_id,caregiver_code,care_mode,service_date,start_time,end_time,items,"
    "checkin_lat,checkin_lon,amount_claimed_fen\n"
)
CONCURRENT_UPLOADS = 4
FAULTS = (
    "NOT_COVERED",
    "NO_ELIGIBLE_LEVEL",
    "AFTER_DEATH",
    "NOT_CONTRACTED",
    "CAREGIVER_NOT_QUALIFIED",
    "CAREGIVER_UNTRAINED",
    "TWO_INSTITUTIONS_SAME_DAY",
    "CAREGIVER_OVERLAP",
    "OVER_MONTHLY_CAP",
    "DUPLICATE",
    "CHECKIN_TOO_FAR",
)


class City:
    """The generated month: read-model rows, institutions, caregivers, homes, and the files written."""

    def __init__(self) -> None:
        self.persons: list[tuple[uuid.UUID, str, int | None, str]] = []  # id, county, level, fault
        self.deaths: dict[uuid.UUID, dt.date] = {}
        self.institutions: list[tuple[str, str, str, list[str], dt.date]] = []  # id, county, kind, modes, to
        # institution, code, qualified until, category, licence number, ID number
        self.caregivers: list[tuple[str, str, dt.date, str, str | None, str | None]] = []
        # training certificates (as oversight's feed leaves them): id, number, holder, issued on, valid until
        self.certificates: list[tuple[uuid.UUID, str, str, dt.date, dt.date]] = []
        self.homes: list[tuple[str, uuid.UUID, float, float]] = []
        self.files: dict[str, Path] = {}
        self.records = 0
        self.planted: dict[str, int] = dict.fromkeys(FAULTS, 0)


def _id_number(n: int) -> str:
    """A valid resident ID number (GB 11643) of the n-th caregiver."""
    first17 = f"330302{dt.date(1965, 1, 1) + dt.timedelta(days=n):%Y%m%d}{n % 1000:03d}"
    return first17 + ric.calc_check_digit(first17 + "0")


def _day(d: int) -> str:
    return (MONTH + dt.timedelta(days=d)).isoformat()


def generate(directory: Path, records: int) -> City:
    """One record a day for each beneficiary (bed day or home visit), plus planted faults."""
    rng = random.Random(202605)
    city = City()
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    counties = [code for code, *_ in COUNTIES_2022]
    weights = [wan_to_persons(insured) for _, _, _, insured, _, _ in COUNTIES_2022]
    n_persons = max(200, records // DAYS)
    n_inst = max(26, round(300 * n_persons / 25_000))
    per_county = [max(2, round(n_inst * w / sum(weights))) for w in weights]
    # institutions: a third homes for the elderly, a sixth medical, the rest home care
    by_county: dict[str, list[int]] = {}
    for county, n in zip(counties, per_county, strict=True):
        for k in range(n):
            idx = len(city.institutions)
            kind = ("elderly_care", "medical", "home_care", "home_care", "elderly_care", "home_care")[k % 6]
            modes = {
                "elderly_care": ["elderly_care_bed"],
                "medical": ["medical_bed"],
                "home_care": ["home_visit", "family_care"],
            }[kind]
            ends = dt.date(2027, 12, 31)
            if rng.random() < 0.03:
                ends = MONTH + dt.timedelta(days=rng.randrange(10, 25))  # agreement ends mid-month
                city.planted["NOT_CONTRACTED"] += 1
            city.institutions.append((f"WZ-{county}-{k:03d}", county, kind, modes, ends))
            by_county.setdefault(county, []).append(idx)
    # beneficiaries: county by weight, institution of their county, level 3–5 valid for the month
    clients: dict[int, list[int]] = {}
    for _ in range(n_persons):
        county = rng.choices(counties, weights)[0]
        inst = rng.choice(by_county[county])
        roll = rng.random()
        fault = (
            "NOT_COVERED"
            if roll < 0.02
            else "NO_ELIGIBLE_LEVEL"
            if roll < 0.04
            else "AFTER_DEATH"
            if roll < 0.05
            else "OVER_MONTHLY_CAP"
            if roll < 0.08
            else ""
        )
        level = rng.choice((3, 4, 5)) if fault != "NO_ELIGIBLE_LEVEL" else rng.choice((None, 2))
        person = uuid.UUID(int=rng.getrandbits(128), version=4)
        if fault == "AFTER_DEATH":
            city.deaths[person] = MONTH + dt.timedelta(days=rng.randrange(5, 25))
        clients.setdefault(inst, []).append(len(city.persons))
        city.persons.append((person, county, level, fault))
    rows_of: dict[str, list[str]] = {}
    serial = 0

    def emit(inst_id: str, fields: list[str]) -> None:
        nonlocal serial
        serial += 1
        rows_of.setdefault(inst_id, []).append(f"R{serial:08d}," + ",".join(fields) + "\n")

    cap_fen = {3: 178_800, 4: 238_400, 5: 298_000}
    training = random.Random(20260620)  # its own draws: the other faults stay where they were
    for idx, (inst_id, county, kind, modes, _ends) in enumerate(city.institutions):
        members = clients.get(idx, [])
        home = kind == "home_care"
        # home care: each caregiver has eight one-hour slots a day, one client each; 5 % of caregivers'
        # qualification ends mid-month
        n_cg = max(3, -(-len(members) // 8)) if home else 3
        for c in range(n_cg):
            until = dt.date(2027, 12, 31)
            if home and rng.random() < 0.05:
                until = MONTH + dt.timedelta(days=rng.randrange(8, 24))
                city.planted["CAREGIVER_NOT_QUALIFIED"] += 1
            # who may care (S003 §二(六)): one in five a licensed nurse, the others care workers on a training
            # certificate, 3 % of which ends mid-month (CAREGIVER_UNTRAINED from then on)
            if c % 5 == 0:
                city.caregivers.append(
                    (inst_id, f"CG{c:03d}", until, "licensed_nurse", f"N{idx:04d}{c:03d}", None)
                )
                continue
            holder = _id_number(len(city.caregivers))
            city.caregivers.append((inst_id, f"CG{c:03d}", until, "trained_care_worker", None, holder))
            ends = dt.date(2028, 12, 31)
            if training.random() < 0.03:
                ends = MONTH + dt.timedelta(days=training.randrange(8, 24))
                city.planted["CAREGIVER_UNTRAINED"] += 1
            city.certificates.append(
                (uuid.uuid4(), f"WZHR-{len(city.certificates):06d}", holder, dt.date(2025, 1, 1), ends)
            )
        for j, p in enumerate(members):
            person, _county, level, fault = city.persons[p]
            lat, lon = 27.9 + rng.random() * 0.3, 120.5 + rng.random() * 0.4
            if home:
                city.homes.append((inst_id, person, lat, lon))
            cap = cap_fen.get(level or 3, 178_800)
            daily = rng.randrange(cap // 62, cap // 33) if fault != "OVER_MONTHLY_CAP" else cap // 20
            mode = modes[0] if not home or j % 10 else "family_care"
            caregiver, hour = f"CG{j // 8:03d}", 8 + j % 8
            for d in range(DAYS):
                if home:
                    minute = rng.choice((0, 10, 15))
                    start, end = f"{hour:02d}:{minute:02d}", f"{hour:02d}:{minute + 40:02d}"
                    far = rng.random() < 0.02 and mode == "home_visit"
                    if far:
                        city.planted["CHECKIN_TOO_FAR"] += 1
                    clat = lat + (0.02 if far else rng.uniform(-0.001, 0.001))
                    clon = lon + rng.uniform(-0.001, 0.001)
                    fields = [
                        str(person), caregiver, mode, _day(d), start, end, "LT0101|LT0203",
                        f"{clat:.6f}", f"{clon:.6f}", str(daily),
                    ]  # fmt: skip
                else:
                    fields = [str(person), "", mode, _day(d), "", "", "LT0301", "", "", str(daily)]
                emit(inst_id, fields)
                roll = rng.random()
                if roll < 0.01:  # sent twice under a new record_id
                    emit(inst_id, fields)
                    city.planted["DUPLICATE"] += 1
                elif roll < 0.02 and home and len(members) > 1:  # a colleague's client in the same slot
                    other = city.persons[members[(j + 1) % len(members)] if j % 8 else members[j - 1]][0]
                    emit(inst_id, [str(other), caregiver, mode, _day(d), f"{hour:02d}:20", f"{hour:02d}:55",
                                   "LT0101", f"{lat:.6f}", f"{lon:.6f}", str(daily)])  # fmt: skip
                    city.planted["CAREGIVER_OVERLAP"] += 1
                elif roll < 0.03 and len(by_county[county]) > 1:  # a bed day elsewhere the same day
                    beds = [
                        i for i in by_county[county] if city.institutions[i][2] != "home_care" and i != idx
                    ]
                    if beds:
                        other_inst = city.institutions[rng.choice(beds)]
                        emit(other_inst[0], [str(person), "", other_inst[3][0], _day(d), "", "", "LT0301",
                                             "", "", str(daily)])  # fmt: skip
                        city.planted["TWO_INSTITUTIONS_SAME_DAY"] += 1
        for fault in ("NOT_COVERED", "NO_ELIGIBLE_LEVEL", "AFTER_DEATH", "OVER_MONTHLY_CAP"):
            city.planted[fault] += sum(1 for p in members if city.persons[p][3] == fault)
    for inst_id, lines in rows_of.items():
        path = directory / f"{inst_id}.csv"
        with path.open("w", encoding="utf-8") as out:
            out.write(HEADER)
            out.writelines(lines)
        city.files[inst_id] = path
        city.records += len(lines)
    return city


async def fill_read_models(database_url: str, city: City) -> None:
    """The read models as the feed consumers would leave them, set-based (COPY + INSERT … SELECT)."""
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        await conn.execute(
            "CREATE TEMP TABLE gen_persons (person_id uuid, county_code text, level smallint, fault text, "
            "died_on date)"
        )
        await conn.copy_records_to_table(
            "gen_persons",
            records=[(p, c, lv, f, city.deaths.get(p)) for p, c, lv, f in city.persons],
        )
        m0 = MONTH
        await conn.execute(
            f"""
            INSERT INTO settlement.insured_persons (person_id, county_code, category, enrolled_on, birth_date,
                   sex, died_on)
            SELECT person_id, county_code, 'retiree', date '2018-01-01',
                   date '1930-01-01' + (abs(hashtext(person_id::text)) % 9000),
                   CASE WHEN abs(hashtext(person_id::text)) % 2 = 0 THEN 'male' ELSE 'female' END, died_on
              FROM gen_persons;
            INSERT INTO settlement.person_status_changes (seq, person_id, status, effective_on, reason)
            SELECT row_number() OVER (), person_id, status, effective_on, reason
              FROM (SELECT person_id, 'insured' AS status, date '2018-01-01' AS effective_on,
                           'enrolled' AS reason FROM gen_persons
                    UNION ALL
                    SELECT person_id, 'suspended', date '{m0.isoformat()}' + 3, 'contribution arrears' FROM gen_persons
                     WHERE fault = 'NOT_COVERED' AND abs(hashtext(person_id::text)) % 2 = 0
                    UNION ALL
                    SELECT person_id, 'deceased', died_on, 'death' FROM gen_persons WHERE died_on IS NOT NULL
                   ) s ORDER BY effective_on, person_id;
            INSERT INTO settlement.coverage_periods (person_id, starts_on, ends_before, status)
            SELECT person_id, effective_on, lead(effective_on) OVER (PARTITION BY person_id ORDER BY effective_on),
                   status
              FROM settlement.person_status_changes;
            INSERT INTO settlement.contributions_received (payment_id, person_id, county_code, year, payer,
                   amount_fen, paid_on)
            SELECT gen_random_uuid(), person_id, county_code, y.year, payer.payer,
                   CASE payer.payer WHEN 'employer' THEN 9000 ELSE 5000 END, make_date(y.year, 1, 15)
              FROM gen_persons
             CROSS JOIN (VALUES (2025), (2026)) y(year)
             CROSS JOIN (VALUES ('employer'), ('individual')) payer(payer)
             WHERE y.year = 2025 OR fault <> 'NOT_COVERED' OR abs(hashtext(person_id::text)) % 2 = 0;
            INSERT INTO settlement.person_bills (person_id, year, due_fen, paid_fen, due_on, grace_ends_on)
            SELECT g.person_id, y.year, 14000, coalesce(sum(c.amount_fen), 0), make_date(y.year, 1, 31),
                   make_date(y.year, 3, 31)
              FROM gen_persons g
             CROSS JOIN (VALUES (2025), (2026)) y(year)
              LEFT JOIN settlement.contributions_received c ON c.person_id = g.person_id AND c.year = y.year
             GROUP BY g.person_id, y.year;
            INSERT INTO settlement.disability_levels (conclusion_id, person_id, county_code, level, valid_from,
                   valid_to, rule_set_version)
            SELECT gen_random_uuid(), person_id, county_code, level, date '2025-09-01', date '2027-08-31',
                   'NHSA-2021-37'
              FROM gen_persons WHERE level IS NOT NULL
            """
        )
        await conn.copy_records_to_table(
            "institutions",
            schema_name="settlement",
            records=[
                (i, f"护理机构{i[-7:]}", c, k, 0 if k == "home_care" else 120, m, dt.date(2024, 1, 1), to)
                for i, c, k, m, to in city.institutions
            ],
            columns=[
                "id",
                "name",
                "county_code",
                "kind",
                "beds",
                "care_modes",
                "agreement_from",
                "agreement_to",
            ],
        )
        await conn.copy_records_to_table(
            "caregivers",
            schema_name="settlement",
            records=[
                (i, c, "王芳", "养老护理员 四级", dt.date(2024, 1, 1), u, k, lic, idn)
                for i, c, u, k, lic, idn in city.caregivers
            ],
            columns=[
                "institution_id",
                "code",
                "real_name",
                "qualification",
                "qualified_from",
                "qualified_until",
                "category",
                "licence_number",
                "id_number",
            ],
        )
        await conn.copy_records_to_table(
            "caregiver_certificates",
            schema_name="settlement",
            records=[
                (cid, number, holder, "王芳", "LTC-CARE-01", "valid", issued, until)
                for cid, number, holder, issued, until in city.certificates
            ],
            columns=[
                "certificate_id",
                "certificate_number",
                "holder_id_number",
                "holder_name",
                "course_code",
                "status",
                "issued_on",
                "valid_until",
            ],
        )
        await conn.copy_records_to_table(
            "client_homes",
            schema_name="settlement",
            records=city.homes,
            columns=["institution_id", "person_id", "latitude", "longitude"],
        )
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def issue_keys(database_url: str, settings: Settings, city: City) -> tuple[str, dict[str, str]]:
    """A contractor key for all counties and one key per institution, made directly in the database."""
    counties = {c for c, *_ in COUNTIES_2022}
    engine = create_engine(settings, database_url, "bench")
    keys: dict[str, str] = {}
    try:
        async with create_sessionmaker(engine)() as session, session.begin():
            contractor = await api_clients.create_client(
                session,
                ApiClientCreate(name="bench-contractor", role="contractor", county_codes=sorted(counties)),
                counties,
            )
            for inst_id, *_ in city.institutions:
                issued = await api_clients.create_client(
                    session,
                    ApiClientCreate(name=f"bench-{inst_id}", role="institution", institution_id=inst_id),
                    counties,
                )
                assert issued.key is not None
                keys[inst_id] = issued.key
    finally:
        await engine.dispose()
    assert contractor.key is not None
    return contractor.key, keys


async def submit(gateway: str, city: City, keys: dict[str, str]) -> tuple[float, dict[str, int]]:
    gate = asyncio.Semaphore(CONCURRENT_UPLOADS)
    totals = {"accepted": 0, "rejected": 0}
    async with httpx.AsyncClient(
        base_url=gateway, timeout=httpx.Timeout(900, connect=10), limits=httpx.Limits(max_connections=8)
    ) as client:

        async def one(inst_id: str, path: Path) -> None:
            async with gate:
                body = await asyncio.to_thread(path.read_bytes)
                response = await client.post(
                    "/api/v1/service-record-imports",
                    content=body,
                    headers={"Authorization": f"Bearer {keys[inst_id]}", "Content-Type": "text/csv"},
                )
            if response.status_code != 201:
                raise RuntimeError(f"{inst_id} upload answered {response.status_code}: {response.text[:300]}")
            job = response.json()
            totals["accepted"] += job["rows_accepted"]
            totals["rejected"] += job["rows_rejected"]

        started = time.perf_counter()
        # largest files first, so the last wave is not one big file alone
        ordered = sorted(city.files.items(), key=lambda kv: -kv[1].stat().st_size)
        await asyncio.gather(*(one(i, p) for i, p in ordered))
        return time.perf_counter() - started, totals


HAND_WRITTEN = """
WITH r AS (
    SELECT sr.id, sr.institution_id, sr.county_code, sr.person_id, sr.caregiver_code, sr.care_mode,
           sr.service_date, sr.start_time, sr.end_time, sr.checkin_lat, sr.checkin_lon, sr.amount_claimed_fen,
           sr.care_mode IN ('elderly_care_bed', 'medical_bed') AS bed_day,
           coalesce(sr.second_review, sr.first_review) AS review
      FROM settlement.service_records sr
     WHERE sr.service_date >= $1 AND sr.service_date < $2
), certified AS (
    SELECT cg.id, range_agg(daterange(cc.issued_on, cc.valid_until, '[]')) AS valid
      FROM settlement.caregivers cg
      JOIN settlement.caregiver_certificates cc ON cc.holder_id_number = cg.id_number
     WHERE cc.valid_until >= cc.issued_on
     GROUP BY cg.id
), f AS (
    SELECT DISTINCT ON (r.id) r.*,
           p.person_id IS NULL OR cp.status IS NULL OR cp.status IN ('suspended', 'terminated')
             OR NOT (pb.person_id IS NULL OR pb.paid_fen >= pb.due_fen OR r.service_date <= pb.grace_ends_on)
             AS not_covered,
           r.service_date >= p.died_on AS after_death,
           br.fund_share_bp, br.daily_cap_fen,
           coalesce(br.monthly_cap_fen, br.monthly_cap_share_bp * rs.base_amount_fen / 10000) AS monthly_cap,
           NOT (r.service_date BETWEEN i.agreement_from AND i.agreement_to AND r.care_mode = ANY (i.care_modes)
                AND NOT coalesce(r.service_date BETWEEN i.suspended_from
                                 AND coalesce(i.suspended_until, 'infinity'), false)
                AND NOT coalesce(r.service_date >= i.terminated_on, false)) AS not_contracted,
           CASE WHEN r.caregiver_code IS NULL THEN NOT r.bed_day
                ELSE cg.qualified_until IS NULL
                     OR NOT (r.service_date BETWEEN cg.qualified_from AND cg.qualified_until) END AS unqualified,
           cg.id IS NOT NULL
             AND NOT (cg.category IN ('licensed_physician', 'licensed_nurse', 'rehabilitation_therapist')
                      AND cg.licence_number IS NOT NULL)
             AND cg.category <> 'family_caregiver'
             AND NOT coalesce(ct.valid @> r.service_date, false) AS untrained,
           r.care_mode = 'home_visit' AND h.latitude IS NOT NULL AND r.checkin_lat IS NOT NULL
             AND 2 * 6371000 * asin(sqrt(power(sin(radians(r.checkin_lat - h.latitude) / 2), 2)
                 + cos(radians(h.latitude)) * cos(radians(r.checkin_lat))
                   * power(sin(radians(r.checkin_lon - h.longitude) / 2), 2))) > $4 AS too_far
      FROM r
      JOIN settlement.institutions i ON i.id = r.institution_id
      LEFT JOIN settlement.insured_persons p ON p.person_id = r.person_id
      LEFT JOIN settlement.person_bills pb ON pb.person_id = r.person_id AND pb.year = $3
      LEFT JOIN settlement.coverage_periods cp ON cp.person_id = r.person_id AND cp.starts_on <= r.service_date
            AND (cp.ends_before IS NULL OR r.service_date < cp.ends_before)
      LEFT JOIN settlement.caregivers cg ON cg.institution_id = r.institution_id AND cg.code = r.caregiver_code
      LEFT JOIN certified ct ON ct.id = cg.id
      LEFT JOIN settlement.client_homes h ON h.institution_id = r.institution_id AND h.person_id = r.person_id
      LEFT JOIN settlement.disability_levels d ON d.person_id = r.person_id
            AND r.service_date BETWEEN d.valid_from AND d.valid_to AND (d.ends_on IS NULL OR r.service_date < d.ends_on)
      LEFT JOIN (SELECT version, base_amount_fen, effective_from,
                        lead(effective_from) OVER (ORDER BY effective_from) AS until
                   FROM settlement.benefit_rule_sets) rs
             ON rs.effective_from <= r.service_date AND (rs.until IS NULL OR r.service_date < rs.until)
      LEFT JOIN settlement.benefit_rules br ON br.version = rs.version AND br.level = d.level
            AND br.care_mode = r.care_mode AND br.institution_kind IN ('any', i.kind)
     ORDER BY r.id, (br.fund_share_bp IS NULL), (br.institution_kind = 'any'), d.valid_from DESC
), w AS (
    SELECT f.*,
           row_number() OVER (PARTITION BY person_id, institution_id, care_mode, service_date, start_time
                              ORDER BY id) > 1 AS duplicate,
           first_value(institution_id) OVER (PARTITION BY person_id, service_date ORDER BY id)
             <> institution_id AS other_institution,
           bed_day AND first_value(care_mode) OVER (PARTITION BY person_id, service_date, bed_day ORDER BY id)
             <> care_mode AS other_bed_mode,
           NOT bed_day AND caregiver_code IS NOT NULL AND start_time IS NOT NULL
             AND max(end_time) OVER (PARTITION BY institution_id, caregiver_code, service_date, bed_day
                                     ORDER BY start_time, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                 > start_time AS overlap,
           caregiver_code IS NOT NULL AND start_time IS NOT NULL
             AND min(person_id::text) OVER slot <> max(person_id::text) OVER slot AS several_persons,
           count(*) OVER visits >= $5 AND min(start_time) OVER visits = max(start_time) OVER visits AS regular
      FROM f
    WINDOW slot AS (PARTITION BY institution_id, caregiver_code, service_date, start_time),
           visits AS (PARTITION BY institution_id, person_id, care_mode)
), c AS (
    SELECT w.*, (not_covered OR coalesce(after_death, false) OR fund_share_bp IS NULL OR not_contracted
                 OR unqualified OR untrained OR other_institution OR coalesce(other_bed_mode, false) OR overlap OR duplicate
                 OR coalesce(too_far, false) OR review = 'rejected') AS cut
      FROM w
), day AS (
    SELECT c.*,
           CASE WHEN cut THEN 0
                WHEN daily_cap_fen IS NULL THEN amount_claimed_fen
                ELSE least(amount_claimed_fen, greatest(0, daily_cap_fen - coalesce(
                       sum(CASE WHEN cut THEN 0 ELSE amount_claimed_fen END)
                       OVER (PARTITION BY person_id, care_mode, service_date ORDER BY start_time NULLS FIRST, id
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)))::bigint END AS within_day
      FROM c
), e AS (
    SELECT day.*,
           CASE WHEN monthly_cap IS NULL THEN within_day
                ELSE least(within_day, greatest(0, monthly_cap - coalesce(
                       sum(within_day)
                       OVER (PARTITION BY person_id, care_mode ORDER BY service_date, start_time NULLS FIRST, id
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)))::bigint END AS eligible
      FROM day
)
SELECT institution_id, county_code, count(*) AS records, sum(amount_claimed_fen) AS claimed,
       sum(eligible) AS eligible,
       sum(CASE WHEN eligible > 0 THEN (eligible * fund_share_bp + 5000) / 10000 ELSE 0 END) AS fund,
       count(*) FILTER (WHERE cut) AS cut,
       count(*) FILTER (WHERE several_persons OR regular
                        OR (care_mode = 'home_visit' AND checkin_lat IS NULL)) AS flagged
  FROM e GROUP BY institution_id, county_code
"""


async def hand_written(database_url: str) -> tuple[float, float, dict[str, int]]:
    """ANALYZE, then one SQL pass: the checks and per-institution totals of the whole month."""
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        t0 = time.perf_counter()
        await conn.execute("ANALYZE settlement.service_records")
        analyzed = time.perf_counter() - t0
        m1 = dt.date(MONTH.year + MONTH.month // 12, MONTH.month % 12 + 1, 1)
        t0 = time.perf_counter()
        rows = await conn.fetch(HAND_WRITTEN, MONTH, m1, MONTH.year, 500.0, 15)
        elapsed = time.perf_counter() - t0
        totals = {"institutions": len(rows)}
        for key in ("records", "claimed", "eligible", "fund", "cut"):
            totals[key] = sum(int(r[key]) for r in rows)
        return analyzed, elapsed, totals
    finally:
        await conn.close()


async def service_figures(database_url: str) -> tuple[dict[str, int], dict[str, int]]:
    conn = await asyncpg.connect(sync_url(database_url))
    try:
        totals = await conn.fetchrow(
            "SELECT count(*) AS institutions, sum(s.records) AS records, sum(s.claimed_fen) AS claimed, "
            "sum(s.eligible_fen) AS eligible, sum(s.fund_payable_fen) AS fund FROM settlement.settlement_statements s "
            "JOIN settlement.settlement_runs r ON r.id = s.run_id AND r.status = 'settled'"
        )
        settled = (
            "FROM settlement.service_record_checks x JOIN settlement.settlement_runs r "
            "ON r.id = x.run_id AND r.status = 'settled'"
        )
        codes = await conn.fetch(
            f"SELECT code, count(*) AS n {settled}, unnest(x.reason_codes) code GROUP BY code ORDER BY code"
        )
        cut = await conn.fetchval(f"SELECT count(*) {settled} WHERE x.eligible_fen = 0")
        figures = {k: int(v) for k, v in dict(totals).items()}
        figures["zero"] = int(cut)
        return figures, {r["code"]: int(r["n"]) for r in codes}
    finally:
        await conn.close()


def settle_all(
    gateway: str, contractor: str, *, at_a_time: int = 1, resettle: bool = False
) -> tuple[float, dict[str, float]]:
    """Settle every county's month, ``at_a_time`` counties at once (the run API is per county), the
    largest counties first; ``resettle`` re-settles them (reverses the settled runs, checks again)."""
    per_county: dict[str, float] = {}
    counties = [c for c, *_ in sorted(COUNTIES_2022, key=lambda c: -wan_to_persons(c[3]))]
    body: dict[str, object] = {"month": MONTH.isoformat()}
    if resettle:
        body.update(resettle=True, reason="benchmark: the same month again")

    async def run() -> float:
        gate = asyncio.Semaphore(at_a_time)
        async with httpx.AsyncClient(base_url=gateway, timeout=900) as client:

            async def one(county: str) -> None:
                async with gate:
                    t0 = time.perf_counter()
                    response = await client.post(
                        "/api/v1/settlement-runs",
                        json={**body, "county_code": county},
                        headers={
                            "Authorization": f"Bearer {contractor}",
                            "Idempotency-Key": f"bench-{county}-{resettle}",
                        },
                    )
                    per_county[county] = time.perf_counter() - t0
                if response.status_code != 201:
                    raise RuntimeError(
                        f"settling {county} answered {response.status_code}: {response.text[:300]}"
                    )

            started = time.perf_counter()
            await asyncio.gather(*(one(c) for c in counties))
            return time.perf_counter() - started

    return asyncio.run(run()), per_county


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench settlement")
    parser.add_argument("--records", type=int, default=750_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    directory = DATA / f"settlement-{args.records}"
    started = time.perf_counter()
    city = generate(directory, args.records)
    size_mb = sum(p.stat().st_size for p in city.files.values()) / 1e6
    print(
        f"generated {city.records:,} records in {len(city.files)} files ({size_mb:.0f} MB), "
        f"{len(city.persons):,} beneficiaries, {len(city.institutions)} institutions, "
        f"{len(city.caregivers):,} caregivers in {time.perf_counter() - started:.1f} s; planted {city.planted}"
    )

    base = Settings()
    database = open_database(base)
    url = with_database(database.url, "ltc_bench_settlement")
    asyncio.run(ensure_database(url, recreate=True))
    ports = free_ports(4)
    settings = Settings(
        database_url=url,
        data_dir=DATA / "run",
        gateway_port=ports[0],
        enrollment_port=ports[1],
        assessment_port=ports[2],
        settlement_port=ports[3],
        internal_secret=SECRET,
        log_level="WARNING",
    )
    services: Platform | None = None
    figures: dict[str, float] = {}
    try:
        migrate_all(url)
        asyncio.run(load_reference_data(url, settings, demo=False))
        asyncio.run(fill_read_models(url, city))
        contractor, keys = asyncio.run(issue_keys(url, settings, city))
        services = Platform(settings, type(database)(url), SECRET)
        for service in ("settlement", "gateway"):
            services.start(service)
        services.wait_ready()
        gateway = f"http://{settings.host}:{settings.gateway_port}"
        figures["submit_s"], submitted = asyncio.run(submit(gateway, city, keys))
        figures["analyze_s"], figures["hand_s"], hand = asyncio.run(hand_written(url))
        figures["settle_s"], per_county = settle_all(gateway, contractor)
        settled, codes = asyncio.run(service_figures(url))
        figures["resettle2_s"], per_county2 = settle_all(gateway, contractor, at_a_time=2, resettle=True)
        resettled, _ = asyncio.run(service_figures(url))
    finally:
        if services is not None:
            services.stop()
        asyncio.run(drop_database(url))
        database.release()
        shutil.rmtree(directory, ignore_errors=True)

    compared = ("institutions", "records", "claimed", "eligible", "fund")
    agree = all(hand[k] == settled[k] for k in compared)
    agree2 = all(hand[k] == resettled[k] for k in compared)
    ratio2 = figures["resettle2_s"] / figures["hand_s"]
    slowest2 = max(per_county2, key=per_county2.__getitem__)
    rate = city.records / figures["submit_s"]
    ratio = figures["settle_s"] / figures["hand_s"]
    slowest = max(per_county, key=per_county.__getitem__)
    lines = [
        f"### Settlement of a city month — {dt.date.today().isoformat()}",
        "",
        f"Machine: {platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, embedded "
        f"PostgreSQL unless LTC_DATABASE_URL was set; only the gateway and settlement running. Month: "
        f"{city.records:,} service records ({size_mb:.0f} MB CSV in {len(city.files)} files, one per "
        f"institution), {len(city.persons):,} beneficiaries, {len(city.institutions)} institutions over the 13 "
        f"counties, {len(city.caregivers):,} caregivers. Command: `python -m bench settlement --records "
        f"{args.records}`.",
        "",
        "| step | seconds | rate | notes |",
        "|---|---|---|---|",
        f"| (a) submission: every institution uploads its CSV with its own key, {CONCURRENT_UPLOADS} at a time | "
        f"{figures['submit_s']:.1f} | {rate:,.0f} records/s | {submitted['accepted']:,} accepted, "
        f"{submitted['rejected']:,} refused (goal ≥ 50,000 records/s) |",
        f"| ANALYZE service_records | {figures['analyze_s']:.1f} | | before (c) and (b) |",
        f"| (c) hand-written SQL: checks + per-institution totals, whole month in one pass | "
        f"{figures['hand_s']:.1f} | {city.records / figures['hand_s']:,.0f} records/s | "
        f"{hand['institutions']} institution×county totals, {hand['cut']:,} records cut |",
        f"| (b) checks + settlement of the 13 counties through the gateway, one after the other | "
        f"{figures['settle_s']:.1f} | {city.records / figures['settle_s']:,.0f} records/s | slowest county "
        f"{slowest} {per_county[slowest]:.1f} s; {settled['zero']:,} records paid nothing (goal < 15 s) |",
        f"| (b2) re-settlement of the 13 counties (reverse the runs of (b), check and settle again), two counties "
        f"at a time | {figures['resettle2_s']:.1f} | {city.records / figures['resettle2_s']:,.0f} records/s | "
        f"slowest county {slowest2} {per_county2[slowest2]:.1f} s |",
        "",
        f"(b)/(c) = **{ratio:.2f}×**, (b2)/(c) = **{ratio2:.2f}×** (goal ≤ 1.5×). Totals of (b) and (c) "
        + ("agree" if agree else f"**differ**: hand {hand}, service {settled}")
        + (", of (b2) and (c) " + ("agree" if agree2 else f"**differ**: {resettled}"))
        + f" (fund payable {settled['fund'] / 100:,.0f} 元 of {settled['claimed'] / 100:,.0f} 元 claimed). "
        "Reason codes found: " + ", ".join(f"{k} {v:,}" for k, v in codes.items()) + ".",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if not args.no_write:
        RESULTS.write_text(RESULTS.read_text() + "\n" + report)
    return 0
