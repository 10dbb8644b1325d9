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
    from .conversation import Conversation
    from .conversation_attributes import ConversationAttributes
    from .conversation_board import ConversationBoard
    from .conversation_labels import ConversationLabels
    from .error import Error
    from .external_opportunity import ExternalOpportunity
    from .extracted_intelligence import ExtractedIntelligence
    from .import_metadata import ImportMetadata
    from .labels_update import LabelsUpdate
    from .linked_crm_record import LinkedCrmRecord
    from .links import Links
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
    from .update_conversation_request import UpdateConversationRequest
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
    "Conversation": "conversation",
    "ConversationAttributes": "conversation_attributes",
    "ConversationBoard": "conversation_board",
    "ConversationLabels": "conversation_labels",
    "Error": "error",
    "ExternalOpportunity": "external_opportunity",
    "ExtractedIntelligence": "extracted_intelligence",
    "ImportMetadata": "import_metadata",
    "LabelsUpdate": "labels_update",
    "LinkedCrmRecord": "linked_crm_record",
    "Links": "links",
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
    "UpdateConversationRequest": "update_conversation_request",
    "User": "user",
    "UserSettings": "user_settings",
    "ZoomMetadata": "zoom_metadata",
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
    "Conversation",
    "ConversationAttributes",
    "ConversationBoard",
    "ConversationLabels",
    "Error",
    "ExternalOpportunity",
    "ExtractedIntelligence",
    "ImportMetadata",
    "LabelsUpdate",
    "LinkedCrmRecord",
    "Links",
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
    "UpdateConversationRequest",
    "User",
    "UserSettings",
    "ZoomMetadata",
)
