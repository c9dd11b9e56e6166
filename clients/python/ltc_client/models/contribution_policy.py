from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contribution_policy_first_year_rule import ContributionPolicyFirstYearRule

if TYPE_CHECKING:
    from ..models.contribution_policy_channels_by_category import ContributionPolicyChannelsByCategory


T = TypeVar("T", bound="ContributionPolicy")


@_attrs_define
class ContributionPolicy:
    """
    Attributes:
        year (int):
        amount_per_person_fen (int): yearly contribution per insured person, fen
        employer_share_fen (int):
        individual_share_fen (int):
        grace_period_days (int): days after the due date before coverage lapses
        effective_from (datetime.date):
        due_on (datetime.date): the date the year's bills fall due
        first_year_rule (ContributionPolicyFirstYearRule): what a person of a unit owes for the year the unit joined the
            scheme (its scheme start falls after 1 January): `full` the whole year's amount, `none` nothing (no bill that
            year), `pro_rata` the year's amount times the days from the scheme start to 31 December (both included) over the
            days of the year, each half rounded half up to the fen on its own
        channels_by_category (ContributionPolicyChannelsByCategory): which channels the person may pay their part by,
            per category (the employer's half of an employee always comes by `employer_premium_transfer`); a payment by
            another channel is 422 CHANNEL_NOT_ALLOWED
        source (str):
        unconfirmed_fields (list[str]): fields whose values the source documents do not confirm; replace them when known
    """

    year: int
    amount_per_person_fen: int
    employer_share_fen: int
    individual_share_fen: int
    grace_period_days: int
    effective_from: datetime.date
    due_on: datetime.date
    first_year_rule: ContributionPolicyFirstYearRule
    channels_by_category: ContributionPolicyChannelsByCategory
    source: str
    unconfirmed_fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        amount_per_person_fen = self.amount_per_person_fen

        employer_share_fen = self.employer_share_fen

        individual_share_fen = self.individual_share_fen

        grace_period_days = self.grace_period_days

        effective_from = self.effective_from.isoformat()

        due_on = self.due_on.isoformat()

        first_year_rule = self.first_year_rule.value

        channels_by_category = self.channels_by_category.to_dict()

        source = self.source

        unconfirmed_fields = self.unconfirmed_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "amount_per_person_fen": amount_per_person_fen,
                "employer_share_fen": employer_share_fen,
                "individual_share_fen": individual_share_fen,
                "grace_period_days": grace_period_days,
                "effective_from": effective_from,
                "due_on": due_on,
                "first_year_rule": first_year_rule,
                "channels_by_category": channels_by_category,
                "source": source,
                "unconfirmed_fields": unconfirmed_fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contribution_policy_channels_by_category import ContributionPolicyChannelsByCategory

        d = dict(src_dict)
        year = d.pop("year")

        amount_per_person_fen = d.pop("amount_per_person_fen")

        employer_share_fen = d.pop("employer_share_fen")

        individual_share_fen = d.pop("individual_share_fen")

        grace_period_days = d.pop("grace_period_days")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        first_year_rule = ContributionPolicyFirstYearRule(d.pop("first_year_rule"))

        channels_by_category = ContributionPolicyChannelsByCategory.from_dict(d.pop("channels_by_category"))

        source = d.pop("source")

        unconfirmed_fields = cast(list[str], d.pop("unconfirmed_fields"))

        contribution_policy = cls(
            year=year,
            amount_per_person_fen=amount_per_person_fen,
            employer_share_fen=employer_share_fen,
            individual_share_fen=individual_share_fen,
            grace_period_days=grace_period_days,
            effective_from=effective_from,
            due_on=due_on,
            first_year_rule=first_year_rule,
            channels_by_category=channels_by_category,
            source=source,
            unconfirmed_fields=unconfirmed_fields,
        )

        contribution_policy.additional_properties = d
        return contribution_policy

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
