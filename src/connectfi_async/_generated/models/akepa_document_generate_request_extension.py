from typing import Literal

AkepaDocumentGenerateRequestExtension = Literal["jpg", "png"]

AKEPA_DOCUMENT_GENERATE_REQUEST_EXTENSION_VALUES: set[AkepaDocumentGenerateRequestExtension] = {
    "jpg",
    "png",
}


def check_akepa_document_generate_request_extension(
    value: str,
) -> AkepaDocumentGenerateRequestExtension:
    if value in AKEPA_DOCUMENT_GENERATE_REQUEST_EXTENSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AKEPA_DOCUMENT_GENERATE_REQUEST_EXTENSION_VALUES!r}"
    )
