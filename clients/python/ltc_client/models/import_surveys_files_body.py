from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.import_surveys_files_body_charset import ImportSurveysFilesBodyCharset
from ..models.import_surveys_files_body_format import ImportSurveysFilesBodyFormat
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="ImportSurveysFilesBody")


@_attrs_define
class ImportSurveysFilesBody:
    """
    Attributes:
        file (File): the file (fields before it, as curl -F sends them)
        charset (ImportSurveysFilesBodyCharset | Unset): the file's character set; default UTF-8 (or the file part's
            charset)
        format_ (ImportSurveysFilesBodyFormat | Unset): default: the file part's Content-Type, else the file name's
            extension
    """

    file: File
    charset: ImportSurveysFilesBodyCharset | Unset = UNSET
    format_: ImportSurveysFilesBodyFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        charset: str | Unset = UNSET
        if not isinstance(self.charset, Unset):
            charset = self.charset.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if charset is not UNSET:
            field_dict["charset"] = charset
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.charset, Unset):
            files.append(("charset", (None, str(self.charset.value).encode(), "text/plain")))

        if not isinstance(self.format_, Unset):
            files.append(("format", (None, str(self.format_.value).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        _charset = d.pop("charset", UNSET)
        charset: ImportSurveysFilesBodyCharset | Unset
        if isinstance(_charset, Unset):
            charset = UNSET
        else:
            charset = ImportSurveysFilesBodyCharset(_charset)

        _format_ = d.pop("format", UNSET)
        format_: ImportSurveysFilesBodyFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ImportSurveysFilesBodyFormat(_format_)

        import_surveys_files_body = cls(
            file=file,
            charset=charset,
            format_=format_,
        )

        import_surveys_files_body.additional_properties = d
        return import_surveys_files_body

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
