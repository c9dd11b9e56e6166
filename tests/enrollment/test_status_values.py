"""The statuses the API names are those the models declare: each list is spelled once, as an enum beside its
column (``services/enrollment/models``), and the schemas' literals and the CHECK constraints follow it."""

from __future__ import annotations

from typing import get_args

from sqlalchemy import CheckConstraint, Table

from services.enrollment.contributions.schemas import BillStatus
from services.enrollment.models import STATUSES, BillState, Person, PersonStatus
from services.enrollment.persons.schemas import Status


class TestStatusesAreSpelledOnce:
    def test_a_persons_status_in_the_api_is_one_the_model_declares(self) -> None:
        assert get_args(Status) == tuple(PersonStatus) == STATUSES

    def test_the_database_accepts_exactly_those_statuses(self) -> None:
        table = Person.__table__
        assert isinstance(table, Table)
        (check,) = (
            c
            for c in table.constraints
            if isinstance(c, CheckConstraint) and c.name == "ck_persons_status_known"
        )
        assert str(check.sqltext) == "status IN ('insured', 'suspended', 'terminated', 'deceased')"

    def test_a_bills_status_in_the_api_is_one_the_model_declares(self) -> None:
        assert get_args(BillStatus) == tuple(BillState)
