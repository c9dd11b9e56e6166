"""The checks before paying, set-based: one statement over a county's month of unsettled records.

The check-in distance and the regular-times threshold come from the benefit rule set in force on the month's
first day. Cuts (the record is not paid; each a reason code): COUNTY_NOT_IN_SCHEME (dated before its unit
joined the scheme, as enrollment announces it), NOT_COVERED, AFTER_DEATH, NO_ELIGIBLE_LEVEL, NOT_CONTRACTED,
CAREGIVER_NOT_QUALIFIED, CAREGIVER_UNTRAINED, UNKNOWN_SERVICE_ITEM, ITEM_NOT_FOR_MODE,
ITEM_CAREGIVER_NOT_ALLOWED, ITEM_OVER_MONTHLY_LIMIT, TWO_INSTITUTIONS_SAME_DAY, TWO_BED_DAY_MODES,
CAREGIVER_OVERLAP, DUPLICATE, CHECKIN_TOO_FAR, REVIEW_REJECTED, OVER_MONTHLY_HOURS. Caps (pay the cap, deduct
the rest): OVER_DAILY_CAP, OVER_MONTHLY_CAP. Review flags (not cuts): SEVERAL_PERSONS_ONE_SLOT, REGULAR_TIMES,
NO_CHECKIN, SHORT_VISIT, FAMILY_PERSONAL_CARE_SHARE. Within a person's day or month, earlier records (by date,
start time, then submission order) keep their claim and later ones are cut or capped.

Service items and service time (S003 §二(六) "统一全市长期护理保险护理服务项目和服务标准",
§二(三) "完善待遇支付标准与失能等级、服务时长相结合机制"): each record's items are read against the
catalogue version published and in force on its service date
(``catalogues``, ``item_facts``: the month's records read again from the published versions' periods, their
items unnested and hash-joined to the catalogue, so that without a published version nothing is read and ``r``
stays a single scan). An item the version does not list cuts UNKNOWN_SERVICE_ITEM; one not given in the
record's mode, ITEM_NOT_FOR_MODE; one the record's caregiver's category may not perform,
ITEM_CAREGIVER_NOT_ALLOWED (an item without categories is not restricted; an unknown caregiver is
CAREGIVER_NOT_QUALIFIED already). An item with a ``max_per_month`` may be performed that many times in a
person's month: the record whose performance passes it (counting the earlier records not cut otherwise, in
record order) is cut ITEM_OVER_MONTHLY_LIMIT. **Before the first published version, or for a record without
items, none of them applies** — the catalogue is data the bureau publishes, and no seed gives one. A visit
shorter than the sum of its items' minimum minutes is flagged SHORT_VISIT. The level × mode's
``monthly_minutes`` bounds the person's minutes (end − start) in the mode in the month: a record that does not
fit in what is left, counting the earlier records not cut, is cut OVER_MONTHLY_HOURS (records without times do
not count). With the rule set's ``family_personal_care_max_bp`` set, a person's family-care month whose
personal-care items (``personal_care``) take more than that share of its items' minimum minutes has its
personal-care records flagged FAMILY_PERSONAL_CARE_SHARE (shipped without a limit, unconfirmed).

Who may care (S003 §二(六)): a registered caregiver of a licensed category with its licence number cares
on the licence; any other (a care worker, and a family caregiver when the rule set's
``family_caregivers_need_training`` says so) needs a training certificate valid on the service date,
matched on the caregiver's ID number (``caregiver_certificates``, fed by oversight's ``training.passed``),
else the record is cut ``CAREGIVER_UNTRAINED``. The certificates are folded once per pass into one date
multirange per caregiver of the county (``certified``), so a record costs one hash probe, not a lookup.

Results are inserted as ``service_record_checks`` rows (one per record and pass); the records themselves
are never rewritten. A pass over a (county, month) holds that month's advisory lock, which settlement runs
take too and reviews take shared, so results are never computed from a review that is being changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from services.settlement.benefit_rules.service import MonthParameters, month_parameters
from services.settlement.config import SettlementConfig
from services.settlement.models import BED_DAY_MODES, LICENSED_CATEGORIES, CaregiverCategory, CareMode

CUT_CODES = (
    "COUNTY_NOT_IN_SCHEME",
    "NOT_COVERED",
    "AFTER_DEATH",
    "NO_ELIGIBLE_LEVEL",
    "NOT_CONTRACTED",
    "CAREGIVER_NOT_QUALIFIED",
    "CAREGIVER_UNTRAINED",
    "UNKNOWN_SERVICE_ITEM",
    "ITEM_NOT_FOR_MODE",
    "ITEM_CAREGIVER_NOT_ALLOWED",
    "ITEM_OVER_MONTHLY_LIMIT",
    "TWO_INSTITUTIONS_SAME_DAY",
    "TWO_BED_DAY_MODES",
    "CAREGIVER_OVERLAP",
    "DUPLICATE",
    "CHECKIN_TOO_FAR",
    "REVIEW_REJECTED",
    "OVER_MONTHLY_HOURS",
)
CAP_CODES = ("OVER_DAILY_CAP", "OVER_MONTHLY_CAP")
REVIEW_FLAGS = (
    "SEVERAL_PERSONS_ONE_SLOT",
    "REGULAR_TIMES",
    "NO_CHECKIN",
    "SHORT_VISIT",
    "FAMILY_PERSONAL_CARE_SHARE",
)

RESULTS = """
WITH r AS (
    SELECT sr.id, sr.institution_id, sr.person_id, sr.caregiver_code, sr.care_mode, sr.service_date,
           sr.start_time, sr.end_time, sr.amount_claimed_fen AS claimed, sr.checkin_lat, sr.checkin_lon,
           sr.items, (extract(epoch FROM sr.end_time - sr.start_time) / 60)::integer AS minutes,
           coalesce(sr.second_review, sr.first_review) AS review,
           sr.care_mode IN ({bed_day_modes}) AS bed_day
      FROM settlement.service_records sr
     WHERE sr.county_code = :county AND sr.service_date >= :m0 AND sr.service_date < :m1
), certified AS (
    SELECT cg.id AS caregiver_id, range_agg(daterange(cc.issued_on, cc.valid_until, '[]')) AS valid
      FROM settlement.caregivers cg
      JOIN settlement.institutions ci ON ci.id = cg.institution_id AND ci.county_code = :county
      JOIN settlement.caregiver_certificates cc ON cc.holder_id_number = cg.id_number
     WHERE cc.valid_until >= cc.issued_on
     GROUP BY cg.id
), catalogues AS (
    SELECT version, effective_from, lead(effective_from) OVER (ORDER BY effective_from) AS until
      FROM settlement.service_item_catalogues
     WHERE status = 'published'
), item_facts AS (
    SELECT sr.id,
           bool_or(si.code IS NULL) AS unknown_item,
           bool_or(NOT sr.care_mode = ANY (si.care_modes)) AS item_not_for_mode,
           bool_or(NOT ic.category = ANY (si.caregiver_categories)) AS item_caregiver_not_allowed,
           sum(si.min_minutes) AS items_min_minutes,
           coalesce(sum(si.min_minutes) FILTER (WHERE si.personal_care), 0) AS personal_minutes
      FROM catalogues c
      JOIN settlement.service_records sr
        ON sr.service_date >= c.effective_from AND (c.until IS NULL OR sr.service_date < c.until)
     CROSS JOIN LATERAL unnest(sr.items) AS x(code)
      LEFT JOIN settlement.service_items si ON si.version = c.version AND si.code = x.code
      LEFT JOIN settlement.caregivers ic ON ic.institution_id = sr.institution_id AND ic.code = sr.caregiver_code
     WHERE sr.county_code = :county AND sr.service_date >= :m0 AND sr.service_date < :m1
     GROUP BY sr.id
), rule_sets AS (
    SELECT version, base_amount_fen, effective_from,
           lead(effective_from) OVER (ORDER BY effective_from) AS until
      FROM settlement.benefit_rule_sets WHERE status = 'published'
), facts AS (
    SELECT DISTINCT ON (r.id)
           r.*, i.kind, p.person_id IS NOT NULL AS known, r.service_date < cs.scheme_start_on AS before_scheme, p.died_on, cp.status,
           (pb.person_id IS NULL OR pb.paid_fen >= pb.due_fen OR r.service_date <= pb.grace_ends_on) AS paid,
           NOT (r.service_date BETWEEN i.agreement_from AND i.agreement_to AND r.care_mode = ANY (i.care_modes)
                AND NOT coalesce(r.service_date >= i.suspended_from
                                 AND r.service_date <= coalesce(i.suspended_until, 'infinity'), false)
                AND NOT coalesce(r.service_date >= i.terminated_on, false)) AS not_contracted,
           CASE WHEN r.caregiver_code IS NULL THEN NOT r.bed_day
                ELSE cg.id IS NULL OR NOT (r.service_date BETWEEN cg.qualified_from AND cg.qualified_until)
           END AS caregiver_unqualified,
           CASE WHEN cg.id IS NULL THEN false
                WHEN cg.category IN ({licensed}) AND cg.licence_number IS NOT NULL THEN false
                WHEN cg.category = '{family}' AND NOT CAST(:family_training AS boolean) THEN false
                ELSE NOT coalesce(ct.valid @> r.service_date, false)
           END AS caregiver_untrained,
           coalesce(it.unknown_item, false) AS unknown_item,
           coalesce(it.item_not_for_mode, false) AS item_not_for_mode,
           coalesce(it.item_caregiver_not_allowed, false) AS item_caregiver_not_allowed,
           it.items_min_minutes, coalesce(it.personal_minutes, 0) AS personal_minutes,
           d.level, br.fund_share_bp, br.daily_cap_fen, br.monthly_minutes,
           coalesce(br.monthly_cap_fen, br.monthly_cap_share_bp * rs.base_amount_fen / 10000) AS monthly_cap,
           CASE WHEN r.care_mode = 'home_visit' AND r.checkin_lat IS NOT NULL AND h.latitude IS NOT NULL
                THEN 2 * 6371000 * asin(sqrt(
                       power(sin(radians(r.checkin_lat - h.latitude) / 2), 2)
                       + cos(radians(h.latitude)) * cos(radians(r.checkin_lat))
                         * power(sin(radians(r.checkin_lon - h.longitude) / 2), 2)))
           END AS checkin_distance_m
      FROM r
      JOIN settlement.institutions i ON i.id = r.institution_id
      LEFT JOIN settlement.insured_persons p ON p.person_id = r.person_id
      LEFT JOIN settlement.county_schemes cs ON cs.county_code = :county
      LEFT JOIN settlement.person_bills pb ON pb.person_id = r.person_id AND pb.year = :year
      LEFT JOIN settlement.coverage_periods cp
             ON cp.person_id = r.person_id AND cp.starts_on <= r.service_date
            AND (cp.ends_before IS NULL OR r.service_date < cp.ends_before)
      LEFT JOIN settlement.caregivers cg ON cg.institution_id = r.institution_id AND cg.code = r.caregiver_code
      LEFT JOIN certified ct ON ct.caregiver_id = cg.id
      LEFT JOIN item_facts it ON it.id = r.id
      LEFT JOIN settlement.client_homes h ON h.institution_id = r.institution_id AND h.person_id = r.person_id
      LEFT JOIN settlement.disability_levels d
             ON d.person_id = r.person_id AND r.service_date BETWEEN d.valid_from AND d.valid_to
            AND (d.ends_on IS NULL OR r.service_date < d.ends_on)
      LEFT JOIN rule_sets rs ON rs.effective_from <= r.service_date AND (rs.until IS NULL OR r.service_date < rs.until)
      LEFT JOIN settlement.benefit_rules br
             ON br.version = rs.version AND br.level = d.level AND br.care_mode = r.care_mode
            AND br.institution_kind IN ('any', i.kind)
     ORDER BY r.id, (br.fund_share_bp IS NULL), (br.institution_kind = 'any'), d.valid_from DESC
), windows AS (
    SELECT f.*,
           row_number() OVER (PARTITION BY f.person_id, f.institution_id, f.care_mode, f.service_date,
                                           f.start_time ORDER BY f.id) > 1 AS duplicate,
           first_value(f.institution_id) OVER (PARTITION BY f.person_id, f.service_date ORDER BY f.id)
               <> f.institution_id AS other_institution,
           f.bed_day AND first_value(f.care_mode) OVER (PARTITION BY f.person_id, f.service_date, f.bed_day
                                                        ORDER BY f.id) <> f.care_mode AS other_bed_mode,
           NOT f.bed_day AND f.caregiver_code IS NOT NULL AND f.start_time IS NOT NULL AND
               max(f.end_time) OVER (PARTITION BY f.institution_id, f.caregiver_code, f.service_date, f.bed_day
                                     ORDER BY f.start_time, f.id
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) > f.start_time
               AS caregiver_overlap,
           f.caregiver_code IS NOT NULL AND f.start_time IS NOT NULL AND
               min(f.person_id::text) OVER slot <> max(f.person_id::text) OVER slot AS several_persons,
           count(*) OVER visits >= :regular_min AND min(f.start_time) OVER visits = max(f.start_time) OVER visits
               AS regular_times
      FROM facts f
    WINDOW slot AS (PARTITION BY f.institution_id, f.caregiver_code, f.service_date, f.start_time),
           visits AS (PARTITION BY f.institution_id, f.person_id, f.care_mode)
), cut_first AS (
    SELECT w.*, array_remove(ARRAY[
             CASE WHEN w.before_scheme THEN 'COUNTY_NOT_IN_SCHEME' END,
             CASE WHEN NOT w.known OR w.status IS NULL OR w.status IN ('suspended', 'terminated') OR NOT w.paid
                  THEN 'NOT_COVERED' END,
             CASE WHEN w.service_date >= w.died_on THEN 'AFTER_DEATH' END,
             CASE WHEN w.fund_share_bp IS NULL THEN 'NO_ELIGIBLE_LEVEL' END,
             CASE WHEN w.not_contracted THEN 'NOT_CONTRACTED' END,
             CASE WHEN w.caregiver_unqualified THEN 'CAREGIVER_NOT_QUALIFIED' END,
             CASE WHEN w.caregiver_untrained THEN 'CAREGIVER_UNTRAINED' END,
             CASE WHEN w.unknown_item THEN 'UNKNOWN_SERVICE_ITEM' END,
             CASE WHEN w.item_not_for_mode THEN 'ITEM_NOT_FOR_MODE' END,
             CASE WHEN w.item_caregiver_not_allowed THEN 'ITEM_CAREGIVER_NOT_ALLOWED' END,
             CASE WHEN w.other_institution THEN 'TWO_INSTITUTIONS_SAME_DAY' END,
             CASE WHEN w.other_bed_mode THEN 'TWO_BED_DAY_MODES' END,
             CASE WHEN w.caregiver_overlap THEN 'CAREGIVER_OVERLAP' END,
             CASE WHEN w.duplicate THEN 'DUPLICATE' END,
             CASE WHEN w.checkin_distance_m > :max_distance THEN 'CHECKIN_TOO_FAR' END,
             CASE WHEN w.review = 'rejected' THEN 'REVIEW_REJECTED' END
           ]::text[], NULL) AS base_cuts
      FROM windows w
), item_performances AS (
    -- each performance of an item with a monthly limit in a record not cut so far, numbered within the
    -- person's month in record order (a record naming the item twice performs it twice)
    SELECT c.id, si.max_per_month,
           row_number() OVER (PARTITION BY c.person_id, x.code
                              ORDER BY c.service_date, c.start_time NULLS FIRST, c.id, x.ord) AS nth
      FROM cut_first c
      JOIN catalogues cat
        ON c.service_date >= cat.effective_from AND (cat.until IS NULL OR c.service_date < cat.until)
     CROSS JOIN LATERAL unnest(c.items) WITH ORDINALITY AS x(code, ord)
      JOIN settlement.service_items si ON si.version = cat.version AND si.code = x.code
     WHERE cardinality(c.base_cuts) = 0 AND si.max_per_month IS NOT NULL
), cuts AS (
    SELECT c.*,
           c.base_cuts || CASE WHEN EXISTS (SELECT 1 FROM item_performances p
                                             WHERE p.id = c.id AND p.nth > p.max_per_month)
                               THEN ARRAY['ITEM_OVER_MONTHLY_LIMIT'] ELSE '{}'::text[] END AS first_cuts
      FROM cut_first c
), timed AS (
    SELECT c.*,
           c.first_cuts || array_remove(ARRAY[
             CASE WHEN cardinality(c.first_cuts) = 0 AND c.monthly_minutes IS NOT NULL AND c.minutes IS NOT NULL
                       AND sum(c.minutes) FILTER (WHERE cardinality(c.first_cuts) = 0)
                           OVER (PARTITION BY {scope}c.person_id, c.care_mode
                                 ORDER BY c.service_date, c.start_time NULLS FIRST, c.id
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) > c.monthly_minutes
                  THEN 'OVER_MONTHLY_HOURS' END
           ]::text[], NULL) AS cut_codes
      FROM cuts c
), daily AS (
    SELECT c.*,
           CASE WHEN cardinality(c.cut_codes) > 0 THEN 0
                WHEN c.daily_cap_fen IS NULL THEN c.claimed
                ELSE least(c.claimed, greatest(0, c.daily_cap_fen - coalesce(
                       sum(c.claimed) FILTER (WHERE cardinality(c.cut_codes) = 0)
                       OVER (PARTITION BY {scope}c.person_id, c.care_mode, c.service_date
                             ORDER BY c.start_time NULLS FIRST, c.id
                             ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)))::bigint
           END AS within_day
      FROM timed c
), monthly AS (
    SELECT d.*,
           CASE WHEN d.monthly_cap IS NULL THEN d.within_day
                ELSE least(d.within_day, greatest(0, d.monthly_cap - coalesce(
                       sum(d.within_day) OVER (PARTITION BY {scope}d.person_id, d.care_mode
                                               ORDER BY d.service_date, d.start_time NULLS FIRST, d.id
                                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)))::bigint
           END AS eligible
      FROM daily d
), results AS (
    SELECT m.id, m.institution_id, m.care_mode, m.claimed, m.eligible, m.fund_share_bp,
           CASE WHEN m.eligible > 0 THEN (m.eligible * m.fund_share_bp + 5000) / 10000 ELSE 0 END AS fund,
           m.claimed - m.eligible AS deducted,
           m.cut_codes || array_remove(ARRAY[
               CASE WHEN cardinality(m.cut_codes) = 0 AND m.within_day < m.claimed THEN 'OVER_DAILY_CAP' END,
               CASE WHEN cardinality(m.cut_codes) = 0 AND m.eligible < m.within_day THEN 'OVER_MONTHLY_CAP' END
           ]::text[], NULL) AS reason_codes,
           array_remove(ARRAY[
               CASE WHEN m.several_persons THEN 'SEVERAL_PERSONS_ONE_SLOT' END,
               CASE WHEN m.regular_times THEN 'REGULAR_TIMES' END,
               CASE WHEN m.care_mode = 'home_visit' AND m.checkin_lat IS NULL THEN 'NO_CHECKIN' END,
               CASE WHEN m.minutes < m.items_min_minutes THEN 'SHORT_VISIT' END,
               CASE WHEN m.care_mode = '{family_care}' AND m.personal_minutes > 0
                         AND sum(m.personal_minutes) FILTER (WHERE cardinality(m.cut_codes) = 0) OVER person_month
                             * 10000 > CAST(:family_personal_max AS integer)
                             * sum(m.items_min_minutes) FILTER (WHERE cardinality(m.cut_codes) = 0) OVER person_month
                    THEN 'FAMILY_PERSONAL_CARE_SHARE' END
           ]::text[], NULL) AS review_flags
      FROM monthly m
    WINDOW person_month AS (PARTITION BY m.person_id, m.care_mode)
)
""".replace("{bed_day_modes}", ", ".join(f"'{mode}'" for mode in BED_DAY_MODES))  # noqa: E501
RESULTS = RESULTS.replace("{licensed}", ", ".join(f"'{category}'" for category in LICENSED_CATEGORIES))
RESULTS = RESULTS.replace("{family}", CaregiverCategory.FAMILY_CAREGIVER.value)
RESULTS = RESULTS.replace("{family_care}", CareMode.FAMILY_CARE.value)
# the service time and the caps (``timed``, ``daily``, ``monthly``, over ``cuts``, in record order) as one
# fragment, which the policy calculation's replay (``projections.repository``) reuses with ``{scope}``
# naming its county and month
CAPS = RESULTS[RESULTS.index(", timed AS (") : RESULTS.index("), results AS (") + 1]
RESULTS = RESULTS.replace("{scope}", "")

SAVE = """
INSERT INTO settlement.service_record_checks (record_id, run_id, county_code, month, checked_at, reason_codes,
       review_flags, fund_share_bp, eligible_fen, fund_fen, person_fen, deducted_fen)
SELECT x.id, CAST(:run AS uuid), CAST(:county AS text), CAST(:m0 AS date), now(), x.reason_codes,
       x.review_flags, x.fund_share_bp, x.eligible, x.fund, x.eligible - x.fund, x.deducted
  FROM results x
 WHERE NOT EXISTS (SELECT 1 FROM settlement.service_record_checks settled
                    WHERE settled.record_id = x.id AND settled.run_id = :settled_run)
"""


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    start = month.replace(day=1)
    end = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start, end


def _lock_key(county_code: str, month: dt.date) -> int:
    digest = hashlib.blake2b(f"settlement:{county_code}:{month:%Y-%m}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


async def lock_month(
    session: AsyncSession, county_code: str, month: dt.date, *, shared: bool = False
) -> None:
    """The (county, month) lock of this transaction: exclusive for check passes and settlement runs, shared
    for changes of the month's reviews."""
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    key = _lock_key(county_code, month.replace(day=1))
    await session.execute(text(f"SELECT {function}(:k)"), {"k": key})


def pass_parameters(
    county_code: str,
    month: dt.date,
    config: SettlementConfig,
    parameters: MonthParameters,
    run_id: uuid.UUID | None,
) -> dict[str, object]:
    m0, m1 = month_bounds(month)
    return {
        "run": run_id,
        "county": county_code,
        "m0": m0,
        "m1": m1,
        "year": m0.year,
        "max_distance": parameters.checkin_max_distance_m,
        "regular_min": parameters.regular_times_min_visits,
        "family_training": parameters.family_caregivers_need_training,
        "family_personal_max": parameters.family_personal_care_max_bp,
    }


def results_sql() -> str:
    """The checks' CTEs, ending in ``results``: every record of the month with its outcome."""
    return RESULTS


async def forget_pending(session: AsyncSession, county_code: str, month: dt.date) -> None:
    """Drop the results of earlier checks without settlement; the pass about to run replaces them."""
    await session.execute(
        text(
            "DELETE FROM settlement.service_record_checks "
            "WHERE county_code = :county AND month = :m0 AND run_id IS NULL"
        ),
        {"county": county_code, "m0": month_bounds(month)[0]},
    )


async def run_checks(
    session: AsyncSession, county_code: str, month: dt.date, config: SettlementConfig
) -> int:
    """Check every unsettled record of the county's month without settling; returns how many were checked.

    A record sent after its month was settled (a late record) is checked among *all* the month's records,
    the settled ones included, in the same order as any pass (date, start time, submission): it meets the
    one-day rules (DUPLICATE, TWO_INSTITUTIONS_SAME_DAY, CAREGIVER_OVERLAP…), the service time and the daily
    and monthly caps against what was already paid, exactly as a re-settlement of the month would judge it.
    Only the late records' results are saved; the settled results stay as paid."""
    m0, _ = month_bounds(month)
    await lock_month(session, county_code, m0)
    settled_run = await session.scalar(
        text(
            "SELECT id FROM settlement.settlement_runs "
            "WHERE county_code = :county AND month = :m0 AND status = 'settled'"
        ),
        {"county": county_code, "m0": m0},
    )
    await forget_pending(session, county_code, m0)
    result = await session.execute(
        text(results_sql() + SAVE),
        {
            **pass_parameters(county_code, m0, config, await month_parameters(session, m0), None),
            "settled_run": settled_run,
        },
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
