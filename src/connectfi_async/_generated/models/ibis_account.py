from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="IbisAccount")


@_attrs_define
class IbisAccount:
    """A vAccount. cFiStatus is "Initiated", "Complete" or "Error"."""

    c_fi_account_id: str
    c_fi_status: str
    customer_id: str
    reference: str
    account_program_id: str | None = None
    c_fi_aggregator_id: str | None = None
    member_number: str | None = None
    program_type: str | None = None
    """ "vAccountOnly", "debit" or "credit". """
    bo_reference_id: str | None = None
    bo_customer_id: str | None = None
    v_account_number: str | None = None
    """ The account number. Secret; never logged. """
    aba_routing_number: str | None = None
    dts_created_at: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    batch_reference_id: str | None = None
    trans_id: str | None = None
    batch_record_id: str | None = None
    fee: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    balance: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    last_deposit_amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    ledger_balance: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"c_fi_account_id={self.c_fi_account_id!r}",
            f"c_fi_status={self.c_fi_status!r}",
            f"customer_id={self.customer_id!r}",
            f"reference={self.reference!r}",
            f"account_program_id={self.account_program_id!r}",
            f"c_fi_aggregator_id={self.c_fi_aggregator_id!r}",
            f"member_number={self.member_number!r}",
            f"program_type={self.program_type!r}",
            f"bo_reference_id={self.bo_reference_id!r}",
            f"bo_customer_id={self.bo_customer_id!r}",
            "v_account_number=***",
            f"aba_routing_number={self.aba_routing_number!r}",
            f"dts_created_at={self.dts_created_at!r}",
            f"batch_reference_id={self.batch_reference_id!r}",
            f"trans_id={self.trans_id!r}",
            f"batch_record_id={self.batch_record_id!r}",
            f"fee={self.fee!r}",
            f"balance={self.balance!r}",
            f"last_deposit_amount={self.last_deposit_amount!r}",
            f"ledger_balance={self.ledger_balance!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisAccount({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_account_id = self.c_fi_account_id

        c_fi_status = self.c_fi_status

        customer_id = self.customer_id

        reference = self.reference

        account_program_id = self.account_program_id

        c_fi_aggregator_id = self.c_fi_aggregator_id

        member_number = self.member_number

        program_type = self.program_type

        bo_reference_id = self.bo_reference_id

        bo_customer_id = self.bo_customer_id

        v_account_number = self.v_account_number

        aba_routing_number = self.aba_routing_number

        dts_created_at = self.dts_created_at

        batch_reference_id = self.batch_reference_id

        trans_id = self.trans_id

        batch_record_id = self.batch_record_id

        fee = self.fee

        balance = self.balance

        last_deposit_amount = self.last_deposit_amount

        ledger_balance = self.ledger_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cFiAccountId": c_fi_account_id,
                "cFiStatus": c_fi_status,
                "customerId": customer_id,
                "reference": reference,
            }
        )
        if account_program_id is not None:
            field_dict["accountProgramId"] = account_program_id
        if c_fi_aggregator_id is not None:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if member_number is not None:
            field_dict["memberNumber"] = member_number
        if program_type is not None:
            field_dict["programType"] = program_type
        if bo_reference_id is not None:
            field_dict["boReferenceId"] = bo_reference_id
        if bo_customer_id is not None:
            field_dict["boCustomerId"] = bo_customer_id
        if v_account_number is not None:
            field_dict["vAccountNumber"] = v_account_number
        if aba_routing_number is not None:
            field_dict["abaRoutingNumber"] = aba_routing_number
        if dts_created_at is not None:
            field_dict["dtsCreatedAt"] = dts_created_at
        if batch_reference_id is not None:
            field_dict["batchReferenceId"] = batch_reference_id
        if trans_id is not None:
            field_dict["transId"] = trans_id
        if batch_record_id is not None:
            field_dict["batchRecordId"] = batch_record_id
        if fee is not None:
            field_dict["fee"] = fee
        if balance is not None:
            field_dict["balance"] = balance
        if last_deposit_amount is not None:
            field_dict["lastDepositAmount"] = last_deposit_amount
        if ledger_balance is not None:
            field_dict["ledgerBalance"] = ledger_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c_fi_account_id = d.pop("cFiAccountId")

        c_fi_status = d.pop("cFiStatus")

        customer_id = d.pop("customerId")

        reference = d.pop("reference")

        account_program_id = d.pop("accountProgramId", None)

        c_fi_aggregator_id = d.pop("cFiAggregatorId", None)

        member_number = d.pop("memberNumber", None)

        program_type = d.pop("programType", None)

        bo_reference_id = d.pop("boReferenceId", None)

        bo_customer_id = d.pop("boCustomerId", None)

        v_account_number = d.pop("vAccountNumber", None)

        aba_routing_number = d.pop("abaRoutingNumber", None)

        dts_created_at = d.pop("dtsCreatedAt", None)

        batch_reference_id = d.pop("batchReferenceId", None)

        trans_id = d.pop("transId", None)

        batch_record_id = d.pop("batchRecordId", None)

        _fee = d.pop("fee", None)
        fee: Decimal | None
        if isinstance(_fee, type(None)):
            fee = None
        else:
            fee = (
                _fee
                if type(_fee) is Decimal
                else Decimal(_fee)
                if type(_fee) is int
                else to_decimal(_fee)
            )

        _balance = d.pop("balance", None)
        balance: Decimal | None
        if isinstance(_balance, type(None)):
            balance = None
        else:
            balance = (
                _balance
                if type(_balance) is Decimal
                else Decimal(_balance)
                if type(_balance) is int
                else to_decimal(_balance)
            )

        _last_deposit_amount = d.pop("lastDepositAmount", None)
        last_deposit_amount: Decimal | None
        if isinstance(_last_deposit_amount, type(None)):
            last_deposit_amount = None
        else:
            last_deposit_amount = (
                _last_deposit_amount
                if type(_last_deposit_amount) is Decimal
                else Decimal(_last_deposit_amount)
                if type(_last_deposit_amount) is int
                else to_decimal(_last_deposit_amount)
            )

        _ledger_balance = d.pop("ledgerBalance", None)
        ledger_balance: Decimal | None
        if isinstance(_ledger_balance, type(None)):
            ledger_balance = None
        else:
            ledger_balance = (
                _ledger_balance
                if type(_ledger_balance) is Decimal
                else Decimal(_ledger_balance)
                if type(_ledger_balance) is int
                else to_decimal(_ledger_balance)
            )

        new_instance_ = cls(
            c_fi_account_id=c_fi_account_id,
            c_fi_status=c_fi_status,
            customer_id=customer_id,
            reference=reference,
            account_program_id=account_program_id,
            c_fi_aggregator_id=c_fi_aggregator_id,
            member_number=member_number,
            program_type=program_type,
            bo_reference_id=bo_reference_id,
            bo_customer_id=bo_customer_id,
            v_account_number=v_account_number,
            aba_routing_number=aba_routing_number,
            dts_created_at=dts_created_at,
            batch_reference_id=batch_reference_id,
            trans_id=trans_id,
            batch_record_id=batch_record_id,
            fee=fee,
            balance=balance,
            last_deposit_amount=last_deposit_amount,
            ledger_balance=ledger_balance,
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
