from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ibis_card_activate_attributes import IbisCardActivateAttributes


T = TypeVar("T", bound="IbisCardActivateRequest")


@_attrs_define
class IbisCardActivateRequest:
    """The seed calls attributes nullable; the newer page does not print nullable. null is accepted."""

    c_fi_card_id: str
    """ A connectFi or external ID (docs tag common-id). """
    attributes: IbisCardActivateAttributes | None = None

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"attributes={self.attributes!r}",
        ]
        return f"IbisCardActivateRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        from ..models.ibis_card_activate_attributes import IbisCardActivateAttributes

        c_fi_card_id = self.c_fi_card_id

        attributes: dict[str, Any] | None
        if isinstance(self.attributes, type(None)):
            attributes = None
        elif isinstance(self.attributes, IbisCardActivateAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cFiCardId": c_fi_card_id,
            }
        )
        if attributes is not None:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_card_activate_attributes import IbisCardActivateAttributes

        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        def _parse_attributes(data: object) -> IbisCardActivateAttributes | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = IbisCardActivateAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IbisCardActivateAttributes | None, data)

        attributes = _parse_attributes(d.pop("attributes", None))

        new_instance_ = cls(
            c_fi_card_id=c_fi_card_id,
            attributes=attributes,
        )

        return new_instance_
