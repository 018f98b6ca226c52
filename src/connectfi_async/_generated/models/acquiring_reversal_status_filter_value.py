from typing import Literal

AcquiringReversalStatusFilterValue = Literal["Reversal", "Reversed", "Unknown"]

ACQUIRING_REVERSAL_STATUS_FILTER_VALUE_VALUES: set[AcquiringReversalStatusFilterValue] = {
    "Reversal",
    "Reversed",
    "Unknown",
}


def check_acquiring_reversal_status_filter_value(value: str) -> AcquiringReversalStatusFilterValue:
    if value in ACQUIRING_REVERSAL_STATUS_FILTER_VALUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACQUIRING_REVERSAL_STATUS_FILTER_VALUE_VALUES!r}"
    )
