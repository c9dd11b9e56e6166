from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.sample_request_method import SampleRequestMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="SampleRequest")


@_attrs_define
class SampleRequest:
    """Pick unsettled records of a county's month for review; the pick is marked on each record.

    Attributes:
        county_code (str):
        month (str): the month: YYYY-MM (any day of it, YYYY-MM-DD, too)
        method (SampleRequestMethod):
        institution_id (None | str | Unset):
        share_bp (int | None | Unset): random: share of the records, basis points
        seed (None | str | Unset): random: the same seed picks the same records (replayable)
        threshold_fen (int | None | Unset): amount_above: claimed above this
        deviation_sigmas (float | Unset): deviation: amount or duration this many standard deviations from the
            institution's usual for that care mode (the 3 months before, else the month itself) Default: 3.0.
        limit (int | Unset):  Default: 1000.
    """

    county_code: str
    month: str
    method: SampleRequestMethod
    institution_id: None | str | Unset = UNSET
    share_bp: int | None | Unset = UNSET
    seed: None | str | Unset = UNSET
    threshold_fen: int | None | Unset = UNSET
    deviation_sigmas: float | Unset = 3.0
    limit: int | Unset = 1000

    def to_dict(self) -> dict[str, Any]:
        county_code = self.county_code

        month = self.month

        method = self.method.value

        institution_id: None | str | Unset
        if isinstance(self.institution_id, Unset):
            institution_id = UNSET
        else:
            institution_id = self.institution_id

        share_bp: int | None | Unset
        if isinstance(self.share_bp, Unset):
            share_bp = UNSET
        else:
            share_bp = self.share_bp

        seed: None | str | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        threshold_fen: int | None | Unset
        if isinstance(self.threshold_fen, Unset):
            threshold_fen = UNSET
        else:
            threshold_fen = self.threshold_fen

        deviation_sigmas = self.deviation_sigmas

        limit = self.limit

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "county_code": county_code,
                "month": month,
                "method": method,
            }
        )
        if institution_id is not UNSET:
            field_dict["institution_id"] = institution_id
        if share_bp is not UNSET:
            field_dict["share_bp"] = share_bp
        if seed is not UNSET:
            field_dict["seed"] = seed
        if threshold_fen is not UNSET:
            field_dict["threshold_fen"] = threshold_fen
        if deviation_sigmas is not UNSET:
            field_dict["deviation_sigmas"] = deviation_sigmas
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        county_code = d.pop("county_code")

        month = d.pop("month")

        method = SampleRequestMethod(d.pop("method"))

        def _parse_institution_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        institution_id = _parse_institution_id(d.pop("institution_id", UNSET))

        def _parse_share_bp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        share_bp = _parse_share_bp(d.pop("share_bp", UNSET))

        def _parse_seed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_threshold_fen(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        threshold_fen = _parse_threshold_fen(d.pop("threshold_fen", UNSET))

        deviation_sigmas = d.pop("deviation_sigmas", UNSET)

        limit = d.pop("limit", UNSET)

        sample_request = cls(
            county_code=county_code,
            month=month,
            method=method,
            institution_id=institution_id,
            share_bp=share_bp,
            seed=seed,
            threshold_fen=threshold_fen,
            deviation_sigmas=deviation_sigmas,
            limit=limit,
        )

        return sample_request
