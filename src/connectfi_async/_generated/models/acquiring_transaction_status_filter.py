from typing import Literal

AcquiringTransactionStatusFilter = Literal["Complete", "Declined", "Initiated", "Manual", "Unknown"]

ACQUIRING_TRANSACTION_STATUS_FILTER_VALUES: set[AcquiringTransactionStatusFilter] = {
    "Complete",
    "Declined",
    "Initiated",
    "Manual",
    "Unknown",
}


def check_acquiring_transaction_status_filter(value: str) -> AcquiringTransactionStatusFilter:
    if value in ACQUIRING_TRANSACTION_STATUS_FILTER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACQUIRING_TRANSACTION_STATUS_FILTER_VALUES!r}"
    )
