from typing import Literal

IbisCardReissueRequestIbisReissueType = Literal["1", "2", "3"]

IBIS_CARD_REISSUE_REQUEST_IBIS_REISSUE_TYPE_VALUES: set[IbisCardReissueRequestIbisReissueType] = {
    "1",
    "2",
    "3",
}


def check_ibis_card_reissue_request_ibis_reissue_type(
    value: str,
) -> IbisCardReissueRequestIbisReissueType:
    if value in IBIS_CARD_REISSUE_REQUEST_IBIS_REISSUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IBIS_CARD_REISSUE_REQUEST_IBIS_REISSUE_TYPE_VALUES!r}"
    )
