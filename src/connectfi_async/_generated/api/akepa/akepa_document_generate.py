from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.akepa_document_generate_request import AkepaDocumentGenerateRequest
from ...models.akepa_document_generate_response import AkepaDocumentGenerateResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AkepaDocumentGenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/akepa/document/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AkepaDocumentGenerateResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AkepaDocumentGenerateResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_loads(response.content))

        return response_401

    response_default = ErrorBody.from_dict(json_loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AkepaDocumentGenerateResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaDocumentGenerateRequest,
) -> Response[AkepaDocumentGenerateResponse | ErrorBody]:
    """Generate a document ID before uploading a document

     Creates a document ID (`doc_...`) to upload one file to with /akepa/document/upload/{documentId} and
    to link with /akepa/update. Generate one ID per image (e.g. Driver's License front and back). The
    request property table was fully seen. The response example was not shown: `data.id` as the new
    document ID is inferred (the upload response shows `data.id`).

    Args:
        body (AkepaDocumentGenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AkepaDocumentGenerateResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaDocumentGenerateRequest,
) -> AkepaDocumentGenerateResponse | ErrorBody | None:
    """Generate a document ID before uploading a document

     Creates a document ID (`doc_...`) to upload one file to with /akepa/document/upload/{documentId} and
    to link with /akepa/update. Generate one ID per image (e.g. Driver's License front and back). The
    request property table was fully seen. The response example was not shown: `data.id` as the new
    document ID is inferred (the upload response shows `data.id`).

    Args:
        body (AkepaDocumentGenerateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AkepaDocumentGenerateResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
