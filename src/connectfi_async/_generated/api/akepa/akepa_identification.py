from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.akepa_identification_request import AkepaIdentificationRequest
from ...models.akepa_identification_response import AkepaIdentificationResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AkepaIdentificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/akepa/identification",
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
) -> AkepaIdentificationResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AkepaIdentificationResponse.from_dict(json_loads(response.content))

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
) -> Response[AkepaIdentificationResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaIdentificationRequest,
) -> Response[AkepaIdentificationResponse | ErrorBody]:
    """Start a KYC/KYB verification application

     Opens a KYC (individual) or KYB (business) verification application for an existing customer. The
    response says whether more data or document images are needed (e.g. status `pending_step_up`).
    Status changes that happen later (asynchronously, e.g. after a manual review) are sent once as a
    POST of an AkepaWebhook body to `webhookURL`; changes returned directly in a response produce no
    webhook. KYC/KYB may be run more than once for the same customer; for a business every business
    representative must also pass. The request property table was fully seen. It names the callback
    field `webhookURL`, while every documented request example sends `webhookUrl` (and an error example
    suggests the server accepted it); both spellings are allowed here, prefer `webhookURL`. The response
    example was not shown: `data` is modelled as the same application object as the webhook `data`
    (inferred). Duplicate-`reference` behaviour was not documented for akepa, so this call is not
    treated as safe to re-send.

    Args:
        body (AkepaIdentificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AkepaIdentificationResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaIdentificationRequest,
) -> AkepaIdentificationResponse | ErrorBody | None:
    """Start a KYC/KYB verification application

     Opens a KYC (individual) or KYB (business) verification application for an existing customer. The
    response says whether more data or document images are needed (e.g. status `pending_step_up`).
    Status changes that happen later (asynchronously, e.g. after a manual review) are sent once as a
    POST of an AkepaWebhook body to `webhookURL`; changes returned directly in a response produce no
    webhook. KYC/KYB may be run more than once for the same customer; for a business every business
    representative must also pass. The request property table was fully seen. It names the callback
    field `webhookURL`, while every documented request example sends `webhookUrl` (and an error example
    suggests the server accepted it); both spellings are allowed here, prefer `webhookURL`. The response
    example was not shown: `data` is modelled as the same application object as the webhook `data`
    (inferred). Duplicate-`reference` behaviour was not documented for akepa, so this call is not
    treated as safe to re-send.

    Args:
        body (AkepaIdentificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AkepaIdentificationResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
