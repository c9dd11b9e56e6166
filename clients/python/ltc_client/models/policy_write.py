from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.policy_write_first_year_rule import PolicyWriteFirstYearRule
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_write_channels_by_category import PolicyWriteChannelsByCategory


T = TypeVar("T", bound="PolicyWrite")


@_attrs_define
class PolicyWrite:
    """A year's contribution policy as the bureau sets it.

    Attributes:
        amount_per_person_fen (int): amount in fen, > 0
        employer_share_fen (int):
        individual_share_fen (int):
        grace_period_days (int):
        effective_from (datetime.date):
        due_on (datetime.date):
        source (str):
        first_year_rule (PolicyWriteFirstYearRule | Unset): what a person of a unit owes for the year the unit joined
            the scheme (its scheme start falls after 1 January): `full` the whole year's amount, `none` nothing (no bill
            that year), `pro_rata` the year's amount times the days from the scheme start to 31 December (both included)
            over the days of the year, each half rounded half up to the fen on its own Default:
            PolicyWriteFirstYearRule.FULL.
        channels_by_category (PolicyWriteChannelsByCategory | Unset): which channels the person may pay their part by,
            per category (the employer's half of an employee always comes by `employer_premium_transfer`); a payment by
            another channel is 422 CHANNEL_NOT_ALLOWED; a category left out may pay by no channel
        unconfirmed_fields (list[str] | Unset):
    """

    amount_per_person_fen: int
    employer_share_fen: int
    individual_share_fen: int
    grace_period_days: int
    effective_from: datetime.date
    due_on: datetime.date
    source: str
    first_year_rule: PolicyWriteFirstYearRule | Unset = PolicyWriteFirstYearRule.FULL
    channels_by_category: PolicyWriteChannelsByCategory | Unset = UNSET
    unconfirmed_fields: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount_per_person_fen = self.amount_per_person_fen

        employer_share_fen = self.employer_share_fen

        individual_share_fen = self.individual_share_fen

        grace_period_days = self.grace_period_days

        effective_from = self.effective_from.isoformat()

        due_on = self.due_on.isoformat()

        source = self.source

        first_year_rule: str | Unset = UNSET
        if not isinstance(self.first_year_rule, Unset):
            first_year_rule = self.first_year_rule.value

        channels_by_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels_by_category, Unset):
            channels_by_category = self.channels_by_category.to_dict()

        unconfirmed_fields: list[str] | Unset = UNSET
        if not isinstance(self.unconfirmed_fields, Unset):
            unconfirmed_fields = self.unconfirmed_fields

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_per_person_fen": amount_per_person_fen,
                "employer_share_fen": employer_share_fen,
                "individual_share_fen": individual_share_fen,
                "grace_period_days": grace_period_days,
                "effective_from": effective_from,
                "due_on": due_on,
                "source": source,
            }
        )
        if first_year_rule is not UNSET:
            field_dict["first_year_rule"] = first_year_rule
        if channels_by_category is not UNSET:
            field_dict["channels_by_category"] = channels_by_category
        if unconfirmed_fields is not UNSET:
            field_dict["unconfirmed_fields"] = unconfirmed_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.policy_write_channels_by_category import PolicyWriteChannelsByCategory

        d = dict(src_dict)
        amount_per_person_fen = d.pop("amount_per_person_fen")

        employer_share_fen = d.pop("employer_share_fen")

        individual_share_fen = d.pop("individual_share_fen")

        grace_period_days = d.pop("grace_period_days")

        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        source = d.pop("source")

        _first_year_rule = d.pop("first_year_rule", UNSET)
        first_year_rule: PolicyWriteFirstYearRule | Unset
        if isinstance(_first_year_rule, Unset):
            first_year_rule = UNSET
        else:
            first_year_rule = PolicyWriteFirstYearRule(_first_year_rule)

        _channels_by_category = d.pop("channels_by_category", UNSET)
        channels_by_category: PolicyWriteChannelsByCategory | Unset
        if isinstance(_channels_by_category, Unset):
            channels_by_category = UNSET
        else:
            channels_by_category = PolicyWriteChannelsByCategory.from_dict(_channels_by_category)

        unconfirmed_fields = cast(list[str], d.pop("unconfirmed_fields", UNSET))

        policy_write = cls(
            amount_per_person_fen=amount_per_person_fen,
            employer_share_fen=employer_share_fen,
            individual_share_fen=individual_share_fen,
            grace_period_days=grace_period_days,
            effective_from=effective_from,
            due_on=due_on,
            source=source,
            first_year_rule=first_year_rule,
            channels_by_category=channels_by_category,
            unconfirmed_fields=unconfirmed_fields,
        )

        return policy_write
