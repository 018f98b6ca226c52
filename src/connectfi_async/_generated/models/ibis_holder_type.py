from typing import Literal

IbisHolderType = Literal["individual", "representative"]

IBIS_HOLDER_TYPE_VALUES: set[IbisHolderType] = {
    "individual",
    "representative",
}


def check_ibis_holder_type(value: str) -> IbisHolderType:
    if value in IBIS_HOLDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IBIS_HOLDER_TYPE_VALUES!r}")
