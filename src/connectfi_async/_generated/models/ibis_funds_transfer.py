from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.ibis_entity_error import IbisEntityError
    from ..models.ibis_funds_reversal import IbisFundsReversal


T = TypeVar("T", bound="IbisFundsTransfer")


@_attrs_define
class IbisFundsTransfer:
    """A funds transfer. type is "credit", "debit" or "cardToCard"; cFiStatus is "Initiated", "Complete" or "Error".
    balance figures are those of the card after the transfer.

    """

    reference: str
    c_fi_funds_id: str
    type_: str
    c_fi_status: str
    c_fi_aggregator_id: str | None = None
    c_fi_card_id: str | None = None
    card_from_id: str | None = None
    card_to_id: str | None = None
    error: IbisEntityError | None = None
    """ Why an entity ended in cFiStatus "Error". """
    bo_trans_id: str | None = None
    arn: str | None = None
    fee: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    balance: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    last_deposit_amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    ledger_balance: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    outstanding_settlement_balance: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    amount: Decimal | None = None
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    currency: str | None = None
    """ The currency of `amount` (ISO 4217 alphabetic code). Absent when the answer has no amount. """
    from_card_balance: Decimal | None = None
    """ The source card's balance after the transfer, as a decimal string (e.g. "33.00"). """
    to_card_balance: Decimal | None = None
    """ The destination card's balance after the transfer, as a decimal string (e.g. "11.00"). """
    card_prg_name: str | None = None
    dts_created_at: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    reversal: IbisFundsReversal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"reference={self.reference!r}",
            f"c_fi_funds_id={self.c_fi_funds_id!r}",
            f"type_={self.type_!r}",
            f"c_fi_status={self.c_fi_status!r}",
            f"c_fi_aggregator_id={self.c_fi_aggregator_id!r}",
            f"c_fi_card_id={self.c_fi_card_id!r}",
            f"card_from_id={self.card_from_id!r}",
            f"card_to_id={self.card_to_id!r}",
            f"error={self.error!r}",
            f"bo_trans_id={self.bo_trans_id!r}",
            f"arn={self.arn!r}",
            f"fee={self.fee!r}",
            f"balance={self.balance!r}",
            f"last_deposit_amount={self.last_deposit_amount!r}",
            f"ledger_balance={self.ledger_balance!r}",
            f"outstanding_settlement_balance={self.outstanding_settlement_balance!r}",
            f"amount={self.amount!r}",
            f"currency={self.currency!r}",
            f"from_card_balance={self.from_card_balance!r}",
            f"to_card_balance={self.to_card_balance!r}",
            f"card_prg_name={self.card_prg_name!r}",
            f"dts_created_at={self.dts_created_at!r}",
            f"reversal={self.reversal!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisFundsTransfer({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        reference = self.reference

        c_fi_funds_id = self.c_fi_funds_id

        type_ = self.type_

        c_fi_status = self.c_fi_status

        c_fi_aggregator_id = self.c_fi_aggregator_id

        c_fi_card_id = self.c_fi_card_id

        card_from_id = self.card_from_id

        card_to_id = self.card_to_id

        error: dict[str, Any] | None = None
        if not isinstance(self.error, type(None)):
            error = self.error.to_dict()

        bo_trans_id = self.bo_trans_id

        arn = self.arn

        fee = self.fee

        balance = self.balance

        last_deposit_amount = self.last_deposit_amount

        ledger_balance = self.ledger_balance

        outstanding_settlement_balance = self.outstanding_settlement_balance

        amount = self.amount

        currency = self.currency

        from_card_balance = (
            self.from_card_balance
            if self.from_card_balance is None
            else format(self.from_card_balance, "f")
        )

        to_card_balance = (
            self.to_card_balance
            if self.to_card_balance is None
            else format(self.to_card_balance, "f")
        )

        card_prg_name = self.card_prg_name

        dts_created_at = self.dts_created_at

        reversal: dict[str, Any] | None = None
        if not isinstance(self.reversal, type(None)):
            reversal = self.reversal.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reference": reference,
                "cFiFundsId": c_fi_funds_id,
                "type": type_,
                "cFiStatus": c_fi_status,
            }
        )
        if c_fi_aggregator_id is not None:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if c_fi_card_id is not None:
            field_dict["cFiCardId"] = c_fi_card_id
        if card_from_id is not None:
            field_dict["cardFromId"] = card_from_id
        if card_to_id is not None:
            field_dict["cardToId"] = card_to_id
        if error is not None:
            field_dict["error"] = error
        if bo_trans_id is not None:
            field_dict["boTransId"] = bo_trans_id
        if arn is not None:
            field_dict["arn"] = arn
        if fee is not None:
            field_dict["fee"] = fee
        if balance is not None:
            field_dict["balance"] = balance
        if last_deposit_amount is not None:
            field_dict["lastDepositAmount"] = last_deposit_amount
        if ledger_balance is not None:
            field_dict["ledgerBalance"] = ledger_balance
        if outstanding_settlement_balance is not None:
            field_dict["outstandingSettlementBalance"] = outstanding_settlement_balance
        if amount is not None:
            field_dict["amount"] = amount
        if currency is not None:
            field_dict["currency"] = currency
        if from_card_balance is not None:
            field_dict["fromCardBalance"] = from_card_balance
        if to_card_balance is not None:
            field_dict["toCardBalance"] = to_card_balance
        if card_prg_name is not None:
            field_dict["cardPrgName"] = card_prg_name
        if dts_created_at is not None:
            field_dict["dtsCreatedAt"] = dts_created_at
        if reversal is not None:
            field_dict["reversal"] = reversal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_entity_error import IbisEntityError
        from ..models.ibis_funds_reversal import IbisFundsReversal

        d = dict(src_dict)
        reference = d.pop("reference")

        c_fi_funds_id = d.pop("cFiFundsId")

        type_ = d.pop("type")

        c_fi_status = d.pop("cFiStatus")

        c_fi_aggregator_id = d.pop("cFiAggregatorId", None)

        c_fi_card_id = d.pop("cFiCardId", None)

        card_from_id = d.pop("cardFromId", None)

        card_to_id = d.pop("cardToId", None)

        _error = d.pop("error", None)
        error: IbisEntityError | None
        if isinstance(_error, type(None)):
            error = None
        else:
            error = IbisEntityError.from_dict(_error)

        bo_trans_id = d.pop("boTransId", None)

        arn = d.pop("arn", None)

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

        _outstanding_settlement_balance = d.pop("outstandingSettlementBalance", None)
        outstanding_settlement_balance: Decimal | None
        if isinstance(_outstanding_settlement_balance, type(None)):
            outstanding_settlement_balance = None
        else:
            outstanding_settlement_balance = (
                _outstanding_settlement_balance
                if type(_outstanding_settlement_balance) is Decimal
                else Decimal(_outstanding_settlement_balance)
                if type(_outstanding_settlement_balance) is int
                else to_decimal(_outstanding_settlement_balance)
            )

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

        _from_card_balance = d.pop("fromCardBalance", None)
        from_card_balance: Decimal | None
        if isinstance(_from_card_balance, type(None)):
            from_card_balance = None
        else:
            from_card_balance = (
                _from_card_balance
                if type(_from_card_balance) is Decimal
                else Decimal(_from_card_balance)
                if type(_from_card_balance) is int
                else to_decimal(_from_card_balance)
            )

        _to_card_balance = d.pop("toCardBalance", None)
        to_card_balance: Decimal | None
        if isinstance(_to_card_balance, type(None)):
            to_card_balance = None
        else:
            to_card_balance = (
                _to_card_balance
                if type(_to_card_balance) is Decimal
                else Decimal(_to_card_balance)
                if type(_to_card_balance) is int
                else to_decimal(_to_card_balance)
            )

        card_prg_name = d.pop("cardPrgName", None)

        dts_created_at = d.pop("dtsCreatedAt", None)

        _reversal = d.pop("reversal", None)
        reversal: IbisFundsReversal | None
        if isinstance(_reversal, type(None)):
            reversal = None
        else:
            reversal = IbisFundsReversal.from_dict(_reversal)

        new_instance_ = cls(
            reference=reference,
            c_fi_funds_id=c_fi_funds_id,
            type_=type_,
            c_fi_status=c_fi_status,
            c_fi_aggregator_id=c_fi_aggregator_id,
            c_fi_card_id=c_fi_card_id,
            card_from_id=card_from_id,
            card_to_id=card_to_id,
            error=error,
            bo_trans_id=bo_trans_id,
            arn=arn,
            fee=fee,
            balance=balance,
            last_deposit_amount=last_deposit_amount,
            ledger_balance=ledger_balance,
            outstanding_settlement_balance=outstanding_settlement_balance,
            amount=amount,
            currency=currency,
            from_card_balance=from_card_balance,
            to_card_balance=to_card_balance,
            card_prg_name=card_prg_name,
            dts_created_at=dts_created_at,
            reversal=reversal,
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
