from typing import Literal

IbisCardShippingMethod = Literal["1", "2", "3"]

IBIS_CARD_SHIPPING_METHOD_VALUES: set[IbisCardShippingMethod] = {
    "1",
    "2",
    "3",
}


def check_ibis_card_shipping_method(value: str) -> IbisCardShippingMethod:
    if value in IBIS_CARD_SHIPPING_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IBIS_CARD_SHIPPING_METHOD_VALUES!r}"
    )
