from typing import Literal

IbisCardReissueRequestIbisReissueReason = Literal["1", "2", "3", "4", "5", "6"]

IBIS_CARD_REISSUE_REQUEST_IBIS_REISSUE_REASON_VALUES: set[
    IbisCardReissueRequestIbisReissueReason
] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_ibis_card_reissue_request_ibis_reissue_reason(
    value: str,
) -> IbisCardReissueRequestIbisReissueReason:
    if value in IBIS_CARD_REISSUE_REQUEST_IBIS_REISSUE_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IBIS_CARD_REISSUE_REQUEST_IBIS_REISSUE_REASON_VALUES!r}"
    )
