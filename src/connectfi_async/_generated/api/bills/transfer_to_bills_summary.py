from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_bills_summary_request import TransferToBillsSummaryRequest
from ...models.transfer_to_bills_summary_response import TransferToBillsSummaryResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToBillsSummaryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/bills/summary",
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
) -> ErrorBody | TransferToBillsSummaryResponse:
    if response.status_code == 200:
        response_200 = TransferToBillsSummaryResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToBillsSummaryResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsSummaryRequest,
) -> Response[ErrorBody | TransferToBillsSummaryResponse]:
    """Summarize RPPS activity for a date

     Daily RPPS settlement/reconciliation report for one date: an activity summary (items such as
    `disburse` for bill payments, `purchase` for reversals, `adjustments` and `fees`), the transactions,
    exceptions linked to transactions, extra exceptions not linked to any transaction, and a notes array
    of messages (including differences between requested and settled amounts). Do not request the
    current day; call once a day for a past date. Read-only. Partial schema: the response body was not
    seen (cut off in the documentation); unknown properties are allowed.

    Args:
        body (TransferToBillsSummaryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToBillsSummaryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsSummaryRequest,
) -> ErrorBody | TransferToBillsSummaryResponse | None:
    """Summarize RPPS activity for a date

     Daily RPPS settlement/reconciliation report for one date: an activity summary (items such as
    `disburse` for bill payments, `purchase` for reversals, `adjustments` and `fees`), the transactions,
    exceptions linked to transactions, extra exceptions not linked to any transaction, and a notes array
    of messages (including differences between requested and settled amounts). Do not request the
    current day; call once a day for a past date. Read-only. Partial schema: the response body was not
    seen (cut off in the documentation); unknown properties are allowed.

    Args:
        body (TransferToBillsSummaryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToBillsSummaryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
