from typing import Literal

CardTransactionStatusFilter = Literal["Complete", "Declined", "Initiated", "Manual", "Unknown"]

CARD_TRANSACTION_STATUS_FILTER_VALUES: set[CardTransactionStatusFilter] = {
    "Complete",
    "Declined",
    "Initiated",
    "Manual",
    "Unknown",
}


def check_card_transaction_status_filter(value: str) -> CardTransactionStatusFilter:
    if value in CARD_TRANSACTION_STATUS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CARD_TRANSACTION_STATUS_FILTER_VALUES!r}"
    )
