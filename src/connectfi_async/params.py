"""Typed request bodies: a ``TypedDict`` for every body the API accepts.

Every method takes its body as a model instance or as a plain dict; annotate the dict with
its ``*Params`` type and a type checker finds a misspelled, missing or mistyped key::

    from connectfi_async.params import IbisFinancialCardToCardParams

    body: IbisFinancialCardToCardParams = {
        "cardFromId": a, "cardToId": b, "amount": "5.00", "currency": "USD"
    }

Money is ``Decimal | int | str`` (``Money``): each is sent exactly, never through ``float``.
"""

from ._generated.params import *  # noqa: F403
from ._generated.params import __all__ as __all__
