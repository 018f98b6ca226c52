from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.check_list_request import CheckListRequest
from ...models.check_list_response import CheckListResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CheckListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/check/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CheckListResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CheckListResponse.from_dict(json_loads(response.content))

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
) -> Response[CheckListResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckListRequest,
) -> Response[CheckListResponse | ErrorBody]:
    """List checks by search criteria

     Lists checks matching a cFiCheckId, an array of cFiCheckIds, a reference, a creation date range, a
    check status value, a void status value, or a combination. `numberOfRecords` is at most 1000; page
    with `skipRecords` + `numberOfRecords`. When more checks match than `numberOfRecords`, the response
    says `"more": true`. With no filters the first 1000 checks come back. Partial schema: the public
    documentation did not show the property table from `dateCreateTo` on (the `dateCreateTo` and
    `status` filters are declared from the adjacent /check/export-list page; the name of the void-status
    filter was not seen; the numberOfRecords and skipRecords schemas are the common ones); unknown
    properties are allowed. The response layout was not seen: `data` is assumed to be the array of
    checks and `more` a top-level flag beside it.

    Args:
        body (CheckListRequest): Partial schema: the public documentation did not show the
            property table from `dateCreateTo` on (dateCreateTo and status are taken from
            /check/export-list; the void-status filter's name was not seen); unknown properties are
            allowed. With no properties, the first 1000 checks are returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckListResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckListRequest,
) -> CheckListResponse | ErrorBody | None:
    """List checks by search criteria

     Lists checks matching a cFiCheckId, an array of cFiCheckIds, a reference, a creation date range, a
    check status value, a void status value, or a combination. `numberOfRecords` is at most 1000; page
    with `skipRecords` + `numberOfRecords`. When more checks match than `numberOfRecords`, the response
    says `"more": true`. With no filters the first 1000 checks come back. Partial schema: the public
    documentation did not show the property table from `dateCreateTo` on (the `dateCreateTo` and
    `status` filters are declared from the adjacent /check/export-list page; the name of the void-status
    filter was not seen; the numberOfRecords and skipRecords schemas are the common ones); unknown
    properties are allowed. The response layout was not seen: `data` is assumed to be the array of
    checks and `more` a top-level flag beside it.

    Args:
        body (CheckListRequest): Partial schema: the public documentation did not show the
            property table from `dateCreateTo` on (dateCreateTo and status are taken from
            /check/export-list; the void-status filter's name was not seen); unknown properties are
            allowed. With no properties, the first 1000 checks are returned.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckListResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
