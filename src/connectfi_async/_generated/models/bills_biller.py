from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillsBiller")


@_attrs_define
class BillsBiller:
    """One Mastercard RPPS biller record from /transfer-to/bills/billers/download. Every value is a string (counts and
    flags included); empty strings are common. Fields after `total_masks` and nested arrays (addresses, masks) were not
    seen.

    """

    record_type: str | None = None
    """ Record type, e.g. "0". """
    biller_key: str | None = None
    """ e.g. "458909". """
    record_effective_date: str | None = None
    """ YYYY-MM-DD, e.g. "2022-08-25". """
    biller_id: str | None = None
    """ RPPS biller ID, e.g. "0011460198". """
    live_date: str | None = None
    """ YYYY-MM-DD, e.g. "2022-05-31". """
    routing_number: str | None = None
    biller_name: str | None = None
    """ e.g. "Clear Lake CWAHC WCID 161". """
    biller_class: str | None = None
    """ e.g. "Electric / Gas / Power / Water". """
    biller_type: str | None = None
    """ e.g. "Core". """
    line_of_business: str | None = None
    """ e.g. "RB". """
    file_format: str | None = None
    accepts_prenotes: str | None = None
    """ "Y", "N" or empty. """
    accepts_guaranteed_payments_only: str | None = None
    """ "Y", "N" or empty. """
    accepts_dmp_prenotes: str | None = None
    accepts_dmp_payments_only: str | None = None
    average_response_time: str | None = None
    accept_cdp_prenotes: str | None = None
    accept_cdv_prenotes: str | None = None
    accept_cdd_prenotes: str | None = None
    accept_cdf_prenotes: str | None = None
    accept_cdn_prenotes: str | None = None
    accept_fbd_prenotes: str | None = None
    accept_fbc_prenotes: str | None = None
    return_cdr: str | None = None
    return_cdt: str | None = None
    return_cda: str | None = None
    return_cdv: str | None = None
    return_cdc: str | None = None
    return_cdm: str | None = None
    require_addenda_with_reversals: str | None = None
    """ "Y", "N" or empty. """
    country_code: str | None = None
    """ e.g. "USA". """
    state_code: str | None = None
    """ e.g. "TX". """
    check_digit_routine: str | None = None
    """ "Y", "N" or empty. """
    currency_code: str | None = None
    """ ISO numeric currency code, e.g. "840" (USD). """
    territory_code: str | None = None
    """ e.g. "Regional". """
    previous_biller_name: str | None = None
    note: str | None = None
    accepts_exception_payments: str | None = None
    """ "Y", "N" or empty. """
    total_addresses: str | None = None
    """ Count as a string, e.g. "1". """
    total_masks: Any | None = None
    """ Count of account masks; its value was cut off in the documentation (the other counts are strings). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"record_type={self.record_type!r}",
            f"biller_key={self.biller_key!r}",
            f"record_effective_date={self.record_effective_date!r}",
            f"biller_id={self.biller_id!r}",
            f"live_date={self.live_date!r}",
            f"routing_number={self.routing_number!r}",
            f"biller_name={self.biller_name!r}",
            f"biller_class={self.biller_class!r}",
            f"biller_type={self.biller_type!r}",
            f"line_of_business={self.line_of_business!r}",
            f"file_format={self.file_format!r}",
            f"accepts_prenotes={self.accepts_prenotes!r}",
            f"accepts_guaranteed_payments_only={self.accepts_guaranteed_payments_only!r}",
            f"accepts_dmp_prenotes={self.accepts_dmp_prenotes!r}",
            f"accepts_dmp_payments_only={self.accepts_dmp_payments_only!r}",
            f"average_response_time={self.average_response_time!r}",
            f"accept_cdp_prenotes={self.accept_cdp_prenotes!r}",
            f"accept_cdv_prenotes={self.accept_cdv_prenotes!r}",
            f"accept_cdd_prenotes={self.accept_cdd_prenotes!r}",
            f"accept_cdf_prenotes={self.accept_cdf_prenotes!r}",
            f"accept_cdn_prenotes={self.accept_cdn_prenotes!r}",
            f"accept_fbd_prenotes={self.accept_fbd_prenotes!r}",
            f"accept_fbc_prenotes={self.accept_fbc_prenotes!r}",
            f"return_cdr={self.return_cdr!r}",
            f"return_cdt={self.return_cdt!r}",
            f"return_cda={self.return_cda!r}",
            f"return_cdv={self.return_cdv!r}",
            f"return_cdc={self.return_cdc!r}",
            f"return_cdm={self.return_cdm!r}",
            f"require_addenda_with_reversals={self.require_addenda_with_reversals!r}",
            f"country_code={self.country_code!r}",
            f"state_code={self.state_code!r}",
            f"check_digit_routine={self.check_digit_routine!r}",
            f"currency_code={self.currency_code!r}",
            f"territory_code={self.territory_code!r}",
            f"previous_biller_name={self.previous_biller_name!r}",
            f"note={self.note!r}",
            f"accepts_exception_payments={self.accepts_exception_payments!r}",
            f"total_addresses={self.total_addresses!r}",
            f"total_masks={self.total_masks!r}",
        ]
        if self.additional_properties:
            parts.append(f"additional_keys={sorted(self.additional_properties)!r}")
        return f"BillsBiller({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        record_type = self.record_type

        biller_key = self.biller_key

        record_effective_date = self.record_effective_date

        biller_id = self.biller_id

        live_date = self.live_date

        routing_number = self.routing_number

        biller_name = self.biller_name

        biller_class = self.biller_class

        biller_type = self.biller_type

        line_of_business = self.line_of_business

        file_format = self.file_format

        accepts_prenotes = self.accepts_prenotes

        accepts_guaranteed_payments_only = self.accepts_guaranteed_payments_only

        accepts_dmp_prenotes = self.accepts_dmp_prenotes

        accepts_dmp_payments_only = self.accepts_dmp_payments_only

        average_response_time = self.average_response_time

        accept_cdp_prenotes = self.accept_cdp_prenotes

        accept_cdv_prenotes = self.accept_cdv_prenotes

        accept_cdd_prenotes = self.accept_cdd_prenotes

        accept_cdf_prenotes = self.accept_cdf_prenotes

        accept_cdn_prenotes = self.accept_cdn_prenotes

        accept_fbd_prenotes = self.accept_fbd_prenotes

        accept_fbc_prenotes = self.accept_fbc_prenotes

        return_cdr = self.return_cdr

        return_cdt = self.return_cdt

        return_cda = self.return_cda

        return_cdv = self.return_cdv

        return_cdc = self.return_cdc

        return_cdm = self.return_cdm

        require_addenda_with_reversals = self.require_addenda_with_reversals

        country_code = self.country_code

        state_code = self.state_code

        check_digit_routine = self.check_digit_routine

        currency_code = self.currency_code

        territory_code = self.territory_code

        previous_biller_name = self.previous_biller_name

        note = self.note

        accepts_exception_payments = self.accepts_exception_payments

        total_addresses = self.total_addresses

        total_masks = self.total_masks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if record_type is not None:
            field_dict["recordType"] = record_type
        if biller_key is not None:
            field_dict["billerKey"] = biller_key
        if record_effective_date is not None:
            field_dict["record_effective_date"] = record_effective_date
        if biller_id is not None:
            field_dict["biller_id"] = biller_id
        if live_date is not None:
            field_dict["live_date"] = live_date
        if routing_number is not None:
            field_dict["routing_number"] = routing_number
        if biller_name is not None:
            field_dict["biller_name"] = biller_name
        if biller_class is not None:
            field_dict["biller_class"] = biller_class
        if biller_type is not None:
            field_dict["biller_type"] = biller_type
        if line_of_business is not None:
            field_dict["line_of_business"] = line_of_business
        if file_format is not None:
            field_dict["file_format"] = file_format
        if accepts_prenotes is not None:
            field_dict["accepts_prenotes"] = accepts_prenotes
        if accepts_guaranteed_payments_only is not None:
            field_dict["accepts_guaranteed_payments_only"] = accepts_guaranteed_payments_only
        if accepts_dmp_prenotes is not None:
            field_dict["accepts_DMP_prenotes"] = accepts_dmp_prenotes
        if accepts_dmp_payments_only is not None:
            field_dict["accepts_DMP_payments_only"] = accepts_dmp_payments_only
        if average_response_time is not None:
            field_dict["average_response_time"] = average_response_time
        if accept_cdp_prenotes is not None:
            field_dict["accept_CDP_prenotes"] = accept_cdp_prenotes
        if accept_cdv_prenotes is not None:
            field_dict["accept_CDV_prenotes"] = accept_cdv_prenotes
        if accept_cdd_prenotes is not None:
            field_dict["accept_CDD_prenotes"] = accept_cdd_prenotes
        if accept_cdf_prenotes is not None:
            field_dict["accept_CDF_prenotes"] = accept_cdf_prenotes
        if accept_cdn_prenotes is not None:
            field_dict["accept_CDN_prenotes"] = accept_cdn_prenotes
        if accept_fbd_prenotes is not None:
            field_dict["accept_FBD_prenotes"] = accept_fbd_prenotes
        if accept_fbc_prenotes is not None:
            field_dict["accept_FBC_prenotes"] = accept_fbc_prenotes
        if return_cdr is not None:
            field_dict["return_CDR"] = return_cdr
        if return_cdt is not None:
            field_dict["return_CDT"] = return_cdt
        if return_cda is not None:
            field_dict["return_CDA"] = return_cda
        if return_cdv is not None:
            field_dict["return_CDV"] = return_cdv
        if return_cdc is not None:
            field_dict["return_CDC"] = return_cdc
        if return_cdm is not None:
            field_dict["return_CDM"] = return_cdm
        if require_addenda_with_reversals is not None:
            field_dict["require_addenda_with_reversals"] = require_addenda_with_reversals
        if country_code is not None:
            field_dict["country_code"] = country_code
        if state_code is not None:
            field_dict["state_code"] = state_code
        if check_digit_routine is not None:
            field_dict["check_digit_routine"] = check_digit_routine
        if currency_code is not None:
            field_dict["currency_code"] = currency_code
        if territory_code is not None:
            field_dict["territory_code"] = territory_code
        if previous_biller_name is not None:
            field_dict["previous_biller_name"] = previous_biller_name
        if note is not None:
            field_dict["note"] = note
        if accepts_exception_payments is not None:
            field_dict["accepts_exception_payments"] = accepts_exception_payments
        if total_addresses is not None:
            field_dict["total_addresses"] = total_addresses
        if total_masks is not None:
            field_dict["total_masks"] = total_masks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        record_type = d.pop("recordType", None)

        biller_key = d.pop("billerKey", None)

        record_effective_date = d.pop("record_effective_date", None)

        biller_id = d.pop("biller_id", None)

        live_date = d.pop("live_date", None)

        routing_number = d.pop("routing_number", None)

        biller_name = d.pop("biller_name", None)

        biller_class = d.pop("biller_class", None)

        biller_type = d.pop("biller_type", None)

        line_of_business = d.pop("line_of_business", None)

        file_format = d.pop("file_format", None)

        accepts_prenotes = d.pop("accepts_prenotes", None)

        accepts_guaranteed_payments_only = d.pop("accepts_guaranteed_payments_only", None)

        accepts_dmp_prenotes = d.pop("accepts_DMP_prenotes", None)

        accepts_dmp_payments_only = d.pop("accepts_DMP_payments_only", None)

        average_response_time = d.pop("average_response_time", None)

        accept_cdp_prenotes = d.pop("accept_CDP_prenotes", None)

        accept_cdv_prenotes = d.pop("accept_CDV_prenotes", None)

        accept_cdd_prenotes = d.pop("accept_CDD_prenotes", None)

        accept_cdf_prenotes = d.pop("accept_CDF_prenotes", None)

        accept_cdn_prenotes = d.pop("accept_CDN_prenotes", None)

        accept_fbd_prenotes = d.pop("accept_FBD_prenotes", None)

        accept_fbc_prenotes = d.pop("accept_FBC_prenotes", None)

        return_cdr = d.pop("return_CDR", None)

        return_cdt = d.pop("return_CDT", None)

        return_cda = d.pop("return_CDA", None)

        return_cdv = d.pop("return_CDV", None)

        return_cdc = d.pop("return_CDC", None)

        return_cdm = d.pop("return_CDM", None)

        require_addenda_with_reversals = d.pop("require_addenda_with_reversals", None)

        country_code = d.pop("country_code", None)

        state_code = d.pop("state_code", None)

        check_digit_routine = d.pop("check_digit_routine", None)

        currency_code = d.pop("currency_code", None)

        territory_code = d.pop("territory_code", None)

        previous_biller_name = d.pop("previous_biller_name", None)

        note = d.pop("note", None)

        accepts_exception_payments = d.pop("accepts_exception_payments", None)

        total_addresses = d.pop("total_addresses", None)

        total_masks = d.pop("total_masks", None)

        new_instance_ = cls(
            record_type=record_type,
            biller_key=biller_key,
            record_effective_date=record_effective_date,
            biller_id=biller_id,
            live_date=live_date,
            routing_number=routing_number,
            biller_name=biller_name,
            biller_class=biller_class,
            biller_type=biller_type,
            line_of_business=line_of_business,
            file_format=file_format,
            accepts_prenotes=accepts_prenotes,
            accepts_guaranteed_payments_only=accepts_guaranteed_payments_only,
            accepts_dmp_prenotes=accepts_dmp_prenotes,
            accepts_dmp_payments_only=accepts_dmp_payments_only,
            average_response_time=average_response_time,
            accept_cdp_prenotes=accept_cdp_prenotes,
            accept_cdv_prenotes=accept_cdv_prenotes,
            accept_cdd_prenotes=accept_cdd_prenotes,
            accept_cdf_prenotes=accept_cdf_prenotes,
            accept_cdn_prenotes=accept_cdn_prenotes,
            accept_fbd_prenotes=accept_fbd_prenotes,
            accept_fbc_prenotes=accept_fbc_prenotes,
            return_cdr=return_cdr,
            return_cdt=return_cdt,
            return_cda=return_cda,
            return_cdv=return_cdv,
            return_cdc=return_cdc,
            return_cdm=return_cdm,
            require_addenda_with_reversals=require_addenda_with_reversals,
            country_code=country_code,
            state_code=state_code,
            check_digit_routine=check_digit_routine,
            currency_code=currency_code,
            territory_code=territory_code,
            previous_biller_name=previous_biller_name,
            note=note,
            accepts_exception_payments=accepts_exception_payments,
            total_addresses=total_addresses,
            total_masks=total_masks,
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
