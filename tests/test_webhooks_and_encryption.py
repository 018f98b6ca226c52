"""parse_webhook on every documented webhook payload; the encryption helpers round trip."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from spec_support import spec

from connectfi_async._generated.types import json_dumps, json_loads
from connectfi_async.encryption import (
    EncryptionError,
    encrypt_account_number,
    encrypt_card,
    load_public_key,
)
from connectfi_async.webhooks import MODELS, WebhookError, parse_webhook

SCHEMAS = {
    "ach": "AchWebhookPayload",
    "wire": "WireWebhookPayload",
    "bills": "BillsWebhookPayload",
    "check": "CheckWebhookPayload",
    "akepa": "AkepaWebhook",
}


def documented() -> list[tuple[str, Any]]:
    schemas = spec()["components"]["schemas"]
    out = []
    for kind, name in SCHEMAS.items():
        for example in schemas[name].get("examples", []):
            out.append((kind, example))
    for example in schemas["BillsWebhookLegacyEnvelope"].get("examples", []):
        out.append(("bills", example))
    return out


EXAMPLES = documented()


def test_every_family_has_documented_examples() -> None:
    assert {kind for kind, _ in EXAMPLES} == set(SCHEMAS)


@pytest.mark.parametrize(("kind", "example"), EXAMPLES, ids=[k for k, _ in EXAMPLES])
def test_documented_payload_parses_into_its_model(kind: str, example: Any) -> None:
    body = json_dumps(example)  # as it arrives: bytes, numbers as written
    parsed = parse_webhook(body)
    assert type(parsed) is MODELS[kind]
    assert parse_webhook(body, kind=kind).to_dict() == parsed.to_dict()  # type: ignore[arg-type]
    expected = json_loads(body)
    if kind == "bills" and "code" in expected:
        expected = expected["data"]  # the older enveloped form is unwrapped
    assert json_loads(json_dumps(parsed.to_dict())) == expected
    amount = parsed.to_dict().get("amount")
    assert amount is None or isinstance(amount, (Decimal, int))


def test_money_in_webhooks_is_exact() -> None:
    parsed = parse_webhook(b'{"cFiTransactionId": "t1", "routingNumber": "1", "amount": 3.15}')
    assert parsed.to_dict()["amount"] == Decimal("3.15")
    assert str(parsed.to_dict()["amount"]) == "3.15"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>", "not JSON"),
        (b'{"cFiTransactionId": "t1"', "not JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b'{"status": "Complete", "amount": 1}', "cannot tell which webhook"),
        (b'{"cFiCheckId": "c", "billerId": "b"}', "fields of check, bills"),
    ],
)
def test_bad_webhook_bodies_get_a_clear_error(body: bytes, message: str) -> None:
    with pytest.raises(WebhookError, match=message):
        parse_webhook(body)


def test_kind_resolves_a_body_with_no_marker() -> None:
    parsed = parse_webhook(
        {"status": "Complete", "amount": 1, "cFiTransactionId": "t"}, kind="wire"
    )
    assert type(parsed) is MODELS["wire"]


def test_webhook_errors_never_quote_the_body() -> None:
    with pytest.raises(WebhookError) as caught:
        parse_webhook(b'{"DFIAccountNumber": "123456789", "billerId": "9", "x": ')
    assert "123456789" not in str(caught.value)


# -- encryption ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def jwk(key: rsa.RSAPrivateKey) -> dict[str, str]:
    numbers = key.public_key().public_numbers()

    def b64(value: int) -> str:
        raw = value.to_bytes((value.bit_length() + 7) // 8, "big")
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    return {"kty": "RSA", "n": b64(numbers.n), "e": b64(numbers.e)}


OAEP = padding.OAEP(
    mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None
)


@pytest.mark.parametrize("form", ["pem-bytes", "pem-text", "jwk"])
def test_account_number_is_rsa_oaep_sha256_base64(key: rsa.RSAPrivateKey, form: str) -> None:
    public: Any = {"pem-bytes": pem(key), "pem-text": pem(key).decode(), "jwk": jwk(key)}[form]
    encrypted = encrypt_account_number("5218760012345678", public)
    assert len(encrypted) == 344  # as the documentation says for its keys
    assert key.decrypt(base64.b64decode(encrypted, validate=True), OAEP) == b"5218760012345678"
    assert encrypted != encrypt_account_number("5218760012345678", public)  # OAEP is randomized


def test_card_data_is_pan_expiry_cvv_in_base64url(key: rsa.RSAPrivateKey) -> None:
    card = encrypt_card("4111111111111111", "202911", "123", pem(key), "je87i6-C2QJS7PHUAbJPqw")
    assert card["keyId"] == "je87i6-C2QJS7PHUAbJPqw"
    data = card["encryptedData"]
    assert len(data) == 342  # unpadded base64url of 256 bytes, like the documented examples
    assert "=" not in data
    raw = base64.urlsafe_b64decode(data + "==")
    assert key.decrypt(raw, OAEP) == b"4111111111111111|202911|123"


@pytest.mark.parametrize(
    ("pan", "expiry", "cvv", "message"),
    [
        ("4111 1111 1111 1111", "202911", "123", "card number"),
        ("41111111111", "202911", "123", "card number"),
        ("4111111111111111", "2029-11", "123", "expiry"),
        ("4111111111111111", "202913", "123", "expiry"),
        ("4111111111111111", "202911", "12", "CVV"),
    ],
)
def test_bad_card_data_is_refused_without_echoing_it(
    key: rsa.RSAPrivateKey, pan: str, expiry: str, cvv: str, message: str
) -> None:
    with pytest.raises(EncryptionError, match=message) as caught:
        encrypt_card(pan, expiry, cvv, pem(key), "kid")
    for secret in (pan, cvv):
        assert secret not in str(caught.value)


def test_bad_keys_are_refused() -> None:
    with pytest.raises(EncryptionError, match="PEM"):
        load_public_key(b"not a key")
    with pytest.raises(EncryptionError, match="RSA"):
        load_public_key({"kty": "EC", "x": "1"})
    with pytest.raises(EncryptionError, match="non-empty"):
        encrypt_account_number("  ", {"kty": "RSA", "n": "AQAB", "e": "AQAB"})


def test_parse_webhook_accepts_a_decoded_mapping() -> None:
    body = json.loads('{"cFiCheckId": "chk_1", "cFiCheckStatus": "Sent"}')
    assert type(parse_webhook(body)) is MODELS["check"]
