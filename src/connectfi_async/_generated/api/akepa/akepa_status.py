from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.akepa_status_request import AkepaStatusRequest
from ...models.akepa_status_response import AkepaStatusResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AkepaStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/akepa/status",
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
) -> AkepaStatusResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AkepaStatusResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(json_loads(response.content))

        return response_404

    response_default = ErrorBody.from_dict(json_loads(response.content))

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AkepaStatusResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaStatusRequest,
) -> Response[AkepaStatusResponse | ErrorBody]:
    """Get the current KYC/KYB application status

     Returns the current details of a customer's KYC/KYB application; callable at any time after
    /akepa/identification. The journey `outcome` is "Approved" only when every `entityApplications[]`
    item is "approved". Method, path and body follow the current per-endpoint Status page: `POST
    /akepa/status` with a JSON body `{customerId, applicationId}` (both required, common-id; the request
    property table was fully seen). The seed index (and the older akepa overview page) list
    `/akepa/status/:customerId` instead, with no method printed and no body; that older form is recorded
    here and not modelled. The response example was not shown: `data` is modelled as the application
    object of the webhook (inferred; the ibis pages confirm `outcome` and `entityApplications` in this
    response). A read: safe to re-send.

    Args:
        body (AkepaStatusRequest): The JSON body of `POST /akepa/status` as documented on the
            current per-endpoint Status page (property table fully seen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AkepaStatusResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaStatusRequest,
) -> AkepaStatusResponse | ErrorBody | None:
    """Get the current KYC/KYB application status

     Returns the current details of a customer's KYC/KYB application; callable at any time after
    /akepa/identification. The journey `outcome` is "Approved" only when every `entityApplications[]`
    item is "approved". Method, path and body follow the current per-endpoint Status page: `POST
    /akepa/status` with a JSON body `{customerId, applicationId}` (both required, common-id; the request
    property table was fully seen). The seed index (and the older akepa overview page) list
    `/akepa/status/:customerId` instead, with no method printed and no body; that older form is recorded
    here and not modelled. The response example was not shown: `data` is modelled as the application
    object of the webhook (inferred; the ibis pages confirm `outcome` and `entityApplications` in this
    response). A read: safe to re-send.

    Args:
        body (AkepaStatusRequest): The JSON body of `POST /akepa/status` as documented on the
            current per-endpoint Status page (property table fully seen).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AkepaStatusResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
