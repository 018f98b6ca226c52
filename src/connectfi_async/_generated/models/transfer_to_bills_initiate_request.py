from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="TransferToBillsInitiateRequest")


@_attrs_define
class TransferToBillsInitiateRequest:
    """Partial schema: the public documentation did not show the property table (constraints, required flags,
    deliveryTimeCode values, reversal fields); unknown properties are allowed. `reference` is required (idempotency
    key). `accountNumber` and `accountNumberEncrypted` must not both be sent (error rppsAccountNumber).

    """

    reference: str
    """ Your external ID for the payment; the server de-duplicates on it (a repeated reference is rejected).
    Constraints not seen (the documentation example "EXT_REFERENCE_ID1" contains underscores). To find the
    transaction again with /transfer-to/bills/query `references`, 1-32 letters and digits (common-reference) is the
    safe choice. """
    biller_id: str | None = None
    """ RPPS biller ID, e.g. "0123456789". """
    account_number: str | None = None
    """ The customer's account number at the biller, in clear. Send this or accountNumberEncrypted, not both. """
    account_number_encrypted: str | None = None
    """ The account number encrypted with one of the RPPS public keys (primary or secondary; from GET /transfer-
    to/bills/public-encryption-keys, per environment): RSA-OAEP with SHA-256 (Node: RSA_PKCS1_OAEP_PADDING with
    oaepHash "sha256"; WebCrypto: RSA-OAEP, hash SHA-256) over the UTF-8 bytes of the account number, encoded as
    standard base64 (not base64url); the documentation states the result is 344 characters long. Send this instead
    of accountNumber; required for accounts/billers that demand encryption (error rppsAccountNumberEncrypted). """
    legal_name: str | None = None
    """ e.g. "Acme Inc". """
    first_name: str | None = None
    """ e.g. "Joe". """
    last_name: str | None = None
    """ e.g. "Doe". """
    amount: Decimal | None = None
    """ Payment amount, e.g. 100.01 (other constraints not seen). The maximum is the largest amount the API's Ajv
    (JavaScript) validator receives exactly (15 significant digits; see Amount); no business limit is documented.
    """
    currency: str | None = None
    """ e.g. "USD". """
    delivery_time_code: str | None = None
    """ Delivery time code, e.g. "N" (allowed values not seen). """
    webhook_url: str | None = None
    """ Optional URL that receives the status-change webhooks (BillsWebhookPayload). """
    narrative: str | None = None
    """ Free text, e.g. "Both of these transactions will post". """
    batch_id: str | None = None
    """ Optional batch ID (added 2024-08-09; constraints not seen). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
            f"biller_id={self.biller_id!r}",
            "account_number=***",
            "account_number_encrypted=***",
            f"legal_name={self.legal_name!r}",
            f"first_name={self.first_name!r}",
            f"last_name={self.last_name!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"delivery_time_code={self.delivery_time_code!r}",
            f"webhook_url={self.webhook_url!r}",
            f"narrative={self.narrative!r}",
            f"batch_id={self.batch_id!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"TransferToBillsInitiateRequest({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        biller_id = self.biller_id

        account_number = self.account_number

        account_number_encrypted = self.account_number_encrypted

        legal_name = self.legal_name

        first_name = self.first_name

        last_name = self.last_name

        amount = self.amount

        currency = self.currency

        delivery_time_code = self.delivery_time_code

        webhook_url = self.webhook_url

        narrative = self.narrative

        batch_id = self.batch_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
            }
        )
        if biller_id is not None:
            field_dict["billerId"] = biller_id
        if account_number is not None:
            field_dict["accountNumber"] = account_number
        if account_number_encrypted is not None:
            field_dict["accountNumberEncrypted"] = account_number_encrypted
        if legal_name is not None:
            field_dict["legalName"] = legal_name
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if delivery_time_code is not None:
            field_dict["deliveryTimeCode"] = delivery_time_code
        if webhook_url is not None:
            field_dict["webhookUrl"] = webhook_url
        if narrative is not None:
            field_dict["narrative"] = narrative
        if batch_id is not None:
            field_dict["batchId"] = batch_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reference = d.pop("reference")

        biller_id = d.pop("billerId", None)

        account_number = d.pop("accountNumber", None)

        account_number_encrypted = d.pop("accountNumberEncrypted", None)

        legal_name = d.pop("legalName", None)

        first_name = d.pop("firstName", None)

        last_name = d.pop("lastName", None)

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

        delivery_time_code = d.pop("deliveryTimeCode", None)

        webhook_url = d.pop("webhookUrl", None)

        narrative = d.pop("narrative", None)

        batch_id = d.pop("batchId", None)

        new_instance_ = cls(
            reference=reference,
            biller_id=biller_id,
            account_number=account_number,
            account_number_encrypted=account_number_encrypted,
            legal_name=legal_name,
            first_name=first_name,
            last_name=last_name,
            amount=amount,
            currency=currency,
            delivery_time_code=delivery_time_code,
            webhook_url=webhook_url,
            narrative=narrative,
            batch_id=batch_id,
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
