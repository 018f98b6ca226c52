from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.transfer_to_bills_billers_download_response import TransferToBillsBillersDownloadResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transfer-to/bills/billers/download",
    }

    if "json" in _kwargs:
        # httpx would encode Decimal through float; send the exact digits instead.
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | TransferToBillsBillersDownloadResponse:
    if response.status_code == 200:
        response_200 = TransferToBillsBillersDownloadResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorBody | TransferToBillsBillersDownloadResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorBody | TransferToBillsBillersDownloadResponse]:
    """Download the Mastercard RPPS biller directory

     Returns the whole Mastercard RPPS biller directory in one large response (no paging). The
    documentation advises downloading it at most once a day. Every value in a biller record is a string,
    including counts and flags; field names mix camelCase and snake_case. Partial schema: the
    documentation example is written `{ [ {biller}, ... ] }` (not valid JSON) and does not show whether
    the array is wrapped in the standard `{code, data, requestId}` envelope; this document assumes the
    standard envelope with `data` as the array of biller records. The biller record fields after
    `total_masks` and any nested arrays (addresses, masks) were not seen; unknown properties are
    allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | TransferToBillsBillersDownloadResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorBody | TransferToBillsBillersDownloadResponse | None:
    """Download the Mastercard RPPS biller directory

     Returns the whole Mastercard RPPS biller directory in one large response (no paging). The
    documentation advises downloading it at most once a day. Every value in a biller record is a string,
    including counts and flags; field names mix camelCase and snake_case. Partial schema: the
    documentation example is written `{ [ {biller}, ... ] }` (not valid JSON) and does not show whether
    the array is wrapped in the standard `{code, data, requestId}` envelope; this document assumes the
    standard envelope with `data` as the array of biller records. The biller record fields after
    `total_masks` and any nested arrays (addresses, masks) were not seen; unknown properties are
    allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | TransferToBillsBillersDownloadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
