from typing import Literal

IbisCardSetStatusRequestIbisSettableCardStatus = Literal["B", "F", "I", "S"]

IBIS_CARD_SET_STATUS_REQUEST_IBIS_SETTABLE_CARD_STATUS_VALUES: set[
    IbisCardSetStatusRequestIbisSettableCardStatus
] = {
    "B",
    "F",
    "I",
    "S",
}


def check_ibis_card_set_status_request_ibis_settable_card_status(
    value: str,
) -> IbisCardSetStatusRequestIbisSettableCardStatus:
    if value in IBIS_CARD_SET_STATUS_REQUEST_IBIS_SETTABLE_CARD_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IBIS_CARD_SET_STATUS_REQUEST_IBIS_SETTABLE_CARD_STATUS_VALUES!r}"
    )
