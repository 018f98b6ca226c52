from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.ibis_card_status_code import IbisCardStatusCode
    from ..models.ibis_pseudo_dda_number import IbisPseudoDdaNumber


T = TypeVar("T", bound="IbisCardholderProfile")


@_attrs_define
class IbisCardholderProfile:
    """A card with its holder's profile."""

    c_fi_card_id: str
    c_fi_status: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    c_fi_aggregator_id: str | Unset = UNSET
    reference: str | Unset = UNSET
    member_number: str | Unset = UNSET
    card_program_id: str | Unset = UNSET
    program_type: str | Unset = UNSET
    bo_reference_id: str | Unset = UNSET
    bo_customer_id: str | Unset = UNSET
    v_account_number: str | Unset = UNSET
    """ The account number. Secret; never logged. """
    aba_routing_number: str | Unset = UNSET
    dts_created_at: str | Unset = UNSET
    """ An ISO 8601 UTC timestamp as the server writes it (e.g. 2023-11-12T23:06:10.553Z). Kept as a string so that
    it round-trips byte for byte. """
    stakeholder_id: str | Unset = UNSET
    status: IbisCardStatusCode | Unset = UNSET
    """ A card's back-office status: code "A" pre-active, "B" on, "I" inactive, "S" off (fraud or lost), "F" closed,
    with its description. """
    transition_flag: str | Unset = UNSET
    status_code: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    dob: str | Unset = UNSET
    city: str | Unset = UNSET
    state_code: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    country: str | Unset = UNSET
    exp_date: str | Unset = UNSET
    card_type: str | Unset = UNSET
    cell_number: str | Unset = UNSET
    email: str | Unset = UNSET
    occupation: str | Unset = UNSET
    cip_cleared: str | Unset = UNSET
    pseudo_dda_numbers: list[IbisPseudoDdaNumber] | Unset = UNSET
    card_delivery_mode: str | Unset = UNSET
    card_number: str | Unset = UNSET
    """ The masked card number. """
    fee: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    balance: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    last_deposit_amount: Decimal | Unset = UNSET
    """ A money figure in a response (amount, balance, fee). May be zero or negative. """
    ledger_balance: Decimal | Unset = UNSET
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

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
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

        pseudo_dda_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pseudo_dda_numbers, Unset):
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
        if c_fi_status is not UNSET:
            field_dict["cFiStatus"] = c_fi_status
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if c_fi_aggregator_id is not UNSET:
            field_dict["cFiAggregatorId"] = c_fi_aggregator_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if member_number is not UNSET:
            field_dict["memberNumber"] = member_number
        if card_program_id is not UNSET:
            field_dict["cardProgramId"] = card_program_id
        if program_type is not UNSET:
            field_dict["programType"] = program_type
        if bo_reference_id is not UNSET:
            field_dict["boReferenceId"] = bo_reference_id
        if bo_customer_id is not UNSET:
            field_dict["boCustomerId"] = bo_customer_id
        if v_account_number is not UNSET:
            field_dict["vAccountNumber"] = v_account_number
        if aba_routing_number is not UNSET:
            field_dict["abaRoutingNumber"] = aba_routing_number
        if dts_created_at is not UNSET:
            field_dict["dtsCreatedAt"] = dts_created_at
        if stakeholder_id is not UNSET:
            field_dict["stakeholderId"] = stakeholder_id
        if status is not UNSET:
            field_dict["status"] = status
        if transition_flag is not UNSET:
            field_dict["transitionFlag"] = transition_flag
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if dob is not UNSET:
            field_dict["dob"] = dob
        if city is not UNSET:
            field_dict["city"] = city
        if state_code is not UNSET:
            field_dict["stateCode"] = state_code
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if country is not UNSET:
            field_dict["country"] = country
        if exp_date is not UNSET:
            field_dict["expDate"] = exp_date
        if card_type is not UNSET:
            field_dict["cardType"] = card_type
        if cell_number is not UNSET:
            field_dict["cellNumber"] = cell_number
        if email is not UNSET:
            field_dict["email"] = email
        if occupation is not UNSET:
            field_dict["occupation"] = occupation
        if cip_cleared is not UNSET:
            field_dict["cipCleared"] = cip_cleared
        if pseudo_dda_numbers is not UNSET:
            field_dict["pseudoDdaNumbers"] = pseudo_dda_numbers
        if card_delivery_mode is not UNSET:
            field_dict["cardDeliveryMode"] = card_delivery_mode
        if card_number is not UNSET:
            field_dict["cardNumber"] = card_number
        if fee is not UNSET:
            field_dict["fee"] = fee
        if balance is not UNSET:
            field_dict["balance"] = balance
        if last_deposit_amount is not UNSET:
            field_dict["lastDepositAmount"] = last_deposit_amount
        if ledger_balance is not UNSET:
            field_dict["ledgerBalance"] = ledger_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ibis_card_status_code import IbisCardStatusCode  # noqa: PLC0415
        from ..models.ibis_pseudo_dda_number import IbisPseudoDdaNumber  # noqa: PLC0415

        d = dict(src_dict)
        c_fi_card_id = d.pop("cFiCardId")

        c_fi_status = d.pop("cFiStatus", UNSET)

        customer_id = d.pop("customerId", UNSET)

        c_fi_aggregator_id = d.pop("cFiAggregatorId", UNSET)

        reference = d.pop("reference", UNSET)

        member_number = d.pop("memberNumber", UNSET)

        card_program_id = d.pop("cardProgramId", UNSET)

        program_type = d.pop("programType", UNSET)

        bo_reference_id = d.pop("boReferenceId", UNSET)

        bo_customer_id = d.pop("boCustomerId", UNSET)

        v_account_number = d.pop("vAccountNumber", UNSET)

        aba_routing_number = d.pop("abaRoutingNumber", UNSET)

        dts_created_at = d.pop("dtsCreatedAt", UNSET)

        stakeholder_id = d.pop("stakeholderId", UNSET)

        _status = d.pop("status", UNSET)
        status: IbisCardStatusCode | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IbisCardStatusCode.from_dict(_status)

        transition_flag = d.pop("transitionFlag", UNSET)

        status_code = d.pop("statusCode", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        dob = d.pop("dob", UNSET)

        city = d.pop("city", UNSET)

        state_code = d.pop("stateCode", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        country = d.pop("country", UNSET)

        exp_date = d.pop("expDate", UNSET)

        card_type = d.pop("cardType", UNSET)

        cell_number = d.pop("cellNumber", UNSET)

        email = d.pop("email", UNSET)

        occupation = d.pop("occupation", UNSET)

        cip_cleared = d.pop("cipCleared", UNSET)

        _pseudo_dda_numbers = d.pop("pseudoDdaNumbers", UNSET)
        pseudo_dda_numbers: list[IbisPseudoDdaNumber] | Unset = UNSET
        if _pseudo_dda_numbers is not UNSET:
            pseudo_dda_numbers = []
            for pseudo_dda_numbers_item_data in _pseudo_dda_numbers:
                pseudo_dda_numbers_item = IbisPseudoDdaNumber.from_dict(pseudo_dda_numbers_item_data)

                pseudo_dda_numbers.append(pseudo_dda_numbers_item)

        card_delivery_mode = d.pop("cardDeliveryMode", UNSET)

        card_number = d.pop("cardNumber", UNSET)

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

        ibis_cardholder_profile = cls(
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

        ibis_cardholder_profile.additional_properties = d
        return ibis_cardholder_profile

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
