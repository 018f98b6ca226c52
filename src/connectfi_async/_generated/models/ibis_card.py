from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.ibis_card_status_code import IbisCardStatusCode
    from ..models.ibis_entity_error import IbisEntityError
    from ..models.ibis_new_card_number import IbisNewCardNumber


T = TypeVar("T", bound="IbisCard")


@_attrs_define
class IbisCard:
    """A card (or vAccount) as the card endpoints return it. cFiStatus is "Initiated", "Complete" or "Error". For debit
    cards balance is the available funds; for credit cards it is available funds minus the credit limit (negative when
    money is owed).

    """

    c_fi_card_id: str
    c_fi_status: str
    customer_id: str
    reference: str
    error: IbisEntityError | None = None
    """ Why an entity ended in cFiStatus "Error". """
    c_fi_aggregator_id: str | None = None
    member_number: str | None = None
    card_program_id: str | None = None
    card_program_name: str | None = None
    program_type: str | None = None
    """ "debit", "credit" or "vAccountOnly". """
    bo_reference_id: str | None = None
    bo_customer_id: str | None = None
    v_account_number: str | None = None
    """ The account number. Secret; never logged. """
    aba_routing_number: str | None = None
    dts_created_at: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    new_card_number: IbisNewCardNumber | None = None
    """ The new card's PAN and expiry (MMYYYY). The PAN is secret; never logged. """
    new_card_reference_id: str | None = None
    expiry_date: str | None = None
    card_reference_id: str | None = None
    maa_sub_un_sub_resp_desc: str | None = None
    name_on_card: str | None = None
    batch_reference_id: str | None = None
    batch_record_id: str | None = None
    trans_id: str | None = None
    is_bad_pin_tries_exceeded: str | None = None
    is_offline_pin_try_limit_exceeded: str | None = None
    transition_flag: str | None = None
    status: IbisCardStatusCode | None = None
    """ A card's back-office status: code "A" pre-active, "B" on, "I" inactive, "S" off (fraud or lost), "F" closed,
    with its description. """
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
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"c_fi_status={self.c_fi_status!r}",
            f"customer_id={self.customer_id!r}",
            f"reference={self.reference!r}",
            f"error={self.error!r}",
            f"c_fi_aggregator_id={self.c_fi_aggregator_id!r}",
            f"member_number={self.member_number!r}",
            f"card_program_id={self.card_program_id!r}",
            f"card_program_name={self.card_program_name!r}",
            f"program_type={self.program_type!r}",
            f"bo_reference_id={self.bo_reference_id!r}",
            f"bo_customer_id={self.bo_customer_id!r}",
            "v_account_number=***",
            f"aba_routing_number={self.aba_routing_number!r}",
            f"dts_created_at={self.dts_created_at!r}",
            "new_card_number=***",
            f"new_card_reference_id={self.new_card_reference_id!r}",
            f"expiry_date={self.expiry_date!r}",
            f"card_reference_id={self.card_reference_id!r}",
            f"maa_sub_un_sub_resp_desc={self.maa_sub_un_sub_resp_desc!r}",
            f"name_on_card={self.name_on_card!r}",
            f"batch_reference_id={self.batch_reference_id!r}",
            f"batch_record_id={self.batch_record_id!r}",
            f"trans_id={self.trans_id!r}",
            f"is_bad_pin_tries_exceeded={self.is_bad_pin_tries_exceeded!r}",
            f"is_offline_pin_try_limit_exceeded={self.is_offline_pin_try_limit_exceeded!r}",
            f"transition_flag={self.transition_flag!r}",
            f"status={self.status!r}",
            f"fee={self.fee!r}",
            f"balance={self.balance!r}",
            f"last_deposit_amount={self.last_deposit_amount!r}",
            f"ledger_balance={self.ledger_balance!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisCard({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_card_id = self.c_fi_card_id

        c_fi_status = self.c_fi_status

        customer_id = self.customer_id

        reference = self.reference

        error: dict[str, Any] | None = None
        if not isinstance(self.error, type(None)):
            error = self.error.to_dict()

        c_fi_aggregator_id = self.c_fi_aggregator_id

        member_number = self.member_number

        card_program_id = self.card_program_id

        card_program_name = self.card_program_name

        program_type = self.program_type

        bo_reference_id = self.bo_reference_id

        bo_customer_id = self.bo_customer_id

        v_account_number = self.v_account_number

        aba_routing_number = self.aba_routing_number

        dts_created_at = self.dts_created_at

        new_card_number: dict[str, Any] | None = None
        if not isinstance(self.new_card_number, type(None)):
            new_card_number = self.new_card_number.to_dict()

        new_card_reference_id = self.new_card_reference_id

        expiry_date = self.expiry_date

        card_reference_id = self.card_reference_id

        maa_sub_un_sub_resp_desc = self.maa_sub_un_sub_resp_desc

        name_on_card = self.name_on_card

        batch_reference_id = self.batch_reference_id

        batch_record_id = self.batch_record_id

        trans_id = self.trans_id

        is_bad_pin_tries_exceeded = self.is_bad_pin_tries_exceeded

        is_offline_pin_try_limit_exceeded = self.is_offline_pin_try_limit_exceeded

        transition_flag = self.transition_flag

        status: dict[str, Any] | None = None
        if not isinstance(self.status, type(None)):
            status = self.status.to_dict()

        fee = self.fee

        balance = self.balance

        last_deposit_amount = self.last_deposit_amount

        ledger_balance = self.ledger_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cFiCardId": c_fi_card_id,
                "cFiStatus": c_fi_status,
                "customerId": customer_id,
                "reference": reference,
            }
        )
        if error is not None:
            field_dict["error"] = error
        if c_fi_aggregator_id is not None:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if member_number is not None:
            field_dict["memberNumber"] = member_number
        if card_program_id is not None:
            field_dict["cardProgramId"] = card_program_id
        if card_program_name is not None:
            field_dict["cardProgramName"] = card_program_name
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
        if new_card_number is not None:
            field_dict["newCardNumber"] = new_card_number
        if new_card_reference_id is not None:
            field_dict["newCardReferenceId"] = new_card_reference_id
        if expiry_date is not None:
            field_dict["expiryDate"] = expiry_date
        if card_reference_id is not None:
            field_dict["cardReferenceId"] = card_reference_id
        if maa_sub_un_sub_resp_desc is not None:
            field_dict["maaSubUnSubRespDesc"] = maa_sub_un_sub_resp_desc
        if name_on_card is not None:
            field_dict["nameOnCard"] = name_on_card
        if batch_reference_id is not None:
            field_dict["batchReferenceId"] = batch_reference_id
        if batch_record_id is not None:
            field_dict["batchRecordId"] = batch_record_id
        if trans_id is not None:
            field_dict["transId"] = trans_id
        if is_bad_pin_tries_exceeded is not None:
            field_dict["isBadPinTriesExceeded"] = is_bad_pin_tries_exceeded
        if is_offline_pin_try_limit_exceeded is not None:
            field_dict["isOfflinePinTryLimitExceeded"] = is_offline_pin_try_limit_exceeded
        if transition_flag is not None:
            field_dict["transitionFlag"] = transition_flag
        if status is not None:
            field_dict["status"] = status
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
        from ..models.ibis_card_status_code import IbisCardStatusCode
        from ..models.ibis_entity_error import IbisEntityError
        from ..models.ibis_new_card_number import IbisNewCardNumber

        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        c_fi_status = d.pop("cFiStatus")

        customer_id = d.pop("customerId")

        reference = d.pop("reference")

        _error = d.pop("error", None)
        error: IbisEntityError | None
        if isinstance(_error, type(None)):
            error = None
        else:
            error = IbisEntityError.from_dict(_error)

        c_fi_aggregator_id = d.pop("cFiAggregatorId", None)

        member_number = d.pop("memberNumber", None)

        card_program_id = d.pop("cardProgramId", None)

        card_program_name = d.pop("cardProgramName", None)

        program_type = d.pop("programType", None)

        bo_reference_id = d.pop("boReferenceId", None)

        bo_customer_id = d.pop("boCustomerId", None)

        v_account_number = d.pop("vAccountNumber", None)

        aba_routing_number = d.pop("abaRoutingNumber", None)

        dts_created_at = d.pop("dtsCreatedAt", None)

        _new_card_number = d.pop("newCardNumber", None)
        new_card_number: IbisNewCardNumber | None
        if isinstance(_new_card_number, type(None)):
            new_card_number = None
        else:
            new_card_number = IbisNewCardNumber.from_dict(_new_card_number)

        new_card_reference_id = d.pop("newCardReferenceId", None)

        expiry_date = d.pop("expiryDate", None)

        card_reference_id = d.pop("cardReferenceId", None)

        maa_sub_un_sub_resp_desc = d.pop("maaSubUnSubRespDesc", None)

        name_on_card = d.pop("nameOnCard", None)

        batch_reference_id = d.pop("batchReferenceId", None)

        batch_record_id = d.pop("batchRecordId", None)

        trans_id = d.pop("transId", None)

        is_bad_pin_tries_exceeded = d.pop("isBadPinTriesExceeded", None)

        is_offline_pin_try_limit_exceeded = d.pop("isOfflinePinTryLimitExceeded", None)

        transition_flag = d.pop("transitionFlag", None)

        _status = d.pop("status", None)
        status: IbisCardStatusCode | None
        if isinstance(_status, type(None)):
            status = None
        else:
            status = IbisCardStatusCode.from_dict(_status)

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
            c_fi_card_id=c_fi_card_id,
            c_fi_status=c_fi_status,
            customer_id=customer_id,
            reference=reference,
            error=error,
            c_fi_aggregator_id=c_fi_aggregator_id,
            member_number=member_number,
            card_program_id=card_program_id,
            card_program_name=card_program_name,
            program_type=program_type,
            bo_reference_id=bo_reference_id,
            bo_customer_id=bo_customer_id,
            v_account_number=v_account_number,
            aba_routing_number=aba_routing_number,
            dts_created_at=dts_created_at,
            new_card_number=new_card_number,
            new_card_reference_id=new_card_reference_id,
            expiry_date=expiry_date,
            card_reference_id=card_reference_id,
            maa_sub_un_sub_resp_desc=maa_sub_un_sub_resp_desc,
            name_on_card=name_on_card,
            batch_reference_id=batch_reference_id,
            batch_record_id=batch_record_id,
            trans_id=trans_id,
            is_bad_pin_tries_exceeded=is_bad_pin_tries_exceeded,
            is_offline_pin_try_limit_exceeded=is_offline_pin_try_limit_exceeded,
            transition_flag=transition_flag,
            status=status,
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
