from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.county_bulletin_institutions_by_kind import CountyBulletinInstitutionsByKind
    from ..models.county_bulletin_levels_in_force import CountyBulletinLevelsInForce
    from ..models.county_bulletin_spending_by_mode_fen import CountyBulletinSpendingByModeFen
    from ..models.milestone import Milestone


T = TypeVar("T", bound="CountyBulletin")


@_attrs_define
class CountyBulletin:
    """One county's line of the bulletin (or the city's: ``county_code`` `city`, no rank).

    Attributes:
        county_code (str):
        rank (int | None): 1 = furthest towards its 确保数; null on the city's line
        insured (int): insured on the quarter's last day (enrollment)
        target_assured (int): 确保数 (seed 003 annex 2)
        target_stretch (int): 力争数 (seed 003 annex 2)
        insured_vs_assured_bp (int | None):
        insured_vs_stretch_bp (int | None):
        contributions_due_fen (int): the year's bills (enrollment)
        contributions_collected_fen (int): paid on them by the quarter's end
        contributions_collected_bp (int | None):
        applications (int): initial applications received in the quarter (assessment)
        assessments_due (int): on-site assessments whose deadline fell in the quarter
        assessments_on_time (int):
        assessments_on_time_bp (int | None):
        levels_in_force (CountyBulletinLevelsInForce): persons by level 3–5 (重度失能) on the last day
        beneficiaries (int): persons the quarter's settled runs paid for
        spending_by_mode_fen (CountyBulletinSpendingByModeFen): benefit expenditure of the quarter by mode
        spending_fen (int):
        home_visit_bp (int | None): home visits' share of the spending (鼓励…上门护理)
        fund_balance_fen (int): cash + receivables − payables − deposits at the quarter's end
        accumulated_surplus_fen (int):
        expense_budget_fen (int): the approved budget's expense lines for the year
        expense_actual_fen (int): spent from 1 January to the quarter's end
        budget_execution_bp (int | None):
        institutions_by_kind (CountyBulletinInstitutionsByKind): contracted on the quarter's last day
        milestones (list[Milestone]):
        experts_in_pool (int): active experts serving the county (assessment)
        caregivers_trained (int): caregivers of the county's institutions licensed or holding a valid training
            certificate
    """

    county_code: str
    rank: int | None
    insured: int
    target_assured: int
    target_stretch: int
    insured_vs_assured_bp: int | None
    insured_vs_stretch_bp: int | None
    contributions_due_fen: int
    contributions_collected_fen: int
    contributions_collected_bp: int | None
    applications: int
    assessments_due: int
    assessments_on_time: int
    assessments_on_time_bp: int | None
    levels_in_force: CountyBulletinLevelsInForce
    beneficiaries: int
    spending_by_mode_fen: CountyBulletinSpendingByModeFen
    spending_fen: int
    home_visit_bp: int | None
    fund_balance_fen: int
    accumulated_surplus_fen: int
    expense_budget_fen: int
    expense_actual_fen: int
    budget_execution_bp: int | None
    institutions_by_kind: CountyBulletinInstitutionsByKind
    milestones: list[Milestone]
    experts_in_pool: int
    caregivers_trained: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        rank: int | None
        rank = self.rank

        insured = self.insured

        target_assured = self.target_assured

        target_stretch = self.target_stretch

        insured_vs_assured_bp: int | None
        insured_vs_assured_bp = self.insured_vs_assured_bp

        insured_vs_stretch_bp: int | None
        insured_vs_stretch_bp = self.insured_vs_stretch_bp

        contributions_due_fen = self.contributions_due_fen

        contributions_collected_fen = self.contributions_collected_fen

        contributions_collected_bp: int | None
        contributions_collected_bp = self.contributions_collected_bp

        applications = self.applications

        assessments_due = self.assessments_due

        assessments_on_time = self.assessments_on_time

        assessments_on_time_bp: int | None
        assessments_on_time_bp = self.assessments_on_time_bp

        levels_in_force = self.levels_in_force.to_dict()

        beneficiaries = self.beneficiaries

        spending_by_mode_fen = self.spending_by_mode_fen.to_dict()

        spending_fen = self.spending_fen

        home_visit_bp: int | None
        home_visit_bp = self.home_visit_bp

        fund_balance_fen = self.fund_balance_fen

        accumulated_surplus_fen = self.accumulated_surplus_fen

        expense_budget_fen = self.expense_budget_fen

        expense_actual_fen = self.expense_actual_fen

        budget_execution_bp: int | None
        budget_execution_bp = self.budget_execution_bp

        institutions_by_kind = self.institutions_by_kind.to_dict()

        milestones = []
        for milestones_item_data in self.milestones:
            milestones_item = milestones_item_data.to_dict()
            milestones.append(milestones_item)

        experts_in_pool = self.experts_in_pool

        caregivers_trained = self.caregivers_trained

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "county_code": county_code,
                "rank": rank,
                "insured": insured,
                "target_assured": target_assured,
                "target_stretch": target_stretch,
                "insured_vs_assured_bp": insured_vs_assured_bp,
                "insured_vs_stretch_bp": insured_vs_stretch_bp,
                "contributions_due_fen": contributions_due_fen,
                "contributions_collected_fen": contributions_collected_fen,
                "contributions_collected_bp": contributions_collected_bp,
                "applications": applications,
                "assessments_due": assessments_due,
                "assessments_on_time": assessments_on_time,
                "assessments_on_time_bp": assessments_on_time_bp,
                "levels_in_force": levels_in_force,
                "beneficiaries": beneficiaries,
                "spending_by_mode_fen": spending_by_mode_fen,
                "spending_fen": spending_fen,
                "home_visit_bp": home_visit_bp,
                "fund_balance_fen": fund_balance_fen,
                "accumulated_surplus_fen": accumulated_surplus_fen,
                "expense_budget_fen": expense_budget_fen,
                "expense_actual_fen": expense_actual_fen,
                "budget_execution_bp": budget_execution_bp,
                "institutions_by_kind": institutions_by_kind,
                "milestones": milestones,
                "experts_in_pool": experts_in_pool,
                "caregivers_trained": caregivers_trained,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.county_bulletin_institutions_by_kind import CountyBulletinInstitutionsByKind
        from ..models.county_bulletin_levels_in_force import CountyBulletinLevelsInForce
        from ..models.county_bulletin_spending_by_mode_fen import CountyBulletinSpendingByModeFen
        from ..models.milestone import Milestone

        d = dict(src_dict)
        county_code = d.pop("county_code")

        def _parse_rank(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rank = _parse_rank(d.pop("rank"))

        insured = d.pop("insured")

        target_assured = d.pop("target_assured")

        target_stretch = d.pop("target_stretch")

        def _parse_insured_vs_assured_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        insured_vs_assured_bp = _parse_insured_vs_assured_bp(d.pop("insured_vs_assured_bp"))

        def _parse_insured_vs_stretch_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        insured_vs_stretch_bp = _parse_insured_vs_stretch_bp(d.pop("insured_vs_stretch_bp"))

        contributions_due_fen = d.pop("contributions_due_fen")

        contributions_collected_fen = d.pop("contributions_collected_fen")

        def _parse_contributions_collected_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        contributions_collected_bp = _parse_contributions_collected_bp(d.pop("contributions_collected_bp"))

        applications = d.pop("applications")

        assessments_due = d.pop("assessments_due")

        assessments_on_time = d.pop("assessments_on_time")

        def _parse_assessments_on_time_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        assessments_on_time_bp = _parse_assessments_on_time_bp(d.pop("assessments_on_time_bp"))

        levels_in_force = CountyBulletinLevelsInForce.from_dict(d.pop("levels_in_force"))

        beneficiaries = d.pop("beneficiaries")

        spending_by_mode_fen = CountyBulletinSpendingByModeFen.from_dict(d.pop("spending_by_mode_fen"))

        spending_fen = d.pop("spending_fen")

        def _parse_home_visit_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        home_visit_bp = _parse_home_visit_bp(d.pop("home_visit_bp"))

        fund_balance_fen = d.pop("fund_balance_fen")

        accumulated_surplus_fen = d.pop("accumulated_surplus_fen")

        expense_budget_fen = d.pop("expense_budget_fen")

        expense_actual_fen = d.pop("expense_actual_fen")

        def _parse_budget_execution_bp(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        budget_execution_bp = _parse_budget_execution_bp(d.pop("budget_execution_bp"))

        institutions_by_kind = CountyBulletinInstitutionsByKind.from_dict(d.pop("institutions_by_kind"))

        milestones = []
        _milestones = d.pop("milestones")
        for milestones_item_data in _milestones:
            milestones_item = Milestone.from_dict(milestones_item_data)

            milestones.append(milestones_item)

        experts_in_pool = d.pop("experts_in_pool")

        caregivers_trained = d.pop("caregivers_trained")

        county_bulletin = cls(
            county_code=county_code,
            rank=rank,
            insured=insured,
            target_assured=target_assured,
            target_stretch=target_stretch,
            insured_vs_assured_bp=insured_vs_assured_bp,
            insured_vs_stretch_bp=insured_vs_stretch_bp,
            contributions_due_fen=contributions_due_fen,
            contributions_collected_fen=contributions_collected_fen,
            contributions_collected_bp=contributions_collected_bp,
            applications=applications,
            assessments_due=assessments_due,
            assessments_on_time=assessments_on_time,
            assessments_on_time_bp=assessments_on_time_bp,
            levels_in_force=levels_in_force,
            beneficiaries=beneficiaries,
            spending_by_mode_fen=spending_by_mode_fen,
            spending_fen=spending_fen,
            home_visit_bp=home_visit_bp,
            fund_balance_fen=fund_balance_fen,
            accumulated_surplus_fen=accumulated_surplus_fen,
            expense_budget_fen=expense_budget_fen,
            expense_actual_fen=expense_actual_fen,
            budget_execution_bp=budget_execution_bp,
            institutions_by_kind=institutions_by_kind,
            milestones=milestones,
            experts_in_pool=experts_in_pool,
            caregivers_trained=caregivers_trained,
        )

        county_bulletin.additional_properties = d
        return county_bulletin

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
