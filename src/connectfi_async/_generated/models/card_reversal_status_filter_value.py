from typing import Literal

CardReversalStatusFilterValue = Literal["Reversal", "Reversed", "Unknown"]

CARD_REVERSAL_STATUS_FILTER_VALUE_VALUES: set[CardReversalStatusFilterValue] = {
    "Reversal",
    "Reversed",
    "Unknown",
}


def check_card_reversal_status_filter_value(value: str) -> CardReversalStatusFilterValue:
    if value in CARD_REVERSAL_STATUS_FILTER_VALUE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CARD_REVERSAL_STATUS_FILTER_VALUE_VALUES!r}"
    )
