"""PATCH bodies: every field optional, and an explicit null means what the schema says.

A field named in ``clearable`` is cleared by ``null`` (its type allows None and the stored value may be
empty); for any other field ``null`` is a 422 with a field error ``NULL_NOT_ALLOWED`` — leave the field out
to keep it. The OpenAPI schema says the same: only clearable fields are nullable there.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, GetJsonSchemaHandler, ValidationInfo, field_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

_NULL = {"type": "null"}


class PatchModel(BaseModel):
    """Base of a PATCH body; subclasses list the fields ``null`` clears in ``clearable``."""

    model_config = ConfigDict(extra="forbid")
    clearable: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _null_only_where_clearable(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name not in cls.clearable:
            raise PydanticCustomError(
                "NULL_NOT_ALLOWED",
                "{field} cannot be cleared; leave it out to keep it",
                {"field": info.field_name},
            )
        return value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        for name, prop in target.get("properties", {}).items():
            if name in cls.clearable or _NULL not in prop.get("anyOf", []):
                continue
            rest = [s for s in prop.pop("anyOf") if s != _NULL]
            prop.update(rest[0] if len(rest) == 1 else {"anyOf": rest})
            if "default" in prop and prop["default"] is None:
                del prop["default"]
        return schema
