"""Recovery after an unknown outcome: find what the earlier attempt did, check it, answer with it.

Two answers to a repeated request mean "an earlier attempt of this call already did the
work": ``referenceExists`` for a write de-duplicated on its reference, and the documented
"already done" answers (activate answered "already active"). Either way the entity is read
back through the operation's declared lookup and returned as this call's result only when it
matches what this call sent; an entity that merely shares the reference is refused with
:class:`~connectfi_async.errors.ReferenceMismatchError`, never returned as if it were ours.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from . import errors
from ._operations import (
    AlreadyDone,
    ApiResponse,
    Caller,
    HistoryAmount,
    Lookup,
    Operation,
    Options,
    model_dict,
)


def _as_dict(item: Any) -> dict[str, Any] | None:
    from_model = model_dict(item)
    if from_model is not None:
        return dict(from_model)
    if isinstance(item, Mapping):
        return dict(item)
    return None


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, str):
        try:
            number = Decimal(value)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def same_value(sent: Any, found: Any) -> bool:
    """Whether a request value and an entity value agree (numbers compared exactly)."""
    if sent == found:
        return True
    a, b = _number(sent), _number(found)
    return a is not None and b is not None and a == b


def _get(payload: Mapping[str, Any], dotted: str) -> tuple[bool, Any]:
    node: Any = payload
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False, None
        node = node[part]
    return True, node


def mismatches(
    lookup: Lookup, payload: Mapping[str, Any], entity: Mapping[str, Any]
) -> list[tuple[str, Any, Any]]:
    """``(field, sent, found)`` for every declared pair on which request and entity differ.

    ``lookup.match`` pairs request fields with entity fields, ``lookup.expect`` entity fields
    with the values they must hold (a funds credit must find a ``credit``). A field the request
    did not send is not compared; a field the entity does not report counts as a difference,
    since a match cannot be shown.
    """
    out = []
    expected = [(entity_field, True, value) for entity_field, value in lookup.expect]
    for request_field, entity_field in lookup.match:
        present, sent = _get(payload, request_field)
        expected.append((entity_field, present, sent))
    for entity_field, present, sent in expected:
        if not present:
            continue
        found = entity.get(entity_field)
        if not same_value(sent, found):
            out.append((entity_field, sent, found))
    return out


def compared_fields(
    operation: Operation[Any], payload: Mapping[str, Any]
) -> tuple[tuple[str, Any], ...]:
    """The request fields recovery compares (ids, amount; never a secret), with their values."""
    names = _COMPARED.get(operation.operation_id)
    if names is None:
        lookup = operation.lookup
        listed = [] if lookup is None else [ours for ours, _ in lookup.match]
        if lookup is not None and lookup.history is not None:
            listed.append(lookup.history.amount)
        names = _COMPARED[operation.operation_id] = tuple(listed)
    out = []
    for name in names:
        if "." in name:
            present, value = _get(payload, name)
            if present:
                out.append((name, value))
        elif name in payload:
            out.append((name, payload[name]))
    return tuple(out)


# The compared request fields of each operation, worked out on its first call.
_COMPARED: dict[str, tuple[str, ...]] = {}


def differences(
    sent: tuple[tuple[str, Any], ...], first: tuple[tuple[str, Any], ...]
) -> list[tuple[str, Any, Any]]:
    """``(field, sent, first sent)`` for each compared field on which two requests differ."""
    earlier = dict(first)
    return [
        (name, value, earlier.get(name))
        for name, value in sent
        if name in earlier and not same_value(value, earlier[name])
    ]


def _typed(operation: Operation[Any], entity: dict[str, Any], raw: ApiResponse[Any]) -> Any:
    cls = operation.data_class
    if cls is None:
        return entity
    try:
        return cls.from_dict(entity)
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        raise errors.UnexpectedResponseError(
            status_code=raw.status_code,
            code=None,
            message=f"recovered entity does not fit {cls.__name__}: {type(exc).__name__}",
            request_id=raw.request_id,
        ) from None


def _pick(data: Any, lookup: Lookup, key: str) -> dict[str, Any] | None:
    items = data if isinstance(data, list) else [data]
    found = [d for d in (_as_dict(item) for item in items) if d is not None]
    if lookup.key == "reference":
        # A query may answer more than was asked for: take the entity carrying our reference.
        with_reference = [d for d in found if d.get("reference") == key]
        if with_reference:
            return with_reference[0]
        if any("reference" in d for d in found):
            return None
    return found[0] if len(found) == 1 else None


async def recover(
    engine: Caller,
    operation: Operation[Any],
    reference: str,
    payload: Mapping[str, Any] | None,
    existing: errors.ReferenceExistsError,
    proven: bool = False,
) -> ApiResponse[Any]:
    """The entity carrying ``reference``, as this call's result, after checking it is ours.

    ``proven``: no other request can have used the reference (generated for this call, or
    bound to this request by the fleet's store); a history that cannot show the amount then
    does not count against the entity, while one showing another amount still does.
    """
    lookup = operation.lookup
    key = reference if lookup is None or lookup.key == "reference" else existing.entity_id
    if lookup is None or key is None:
        raise existing
    target = lookup.operation
    if lookup.field is None:
        found = await engine.call(target, (key,), None, Options())
    else:
        query = {lookup.field: [key] if lookup.is_array else key}
        found = await engine.call(target, (), query, Options())
    entity = _pick(found.data, lookup, key)
    if entity is None:
        raise existing
    for ours, theirs in lookup.field_map:
        if theirs in entity:
            entity[ours] = entity.pop(theirs)
    if any(entity.get(name) == value for name, value in lookup.failed_when):
        raise _declined(entity, reference, found)
    differing = mismatches(lookup, payload or {}, entity)
    if not differing and lookup.history is not None:
        differing = await _history_mismatches(engine, lookup.history, payload, entity, proven)
    if differing:
        raise errors.ReferenceMismatchError(
            existing,
            reference=reference,
            mismatches=differing,
            found=_typed(operation, entity, found),
        )
    return ApiResponse(
        _typed(operation, entity, found),
        found.status_code,
        found.headers,
        found.request_id,
        reference,
        recovered=True,
    )


_HISTORY_PAGE = 200


async def _history_mismatches(
    engine: Caller,
    rule: HistoryAmount,
    payload: Mapping[str, Any] | None,
    entity: Mapping[str, Any],
    proven: bool,
) -> list[tuple[str, Any, Any]]:
    """The amount as the card's transaction history shows it, when it differs from the sent one.

    The funds lookup answers no amount, so a transfer that merely shares the reference would
    pass every other check. The history lists each transaction with the transfer's ``arn``
    (a reversal too, with the opposite sign): the amount sent must be among them. A history
    that cannot be read, or that does not show the ``arn``, cannot show a match: that counts
    as a difference unless the reference is ``proven`` to be this request's alone.
    """
    card_field, amount_field = rule.card, rule.amount
    present, sent = _get(payload or {}, amount_field)
    if not present:
        return []
    card, arn = entity.get(card_field), entity.get("arn")
    if not isinstance(card, str) or not isinstance(arn, str):
        return [(amount_field, sent, None)]
    amounts = await _history_amounts(engine, rule, card, arn, entity.get("dtsCreatedAt"))
    wanted = _number(sent)
    if wanted is not None and any(abs(wanted) == abs(found) for found in amounts):
        return []
    if proven and not amounts:
        return []  # not shown (a pre-active card's history is refused), and nobody else's
    return [(amount_field, sent, amounts[0] if amounts else None)]


async def _history_amounts(
    engine: Caller, rule: HistoryAmount, card: str, arn: str, created: Any
) -> list[Decimal]:
    """The amounts of the card's transactions carrying ``arn`` (empty when none or unreadable)."""
    from datetime import date, datetime, timedelta, timezone

    today = datetime.now(timezone.utc).date()
    try:
        start = date.fromisoformat(str(created)[:10]) if created else today
    except ValueError:
        start = today
    # A day earlier: the back office may date the transaction in a zone behind UTC.
    query: dict[str, Any] = {
        "cFiCardId": card,
        "dateFrom": (min(start, today) - timedelta(days=1)).isoformat(),
        "dateTo": today.isoformat(),
        "numberOfRecords": _HISTORY_PAGE,
        "skipRecords": 0,
    }
    found: list[Decimal] = []
    while True:
        try:
            page = await engine.call(rule.operation, (), query, Options())
        except errors.ApiError:
            return found
        history = _as_dict(page.data) or {}
        items = [_as_dict(item) or {} for item in history.get("transactions") or []]
        for item in items:
            amount = _number(item.get("amount"))
            if item.get("arn") == arn and amount is not None:
                found.append(amount)
        if found or len(items) < _HISTORY_PAGE:
            return found
        query["skipRecords"] += len(items)


def _declined(
    entity: Mapping[str, Any], reference: str, found: ApiResponse[Any]
) -> errors.ApiError:
    """The decline an earlier attempt received, rebuilt from the Error entity it left."""
    from ._wire import error_class

    detail = entity.get("error")
    sub_code = detail.get("code") if isinstance(detail, Mapping) else None
    message = detail.get("message") if isinstance(detail, Mapping) else None
    sub_code = sub_code if isinstance(sub_code, str) else None
    error = error_class(400, "extIbis", sub_code)(
        status_code=found.status_code,
        code="extIbis",
        sub_code=sub_code,
        message=message if isinstance(message, str) else "declined (found after a lost answer)",
        context=dict(entity),
        request_id=found.request_id,
    )
    error.reference = reference
    return error


def is_already_done(done: AlreadyDone | None, error: errors.ApiError) -> bool:
    """Whether ``error`` is one of the operation's documented "already done" answers."""
    if done is None or error.code is None:
        return False
    return error.code in done.errors or f"{error.code}/{error.sub_code}" in done.errors


async def current_state(
    engine: Caller, operation: Operation[Any], payload: Mapping[str, Any] | None
) -> ApiResponse[Any]:
    """Read the state an "already done" answer refers to, typed as the operation's answer."""
    done = operation.already_done
    assert done is not None
    query = {}
    for lookup_field, request_field in done.fields:
        present, value = _get(payload or {}, request_field)
        if present:
            query[lookup_field] = value
    found = await engine.call(done.operation, (), query, Options())
    entity = _as_dict(found.data)
    data = found.data if entity is None else _typed(operation, entity, found)
    return ApiResponse(
        data, found.status_code, found.headers, found.request_id, None, recovered=True
    )
