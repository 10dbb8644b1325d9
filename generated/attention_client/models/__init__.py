"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .battlecard import Battlecard
    from .board import Board
    from .board_card import BoardCard
    from .board_column import BoardColumn
    from .bot import Bot
    from .bot_status import BotStatus
    from .change_labels_request import ChangeLabelsRequest
    from .change_title_request import ChangeTitleRequest
    from .conversation import Conversation
    from .conversation_attributes import ConversationAttributes
    from .conversation_board import ConversationBoard
    from .conversation_by_external_id import ConversationByExternalId
    from .conversation_labels import ConversationLabels
    from .conversation_list import ConversationList
    from .crm_record_reference import CrmRecordReference
    from .error import Error
    from .external_opportunity import ExternalOpportunity
    from .extracted_intelligence import ExtractedIntelligence
    from .get_conversation_by import GetConversationBy
    from .gladia_settings import GladiaSettings
    from .import_conversation_request import ImportConversationRequest
    from .import_external_metadata import ImportExternalMetadata
    from .import_extra import ImportExtra
    from .import_media_header import ImportMediaHeader
    from .import_metadata import ImportMetadata
    from .import_participant import ImportParticipant
    from .import_transcript import ImportTranscript
    from .imported_conversation import ImportedConversation
    from .labels_update import LabelsUpdate
    from .linked_crm_record import LinkedCrmRecord
    from .links import Links
    from .list_meta import ListMeta
    from .numeric_result import NumericResult
    from .participant import Participant
    from .role import Role
    from .scorecard_item import ScorecardItem
    from .scorecard_result import ScorecardResult
    from .scorecard_summary import ScorecardSummary
    from .slack_connection import SlackConnection
    from .slack_workspace import SlackWorkspace
    from .talktrack import Talktrack
    from .talktrack_item import TalktrackItem
    from .team import Team
    from .transcript import Transcript
    from .transcript_segment import TranscriptSegment
    from .transcript_speaker import TranscriptSpeaker
    from .transcript_word import TranscriptWord
    from .transcription_settings import TranscriptionSettings
    from .update_conversation_request import UpdateConversationRequest
    from .update_linked_crm_records_request import UpdateLinkedCrmRecordsRequest
    from .upload_url import UploadUrl
    from .user import User
    from .user_settings import UserSettings
    from .zoom_metadata import ZoomMetadata

_MODULES = {
    "Battlecard": "battlecard",
    "Board": "board",
    "BoardCard": "board_card",
    "BoardColumn": "board_column",
    "Bot": "bot",
    "BotStatus": "bot_status",
    "ChangeLabelsRequest": "change_labels_request",
    "ChangeTitleRequest": "change_title_request",
    "Conversation": "conversation",
    "ConversationAttributes": "conversation_attributes",
    "ConversationBoard": "conversation_board",
    "ConversationByExternalId": "conversation_by_external_id",
    "ConversationLabels": "conversation_labels",
    "ConversationList": "conversation_list",
    "CrmRecordReference": "crm_record_reference",
    "Error": "error",
    "ExternalOpportunity": "external_opportunity",
    "ExtractedIntelligence": "extracted_intelligence",
    "GladiaSettings": "gladia_settings",
    "ImportConversationRequest": "import_conversation_request",
    "ImportedConversation": "imported_conversation",
    "ImportExternalMetadata": "import_external_metadata",
    "ImportExtra": "import_extra",
    "ImportMediaHeader": "import_media_header",
    "ImportMetadata": "import_metadata",
    "ImportParticipant": "import_participant",
    "ImportTranscript": "import_transcript",
    "LabelsUpdate": "labels_update",
    "LinkedCrmRecord": "linked_crm_record",
    "Links": "links",
    "ListMeta": "list_meta",
    "NumericResult": "numeric_result",
    "Participant": "participant",
    "Role": "role",
    "ScorecardItem": "scorecard_item",
    "ScorecardResult": "scorecard_result",
    "ScorecardSummary": "scorecard_summary",
    "SlackConnection": "slack_connection",
    "SlackWorkspace": "slack_workspace",
    "Talktrack": "talktrack",
    "TalktrackItem": "talktrack_item",
    "Team": "team",
    "Transcript": "transcript",
    "TranscriptionSettings": "transcription_settings",
    "TranscriptSegment": "transcript_segment",
    "TranscriptSpeaker": "transcript_speaker",
    "TranscriptWord": "transcript_word",
    "UpdateConversationRequest": "update_conversation_request",
    "UpdateLinkedCrmRecordsRequest": "update_linked_crm_records_request",
    "UploadUrl": "upload_url",
    "User": "user",
    "UserSettings": "user_settings",
    "ZoomMetadata": "zoom_metadata",
    "GetConversationBy": "get_conversation_by",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module_name = _MODULES.get(name)
        if module_name is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module_name}"), name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "Battlecard",
    "Board",
    "BoardCard",
    "BoardColumn",
    "Bot",
    "BotStatus",
    "ChangeLabelsRequest",
    "ChangeTitleRequest",
    "Conversation",
    "ConversationAttributes",
    "ConversationBoard",
    "ConversationByExternalId",
    "ConversationLabels",
    "ConversationList",
    "CrmRecordReference",
    "Error",
    "ExternalOpportunity",
    "ExtractedIntelligence",
    "GetConversationBy",
    "GladiaSettings",
    "ImportConversationRequest",
    "ImportedConversation",
    "ImportExternalMetadata",
    "ImportExtra",
    "ImportMediaHeader",
    "ImportMetadata",
    "ImportParticipant",
    "ImportTranscript",
    "LabelsUpdate",
    "LinkedCrmRecord",
    "Links",
    "ListMeta",
    "NumericResult",
    "Participant",
    "Role",
    "ScorecardItem",
    "ScorecardResult",
    "ScorecardSummary",
    "SlackConnection",
    "SlackWorkspace",
    "Talktrack",
    "TalktrackItem",
    "Team",
    "Transcript",
    "TranscriptionSettings",
    "TranscriptSegment",
    "TranscriptSpeaker",
    "TranscriptWord",
    "UpdateConversationRequest",
    "UpdateLinkedCrmRecordsRequest",
    "UploadUrl",
    "User",
    "UserSettings",
    "ZoomMetadata",
)
