from typing import Literal

IbisCardReissueRequestIbisActivateNewCard = Literal["N", "Y"]

IBIS_CARD_REISSUE_REQUEST_IBIS_ACTIVATE_NEW_CARD_VALUES: set[
    IbisCardReissueRequestIbisActivateNewCard
] = {
    "N",
    "Y",
}


def check_ibis_card_reissue_request_ibis_activate_new_card(
    value: str,
) -> IbisCardReissueRequestIbisActivateNewCard:
    if value in IBIS_CARD_REISSUE_REQUEST_IBIS_ACTIVATE_NEW_CARD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IBIS_CARD_REISSUE_REQUEST_IBIS_ACTIVATE_NEW_CARD_VALUES!r}"
    )
