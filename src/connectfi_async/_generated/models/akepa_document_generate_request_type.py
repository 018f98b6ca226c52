from typing import Literal

AkepaDocumentGenerateRequestType = Literal[
    "1065",
    "1099",
    "1120",
    "bank_statement",
    "canada_provincial_id",
    "contract",
    "identification_card",
    "indigenous_card",
    "internal",
    "license",
    "other",
    "passport",
    "paystub",
    "residence_permit",
    "t1",
    "t4",
    "utility",
    "w2",
]

AKEPA_DOCUMENT_GENERATE_REQUEST_TYPE_VALUES: set[AkepaDocumentGenerateRequestType] = {
    "1065",
    "1099",
    "1120",
    "bank_statement",
    "canada_provincial_id",
    "contract",
    "identification_card",
    "indigenous_card",
    "internal",
    "license",
    "other",
    "passport",
    "paystub",
    "residence_permit",
    "t1",
    "t4",
    "utility",
    "w2",
}


def check_akepa_document_generate_request_type(value: str) -> AkepaDocumentGenerateRequestType:
    if value in AKEPA_DOCUMENT_GENERATE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AKEPA_DOCUMENT_GENERATE_REQUEST_TYPE_VALUES!r}"
    )
