from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ibis_holder_type import IbisHolderType, check_ibis_holder_type

T = TypeVar("T", bound="IbisAccountHolderProfile")


@_attrs_define
class IbisAccountHolderProfile:
    """Account holder details: required for business account holders, may be null for individual customers. The docs do not
    show schemas for these fields.

    """

    occupation: str | None = None
    """ The occupation of the account holder. """
    account_holder_id: str | None = None
    """ The connectFi ID of the holder; must match customerId for an individual customer. """
    account_holder_type: IbisHolderType | None = None
    """ "individual" or "representative" (required for business account holders). """

    def __repr__(self) -> str:
        """The fields, with secrets (PIN, PAN, CVV, passwords, tokens, account numbers) masked."""
        parts: list[str] = [
            f"occupation={self.occupation!r}",
            f"account_holder_id={self.account_holder_id!r}",
            f"account_holder_type={self.account_holder_type!r}",
        ]
        return f"IbisAccountHolderProfile({', '.join(parts)})"

    def to_dict(self) -> dict[str, Any]:
        occupation = self.occupation

        account_holder_id: str | None
        if isinstance(self.account_holder_id, type(None)):
            account_holder_id = None
        else:
            account_holder_id = self.account_holder_id

        account_holder_type: str | None
        if isinstance(self.account_holder_type, type(None)):
            account_holder_type = None
        elif isinstance(self.account_holder_type, str):
            account_holder_type = self.account_holder_type
        else:
            account_holder_type = self.account_holder_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if occupation is not None:
            field_dict["occupation"] = occupation
        if account_holder_id is not None:
            field_dict["accountHolderId"] = account_holder_id
        if account_holder_type is not None:
            field_dict["accountHolderType"] = account_holder_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        occupation = d.pop("occupation", None)

        def _parse_account_holder_id(data: object) -> str | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            return cast(str | None, data)

        account_holder_id = _parse_account_holder_id(d.pop("accountHolderId", None))

        def _parse_account_holder_type(data: object) -> IbisHolderType | None:
            if data is None:
                return data
            if isinstance(data, type(None)):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                account_holder_type_type_0 = check_ibis_holder_type(data)

                return account_holder_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IbisHolderType | None, data)

        account_holder_type = _parse_account_holder_type(d.pop("accountHolderType", None))

        new_instance_ = cls(
            occupation=occupation,
            account_holder_id=account_holder_id,
            account_holder_type=account_holder_type,
        )

        return new_instance_
