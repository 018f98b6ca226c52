from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_bills_query_request import TransferToBillsQueryRequest
from ...models.transfer_to_bills_query_response import TransferToBillsQueryResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToBillsQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/bills/query",
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
) -> ErrorBody | TransferToBillsQueryResponse:
    if response.status_code == 200:
        response_200 = TransferToBillsQueryResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToBillsQueryResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsQueryRequest,
) -> Response[ErrorBody | TransferToBillsQueryResponse]:
    """Get the status of up to 20 bill payment transactions

     Seed index: "Get the status of up to 20 bill payment transactions"; the section overview page says
    "one or more" bill transactions. The endpoint's own page was not found. Partial schema: the public
    documentation did not show the request, the response or the errors; the `cFiTransactionIds` /
    `references` arrays are named after the sibling query endpoints (checks, ACH), their limit of 20
    comes from the seed index, and whether both may be sent together was not seen (on other modules
    sending both gives `transactionQuery`); unknown properties are allowed. On sibling query endpoints
    unknown IDs are skipped and an empty `data` array is returned when none match.

    Args:
        body (TransferToBillsQueryRequest): Partial schema: the public documentation did not show
            the request of /transfer-to/bills/query; the two arrays are named after the sibling query
            endpoints and limited to 20 per the seed index; whether both may be sent, and the item
            constraints, were not seen; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToBillsQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsQueryRequest,
) -> ErrorBody | TransferToBillsQueryResponse | None:
    """Get the status of up to 20 bill payment transactions

     Seed index: "Get the status of up to 20 bill payment transactions"; the section overview page says
    "one or more" bill transactions. The endpoint's own page was not found. Partial schema: the public
    documentation did not show the request, the response or the errors; the `cFiTransactionIds` /
    `references` arrays are named after the sibling query endpoints (checks, ACH), their limit of 20
    comes from the seed index, and whether both may be sent together was not seen (on other modules
    sending both gives `transactionQuery`); unknown properties are allowed. On sibling query endpoints
    unknown IDs are skipped and an empty `data` array is returned when none match.

    Args:
        body (TransferToBillsQueryRequest): Partial schema: the public documentation did not show
            the request of /transfer-to/bills/query; the two arrays are named after the sibling query
            endpoints and limited to 20 per the seed index; whether both may be sent, and the item
            constraints, were not seen; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToBillsQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
