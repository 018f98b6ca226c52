from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.akepa_document import AkepaDocument


T = TypeVar("T", bound="AkepaDocumentUploadResponse")


@_attrs_define
class AkepaDocumentUploadResponse:
    code: Literal["0"]
    """ The string "0" on success. """
    data: AkepaDocument | None = None
    """ An akepa document. Only `id` was seen (upload response, cut after it); the generate response was not shown.
    """
    request_id: str | None = None
    """ Server-generated request id (32 lowercase hex characters in the examples). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"code={self.code!r}",
            f"data={self.data!r}",
            f"request_id={self.request_id!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"AkepaDocumentUploadResponse({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | None = None
        if not isinstance(self.data, type(None)):
            data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if data is not None:
            field_dict["data"] = data
        if request_id is not None:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.akepa_document import AkepaDocument

        d = dict(src_dict)
        code = cast(Literal["0"], d.pop("code"))
        if code != "0":
            raise ValueError(f"code must match const '0', got '{code}'")

        _data = d.pop("data", None)
        data: AkepaDocument | None
        if isinstance(_data, type(None)):
            data = None
        else:
            data = AkepaDocument.from_dict(_data)

        request_id = d.pop("requestId", None)

        new_instance_ = cls(
            code=code,
            data=data,
            request_id=request_id,
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
