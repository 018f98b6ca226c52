from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.ibis_inquiry_transaction_history_request import IbisInquiryTransactionHistoryRequest
from ...models.ibis_inquiry_transaction_history_response import IbisInquiryTransactionHistoryResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: IbisInquiryTransactionHistoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ibis/inquiry/transaction-history",
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
) -> ErrorBody | IbisInquiryTransactionHistoryResponse:
    if response.status_code == 200:
        response_200 = IbisInquiryTransactionHistoryResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | IbisInquiryTransactionHistoryResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IbisInquiryTransactionHistoryRequest,
) -> Response[ErrorBody | IbisInquiryTransactionHistoryResponse]:
    """Transaction history of a card

     Returns the transactions of an activated card or vAccount between two dates, paged with
    numberOfRecords/skipRecords (no `more` flag: a page shorter than numberOfRecords is the last).
    Differs from the seed: the seed's table marks dateFrom and dateTo optional; the newer public page
    (change log of 08/06/2024) makes them required, and every seed example sends them, so they are
    required here.

    Args:
        body (IbisInquiryTransactionHistoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | IbisInquiryTransactionHistoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IbisInquiryTransactionHistoryRequest,
) -> ErrorBody | IbisInquiryTransactionHistoryResponse | None:
    """Transaction history of a card

     Returns the transactions of an activated card or vAccount between two dates, paged with
    numberOfRecords/skipRecords (no `more` flag: a page shorter than numberOfRecords is the last).
    Differs from the seed: the seed's table marks dateFrom and dateTo optional; the newer public page
    (change log of 08/06/2024) makes them required, and every seed example sends them, so they are
    required here.

    Args:
        body (IbisInquiryTransactionHistoryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | IbisInquiryTransactionHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
