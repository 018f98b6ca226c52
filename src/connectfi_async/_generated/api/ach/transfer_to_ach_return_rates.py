from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_ach_return_rates_request import TransferToAchReturnRatesRequest
from ...models.transfer_to_ach_return_rates_response import TransferToAchReturnRatesResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToAchReturnRatesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/ach/return-rates",
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
) -> ErrorBody | TransferToAchReturnRatesResponse:
    if response.status_code == 200:
        response_200 = TransferToAchReturnRatesResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToAchReturnRatesResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchReturnRatesRequest,
) -> Response[ErrorBody | TransferToAchReturnRatesResponse]:
    """Retrieve NACHA return-rate data

     Returns the NACHA return-rate figures for one reporting date (YYYY-MM-DD). With no date, returns up
    to 1000 records for the logged-in client, newest `maxDate` first. Rates are computed daily over the
    60 days before the reporting date and cover debit entries. There are three rates, each with a NACHA
    threshold: unauthorized (under 0.5%), administrative (under 3.0%) and overall (under 15.0%, leaving
    out RCK entries). The response also gives how many days a rate has been out of compliance. When no
    data exists yet for the date, the answer is 400 `returnRateNotFound` (retry later).

    Partial schema: the public documentation did not show the property table (not even the name of the
    date property) nor the response fields other than `maxDate`; unknown properties are allowed. `data`
    is modelled as an array of records (inference from "up to 1000 records").

    Args:
        body (TransferToAchReturnRatesRequest): Body of /transfer-to/ach/return-rates: an optional
            reporting date (YYYY-MM-DD). Partial schema: the public documentation did not show the
            property table (the name of the date property is unknown); unknown properties are allowed.
            An empty body asks for up to 1000 records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToAchReturnRatesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToAchReturnRatesRequest,
) -> ErrorBody | TransferToAchReturnRatesResponse | None:
    """Retrieve NACHA return-rate data

     Returns the NACHA return-rate figures for one reporting date (YYYY-MM-DD). With no date, returns up
    to 1000 records for the logged-in client, newest `maxDate` first. Rates are computed daily over the
    60 days before the reporting date and cover debit entries. There are three rates, each with a NACHA
    threshold: unauthorized (under 0.5%), administrative (under 3.0%) and overall (under 15.0%, leaving
    out RCK entries). The response also gives how many days a rate has been out of compliance. When no
    data exists yet for the date, the answer is 400 `returnRateNotFound` (retry later).

    Partial schema: the public documentation did not show the property table (not even the name of the
    date property) nor the response fields other than `maxDate`; unknown properties are allowed. `data`
    is modelled as an array of records (inference from "up to 1000 records").

    Args:
        body (TransferToAchReturnRatesRequest): Body of /transfer-to/ach/return-rates: an optional
            reporting date (YYYY-MM-DD). Partial schema: the public documentation did not show the
            property table (the name of the date property is unknown); unknown properties are allowed.
            An empty body asks for up to 1000 records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToAchReturnRatesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
