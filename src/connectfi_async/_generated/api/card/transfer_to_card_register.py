from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.card_register_with_clear_card import CardRegisterWithClearCard
from ...models.card_register_with_encrypted_card import CardRegisterWithEncryptedCard
from ...models.error_body import ErrorBody
from ...models.transfer_to_card_register_response import TransferToCardRegisterResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CardRegisterWithClearCard | CardRegisterWithEncryptedCard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/card/register",
    }

    if isinstance(body, CardRegisterWithEncryptedCard):
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
) -> ErrorBody | TransferToCardRegisterResponse:
    if response.status_code == 200:
        response_200 = TransferToCardRegisterResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToCardRegisterResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardRegisterWithClearCard | CardRegisterWithEncryptedCard,
) -> Response[ErrorBody | TransferToCardRegisterResponse]:
    """Register an external card

     Stores an external (non-connectFi) card so that money can later be pushed to it (/transfer-
    to/card/push) or pulled from it (/transfer-to/card/pull). The card data is sent either encrypted in
    `card` (PAN|YYYYMM|CVV encrypted with the client's public key) or in clear in `clearCard`, which
    must pass through the tokenization gateway that replaces the sensitive values with aliases before
    the request reaches connectFi. Exactly one of `card` and `clearCard` must be sent. The answer never
    carries the full PAN (at most its last 4 digits); the new card id (`tcrd_...`) is what later calls
    take as `cFiCardId`. Idempotent through `reference`: a reference already used is refused with
    `referenceExists`, whose context `entityId` is the card registered first. Registering the same card
    under another reference creates a second, separate registration. Partial schema: the public
    documentation did not show the property table (types, lengths and required flags of `reference`,
    `card`, `clearCard`, `owner`) nor the success response; unknown properties are allowed.

    Args:
        body (CardRegisterWithClearCard | CardRegisterWithEncryptedCard): Exactly one of `card`
            (encrypted) and `clearCard` (tokenized) plus `reference` and `owner`. Partial schema: the
            public documentation did not show the property table; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToCardRegisterResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CardRegisterWithClearCard | CardRegisterWithEncryptedCard,
) -> ErrorBody | TransferToCardRegisterResponse | None:
    """Register an external card

     Stores an external (non-connectFi) card so that money can later be pushed to it (/transfer-
    to/card/push) or pulled from it (/transfer-to/card/pull). The card data is sent either encrypted in
    `card` (PAN|YYYYMM|CVV encrypted with the client's public key) or in clear in `clearCard`, which
    must pass through the tokenization gateway that replaces the sensitive values with aliases before
    the request reaches connectFi. Exactly one of `card` and `clearCard` must be sent. The answer never
    carries the full PAN (at most its last 4 digits); the new card id (`tcrd_...`) is what later calls
    take as `cFiCardId`. Idempotent through `reference`: a reference already used is refused with
    `referenceExists`, whose context `entityId` is the card registered first. Registering the same card
    under another reference creates a second, separate registration. Partial schema: the public
    documentation did not show the property table (types, lengths and required flags of `reference`,
    `card`, `clearCard`, `owner`) nor the success response; unknown properties are allowed.

    Args:
        body (CardRegisterWithClearCard | CardRegisterWithEncryptedCard): Exactly one of `card`
            (encrypted) and `clearCard` (tokenized) plus `reference` and `owner`. Partial schema: the
            public documentation did not show the property table; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToCardRegisterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
