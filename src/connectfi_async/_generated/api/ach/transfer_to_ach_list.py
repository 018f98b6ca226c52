from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_ach_list_request import TransferToAchListRequest
from ...models.transfer_to_ach_list_response import TransferToAchListResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToAchListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/ach/list",
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
) -> ErrorBody | TransferToAchListResponse:
    if response.status_code == 200:
        response_200 = TransferToAchListResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToAchListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchListRequest,
) -> Response[ErrorBody | TransferToAchListResponse]:
    """List ACH transfers by search criteria

     Searches ACH transfers by reference, creation-date range, status, or a mix, with paging.
    `numberOfRecords` is capped at 1000 (documented in prose); `skipRecords` is an offset. When more
    transfers match than were returned, the response says `"more": true`. An empty body returns an
    unfiltered list of at most 1000.

    Partial schema: the public documentation did not show the rest of the property table (the
    `cFiTransactionId` and `status` filters named in the prose, and any further filters); unknown
    properties are allowed. The response layout was not shown: this document models `data` as the array
    of transfers and `more` as a sibling of `data` in the envelope.

    Args:
        body (TransferToAchListRequest): Filters and paging for /transfer-to/ach/list. Partial
            schema: the public documentation did not show the `cFiTransactionId` and `status` filters
            (named in the prose) nor any further rows; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToAchListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchListRequest,
) -> ErrorBody | TransferToAchListResponse | None:
    """List ACH transfers by search criteria

     Searches ACH transfers by reference, creation-date range, status, or a mix, with paging.
    `numberOfRecords` is capped at 1000 (documented in prose); `skipRecords` is an offset. When more
    transfers match than were returned, the response says `"more": true`. An empty body returns an
    unfiltered list of at most 1000.

    Partial schema: the public documentation did not show the rest of the property table (the
    `cFiTransactionId` and `status` filters named in the prose, and any further filters); unknown
    properties are allowed. The response layout was not shown: this document models `data` as the array
    of transfers and `more` as a sibling of `data` in the envelope.

    Args:
        body (TransferToAchListRequest): Filters and paging for /transfer-to/ach/list. Partial
            schema: the public documentation did not show the `cFiTransactionId` and `status` filters
            (named in the prose) nor any further rows; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToAchListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
