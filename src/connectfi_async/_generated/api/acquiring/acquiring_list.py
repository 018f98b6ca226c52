from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.acquiring_list_request import AcquiringListRequest
from ...models.acquiring_list_response import AcquiringListResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AcquiringListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/acquiring/list",
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
) -> AcquiringListResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AcquiringListResponse.from_dict(json_loads(response.content))

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
) -> Response[AcquiringListResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringListRequest,
) -> Response[AcquiringListResponse | ErrorBody]:
    """List acquiring pull transactions

     Lists acquiring pull transactions filtered by creation date range, status and reversal status, paged
    with `numberOfRecords` (at most 1000) and `skipRecords`. An empty body returns an unfiltered list of
    at most 1000 transactions. When more transactions match than were returned, the response carries
    `"more": true`. Partial schema: the public documentation did not show the property table after
    `skipRecords` (further filters may exist) nor the response layout; unknown properties are allowed.

    Args:
        body (AcquiringListRequest): All filters optional; an empty body lists everything (at most
            1000). Partial schema: the public documentation did not show the property table after
            `skipRecords`; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AcquiringListResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AcquiringListRequest,
) -> AcquiringListResponse | ErrorBody | None:
    """List acquiring pull transactions

     Lists acquiring pull transactions filtered by creation date range, status and reversal status, paged
    with `numberOfRecords` (at most 1000) and `skipRecords`. An empty body returns an unfiltered list of
    at most 1000 transactions. When more transactions match than were returned, the response carries
    `"more": true`. Partial schema: the public documentation did not show the property table after
    `skipRecords` (further filters may exist) nor the response layout; unknown properties are allowed.

    Args:
        body (AcquiringListRequest): All filters optional; an empty body lists everything (at most
            1000). Partial schema: the public documentation did not show the property table after
            `skipRecords`; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AcquiringListResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
