from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="TransferToAchCreateRequest")


@_attrs_define
class TransferToAchCreateRequest:
    """Body of /transfer-to/ach/create (flat; no nested object appears in any example). Partial schema: the public
    documentation did not show the property table (only the `reference` and `clientCode` rows, via the validate page
    that takes the same body); the other properties are typed from the example bodies, their required flags and
    constraints are unknown; unknown properties are allowed.

    """

    reference: str
    """ An external alphanumeric reference ID for the entity in your system (docs tag common-reference). """
    client_code: str | None = None
    """ 0-50 characters, no < or >, nullable (docs tag common-commonStr50). """
    effective_entry_date: datetime.date | None = None
    """ A calendar date YYYY-MM-DD (docs tag common-dateOnly, format dateISO). """
    standard_entry_class_code: str | None = None
    """ The 3-letter NACHA Standard Entry Class code. "WEB" in every example; the allowed list was not shown (codes
    named elsewhere in the docs: PPD, TEL, WEB, RCK, ARC, BOC, POP, CTX, CIE). """
    individual_name: str | None = None
    """ The receiver's name, not only whitespace (shared schema tag ach-individualName, seen on another ACH
    endpoint). The allowed length depends on the SEC code: at most 22 for PPD, TEL, WEB, RCK, ARC, BOC, POP; at most
    16 for CTX; at most 15 for CIE. """
    routing_number: str | None = None
    """ The receiving bank's ABA routing number (9 digits in every example; pattern not shown). """
    dfi_account_number: str | None = None
    """ The receiver's account number at the receiving bank (note the capital `DFI`; constraints not shown). """
    account_type: str | None = None
    """ The receiver's account type. An enumeration on the server ("unknownAccountType" is refused with "Must be an
    allowed value"); only "Checking" was seen. """
    transaction_type: str | None = None
    """ The direction of the entry. Only "Credit" was seen; the value for debits was not shown. """
    amount: Decimal | None = None
    """ A money amount in a request: greater than 0 with at most 2 decimal places (docs tag common-amount:
    exclusiveMinimum 0, amountPrecision 2; amountPrecision is expressed here as multipleOf 0.01 and must be checked
    with exact decimal arithmetic). No upper limit is documented: limits are per program and account and enforced by
    the back office (the wire page shows daily and per-wire limit declines). The maximum here is not a business
    limit but the largest amount the API can receive exactly: its validator is Ajv (JavaScript, see the
    requestValidateError format), which reads a JSON number as an IEEE double, and a double keeps every decimal of
    at most 15 significant digits, so 9999999999999.99 is the largest 2-decimal amount certain to arrive as sent.
    """
    currency: str | None = None
    """ A three character ISO alphabetic currency code (docs tag common-currency). """
    company_entry_description: str | None = None
    """ The company entry description, e.g. "PAYMENT" (maximum length not shown). """
    webhook_url: str | None = None
    """ Optional URL that receives one POST (AchWebhookPayload) each time the status changes. Spelled `webhookUrl`
    (lower-case `rl`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
            f"client_code={self.client_code!r}",
            f"effective_entry_date={self.effective_entry_date!r}",
            f"standard_entry_class_code={self.standard_entry_class_code!r}",
            f"individual_name={self.individual_name!r}",
            f"routing_number={self.routing_number!r}",
            "dfi_account_number=***",
            f"account_type={self.account_type!r}",
            f"transaction_type={self.transaction_type!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"company_entry_description={self.company_entry_description!r}",
            f"webhook_url={self.webhook_url!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToAchCreateRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        client_code: str | None
        if isinstance(self.client_code, type(None)):
            client_code = None
        else:
            client_code = self.client_code

        effective_entry_date: str | None = None
        if not isinstance(self.effective_entry_date, type(None)):
            effective_entry_date = self.effective_entry_date.isoformat()

        standard_entry_class_code = self.standard_entry_class_code

        individual_name = self.individual_name

        routing_number = self.routing_number

        dfi_account_number = self.dfi_account_number

        account_type = self.account_type

        transaction_type = self.transaction_type

        amount = self.amount

        currency = self.currency

        company_entry_description = self.company_entry_description

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
            }
        )
        if client_code is not None:
            field_dict["clientCode"] = client_code
        if effective_entry_date is not None:
            field_dict["effectiveEntryDate"] = effective_entry_date
        if standard_entry_class_code is not None:
            field_dict["standardEntryClassCode"] = standard_entry_class_code
        if individual_name is not None:
            field_dict["individualName"] = individual_name
        if routing_number is not None:
            field_dict["routingNumber"] = routing_number
        if dfi_account_number is not None:
            field_dict["DFIAccountNumber"] = dfi_account_number
        if account_type is not None:
            field_dict["accountType"] = account_type
        if transaction_type is not None:
            field_dict["transactionType"] = transaction_type
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if company_entry_description is not None:
            field_dict["companyEntryDescription"] = company_entry_description
        if webhook_url is not None:
            field_dict["webhookUrl"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        def _parse_client_code(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        client_code = _parse_client_code(d.pop("clientCode", None))

        _effective_entry_date = d.pop("effectiveEntryDate", None)
        effective_entry_date: datetime.date | None
        if isinstance(_effective_entry_date, type(None)):
            effective_entry_date = None
        else:
            effective_entry_date = datetime.date.fromisoformat(_effective_entry_date)

        standard_entry_class_code = d.pop("standardEntryClassCode", None)

        individual_name = d.pop("individualName", None)

        routing_number = d.pop("routingNumber", None)

        dfi_account_number = d.pop("DFIAccountNumber", None)

        account_type = d.pop("accountType", None)

        transaction_type = d.pop("transactionType", None)

        _amount = d.pop("amount", None)
        amount: Decimal | None
        if isinstance(_amount, type(None)):
            amount = None
        else:
            amount = (
                _amount
                if type(_amount) is Decimal
                else Decimal(_amount)
                if type(_amount) is int
                else to_decimal(_amount)
            )

        currency = d.pop("currency", None)

        company_entry_description = d.pop("companyEntryDescription", None)

        webhook_url = d.pop("webhookUrl", None)

        new_instance_ = cls(
            reference=reference,
            client_code=client_code,
            effective_entry_date=effective_entry_date,
            standard_entry_class_code=standard_entry_class_code,
            individual_name=individual_name,
            routing_number=routing_number,
            dfi_account_number=dfi_account_number,
            account_type=account_type,
            transaction_type=transaction_type,
            amount=amount,
            currency=currency,
            company_entry_description=company_entry_description,
            webhook_url=webhook_url,
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
