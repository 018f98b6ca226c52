from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_context_object import ErrorContextObject
    from ..models.validation_violation import ValidationViolation


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The error body: {requestId, code, subCode?, context?, message?}. `context` is an object for most errors and a list
    of violations for requestValidateError.

    """

    code: str
    request_id: str | None = None
    """ Server-generated request id (32 lowercase hex characters in the examples). """
    sub_code: str | None = None
    context: ErrorContextObject | list[ValidationViolation] | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"code={self.code!r}",
            f"request_id={self.request_id!r}",
            f"sub_code={self.sub_code!r}",
            f"context={self.context!r}",
            f"message={self.message!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"ErrorBody({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_context_object import ErrorContextObject

        code = self.code

        request_id = self.request_id

        sub_code = self.sub_code

        context: dict[str, Any] | list[dict[str, Any]] | None
        if isinstance(self.context, type(None)):
            context = None
        elif isinstance(self.context, ErrorContextObject):
            context = self.context.to_dict()
        else:
            context = []
            for componentsschemas_error_context_list_item_data in self.context:
                componentsschemas_error_context_list_item = (
                    componentsschemas_error_context_list_item_data.to_dict()
                )
                context.append(componentsschemas_error_context_list_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if request_id is not None:
            field_dict["requestId"] = request_id
        if sub_code is not None:
            field_dict["subCode"] = sub_code
        if context is not None:
            field_dict["context"] = context
        if message is not None:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_context_object import ErrorContextObject
        from ..models.validation_violation import ValidationViolation

        d = dict(src_dict)
        code = d.pop("code")

        request_id = d.pop("requestId", None)

        sub_code = d.pop("subCode", None)

        def _parse_context(data: object) -> ErrorContextObject | list[ValidationViolation] | None:
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_type_0 = ErrorContextObject.from_dict(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            context_type_1 = []
            _context_type_1 = data
            for componentsschemas_error_context_list_item_data in _context_type_1:
                componentsschemas_error_context_list_item = ValidationViolation.from_dict(
                    componentsschemas_error_context_list_item_data
                )

                context_type_1.append(componentsschemas_error_context_list_item)

            return context_type_1

        context = _parse_context(d.pop("context", None))

        message = d.pop("message", None)

        new_instance_ = cls(
            code=code,
            request_id=request_id,
            sub_code=sub_code,
            context=context,
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
