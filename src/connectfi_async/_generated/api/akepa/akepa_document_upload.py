from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.akepa_document_upload_request import AkepaDocumentUploadRequest
from ...models.akepa_document_upload_response import AkepaDocumentUploadResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    document_id: str,
    *,
    body: AkepaDocumentUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/akepa/document/upload/{document_id}".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AkepaDocumentUploadResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AkepaDocumentUploadResponse.from_dict(json_loads(response.content))

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
) -> Response[AkepaDocumentUploadResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AkepaDocumentUploadRequest,
) -> Response[AkepaDocumentUploadResponse | ErrorBody]:
    """Upload a document file

     Stores the file for a document ID created by /akepa/document/generate, sent as multipart/form-data
    in the form field `file` (the page's JS snippet sends JSON, a template artifact contradicted by the
    multipart instruction and the cURL example). Allowed file types are only implied by generate's
    `extension` (jpg, png); size limits and re-upload behaviour were not documented. Partial schema: the
    public documentation did not show any form field besides `file`; unknown properties are allowed. The
    response example was cut after `data.id`.

    Args:
        document_id (str): A connectFi or external ID (docs tag common-id).
        body (AkepaDocumentUploadRequest): multipart/form-data body. Partial schema: the public
            documentation did not show any form field besides `file`; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AkepaDocumentUploadResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AkepaDocumentUploadRequest,
) -> AkepaDocumentUploadResponse | ErrorBody | None:
    """Upload a document file

     Stores the file for a document ID created by /akepa/document/generate, sent as multipart/form-data
    in the form field `file` (the page's JS snippet sends JSON, a template artifact contradicted by the
    multipart instruction and the cURL example). Allowed file types are only implied by generate's
    `extension` (jpg, png); size limits and re-upload behaviour were not documented. Partial schema: the
    public documentation did not show any form field besides `file`; unknown properties are allowed. The
    response example was cut after `data.id`.

    Args:
        document_id (str): A connectFi or external ID (docs tag common-id).
        body (AkepaDocumentUploadRequest): multipart/form-data body. Partial schema: the public
            documentation did not show any form field besides `file`; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AkepaDocumentUploadResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed
