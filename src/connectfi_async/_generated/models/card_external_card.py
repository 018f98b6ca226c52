from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CardExternalCard")


@_attrs_define
class CardExternalCard:
    """A registered external card (id `tcrd_...`, used later as `cFiCardId`). The documentation says the answer never
    includes the full PAN (at most its last 4 digits; that field's name was not seen). Only the fields below are
    documented (the id, and the reference the registration is de-duplicated on); the rest of the answer was not shown,
    so unknown properties are allowed.

    """

    c_fi_card_id: str | None = None
    """ The new card's connectFi ID (`tcrd_...`), what push, pull and get take as `cFiCardId` (and the `entityId` of
    a `referenceExists` for its reference). The documentation names it as the value later calls take; its key in
    this answer is presumed to be the same. """
    reference: str | None = None
    """ Your reference for the registration (the request's; that the answer carries it is presumed, as on every
    other connectFi entity). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"reference={self.reference!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"CardExternalCard({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_card_id = self.c_fi_card_id

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c_fi_card_id is not None:
            field_dict["cFiCardId"] = c_fi_card_id
        if reference is not None:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId", None)

        reference = d.pop("reference", None)

        new_instance_ = cls(
            c_fi_card_id=c_fi_card_id,
            reference=reference,
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
