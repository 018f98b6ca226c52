from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.combo_create_ach import ComboCreateAch
from ...models.combo_create_pull import ComboCreatePull
from ...models.combo_create_push import ComboCreatePush
from ...models.combo_create_wire import ComboCreateWire
from ...models.error_body import ErrorBody
from ...models.transfer_to_combo_create_response import TransferToComboCreateResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: ComboCreateAch | ComboCreatePull | ComboCreatePush | ComboCreateWire,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/combo/create",
    }

    if isinstance(body, ComboCreateAch):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ComboCreateWire):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ComboCreatePull):
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
) -> ErrorBody | TransferToComboCreateResponse:
    if response.status_code == 200:
        response_200 = TransferToComboCreateResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToComboCreateResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ComboCreateAch | ComboCreatePull | ComboCreatePush | ComboCreateWire,
) -> Response[ErrorBody | TransferToComboCreateResponse]:
    """Create a unified payment (ACH, wire, pull from card or push to card)

     One endpoint that creates an ACH transfer, a wire, a pull from a registered card or a push to a
    registered card. The body is `transferType` (ach, wire, pull, push) plus the body of the
    corresponding single-rail endpoint (/transfer-to/ach/create, /transfer-to/wire, the card pull,
    /transfer-to/card/push). Idempotent through `reference`: a reference already used is refused;
    different references are never treated as duplicates. No query endpoint of the seed index finds
    combo transactions by reference (the public docs also show /transfer-to/combo/query, which is not in
    the seed index and is not part of this document), so no lookup is declared. Partial schema: the
    public documentation did not show the variant property tables (only the start of the ACH example; no
    wire, pull or push example) nor the response; unknown properties are allowed.

    Args:
        body (ComboCreateAch | ComboCreatePull | ComboCreatePush | ComboCreateWire):
            `transferType` selects the rail; the rest of the body is that rail's body. Partial schema:
            the public documentation did not show the variant property tables; unknown properties are
            allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToComboCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ComboCreateAch | ComboCreatePull | ComboCreatePush | ComboCreateWire,
) -> ErrorBody | TransferToComboCreateResponse | None:
    """Create a unified payment (ACH, wire, pull from card or push to card)

     One endpoint that creates an ACH transfer, a wire, a pull from a registered card or a push to a
    registered card. The body is `transferType` (ach, wire, pull, push) plus the body of the
    corresponding single-rail endpoint (/transfer-to/ach/create, /transfer-to/wire, the card pull,
    /transfer-to/card/push). Idempotent through `reference`: a reference already used is refused;
    different references are never treated as duplicates. No query endpoint of the seed index finds
    combo transactions by reference (the public docs also show /transfer-to/combo/query, which is not in
    the seed index and is not part of this document), so no lookup is declared. Partial schema: the
    public documentation did not show the variant property tables (only the start of the ACH example; no
    wire, pull or push example) nor the response; unknown properties are allowed.

    Args:
        body (ComboCreateAch | ComboCreatePull | ComboCreatePush | ComboCreateWire):
            `transferType` selects the rail; the rest of the body is that rail's body. Partial schema:
            the public documentation did not show the variant property tables; unknown properties are
            allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToComboCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
