from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validation_violation_params import ValidationViolationParams


T = TypeVar("T", bound="ValidationViolation")


@_attrs_define
class ValidationViolation:
    """One Ajv-style violation in a requestValidateError context."""

    instance_path: str | None = None
    schema_path: str | None = None
    keyword: str | None = None
    params: ValidationViolationParams | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"instance_path={self.instance_path!r}",
            f"schema_path={self.schema_path!r}",
            f"keyword={self.keyword!r}",
            f"params={self.params!r}",
            f"message={self.message!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"ValidationViolation({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        instance_path = self.instance_path

        schema_path = self.schema_path

        keyword = self.keyword

        params: dict[str, Any] | None = None
        if not isinstance(self.params, type(None)):
            params = self.params.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_path is not None:
            field_dict["instancePath"] = instance_path
        if schema_path is not None:
            field_dict["schemaPath"] = schema_path
        if keyword is not None:
            field_dict["keyword"] = keyword
        if params is not None:
            field_dict["params"] = params
        if message is not None:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_violation_params import ValidationViolationParams

        d = dict(src_dict)
        instance_path = d.pop("instancePath", None)

        schema_path = d.pop("schemaPath", None)

        keyword = d.pop("keyword", None)

        _params = d.pop("params", None)
        params: ValidationViolationParams | None
        if isinstance(_params, type(None)):
            params = None
        else:
            params = ValidationViolationParams.from_dict(_params)

        message = d.pop("message", None)

        new_instance_ = cls(
            instance_path=instance_path,
            schema_path=schema_path,
            keyword=keyword,
            params=params,
            message=message,
        )

        new_instance_.additional_properties = d
        return new_instance_

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
