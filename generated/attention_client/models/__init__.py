"""Contains all the data models used in inputs/outputs"""

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
