from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.check_print_request import CheckPrintRequest
from ...models.check_print_response import CheckPrintResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CheckPrintRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/check/print",
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
) -> CheckPrintResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = CheckPrintResponse.from_dict(json_loads(response.content))

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
) -> Response[CheckPrintResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckPrintRequest,
) -> Response[CheckPrintResponse | ErrorBody]:
    """Create a check to be printed and mailed

     Registers a check for printing (standard trifold stock) and mailing (USPS First Class); connectFi
    stores it and forwards it to the partner bank several times a day. The body carries `reference`; a
    repeated reference is rejected (the generic `referenceExists` error is expected; the check pages do
    not show it). Two requests with different references are two checks with separate serial numbers
    even if all other data is the same. A logo image URL can be passed in a `logo` property, but whether
    it sits at the top level or inside `checkAttributes` was not seen, so it is not declared (both
    objects accept unknown properties). Partial schema: the public documentation did not show the
    property table (types, required flags, constraints); the properties below come from the example
    body; unknown properties are allowed. The response body was not seen.

    Args:
        body (CheckPrintRequest): Partial schema: the public documentation did not show the
            property table of /check/print (types, required flags, constraints, where `logo` sits);
            unknown properties are allowed. `reference` is required (idempotency key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CheckPrintResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckPrintRequest,
) -> CheckPrintResponse | ErrorBody | None:
    """Create a check to be printed and mailed

     Registers a check for printing (standard trifold stock) and mailing (USPS First Class); connectFi
    stores it and forwards it to the partner bank several times a day. The body carries `reference`; a
    repeated reference is rejected (the generic `referenceExists` error is expected; the check pages do
    not show it). Two requests with different references are two checks with separate serial numbers
    even if all other data is the same. A logo image URL can be passed in a `logo` property, but whether
    it sits at the top level or inside `checkAttributes` was not seen, so it is not declared (both
    objects accept unknown properties). Partial schema: the public documentation did not show the
    property table (types, required flags, constraints); the properties below come from the example
    body; unknown properties are allowed. The response body was not seen.

    Args:
        body (CheckPrintRequest): Partial schema: the public documentation did not show the
            property table of /check/print (types, required flags, constraints, where `logo` sits);
            unknown properties are allowed. `reference` is required (idempotency key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CheckPrintResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
