from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_ach_query_request_by_ids import TransferToAchQueryRequestByIds
from ...models.transfer_to_ach_query_request_by_references import TransferToAchQueryRequestByReferences
from ...models.transfer_to_ach_query_response import TransferToAchQueryResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToAchQueryRequestByIds | TransferToAchQueryRequestByReferences,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/ach/query",
    }

    if isinstance(body, TransferToAchQueryRequestByIds):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | TransferToAchQueryResponse:
    if response.status_code == 200:
        response_200 = TransferToAchQueryResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToAchQueryResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchQueryRequestByIds | TransferToAchQueryRequestByReferences,
) -> Response[ErrorBody | TransferToAchQueryResponse]:
    """Query details of one or more ACH transfers

     Returns the current state of up to 20 ACH transfers, selected either by connectFi ID
    (`cFiTransactionIds`) or by your references (`references`), not both (sending both gives 400
    `transactionQuery`). The array must not be empty and may hold at most 20 elements, counting repeats
    (the same ID 21 times fails; the error code for more than 20 was not shown). Unknown IDs are
    skipped; when none is found `data` is an empty array with code "0". An ID listed several times comes
    back once.

    The fields of the returned transaction objects were not shown in the documentation (see
    AchTransfer).

    Args:
        body (TransferToAchQueryRequestByIds | TransferToAchQueryRequestByReferences): Either
            `cFiTransactionIds` or `references` (1 to 20 elements, repeats counted), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToAchQueryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchQueryRequestByIds | TransferToAchQueryRequestByReferences,
) -> ErrorBody | TransferToAchQueryResponse | None:
    """Query details of one or more ACH transfers

     Returns the current state of up to 20 ACH transfers, selected either by connectFi ID
    (`cFiTransactionIds`) or by your references (`references`), not both (sending both gives 400
    `transactionQuery`). The array must not be empty and may hold at most 20 elements, counting repeats
    (the same ID 21 times fails; the error code for more than 20 was not shown). Unknown IDs are
    skipped; when none is found `data` is an empty array with code "0". An ID listed several times comes
    back once.

    The fields of the returned transaction objects were not shown in the documentation (see
    AchTransfer).

    Args:
        body (TransferToAchQueryRequestByIds | TransferToAchQueryRequestByReferences): Either
            `cFiTransactionIds` or `references` (1 to 20 elements, repeats counted), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToAchQueryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
