from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
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
    c_fi_aggregator_id: str | Unset = UNSET
    c_fi_card_id: str | Unset = UNSET
    card_from_id: str | Unset = UNSET
    card_to_id: str | Unset = UNSET
    bo_trans_id: str | Unset = UNSET
    arn: str | Unset = UNSET
    fee: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    balance: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    last_deposit_amount: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    ledger_balance: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    outstanding_settlement_balance: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    from_card_balance: str | Unset = UNSET
    """ The source card's balance after the transfer, as a decimal string (e.g. "33.00"). """
    to_card_balance: str | Unset = UNSET
    """ The destination card's balance after the transfer, as a decimal string (e.g. "11.00"). """
    card_prg_name: str | Unset = UNSET
    dts_created_at: str | Unset = UNSET
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    reversal: IbisFundsReversal | Unset = UNSET
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
            f"bo_trans_id={self.bo_trans_id!r}",
            f"arn={self.arn!r}",
            f"fee={self.fee!r}",
            f"balance={self.balance!r}",
            f"last_deposit_amount={self.last_deposit_amount!r}",
            f"ledger_balance={self.ledger_balance!r}",
            f"outstanding_settlement_balance={self.outstanding_settlement_balance!r}",
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

        bo_trans_id = self.bo_trans_id

        arn = self.arn

        fee = self.fee

        balance = self.balance

        last_deposit_amount = self.last_deposit_amount

        ledger_balance = self.ledger_balance

        outstanding_settlement_balance = self.outstanding_settlement_balance

        from_card_balance = self.from_card_balance

        to_card_balance = self.to_card_balance

        card_prg_name = self.card_prg_name

        dts_created_at = self.dts_created_at

        reversal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reversal, Unset):
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
        if c_fi_aggregator_id is not UNSET:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if c_fi_card_id is not UNSET:
            field_dict["cFiCardId"] = c_fi_card_id
        if card_from_id is not UNSET:
            field_dict["cardFromId"] = card_from_id
        if card_to_id is not UNSET:
            field_dict["cardToId"] = card_to_id
        if bo_trans_id is not UNSET:
            field_dict["boTransId"] = bo_trans_id
        if arn is not UNSET:
            field_dict["arn"] = arn
        if fee is not UNSET:
            field_dict["fee"] = fee
        if balance is not UNSET:
            field_dict["balance"] = balance
        if last_deposit_amount is not UNSET:
            field_dict["lastDepositAmount"] = last_deposit_amount
        if ledger_balance is not UNSET:
            field_dict["ledgerBalance"] = ledger_balance
        if outstanding_settlement_balance is not UNSET:
            field_dict["outstandingSettlementBalance"] = outstanding_settlement_balance
        if from_card_balance is not UNSET:
            field_dict["fromCardBalance"] = from_card_balance
        if to_card_balance is not UNSET:
            field_dict["toCardBalance"] = to_card_balance
        if card_prg_name is not UNSET:
            field_dict["cardPrgName"] = card_prg_name
        if dts_created_at is not UNSET:
            field_dict["dtsCreatedAt"] = dts_created_at
        if reversal is not UNSET:
            field_dict["reversal"] = reversal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_funds_reversal import IbisFundsReversal  # noqa: PLC0415

        d = dict(src_dict)
        reference = d.pop("reference")

        c_fi_funds_id = d.pop("cFiFundsId")

        type_ = d.pop("type")

        c_fi_status = d.pop("cFiStatus")

        c_fi_aggregator_id = d.pop("cFiAggregatorId", UNSET)

        c_fi_card_id = d.pop("cFiCardId", UNSET)

        card_from_id = d.pop("cardFromId", UNSET)

        card_to_id = d.pop("cardToId", UNSET)

        bo_trans_id = d.pop("boTransId", UNSET)

        arn = d.pop("arn", UNSET)

        _fee = d.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = to_decimal(_fee)

        _balance = d.pop("balance", UNSET)
        balance: Decimal | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = to_decimal(_balance)

        _last_deposit_amount = d.pop("lastDepositAmount", UNSET)
        last_deposit_amount: Decimal | Unset
        if isinstance(_last_deposit_amount, Unset):
            last_deposit_amount = UNSET
        else:
            last_deposit_amount = to_decimal(_last_deposit_amount)

        _ledger_balance = d.pop("ledgerBalance", UNSET)
        ledger_balance: Decimal | Unset
        if isinstance(_ledger_balance, Unset):
            ledger_balance = UNSET
        else:
            ledger_balance = to_decimal(_ledger_balance)

        _outstanding_settlement_balance = d.pop("outstandingSettlementBalance", UNSET)
        outstanding_settlement_balance: Decimal | Unset
        if isinstance(_outstanding_settlement_balance, Unset):
            outstanding_settlement_balance = UNSET
        else:
            outstanding_settlement_balance = to_decimal(_outstanding_settlement_balance)

        from_card_balance = d.pop("fromCardBalance", UNSET)

        to_card_balance = d.pop("toCardBalance", UNSET)

        card_prg_name = d.pop("cardPrgName", UNSET)

        dts_created_at = d.pop("dtsCreatedAt", UNSET)

        _reversal = d.pop("reversal", UNSET)
        reversal: IbisFundsReversal | Unset
        if isinstance(_reversal, Unset):
            reversal = UNSET
        else:
            reversal = IbisFundsReversal.from_dict(_reversal)

        ibis_funds_transfer = cls(
            reference=reference,
            c_fi_funds_id=c_fi_funds_id,
            type_=type_,
            c_fi_status=c_fi_status,
            c_fi_aggregator_id=c_fi_aggregator_id,
            c_fi_card_id=c_fi_card_id,
            card_from_id=card_from_id,
            card_to_id=card_to_id,
            bo_trans_id=bo_trans_id,
            arn=arn,
            fee=fee,
            balance=balance,
            last_deposit_amount=last_deposit_amount,
            ledger_balance=ledger_balance,
            outstanding_settlement_balance=outstanding_settlement_balance,
            from_card_balance=from_card_balance,
            to_card_balance=to_card_balance,
            card_prg_name=card_prg_name,
            dts_created_at=dts_created_at,
            reversal=reversal,
        )

        ibis_funds_transfer.additional_properties = d
        return ibis_funds_transfer

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
