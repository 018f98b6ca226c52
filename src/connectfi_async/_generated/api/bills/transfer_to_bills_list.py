from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_bills_list_request import TransferToBillsListRequest
from ...models.transfer_to_bills_list_response import TransferToBillsListResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToBillsListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/bills/list",
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
) -> ErrorBody | TransferToBillsListResponse:
    if response.status_code == 200:
        response_200 = TransferToBillsListResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToBillsListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsListRequest,
) -> Response[ErrorBody | TransferToBillsListResponse]:
    """List bill payment transactions by search criteria

     Lists existing bill payment transactions matching search criteria. The endpoint's own page was not
    found. Partial schema: the public documentation did not show the filters, the paging limits, the
    response or the errors; `numberOfRecords` / `skipRecords` are the paging properties used by every
    other connectFi list endpoint (including /transfer-to/bills/billers/list) and are declared here as
    an inference; whether the response carries a `more` flag was not seen. The adjacent CSV export
    (/transfer-to/bills/export) filters on cFiTransactionId, cFiTransactionIds, reference,
    dateCreateFrom, dateCreateTo, dateSettled, dateException, status, billerId and batchId, which the
    list may share (not seen); unknown properties are allowed.

    Args:
        body (TransferToBillsListRequest): Partial schema: the public documentation did not show
            the filters or paging of /transfer-to/bills/list; the paging properties are inferred from
            the other list endpoints; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToBillsListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsListRequest,
) -> ErrorBody | TransferToBillsListResponse | None:
    """List bill payment transactions by search criteria

     Lists existing bill payment transactions matching search criteria. The endpoint's own page was not
    found. Partial schema: the public documentation did not show the filters, the paging limits, the
    response or the errors; `numberOfRecords` / `skipRecords` are the paging properties used by every
    other connectFi list endpoint (including /transfer-to/bills/billers/list) and are declared here as
    an inference; whether the response carries a `more` flag was not seen. The adjacent CSV export
    (/transfer-to/bills/export) filters on cFiTransactionId, cFiTransactionIds, reference,
    dateCreateFrom, dateCreateTo, dateSettled, dateException, status, billerId and batchId, which the
    list may share (not seen); unknown properties are allowed.

    Args:
        body (TransferToBillsListRequest): Partial schema: the public documentation did not show
            the filters or paging of /transfer-to/bills/list; the paging properties are inferred from
            the other list endpoints; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToBillsListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
