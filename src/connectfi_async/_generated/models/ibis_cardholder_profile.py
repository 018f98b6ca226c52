from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.ibis_card_status_code import IbisCardStatusCode
    from ..models.ibis_pseudo_dda_number import IbisPseudoDdaNumber


T = TypeVar("T", bound="IbisCardholderProfile")


@_attrs_define
class IbisCardholderProfile:
    """A card with its holder's profile."""

    c_fi_card_id: str
    c_fi_status: str | None = None
    customer_id: str | None = None
    c_fi_aggregator_id: str | None = None
    reference: str | None = None
    member_number: str | None = None
    card_program_id: str | None = None
    program_type: str | None = None
    bo_reference_id: str | None = None
    bo_customer_id: str | None = None
    v_account_number: str | None = None
    """ The account number. Secret; never logged. """
    aba_routing_number: str | None = None
    dts_created_at: str | None = None
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    stakeholder_id: str | None = None
    status: IbisCardStatusCode | None = None
    """ A card's back-office status: code "A" pre-active, "B" on, "I" inactive, "S" off (fraud or lost), "F" closed,
    with its description. """
    transition_flag: str | None = None
    status_code: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    dob: str | None = None
    city: str | None = None
    state_code: str | None = None
    postal_code: str | None = None
    country: str | None = None
    exp_date: str | None = None
    card_type: str | None = None
    cell_number: str | None = None
    email: str | None = None
    occupation: str | None = None
    cip_cleared: str | None = None
    pseudo_dda_numbers: list[IbisPseudoDdaNumber] | None = None
    card_delivery_mode: str | None = None
    card_number: str | None = None
    """ The masked card number. """
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
            f"c_fi_aggregator_id={self.c_fi_aggregator_id!r}",
            f"reference={self.reference!r}",
            f"member_number={self.member_number!r}",
            f"card_program_id={self.card_program_id!r}",
            f"program_type={self.program_type!r}",
            f"bo_reference_id={self.bo_reference_id!r}",
            f"bo_customer_id={self.bo_customer_id!r}",
            "v_account_number=***",
            f"aba_routing_number={self.aba_routing_number!r}",
            f"dts_created_at={self.dts_created_at!r}",
            f"stakeholder_id={self.stakeholder_id!r}",
            f"status={self.status!r}",
            f"transition_flag={self.transition_flag!r}",
            f"status_code={self.status_code!r}",
            f"first_name={self.first_name!r}",
            f"last_name={self.last_name!r}",
            f"address1={self.address1!r}",
            f"address2={self.address2!r}",
            f"dob={self.dob!r}",
            f"city={self.city!r}",
            f"state_code={self.state_code!r}",
            f"postal_code={self.postal_code!r}",
            f"country={self.country!r}",
            f"exp_date={self.exp_date!r}",
            f"card_type={self.card_type!r}",
            f"cell_number={self.cell_number!r}",
            f"email={self.email!r}",
            f"occupation={self.occupation!r}",
            f"cip_cleared={self.cip_cleared!r}",
            "pseudo_dda_numbers=***",
            f"card_delivery_mode={self.card_delivery_mode!r}",
            "card_number=***",
            f"fee={self.fee!r}",
            f"balance={self.balance!r}",
            f"last_deposit_amount={self.last_deposit_amount!r}",
            f"ledger_balance={self.ledger_balance!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"IbisCardholderProfile({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        c_fi_card_id = self.c_fi_card_id

        c_fi_status = self.c_fi_status

        customer_id = self.customer_id

        c_fi_aggregator_id = self.c_fi_aggregator_id

        reference = self.reference

        member_number = self.member_number

        card_program_id = self.card_program_id

        program_type = self.program_type

        bo_reference_id = self.bo_reference_id

        bo_customer_id = self.bo_customer_id

        v_account_number = self.v_account_number

        aba_routing_number = self.aba_routing_number

        dts_created_at = self.dts_created_at

        stakeholder_id = self.stakeholder_id

        status: dict[str, Any] | None = None
        if not isinstance(self.status, type(None)):
            status = self.status.to_dict()

        transition_flag = self.transition_flag

        status_code = self.status_code

        first_name = self.first_name

        last_name = self.last_name

        address1 = self.address1

        address2 = self.address2

        dob = self.dob

        city = self.city

        state_code = self.state_code

        postal_code = self.postal_code

        country = self.country

        exp_date = self.exp_date

        card_type = self.card_type

        cell_number = self.cell_number

        email = self.email

        occupation = self.occupation

        cip_cleared = self.cip_cleared

        pseudo_dda_numbers: list[dict[str, Any]] | None = None
        if not isinstance(self.pseudo_dda_numbers, type(None)):
            pseudo_dda_numbers = []
            for pseudo_dda_numbers_item_data in self.pseudo_dda_numbers:
                pseudo_dda_numbers_item = pseudo_dda_numbers_item_data.to_dict()
                pseudo_dda_numbers.append(pseudo_dda_numbers_item)

        card_delivery_mode = self.card_delivery_mode

        card_number = self.card_number

        fee = self.fee

        balance = self.balance

        last_deposit_amount = self.last_deposit_amount

        ledger_balance = self.ledger_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cFiCardId": c_fi_card_id,
            }
        )
        if c_fi_status is not None:
            field_dict["cFiStatus"] = c_fi_status
        if customer_id is not None:
            field_dict["customerId"] = customer_id
        if c_fi_aggregator_id is not None:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if reference is not None:
            field_dict["reference"] = reference
        if member_number is not None:
            field_dict["memberNumber"] = member_number
        if card_program_id is not None:
            field_dict["cardProgramId"] = card_program_id
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
        if stakeholder_id is not None:
            field_dict["stakeholderId"] = stakeholder_id
        if status is not None:
            field_dict["status"] = status
        if transition_flag is not None:
            field_dict["transitionFlag"] = transition_flag
        if status_code is not None:
            field_dict["statusCode"] = status_code
        if first_name is not None:
            field_dict["firstName"] = first_name
        if last_name is not None:
            field_dict["lastName"] = last_name
        if address1 is not None:
            field_dict["address1"] = address1
        if address2 is not None:
            field_dict["address2"] = address2
        if dob is not None:
            field_dict["dob"] = dob
        if city is not None:
            field_dict["city"] = city
        if state_code is not None:
            field_dict["stateCode"] = state_code
        if postal_code is not None:
            field_dict["postalCode"] = postal_code
        if country is not None:
            field_dict["country"] = country
        if exp_date is not None:
            field_dict["expDate"] = exp_date
        if card_type is not None:
            field_dict["cardType"] = card_type
        if cell_number is not None:
            field_dict["cellNumber"] = cell_number
        if email is not None:
            field_dict["email"] = email
        if occupation is not None:
            field_dict["occupation"] = occupation
        if cip_cleared is not None:
            field_dict["cipCleared"] = cip_cleared
        if pseudo_dda_numbers is not None:
            field_dict["pseudoDdaNumbers"] = pseudo_dda_numbers
        if card_delivery_mode is not None:
            field_dict["cardDeliveryMode"] = card_delivery_mode
        if card_number is not None:
            field_dict["cardNumber"] = card_number
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
        from ..models.ibis_pseudo_dda_number import IbisPseudoDdaNumber

        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        c_fi_status = d.pop("cFiStatus", None)

        customer_id = d.pop("customerId", None)

        c_fi_aggregator_id = d.pop("cFiAggregatorId", None)

        reference = d.pop("reference", None)

        member_number = d.pop("memberNumber", None)

        card_program_id = d.pop("cardProgramId", None)

        program_type = d.pop("programType", None)

        bo_reference_id = d.pop("boReferenceId", None)

        bo_customer_id = d.pop("boCustomerId", None)

        v_account_number = d.pop("vAccountNumber", None)

        aba_routing_number = d.pop("abaRoutingNumber", None)

        dts_created_at = d.pop("dtsCreatedAt", None)

        stakeholder_id = d.pop("stakeholderId", None)

        _status = d.pop("status", None)
        status: IbisCardStatusCode | None
        if isinstance(_status, type(None)):
            status = None
        else:
            status = IbisCardStatusCode.from_dict(_status)

        transition_flag = d.pop("transitionFlag", None)

        status_code = d.pop("statusCode", None)

        first_name = d.pop("firstName", None)

        last_name = d.pop("lastName", None)

        address1 = d.pop("address1", None)

        address2 = d.pop("address2", None)

        dob = d.pop("dob", None)

        city = d.pop("city", None)

        state_code = d.pop("stateCode", None)

        postal_code = d.pop("postalCode", None)

        country = d.pop("country", None)

        exp_date = d.pop("expDate", None)

        card_type = d.pop("cardType", None)

        cell_number = d.pop("cellNumber", None)

        email = d.pop("email", None)

        occupation = d.pop("occupation", None)

        cip_cleared = d.pop("cipCleared", None)

        _pseudo_dda_numbers = d.pop("pseudoDdaNumbers", None)
        pseudo_dda_numbers: list[IbisPseudoDdaNumber] | None = None
        if _pseudo_dda_numbers is not None:
            pseudo_dda_numbers = []
            for pseudo_dda_numbers_item_data in _pseudo_dda_numbers:
                pseudo_dda_numbers_item = IbisPseudoDdaNumber.from_dict(
                    pseudo_dda_numbers_item_data
                )

                pseudo_dda_numbers.append(pseudo_dda_numbers_item)

        card_delivery_mode = d.pop("cardDeliveryMode", None)

        card_number = d.pop("cardNumber", None)

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
            c_fi_aggregator_id=c_fi_aggregator_id,
            reference=reference,
            member_number=member_number,
            card_program_id=card_program_id,
            program_type=program_type,
            bo_reference_id=bo_reference_id,
            bo_customer_id=bo_customer_id,
            v_account_number=v_account_number,
            aba_routing_number=aba_routing_number,
            dts_created_at=dts_created_at,
            stakeholder_id=stakeholder_id,
            status=status,
            transition_flag=transition_flag,
            status_code=status_code,
            first_name=first_name,
            last_name=last_name,
            address1=address1,
            address2=address2,
            dob=dob,
            city=city,
            state_code=state_code,
            postal_code=postal_code,
            country=country,
            exp_date=exp_date,
            card_type=card_type,
            cell_number=cell_number,
            email=email,
            occupation=occupation,
            cip_cleared=cip_cleared,
            pseudo_dda_numbers=pseudo_dda_numbers,
            card_delivery_mode=card_delivery_mode,
            card_number=card_number,
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
