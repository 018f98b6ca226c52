from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="IbisTransaction")


@_attrs_define
class IbisTransaction:
    """One transaction of a card's history. Money figures are decimal strings (e.g. "-50.00"), read as Decimals. transId
    and amount are in every transaction the docs show; the other fields are absent from some.

    """

    trans_id: str
    amount: Decimal
    trace_audit_no: str | None = None
    original_trace_audit_no: str | None = None
    account_number: str | None = None
    """ The account number. Secret; never logged. """
    trans_type_id: str | None = None
    business_date: str | None = None
    """ MM/DD/YYYY. """
    acceptor_name_and_location: str | None = None
    available_balance: Decimal | None = None
    description: str | None = None
    message_type_identifier: str | None = None
    billed: str | None = None
    arn: str | None = None
    mcc: str | None = None
    device_type: str | None = None
    trans_date: str | None = None
    remaining_balance: Decimal | None = None
    pan_sequence_no: str | None = None
    authorization_code: str | None = None
    local_date_time: str | None = None
    service_id: str | None = None
    is_recurring: str | None = None
    is_3d_secure: str | None = None
    is_digital_wallet_trans: str | None = None
    is_payment_trans: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"trans_id={self.trans_id!r}",
            f"amount={self.amount!r}",
            f"trace_audit_no={self.trace_audit_no!r}",
            f"original_trace_audit_no={self.original_trace_audit_no!r}",
            "account_number=***",
            f"trans_type_id={self.trans_type_id!r}",
            f"business_date={self.business_date!r}",
            f"acceptor_name_and_location={self.acceptor_name_and_location!r}",
            f"available_balance={self.available_balance!r}",
            f"description={self.description!r}",
            f"message_type_identifier={self.message_type_identifier!r}",
            f"billed={self.billed!r}",
            f"arn={self.arn!r}",
            f"mcc={self.mcc!r}",
            f"device_type={self.device_type!r}",
            f"trans_date={self.trans_date!r}",
            f"remaining_balance={self.remaining_balance!r}",
            f"pan_sequence_no={self.pan_sequence_no!r}",
            f"authorization_code={self.authorization_code!r}",
            f"local_date_time={self.local_date_time!r}",
            f"service_id={self.service_id!r}",
            f"is_recurring={self.is_recurring!r}",
            f"is_3d_secure={self.is_3d_secure!r}",
            f"is_digital_wallet_trans={self.is_digital_wallet_trans!r}",
            f"is_payment_trans={self.is_payment_trans!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisTransaction({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        trans_id = self.trans_id

        amount = self.amount if self.amount is None else format(self.amount, "f")

        trace_audit_no = self.trace_audit_no

        original_trace_audit_no = self.original_trace_audit_no

        account_number = self.account_number

        trans_type_id = self.trans_type_id

        business_date = self.business_date

        acceptor_name_and_location = self.acceptor_name_and_location

        available_balance = (
            self.available_balance
            if self.available_balance is None
            else format(self.available_balance, "f")
        )

        description = self.description

        message_type_identifier = self.message_type_identifier

        billed = self.billed

        arn = self.arn

        mcc = self.mcc

        device_type = self.device_type

        trans_date = self.trans_date

        remaining_balance = (
            self.remaining_balance
            if self.remaining_balance is None
            else format(self.remaining_balance, "f")
        )

        pan_sequence_no = self.pan_sequence_no

        authorization_code = self.authorization_code

        local_date_time = self.local_date_time

        service_id = self.service_id

        is_recurring = self.is_recurring

        is_3d_secure = self.is_3d_secure

        is_digital_wallet_trans = self.is_digital_wallet_trans

        is_payment_trans = self.is_payment_trans

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transId": trans_id,
                "amount": amount,
            }
        )
        if trace_audit_no is not None:
            field_dict["traceAuditNo"] = trace_audit_no
        if original_trace_audit_no is not None:
            field_dict["originalTraceAuditNo"] = original_trace_audit_no
        if account_number is not None:
            field_dict["accountNumber"] = account_number
        if trans_type_id is not None:
            field_dict["transTypeId"] = trans_type_id
        if business_date is not None:
            field_dict["businessDate"] = business_date
        if acceptor_name_and_location is not None:
            field_dict["acceptorNameAndLocation"] = acceptor_name_and_location
        if available_balance is not None:
            field_dict["availableBalance"] = available_balance
        if description is not None:
            field_dict["description"] = description
        if message_type_identifier is not None:
            field_dict["messageTypeIdentifier"] = message_type_identifier
        if billed is not None:
            field_dict["billed"] = billed
        if arn is not None:
            field_dict["arn"] = arn
        if mcc is not None:
            field_dict["mcc"] = mcc
        if device_type is not None:
            field_dict["deviceType"] = device_type
        if trans_date is not None:
            field_dict["transDate"] = trans_date
        if remaining_balance is not None:
            field_dict["remainingBalance"] = remaining_balance
        if pan_sequence_no is not None:
            field_dict["panSequenceNo"] = pan_sequence_no
        if authorization_code is not None:
            field_dict["authorizationCode"] = authorization_code
        if local_date_time is not None:
            field_dict["localDateTime"] = local_date_time
        if service_id is not None:
            field_dict["serviceId"] = service_id
        if is_recurring is not None:
            field_dict["isRecurring"] = is_recurring
        if is_3d_secure is not None:
            field_dict["is3DSecure"] = is_3d_secure
        if is_digital_wallet_trans is not None:
            field_dict["isDigitalWalletTrans"] = is_digital_wallet_trans
        if is_payment_trans is not None:
            field_dict["isPaymentTrans"] = is_payment_trans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trans_id = d.pop("transId")

        _amount = d.pop("amount")
        amount = (
            _amount
            if type(_amount) is Decimal
            else Decimal(_amount)
            if type(_amount) is int
            else to_decimal(_amount)
        )

        trace_audit_no = d.pop("traceAuditNo", None)

        original_trace_audit_no = d.pop("originalTraceAuditNo", None)

        account_number = d.pop("accountNumber", None)

        trans_type_id = d.pop("transTypeId", None)

        business_date = d.pop("businessDate", None)

        acceptor_name_and_location = d.pop("acceptorNameAndLocation", None)

        _available_balance = d.pop("availableBalance", None)
        available_balance: Decimal | None
        if isinstance(_available_balance, type(None)):
            available_balance = None
        else:
            available_balance = (
                _available_balance
                if type(_available_balance) is Decimal
                else Decimal(_available_balance)
                if type(_available_balance) is int
                else to_decimal(_available_balance)
            )

        description = d.pop("description", None)

        message_type_identifier = d.pop("messageTypeIdentifier", None)

        billed = d.pop("billed", None)

        arn = d.pop("arn", None)

        mcc = d.pop("mcc", None)

        device_type = d.pop("deviceType", None)

        trans_date = d.pop("transDate", None)

        _remaining_balance = d.pop("remainingBalance", None)
        remaining_balance: Decimal | None
        if isinstance(_remaining_balance, type(None)):
            remaining_balance = None
        else:
            remaining_balance = (
                _remaining_balance
                if type(_remaining_balance) is Decimal
                else Decimal(_remaining_balance)
                if type(_remaining_balance) is int
                else to_decimal(_remaining_balance)
            )

        pan_sequence_no = d.pop("panSequenceNo", None)

        authorization_code = d.pop("authorizationCode", None)

        local_date_time = d.pop("localDateTime", None)

        service_id = d.pop("serviceId", None)

        is_recurring = d.pop("isRecurring", None)

        is_3d_secure = d.pop("is3DSecure", None)

        is_digital_wallet_trans = d.pop("isDigitalWalletTrans", None)

        is_payment_trans = d.pop("isPaymentTrans", None)

        new_instance_ = cls(
            trans_id=trans_id,
            amount=amount,
            trace_audit_no=trace_audit_no,
            original_trace_audit_no=original_trace_audit_no,
            account_number=account_number,
            trans_type_id=trans_type_id,
            business_date=business_date,
            acceptor_name_and_location=acceptor_name_and_location,
            available_balance=available_balance,
            description=description,
            message_type_identifier=message_type_identifier,
            billed=billed,
            arn=arn,
            mcc=mcc,
            device_type=device_type,
            trans_date=trans_date,
            remaining_balance=remaining_balance,
            pan_sequence_no=pan_sequence_no,
            authorization_code=authorization_code,
            local_date_time=local_date_time,
            service_id=service_id,
            is_recurring=is_recurring,
            is_3d_secure=is_3d_secure,
            is_digital_wallet_trans=is_digital_wallet_trans,
            is_payment_trans=is_payment_trans,
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
