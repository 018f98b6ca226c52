"""What HTTP lets the SDK put in a header it sends (RFC 9110 §5.1, §5.5), checked before sending.

- a name is a ``token``: one or more of ``!#$%&'*+-.^_`|~``, digits and ASCII letters;
- a value is visible ASCII (``%x21-7E``) with spaces and tabs inside, and none at either end
  (§5.5 strips them); no CR, LF, NUL or other control character, no non-ASCII (``obs-text``
  is obsolete and each library encodes it differently);
- the API token (``x-connectfi-token``) is 1 to 4096 visible ASCII characters, with no space:
  the API documents no format beyond "a long random string", and nothing else can be carried
  as it is by every sender.
"""

from __future__ import annotations

import re

TOKEN_MAX_LENGTH = 4096

_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_VALUE = re.compile(r"(?:[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?")
_TOKEN = re.compile(rf"[\x21-\x7e]{{1,{TOKEN_MAX_LENGTH}}}")
_TOKEN_BYTES = re.compile(rf"[\x21-\x7e]{{1,{TOKEN_MAX_LENGTH}}}".encode())


def is_header_name(name: str) -> bool:
    """True when ``name`` is an RFC 9110 field name (a ``token``)."""
    return _NAME.fullmatch(name) is not None


def is_header_value(value: str) -> bool:
    """True when ``value`` can be sent as it is: visible ASCII, inner spaces and tabs."""
    return _VALUE.fullmatch(value) is not None


def usable_token(value: object) -> bool:
    """True when ``value`` is a string the ``x-connectfi-token`` header can carry."""
    return isinstance(value, str) and _TOKEN.fullmatch(value) is not None


def token_from_bytes(raw: bytes) -> str | None:
    """The token stored as ``raw`` (a shared store's bytes), or None when it is unusable."""
    return raw.decode("ascii") if _TOKEN_BYTES.fullmatch(raw) is not None else None
