from typing import Literal

AkepaDocumentGenerateRequestWorkflow = Literal["BUSINESS", "PERSONAL"]

AKEPA_DOCUMENT_GENERATE_REQUEST_WORKFLOW_VALUES: set[AkepaDocumentGenerateRequestWorkflow] = {
    "BUSINESS",
    "PERSONAL",
}


def check_akepa_document_generate_request_workflow(
    value: str,
) -> AkepaDocumentGenerateRequestWorkflow:
    if value in AKEPA_DOCUMENT_GENERATE_REQUEST_WORKFLOW_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AKEPA_DOCUMENT_GENERATE_REQUEST_WORKFLOW_VALUES!r}"
    )
