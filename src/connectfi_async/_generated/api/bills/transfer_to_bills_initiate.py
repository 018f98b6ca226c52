from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_bills_initiate_request import TransferToBillsInitiateRequest
from ...models.transfer_to_bills_initiate_response import TransferToBillsInitiateResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: TransferToBillsInitiateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transfer-to/bills/initiate",
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
) -> ErrorBody | TransferToBillsInitiateResponse:
    if response.status_code == 200:
        response_200 = TransferToBillsInitiateResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToBillsInitiateResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsInitiateRequest,
) -> Response[ErrorBody | TransferToBillsInitiateResponse]:
    """Initiate a bill payment transaction

     Step 1 of the 3-step RPPS payment flow (initiate, store the returned `cFiTransactionId`, then call
    /transfer-to/bills/execute). Creates a bill-payment transaction in status `Initiated`; no money
    moves until it is executed. The body carries `reference`; a repeated reference is rejected (the
    generic `referenceExists` error is expected; the bill pages do not show the duplicate example). Two
    requests with different references are separate payments even when every other field matches, unless
    the biller rejects a second payment in the same billing cycle.

    The account number at the biller is sent either in clear as `accountNumber` or encrypted as
    `accountNumberEncrypted` (RSA-OAEP with SHA-256, standard base64), never both (error
    `rppsAccountNumber`). Some billers/accounts require the encrypted form (error
    `rppsAccountNumberEncrypted`); the newer documentation says all RPPS initiate requests must use it.
    Reversals (separate agreement only) are also created here; the request field that marks a reversal
    was not seen. A user not authorised for reversals gets HTTP 401 `rppsIsReversal`.

    Partial schema: the public documentation did not show the property table (it breaks off at "Property
    table for schema 1", which implies at least two alternative schemas), so the constraints, required
    flags, the `deliveryTimeCode` values and the reversal fields were not seen; the properties below
    come from the example body and the change log; unknown properties are allowed.

    Args:
        body (TransferToBillsInitiateRequest): Partial schema: the public documentation did not
            show the property table (constraints, required flags, deliveryTimeCode values, reversal
            fields); unknown properties are allowed. `reference` is required (idempotency key).
            `accountNumber` and `accountNumberEncrypted` must not both be sent (error
            rppsAccountNumber).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToBillsInitiateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransferToBillsInitiateRequest,
) -> ErrorBody | TransferToBillsInitiateResponse | None:
    """Initiate a bill payment transaction

     Step 1 of the 3-step RPPS payment flow (initiate, store the returned `cFiTransactionId`, then call
    /transfer-to/bills/execute). Creates a bill-payment transaction in status `Initiated`; no money
    moves until it is executed. The body carries `reference`; a repeated reference is rejected (the
    generic `referenceExists` error is expected; the bill pages do not show the duplicate example). Two
    requests with different references are separate payments even when every other field matches, unless
    the biller rejects a second payment in the same billing cycle.

    The account number at the biller is sent either in clear as `accountNumber` or encrypted as
    `accountNumberEncrypted` (RSA-OAEP with SHA-256, standard base64), never both (error
    `rppsAccountNumber`). Some billers/accounts require the encrypted form (error
    `rppsAccountNumberEncrypted`); the newer documentation says all RPPS initiate requests must use it.
    Reversals (separate agreement only) are also created here; the request field that marks a reversal
    was not seen. A user not authorised for reversals gets HTTP 401 `rppsIsReversal`.

    Partial schema: the public documentation did not show the property table (it breaks off at "Property
    table for schema 1", which implies at least two alternative schemas), so the constraints, required
    flags, the `deliveryTimeCode` values and the reversal fields were not seen; the properties below
    come from the example body and the change log; unknown properties are allowed.

    Args:
        body (TransferToBillsInitiateRequest): Partial schema: the public documentation did not
            show the property table (constraints, required flags, deliveryTimeCode values, reversal
            fields); unknown properties are allowed. `reference` is required (idempotency key).
            `accountNumber` and `accountNumberEncrypted` must not both be sent (error
            rppsAccountNumber).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToBillsInitiateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
