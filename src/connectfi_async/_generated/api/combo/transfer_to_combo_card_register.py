from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.card_register_with_clear_card import CardRegisterWithClearCard
from ...models.card_register_with_encrypted_card import CardRegisterWithEncryptedCard
from ...models.error_body import ErrorBody
from ...models.transfer_to_combo_card_register_response import TransferToComboCardRegisterResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: CardRegisterWithClearCard | CardRegisterWithEncryptedCard,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/combo/card/register",
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
) -> ErrorBody | TransferToComboCardRegisterResponse:
    if response.status_code == 200:
        response_200 = TransferToComboCardRegisterResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToComboCardRegisterResponse]:
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
) -> Response[ErrorBody | TransferToComboCardRegisterResponse]:
    """Register an external card for unified payments

     Registers an external card so that unified payments (/transfer-to/combo/create with transferType
    push or pull) can use it. The card data is sent either encrypted in `card` (PAN|YYYYMM|CVV encrypted
    with the client's public key) or in clear in `clearCard` through the tokenization gateway; exactly
    one of the two is required (when both are missing the server's validator reports the missing
    property `card`). Idempotent through `reference`: a reference already used is refused with
    `referenceExists`, whose context `entityId` is the card registered first. Partial schema: the public
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
        Response[ErrorBody | TransferToComboCardRegisterResponse]
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
) -> ErrorBody | TransferToComboCardRegisterResponse | None:
    """Register an external card for unified payments

     Registers an external card so that unified payments (/transfer-to/combo/create with transferType
    push or pull) can use it. The card data is sent either encrypted in `card` (PAN|YYYYMM|CVV encrypted
    with the client's public key) or in clear in `clearCard` through the tokenization gateway; exactly
    one of the two is required (when both are missing the server's validator reports the missing
    property `card`). Idempotent through `reference`: a reference already used is refused with
    `referenceExists`, whose context `entityId` is the card registered first. Partial schema: the public
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
        ErrorBody | TransferToComboCardRegisterResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
