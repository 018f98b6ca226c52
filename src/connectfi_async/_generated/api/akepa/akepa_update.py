from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.akepa_update_request import AkepaUpdateRequest
from ...models.akepa_update_response import AkepaUpdateResponse
from ...models.error_body import ErrorBody
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: AkepaUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/akepa/update",
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
) -> AkepaUpdateResponse | ErrorBody:
    if response.status_code == 200:
        response_200 = AkepaUpdateResponse.from_dict(json_loads(response.content))

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
) -> Response[AkepaUpdateResponse | ErrorBody]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaUpdateRequest,
) -> Response[AkepaUpdateResponse | ErrorBody]:
    """Link uploaded documents to a KYC/KYB application

     Links uploaded documents to an entity of the open KYC/KYB application so the journey can continue
    (e.g. from `pending_step_up` to `waiting_review`). A `documents` array links several documents in
    one request; send the "front" and "back" images of a Driver's License together. `entityId` is the
    customerId for an individual, or the business representative's ID (from the /customer/init response)
    for a business. No documents can be attached once the entity is `completed`
    (statusApplicationEntity). If the status stays `pending_step_up`, more documents are expected.
    Partial schema: the public documentation did not show the property table (whether `entityId`,
    `applicationId` or `customerId` are top-level or per item, the shape of a `documents` item),
    examples or the response; unknown properties are allowed.

    Args:
        body (AkepaUpdateRequest): Link uploaded documents to an entity. Partial schema: the
            public documentation did not show the property table; only the `documents` array is named
            in the prose (item shape not seen), and `entityId` (the customerId, or a business
            representative's ID) is named without its place; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AkepaUpdateResponse | ErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AkepaUpdateRequest,
) -> AkepaUpdateResponse | ErrorBody | None:
    """Link uploaded documents to a KYC/KYB application

     Links uploaded documents to an entity of the open KYC/KYB application so the journey can continue
    (e.g. from `pending_step_up` to `waiting_review`). A `documents` array links several documents in
    one request; send the "front" and "back" images of a Driver's License together. `entityId` is the
    customerId for an individual, or the business representative's ID (from the /customer/init response)
    for a business. No documents can be attached once the entity is `completed`
    (statusApplicationEntity). If the status stays `pending_step_up`, more documents are expected.
    Partial schema: the public documentation did not show the property table (whether `entityId`,
    `applicationId` or `customerId` are top-level or per item, the shape of a `documents` item),
    examples or the response; unknown properties are allowed.

    Args:
        body (AkepaUpdateRequest): Link uploaded documents to an entity. Partial schema: the
            public documentation did not show the property table; only the `documents` array is named
            in the prose (item shape not seen), and `entityId` (the customerId, or a business
            representative's ID) is named without its place; unknown properties are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AkepaUpdateResponse | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
