from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AkepaUpdateRequest")


@_attrs_define
class AkepaUpdateRequest:
    """Link uploaded documents to an entity. Partial schema: the public documentation did not show the property table; only
    the `documents` array is named in the prose (item shape not seen), and `entityId` (the customerId, or a business
    representative's ID) is named without its place; unknown properties are allowed.

    """

    entity_id: str | None = None
    """ A connectFi or external ID (docs tag common-id). """
    documents: list[Any] | None = None
    """ The documents to link (item shape not seen; presumably carrying the document IDs). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"entity_id={self.entity_id!r}",
            f"documents={self.documents!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"AkepaUpdateRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        documents: list[Any] | None = None
        if not isinstance(self.documents, type(None)):
            documents = self.documents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if entity_id is not None:
            field_dict["entityId"] = entity_id
        if documents is not None:
            field_dict["documents"] = documents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = d.pop("entityId", None)

        documents = cast(list[Any], d.pop("documents", None))

        new_instance_ = cls(
            entity_id=entity_id,
            documents=documents,
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
