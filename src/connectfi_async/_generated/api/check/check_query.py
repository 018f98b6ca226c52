from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.check_query_request_by_ids import CheckQueryRequestByIds
from ...models.check_query_request_by_references import CheckQueryRequestByReferences
from ...models.check_query_response import CheckQueryResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CheckQueryRequestByIds | CheckQueryRequestByReferences,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/check/query",
    }

    if isinstance(body, CheckQueryRequestByIds):
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
) -> CheckQueryResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CheckQueryResponse.from_dict(json_loads(response.content))

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
) -> Response[CheckQueryResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckQueryRequestByIds | CheckQueryRequestByReferences,
) -> Response[CheckQueryResponse | ErrorBody]:
    """Query details of up to 20 checks

     Returns up to 20 checks, requested either by `cFiCheckIds` or by `references`, not both; the array
    must not be empty. More than 20 elements fails even when they are repeats. Unknown IDs are ignored;
    if none is recognised `data` is an empty array with code "0". An ID listed several times comes back
    once. (The prose on the page spells the field with a Cyrillic "с"; the schema table uses the Latin
    `cFiCheckIds`, used here.) The response items were not seen; they are assumed to be the check object
    returned by /check/get.

    Args:
        body (CheckQueryRequestByIds | CheckQueryRequestByReferences): Either cFiCheckIds or
            references (1-20 items), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckQueryResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckQueryRequestByIds | CheckQueryRequestByReferences,
) -> CheckQueryResponse | ErrorBody | None:
    """Query details of up to 20 checks

     Returns up to 20 checks, requested either by `cFiCheckIds` or by `references`, not both; the array
    must not be empty. More than 20 elements fails even when they are repeats. Unknown IDs are ignored;
    if none is recognised `data` is an empty array with code "0". An ID listed several times comes back
    once. (The prose on the page spells the field with a Cyrillic "с"; the schema table uses the Latin
    `cFiCheckIds`, used here.) The response items were not seen; they are assumed to be the check object
    returned by /check/get.

    Args:
        body (CheckQueryRequestByIds | CheckQueryRequestByReferences): Either cFiCheckIds or
            references (1-20 items), not both.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckQueryResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
