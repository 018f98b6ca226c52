from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="IbisCreditApplication")


@_attrs_define
class IbisCreditApplication:
    """A credit application. creditLimit is present when decision is "Approve"."""

    application_id: str
    customer_id: str
    decision: str
    credit_freeze: bool | None = None
    credit_limit: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    credit_limit_currency: str | None = None
    adverse_action: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"application_id={self.application_id!r}",
            f"customer_id={self.customer_id!r}",
            f"decision={self.decision!r}",
            f"credit_freeze={self.credit_freeze!r}",
            f"credit_limit={self.credit_limit!r}",
            f"credit_limit_currency={self.credit_limit_currency!r}",
            f"adverse_action={self.adverse_action!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisCreditApplication({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        customer_id = self.customer_id

        decision = self.decision

        credit_freeze = self.credit_freeze

        credit_limit = self.credit_limit

        credit_limit_currency = self.credit_limit_currency

        adverse_action: list[Any] | None = None
        if not isinstance(self.adverse_action, type(None)):
            adverse_action = self.adverse_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "customerId": customer_id,
                "decision": decision,
            }
        )
        if credit_freeze is not None:
            field_dict["creditFreeze"] = credit_freeze
        if credit_limit is not None:
            field_dict["creditLimit"] = credit_limit
        if credit_limit_currency is not None:
            field_dict["creditLimitCurrency"] = credit_limit_currency
        if adverse_action is not None:
            field_dict["adverseAction"] = adverse_action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId")

        customer_id = d.pop("customerId")

        decision = d.pop("decision")

        credit_freeze = d.pop("creditFreeze", None)

        _credit_limit = d.pop("creditLimit", None)
        credit_limit: Decimal | None
        if isinstance(_credit_limit, type(None)):
            credit_limit = None
        else:
            credit_limit = (
                _credit_limit
                if type(_credit_limit) is Decimal
                else Decimal(_credit_limit)
                if type(_credit_limit) is int
                else to_decimal(_credit_limit)
            )

        credit_limit_currency = d.pop("creditLimitCurrency", None)

        adverse_action = cast(list[Any], d.pop("adverseAction", None))

        new_instance_ = cls(
            application_id=application_id,
            customer_id=customer_id,
            decision=decision,
            credit_freeze=credit_freeze,
            credit_limit=credit_limit,
            credit_limit_currency=credit_limit_currency,
            adverse_action=adverse_action,
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
