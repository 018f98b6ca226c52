from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_bills_execute_request import TransferToBillsExecuteRequest
from ...models.transfer_to_bills_execute_response import TransferToBillsExecuteResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToBillsExecuteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/bills/execute",
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
) -> ErrorBody | TransferToBillsExecuteResponse:
    if response.status_code == 200:
        response_200 = TransferToBillsExecuteResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToBillsExecuteResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsExecuteRequest,
) -> Response[ErrorBody | TransferToBillsExecuteResponse]:
    """Execute an initiated bill payment

     Step 3 of the RPPS payment flow: queues a previously initiated transaction for sending; its status
    goes from `Initiated` to `Processing`. Requests received and executed by 5:30 pm ET are sent that
    day and settle the next day. The body has no `reference`, so a re-send is not de-duplicated by
    reference; the result of executing twice was not seen (an `rppsBillStatus` error is expected because
    the status no longer allows it). Before re-sending after an uncertain outcome, read the
    transaction's status with /transfer-to/bills/query. The success example in the documentation is cut
    off after the `status` field.

    Args:
        body (TransferToBillsExecuteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToBillsExecuteResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsExecuteRequest,
) -> ErrorBody | TransferToBillsExecuteResponse | None:
    """Execute an initiated bill payment

     Step 3 of the RPPS payment flow: queues a previously initiated transaction for sending; its status
    goes from `Initiated` to `Processing`. Requests received and executed by 5:30 pm ET are sent that
    day and settle the next day. The body has no `reference`, so a re-send is not de-duplicated by
    reference; the result of executing twice was not seen (an `rppsBillStatus` error is expected because
    the status no longer allows it). Before re-sending after an uncertain outcome, read the
    transaction's status with /transfer-to/bills/query. The success example in the documentation is cut
    off after the `status` field.

    Args:
        body (TransferToBillsExecuteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToBillsExecuteResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
