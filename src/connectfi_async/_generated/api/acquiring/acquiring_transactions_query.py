from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.acquiring_transactions_query_by_ids import AcquiringTransactionsQueryByIds
from ...models.acquiring_transactions_query_by_references import AcquiringTransactionsQueryByReferences
from ...models.acquiring_transactions_query_response import AcquiringTransactionsQueryResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AcquiringTransactionsQueryByIds | AcquiringTransactionsQueryByReferences,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/acquiring/transactions-query",
    }

    if isinstance(body, AcquiringTransactionsQueryByIds):
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
) -> AcquiringTransactionsQueryResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AcquiringTransactionsQueryResponse.from_dict(json_loads(response.content))

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
) -> Response[AcquiringTransactionsQueryResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringTransactionsQueryByIds | AcquiringTransactionsQueryByReferences,
) -> Response[AcquiringTransactionsQueryResponse | ErrorBody]:
    """Query acquiring pull transactions

     Returns the current state of up to 20 acquiring pull transactions, given either their connectFi ids
    (`cFiTransactionIds`) or the client's references (`references`), never both (both give
    `transactionQuery`). The array must not be empty and may hold at most 20 elements, repeats included.
    Unknown ids are skipped; an id asked for several times comes back once; when nothing matches, `data`
    is an empty array with code "0".

    Args:
        body (AcquiringTransactionsQueryByIds | AcquiringTransactionsQueryByReferences): Either
            `cFiTransactionIds` or `references` (1 to 20 elements), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcquiringTransactionsQueryResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringTransactionsQueryByIds | AcquiringTransactionsQueryByReferences,
) -> AcquiringTransactionsQueryResponse | ErrorBody | None:
    """Query acquiring pull transactions

     Returns the current state of up to 20 acquiring pull transactions, given either their connectFi ids
    (`cFiTransactionIds`) or the client's references (`references`), never both (both give
    `transactionQuery`). The array must not be empty and may hold at most 20 elements, repeats included.
    Unknown ids are skipped; an id asked for several times comes back once; when nothing matches, `data`
    is an empty array with code "0".

    Args:
        body (AcquiringTransactionsQueryByIds | AcquiringTransactionsQueryByReferences): Either
            `cFiTransactionIds` or `references` (1 to 20 elements), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcquiringTransactionsQueryResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
