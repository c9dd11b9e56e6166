from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.staff import Staff


T = TypeVar("T", bound="SecondFactorEnrolment")


@_attrs_define
class SecondFactorEnrolment:
    """
    Attributes:
        staff (Staff):
        secret (str): the TOTP secret (base32), shown this once
        provisioning_uri (str): `otpauth://` URI for an authenticator app (a QR code)
    """

    staff: Staff
    secret: str
    provisioning_uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        staff = self.staff.to_dict()

        secret = self.secret

        provisioning_uri = self.provisioning_uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "staff": staff,
                "secret": secret,
                "provisioning_uri": provisioning_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.staff import Staff

        d = dict(src_dict)
        staff = Staff.from_dict(d.pop("staff"))

        secret = d.pop("secret")

        provisioning_uri = d.pop("provisioning_uri")

        second_factor_enrolment = cls(
            staff=staff,
            secret=secret,
            provisioning_uri=provisioning_uri,
        )

        second_factor_enrolment.additional_properties = d
        return second_factor_enrolment

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
