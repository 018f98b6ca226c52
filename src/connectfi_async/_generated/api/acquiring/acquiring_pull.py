from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.acquiring_pull_request import AcquiringPullRequest
from ...models.acquiring_pull_response import AcquiringPullResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AcquiringPullRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/acquiring/pull",
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
) -> AcquiringPullResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AcquiringPullResponse.from_dict(json_loads(response.content))

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
) -> Response[AcquiringPullResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringPullRequest,
) -> Response[AcquiringPullResponse | ErrorBody]:
    """Pull funds from a registered card (acquiring)

     Moves money from a card registered with /acquiring/register into the client's settlement account;
    usually completes within seconds. Idempotent through `reference`: a reference already used is
    refused with `referenceExists`. The transaction can be looked up by reference with
    /acquiring/transactions-query. Partial schema: the public documentation did not show the property
    table beyond `amount` (the `cFiCardId` row and later rows are cut; `reference`, `currency`,
    `narrative` and `softDescriptor` are known from the example only) nor the response; unknown
    properties are allowed.

    Args:
        body (AcquiringPullRequest): Partial schema: the public documentation did not show the
            property table beyond `amount` (required); `cFiCardId`, `reference`, `currency`,
            `narrative` and `softDescriptor` are known from the example only; unknown properties are
            allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcquiringPullResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringPullRequest,
) -> AcquiringPullResponse | ErrorBody | None:
    """Pull funds from a registered card (acquiring)

     Moves money from a card registered with /acquiring/register into the client's settlement account;
    usually completes within seconds. Idempotent through `reference`: a reference already used is
    refused with `referenceExists`. The transaction can be looked up by reference with
    /acquiring/transactions-query. Partial schema: the public documentation did not show the property
    table beyond `amount` (the `cFiCardId` row and later rows are cut; `reference`, `currency`,
    `narrative` and `softDescriptor` are known from the example only) nor the response; unknown
    properties are allowed.

    Args:
        body (AcquiringPullRequest): Partial schema: the public documentation did not show the
            property table beyond `amount` (required); `cFiCardId`, `reference`, `currency`,
            `narrative` and `softDescriptor` are known from the example only; unknown properties are
            allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcquiringPullResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
