"""PINs and passwords, and the sealing of private entries with a key derived from a student's PIN.

One slow scrypt run (standard library) gives both the key and a verifier, so unlocking costs one
derivation. The cipher is AES-GCM from `cryptography`, because the standard library has none and
hand-written cryptography is not acceptable for children's words. The entry's id is bound in as
associated data, so a sealed text cannot be moved to another entry unnoticed.

What this protects against, honestly: classmates and anyone who copies the data file without the PIN
cannot read sealed entries by opening the file. A 4-digit PIN has only 10,000 values; someone with a
copy of the file, the know-how and an afternoon can try them all. Longer PINs cost them far more.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from app.i18n import translate

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 64 * 1024 * 1024
_NONCE = 12
PIN_MIN, PIN_MAX = 4, 12
PIN_TRIES, PIN_WAIT_S = 5, 30  # wrong PINs in a row, then a pause (student mode and the class network)


class SealError(Exception):
    """The sealed text does not open with this key (wrong key, a PIN reset, or damage)."""


@dataclass(frozen=True)
class Unlocked:
    """The result of a right PIN: the key, and the salt that names it on the entries it seals."""

    key: bytes
    salt: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(secret: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=64)


def make_record(secret: str) -> tuple[str, Unlocked]:
    """A storable record of a new PIN or password (never the secret itself), and its key."""
    salt = os.urandom(16)
    derived = _derive(secret, salt)
    record = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(derived[32:])}"
    return record, Unlocked(derived[:32], _b64(salt))


def check_record(record: str, secret: str) -> Unlocked | None:
    """The key when the secret matches the record, else None. A malformed record never matches."""
    try:
        scheme, n, r, p, salt_text, verifier_text = record.split("$")
        if scheme != "scrypt":
            return None
        salt = base64.b64decode(salt_text, validate=True)
        verifier = base64.b64decode(verifier_text, validate=True)
        derived = _derive(secret, salt, int(n), int(r), int(p))
    except (ValueError, TypeError):
        return None
    if not hmac.compare_digest(derived[32:], verifier):
        return None
    return Unlocked(derived[:32], salt_text)


def pin_problem(pin: str) -> str | None:
    """Why a new PIN cannot be used, in words for a student, or None."""
    if not pin.isdigit() or not PIN_MIN <= len(pin) <= PIN_MAX:
        return translate("store.sealing", "A PIN is {fewest} to {most} digits.").format(fewest=PIN_MIN, most=PIN_MAX)
    return None


def seal(key: bytes, entry_id: str, text: str) -> str:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE)
    return _b64(nonce + AESGCM(key).encrypt(nonce, text.encode("utf-8"), entry_id.encode("ascii")))


def unseal(key: bytes, entry_id: str, sealed: str) -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.b64decode(sealed, validate=True)
        return AESGCM(key).decrypt(raw[:_NONCE], raw[_NONCE:], entry_id.encode("ascii")).decode("utf-8")
    except (InvalidTag, ValueError, UnicodeDecodeError) as error:
        raise SealError("this entry cannot be opened with this key") from error
