from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.ibis_financial_funds_credit_request import IbisFinancialFundsCreditRequest
from ...models.ibis_funds_transfer_response import IbisFundsTransferResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: IbisFinancialFundsCreditRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ibis/financial/funds-credit",
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
) -> ErrorBody | IbisFundsTransferResponse:
    if response.status_code == 200:
        response_200 = IbisFundsTransferResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | IbisFundsTransferResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IbisFinancialFundsCreditRequest,
) -> Response[ErrorBody | IbisFundsTransferResponse]:
    """Push funds to a card

     Credits funds to a card or vAccount (pre-active cards included). Idempotent on `reference`. Only USD
    is accepted (ibisFundsCurrency otherwise). Differs from the seed: the seed's table printed amount as
    ">= 0"; its own error example and the newer page say > 0 with 2 decimals (common-amount).

    Args:
        body (IbisFinancialFundsCreditRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | IbisFundsTransferResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IbisFinancialFundsCreditRequest,
) -> ErrorBody | IbisFundsTransferResponse | None:
    """Push funds to a card

     Credits funds to a card or vAccount (pre-active cards included). Idempotent on `reference`. Only USD
    is accepted (ibisFundsCurrency otherwise). Differs from the seed: the seed's table printed amount as
    ">= 0"; its own error example and the newer page say > 0 with 2 decimals (common-amount).

    Args:
        body (IbisFinancialFundsCreditRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | IbisFundsTransferResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
