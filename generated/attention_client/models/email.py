from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    is_str_list,
    mismatch,
    mismatch_error,
    mismatched_fields,
    parse_datetime,
    short_repr,
)

T = TypeVar("T", bound="Email")

_KNOWN_KEYS: frozenset[str] = frozenset(
    (
        "messageId",
        "threadId",
        "sender",
        "recipients",
        "ccRecipients",
        "subject",
        "snippet",
        "bodyUrl",
        "sendDate",
        "isInternalUser",
    )
)


@_attrs_define
class Email:
    """An email captured by Attention.

    Example:
        {'messageId': '<string>', 'threadId': '<string>', 'sender': '<string>', 'recipients': ['<string>'],
            'ccRecipients': ['<string>'], 'subject': '<string>', 'snippet': '<string>', 'bodyUrl': '<string>', 'sendDate':
            '2026-01-01T00:00:00Z', 'isInternalUser': True}

    """

    message_id: str
    """ The email's message id. """
    thread_id: str | None = None
    """ The id of the thread the email belongs to. """
    sender: str | None = None
    """ Who sent the email. """
    recipients: list[str] | None = None
    """ The email's recipients. """
    cc_recipients: list[str] | None = None
    """ The email's CC recipients. """
    subject: str | None = None
    """ The email's subject. """
    snippet: str | None = None
    """ The start of the email's text. """
    body_url: str | None = None
    """ Where the email's body can be read. """
    send_date: datetime.datetime | None = None
    """ When the email was sent. """
    is_internal_user: bool | None = None
    """ Whether the email comes from someone in the organisation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _received_null: tuple[str, ...] = _attrs_field(init=False, default=(), eq=False, repr=False)
    _mismatched: dict[str, Any] | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _send_date_text: str | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    _send_date_parsed: datetime.datetime | None = _attrs_field(init=False, default=None, eq=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self._mismatched:
            field_dict.update(self._mismatched)

        field_dict["messageId"] = self.message_id

        thread_id = self.thread_id
        if thread_id is not None or "threadId" in self._received_null:
            field_dict["threadId"] = thread_id

        sender = self.sender
        if sender is not None or "sender" in self._received_null:
            field_dict["sender"] = sender

        recipients = self.recipients
        if recipients is not None or "recipients" in self._received_null:
            field_dict["recipients"] = recipients

        cc_recipients = self.cc_recipients
        if cc_recipients is not None or "ccRecipients" in self._received_null:
            field_dict["ccRecipients"] = cc_recipients

        subject = self.subject
        if subject is not None or "subject" in self._received_null:
            field_dict["subject"] = subject

        snippet = self.snippet
        if snippet is not None or "snippet" in self._received_null:
            field_dict["snippet"] = snippet

        body_url = self.body_url
        if body_url is not None or "bodyUrl" in self._received_null:
            field_dict["bodyUrl"] = body_url

        send_date = self.send_date
        if send_date is not None:
            if send_date is self._send_date_parsed:
                field_dict["sendDate"] = self._send_date_text
            else:
                field_dict["sendDate"] = send_date.isoformat()
        elif "sendDate" in self._received_null:
            field_dict["sendDate"] = None

        is_internal_user = self.is_internal_user
        if is_internal_user is not None or "isInternalUser" in self._received_null:
            field_dict["isInternalUser"] = is_internal_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _nones = 0  # optional fields that are None: left out or null
        _mismatched: dict[str, Any] | None = None  # values of no declared shape
        message_id = src_dict["messageId"]
        if message_id.__class__ is not str:
            raise mismatch_error("Email", "messageId", message_id, "a string")

        thread_id = src_dict.get("threadId")
        if thread_id.__class__ is not str:
            if thread_id is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "threadId", thread_id)
                thread_id = None

        sender = src_dict.get("sender")
        if sender.__class__ is not str:
            if sender is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "sender", sender)
                sender = None

        recipients = src_dict.get("recipients")
        if recipients.__class__ is not list or not is_str_list(recipients):
            if recipients is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "recipients", recipients)
                recipients = None

        cc_recipients = src_dict.get("ccRecipients")
        if cc_recipients.__class__ is not list or not is_str_list(cc_recipients):
            if cc_recipients is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "ccRecipients", cc_recipients)
                cc_recipients = None

        subject = src_dict.get("subject")
        if subject.__class__ is not str:
            if subject is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "subject", subject)
                subject = None

        snippet = src_dict.get("snippet")
        if snippet.__class__ is not str:
            if snippet is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "snippet", snippet)
                snippet = None

        body_url = src_dict.get("bodyUrl")
        if body_url.__class__ is not str:
            if body_url is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "bodyUrl", body_url)
                body_url = None

        send_date: Any = src_dict.get("sendDate")
        _send_date_text = None
        if send_date.__class__ is str:
            try:
                _send_date_text, send_date = send_date, parse_datetime(send_date)
            except ValueError:  # a date-time that does not parse (or a leap second, which Python has not)
                _mismatched = mismatch(_mismatched, "sendDate", send_date)
                send_date = None
        elif send_date is None:
            _nones += 1
        else:
            _mismatched = mismatch(_mismatched, "sendDate", send_date)
            send_date = None

        is_internal_user = src_dict.get("isInternalUser")
        if is_internal_user.__class__ is not bool:
            if is_internal_user is None:
                _nones += 1
            else:
                _mismatched = mismatch(_mismatched, "isInternalUser", is_internal_user)
                is_internal_user = None

        _instance = cls.__new__(cls)
        _instance.message_id = message_id
        _instance.thread_id = thread_id
        _instance.sender = sender
        _instance.recipients = recipients
        _instance.cc_recipients = cc_recipients
        _instance.subject = subject
        _instance.snippet = snippet
        _instance.body_url = body_url
        _instance.send_date = send_date
        _instance.is_internal_user = is_internal_user
        _instance._send_date_text = _send_date_text
        _instance._send_date_parsed = send_date
        _as_declared = len(src_dict) + _nones == 10
        _instance._received_null = (
            ()
            if _as_declared
            else tuple(key for key, value in src_dict.items() if value is None and key in _KNOWN_KEYS)
        )
        _instance._mismatched = _mismatched

        if _as_declared:
            _instance.additional_properties = {}
        else:
            _instance.additional_properties = {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def mismatched_fields(self) -> Mapping[str, Any]:
        """The fields whose value fit no declared shape, by JSON name, as they came.

        Such a field reads as one left out (None, or an empty map) rather than as
        something it is not, and ``to_dict()`` writes it back as it came, unless a value
        was set since. Nested models keep their own.
        """
        return mismatched_fields(self)

    def __repr__(self) -> str:
        return short_repr(self)
