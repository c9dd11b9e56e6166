"""Which service answers which public path. The first matching rule wins; the table follows API.md."""

from __future__ import annotations

import re

_COLLECTION_END = r"(?:/|:|$)"

ROUTES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), service)
    for pattern, service in (
        (r"^/api/v1/persons/[^/]+/disability-levels$", "assessment"),
        (r"^/api/v1/persons/[^/]+/benefit-statements$", "settlement"),
        (
            r"^/api/v1/(?:counties|employers|persons|enrollment-imports|contribution-policies"
            r"|contribution-bills|payments|payment-imports)" + _COLLECTION_END,
            "enrollment",
        ),
        (
            r"^/api/v1/(?:experts|rule-sets|working-calendars|assessment-applications|panel-draws"
            r"|spot-checks|level-imports|migrated-levels)" + _COLLECTION_END,
            "assessment",
        ),
        (
            r"^/api/v1/(?:institutions|benefit-rules|service-records|service-record-imports"
            r"|settlement-runs|fund|annual-clearings|opening-balance-imports|opening-balances"
            r"|budgets|city-budgets|budget-execution|finance-receipts|final-accounts|city-final-accounts"
            r"|plan-tasks|supervision-rounds|recoveries|reports|bulletin-targets"
            r"|service-item-catalogues|projections|disputes)" + _COLLECTION_END,
            "settlement",
        ),
        (
            r"^/api/v1/(?:contractors|contracts|evaluation-schemes|evaluations|survey-imports"
            r"|inspection-plans|inspections|cases|sanctions|complaints|oversight-rules"
            r"|training-courses|training-sessions|training-result-imports|training-certificates)"
            + _COLLECTION_END,
            "oversight",
        ),
    )
)

# The gateway's routes that spool a file upload (the raw body or a multipart/form-data form, passed on as
# it came, boundary and all) instead of reading a JSON body.
UPLOAD_PATHS = (
    "/api/v1/{collection}-imports",
    "/api/v1/{collection}-imports/{rest:path}",
    "/api/v1/experts:import",
    # photos and documents of supervision (JPEG, PNG, PDF)
    "/api/v1/inspections/{inspection_id}/files",
    "/api/v1/cases/{case_id}/evidence-files",
    "/api/v1/cases/{case_id}/statement-files",
)

# Calls that may run for minutes at city scale: file uploads and set-based bulk operations.
LONG_RUNNING = re.compile(r"-imports(?:$|/)|:generate$|^/api/v1/settlement-runs$|^/api/v1/annual-clearings")


def service_for(path: str) -> str | None:
    for pattern, service in ROUTES:
        if pattern.match(path):
            return service
    return None
