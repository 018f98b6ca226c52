"""Every request, response and webhook model of the connectFi API, under public names.

Import models from here (``from connectfi_async.models import IbisCard``), never from the
private ``connectfi_async._generated`` package: its layout may change between releases.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
