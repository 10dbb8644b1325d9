from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.snippet_library_item_info import SnippetLibraryItemInfo
    from ..models.snippet_reference import SnippetReference
    from ..models.snippet_video import SnippetVideo


T = TypeVar("T", bound="CreateSnippetRequest")


@_attrs_define
class CreateSnippetRequest:
    """The snippet to create: the conversation, the video span, who it is for and
    whether view notifications are sent, and optionally the transcript range, notes,
    a title and a place in the library.

        Example:
            {'user_uuid': '<string>', 'conversation_id': '<string>', 'video': {'start_time': 123, 'end_time': 123,
                'duration': 123}, 'internal': True, 'notify_views': True, 'reference': {'characters': {'start_idx': '<string>',
                'end_idx': '<string>'}, 'speakers': {'start_idx': '<string>', 'end_idx': '<string>'}, 'transcript_version':
                'V1'}, 'notes': '<string>', 'title': '<string>', 'in_library': True, 'library_item_info': {'my_library': True,
                'folder_path': '<string>'}}

    """

    user_uuid: str
    """ The UUID of the user creating the snippet. """
    conversation_id: str
    """ The conversation to cut the snippet from. """
    video: SnippetVideo
    """ The span of the recording to cut. """
    internal: bool
    """ Whether the snippet is internal to the organisation. """
    notify_views: bool
    """ Whether to be notified when the snippet is viewed. """
    reference: SnippetReference | Unset = UNSET
    """ The transcript range the snippet covers. """
    notes: str | Unset = UNSET
    """ Notes to keep with the snippet. """
    title: str | Unset = UNSET
    """ The snippet's title. """
    in_library: bool | Unset = UNSET
    """ Whether to add the snippet to the library. """
    library_item_info: SnippetLibraryItemInfo | Unset = UNSET
    """ Where in the library to put the snippet. """

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}

        field_dict["user_uuid"] = self.user_uuid

        field_dict["conversation_id"] = self.conversation_id

        field_dict["video"] = self.video.to_dict()

        field_dict["internal"] = self.internal

        field_dict["notify_views"] = self.notify_views

        reference = self.reference
        if not isinstance(reference, Unset):
            field_dict["reference"] = reference.to_dict()

        notes = self.notes
        if notes is not UNSET:
            field_dict["notes"] = notes

        title = self.title
        if title is not UNSET:
            field_dict["title"] = title

        in_library = self.in_library
        if in_library is not UNSET:
            field_dict["in_library"] = in_library

        library_item_info = self.library_item_info
        if not isinstance(library_item_info, Unset):
            field_dict["library_item_info"] = library_item_info.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        user_uuid = src_dict["user_uuid"]

        conversation_id = src_dict["conversation_id"]

        video = _models.SnippetVideo.from_dict(src_dict["video"])

        internal = src_dict["internal"]

        notify_views = src_dict["notify_views"]

        reference = src_dict.get("reference", UNSET)
        if reference is not UNSET:
            reference = _models.SnippetReference.from_dict(reference)

        notes = src_dict.get("notes", UNSET)

        title = src_dict.get("title", UNSET)

        in_library = src_dict.get("in_library", UNSET)

        library_item_info = src_dict.get("library_item_info", UNSET)
        if library_item_info is not UNSET:
            library_item_info = _models.SnippetLibraryItemInfo.from_dict(library_item_info)

        _instance = cls.__new__(cls)
        _instance.user_uuid = user_uuid
        _instance.conversation_id = conversation_id
        _instance.video = video
        _instance.internal = internal
        _instance.notify_views = notify_views
        _instance.reference = reference
        _instance.notes = notes
        _instance.title = title
        _instance.in_library = in_library
        _instance.library_item_info = library_item_info

        return _instance
