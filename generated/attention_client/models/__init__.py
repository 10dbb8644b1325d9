"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import ApiKey
    from .ask_attention_answer import AskAttentionAnswer
    from .ask_attention_request import AskAttentionRequest
    from .ask_attention_segment import AskAttentionSegment
    from .battlecard import Battlecard
    from .board import Board
    from .board_card import BoardCard
    from .board_column import BoardColumn
    from .bot import Bot
    from .bot_status import BotStatus
    from .change_conversation_opportunity_request import ChangeConversationOpportunityRequest
    from .change_labels_request import ChangeLabelsRequest
    from .change_title_request import ChangeTitleRequest
    from .confirm_crm_intelligence_field import ConfirmCrmIntelligenceField
    from .confirm_crm_intelligence_request import ConfirmCrmIntelligenceRequest
    from .conversation import Conversation
    from .conversation_attributes import ConversationAttributes
    from .conversation_board import ConversationBoard
    from .conversation_by_external_id import ConversationByExternalId
    from .conversation_labels import ConversationLabels
    from .conversation_list import ConversationList
    from .create_api_key_request import CreateApiKeyRequest
    from .create_field_configuration_item_request import CreateFieldConfigurationItemRequest
    from .create_field_configuration_item_request_analysis_level import CreateFieldConfigurationItemRequestAnalysisLevel
    from .create_field_configuration_item_request_category import CreateFieldConfigurationItemRequestCategory
    from .create_field_configuration_request import CreateFieldConfigurationRequest
    from .create_kb_source_request import CreateKbSourceRequest
    from .create_kb_source_request_format import CreateKbSourceRequestFormat
    from .create_label_request import CreateLabelRequest
    from .create_scorecard_item_request import CreateScorecardItemRequest
    from .create_scorecard_item_request_type import CreateScorecardItemRequestType
    from .create_scorecard_request import CreateScorecardRequest
    from .create_scorecard_result_request import CreateScorecardResultRequest
    from .create_scorecard_result_response import CreateScorecardResultResponse
    from .create_snippet_request import CreateSnippetRequest
    from .create_team_request import CreateTeamRequest
    from .create_user_request import CreateUserRequest
    from .created_field_configuration_item import CreatedFieldConfigurationItem
    from .created_field_configuration_item_response import CreatedFieldConfigurationItemResponse
    from .crm_record_reference import CrmRecordReference
    from .email import Email
    from .email_list_response import EmailListResponse
    from .error import Error
    from .external_opportunity import ExternalOpportunity
    from .extracted_intelligence import ExtractedIntelligence
    from .field_configuration import FieldConfiguration
    from .field_configuration_condition import FieldConfigurationCondition
    from .field_configuration_criteria import FieldConfigurationCriteria
    from .field_configuration_item import FieldConfigurationItem
    from .field_configuration_item_assignment import FieldConfigurationItemAssignment
    from .field_configuration_item_list_response import FieldConfigurationItemListResponse
    from .field_configuration_item_response import FieldConfigurationItemResponse
    from .field_configuration_response import FieldConfigurationResponse
    from .get_conversation_by import GetConversationBy
    from .gi_history import GiHistory
    from .gi_history_list_response import GiHistoryListResponse
    from .gi_result import GiResult
    from .gi_result_content import GiResultContent
    from .gladia_settings import GladiaSettings
    from .import_conversation_request import ImportConversationRequest
    from .import_external_metadata import ImportExternalMetadata
    from .import_extra import ImportExtra
    from .import_media_header import ImportMediaHeader
    from .import_metadata import ImportMetadata
    from .import_participant import ImportParticipant
    from .import_transcript import ImportTranscript
    from .imported_conversation import ImportedConversation
    from .kb_source import KbSource
    from .kb_source_attributes import KbSourceAttributes
    from .kb_source_list_response import KbSourceListResponse
    from .kb_source_response import KbSourceResponse
    from .kb_source_upload_url import KbSourceUploadUrl
    from .label import Label
    from .label_option import LabelOption
    from .label_option_input import LabelOptionInput
    from .label_response import LabelResponse
    from .labels_update import LabelsUpdate
    from .linked_crm_record import LinkedCrmRecord
    from .links import Links
    from .list_meta import ListMeta
    from .media_download_url import MediaDownloadUrl
    from .native_integration_trigger_result import NativeIntegrationTriggerResult
    from .numeric_result import NumericResult
    from .opportunity_change_result import OpportunityChangeResult
    from .participant import Participant
    from .request_kb_source_upload_url_request import RequestKbSourceUploadUrlRequest
    from .role import Role
    from .scorecard import Scorecard
    from .scorecard_condition import ScorecardCondition
    from .scorecard_condition_input import ScorecardConditionInput
    from .scorecard_criteria import ScorecardCriteria
    from .scorecard_criteria_input import ScorecardCriteriaInput
    from .scorecard_interaction_type import ScorecardInteractionType
    from .scorecard_item import ScorecardItem
    from .scorecard_item_average import ScorecardItemAverage
    from .scorecard_list_response import ScorecardListResponse
    from .scorecard_numeric_scale import ScorecardNumericScale
    from .scorecard_numeric_scale_input import ScorecardNumericScaleInput
    from .scorecard_response import ScorecardResponse
    from .scorecard_result import ScorecardResult
    from .scorecard_result_item_input import ScorecardResultItemInput
    from .scorecard_summary import ScorecardSummary
    from .scorecard_template_item import ScorecardTemplateItem
    from .scorecard_template_item_list_response import ScorecardTemplateItemListResponse
    from .scorecard_template_item_metadata import ScorecardTemplateItemMetadata
    from .scorecard_template_item_metadata_input import ScorecardTemplateItemMetadataInput
    from .scorecard_template_item_response import ScorecardTemplateItemResponse
    from .scorecard_usage_summary import ScorecardUsageSummary
    from .scorecard_usage_summary_list_response import ScorecardUsageSummaryListResponse
    from .seat_type import SeatType
    from .send_super_agent_message_request import SendSuperAgentMessageRequest
    from .slack_connection import SlackConnection
    from .slack_workspace import SlackWorkspace
    from .snippet import Snippet
    from .snippet_index_range import SnippetIndexRange
    from .snippet_library_item_info import SnippetLibraryItemInfo
    from .snippet_reference import SnippetReference
    from .snippet_reference_transcript_version import SnippetReferenceTranscriptVersion
    from .snippet_video import SnippetVideo
    from .summarize_scorecards_request import SummarizeScorecardsRequest
    from .super_agent_message import SuperAgentMessage
    from .super_agent_message_metadata import SuperAgentMessageMetadata
    from .super_agent_message_result import SuperAgentMessageResult
    from .super_agent_session import SuperAgentSession
    from .super_agent_session_history import SuperAgentSessionHistory
    from .super_agent_session_list_response import SuperAgentSessionListResponse
    from .talktrack import Talktrack
    from .talktrack_item import TalktrackItem
    from .team import Team
    from .team_assignment import TeamAssignment
    from .team_member import TeamMember
    from .team_member_list_response import TeamMemberListResponse
    from .team_response import TeamResponse
    from .transcript import Transcript
    from .transcript_segment import TranscriptSegment
    from .transcript_speaker import TranscriptSpeaker
    from .transcript_word import TranscriptWord
    from .transcription_settings import TranscriptionSettings
    from .trigger_native_integration_request import TriggerNativeIntegrationRequest
    from .triggered_workflow import TriggeredWorkflow
    from .update_conversation_request import UpdateConversationRequest
    from .update_field_configuration_item_request import UpdateFieldConfigurationItemRequest
    from .update_field_configuration_item_request_analysis_level import UpdateFieldConfigurationItemRequestAnalysisLevel
    from .update_field_configuration_request import UpdateFieldConfigurationRequest
    from .update_kb_source_request import UpdateKbSourceRequest
    from .update_label_request import UpdateLabelRequest
    from .update_linked_crm_records_request import UpdateLinkedCrmRecordsRequest
    from .update_scorecard_item_request import UpdateScorecardItemRequest
    from .update_scorecard_request import UpdateScorecardRequest
    from .update_team_request import UpdateTeamRequest
    from .update_user_request import UpdateUserRequest
    from .upload_url import UploadUrl
    from .user import User
    from .user_list_response import UserListResponse
    from .user_response import UserResponse
    from .user_settings import UserSettings
    from .workflow_log import WorkflowLog
    from .workflow_log_list_response import WorkflowLogListResponse
    from .zoom_metadata import ZoomMetadata

_MODULES = {
    "ApiKey": "api_key",
    "AskAttentionAnswer": "ask_attention_answer",
    "AskAttentionRequest": "ask_attention_request",
    "AskAttentionSegment": "ask_attention_segment",
    "Battlecard": "battlecard",
    "Board": "board",
    "BoardCard": "board_card",
    "BoardColumn": "board_column",
    "Bot": "bot",
    "BotStatus": "bot_status",
    "ChangeConversationOpportunityRequest": "change_conversation_opportunity_request",
    "ChangeLabelsRequest": "change_labels_request",
    "ChangeTitleRequest": "change_title_request",
    "ConfirmCrmIntelligenceField": "confirm_crm_intelligence_field",
    "ConfirmCrmIntelligenceRequest": "confirm_crm_intelligence_request",
    "Conversation": "conversation",
    "ConversationAttributes": "conversation_attributes",
    "ConversationBoard": "conversation_board",
    "ConversationByExternalId": "conversation_by_external_id",
    "ConversationLabels": "conversation_labels",
    "ConversationList": "conversation_list",
    "CreateApiKeyRequest": "create_api_key_request",
    "CreatedFieldConfigurationItem": "created_field_configuration_item",
    "CreatedFieldConfigurationItemResponse": "created_field_configuration_item_response",
    "CreateFieldConfigurationItemRequest": "create_field_configuration_item_request",
    "CreateFieldConfigurationRequest": "create_field_configuration_request",
    "CreateKbSourceRequest": "create_kb_source_request",
    "CreateLabelRequest": "create_label_request",
    "CreateScorecardItemRequest": "create_scorecard_item_request",
    "CreateScorecardRequest": "create_scorecard_request",
    "CreateScorecardResultRequest": "create_scorecard_result_request",
    "CreateScorecardResultResponse": "create_scorecard_result_response",
    "CreateSnippetRequest": "create_snippet_request",
    "CreateTeamRequest": "create_team_request",
    "CreateUserRequest": "create_user_request",
    "CrmRecordReference": "crm_record_reference",
    "Email": "email",
    "EmailListResponse": "email_list_response",
    "Error": "error",
    "ExternalOpportunity": "external_opportunity",
    "ExtractedIntelligence": "extracted_intelligence",
    "FieldConfiguration": "field_configuration",
    "FieldConfigurationCondition": "field_configuration_condition",
    "FieldConfigurationCriteria": "field_configuration_criteria",
    "FieldConfigurationItem": "field_configuration_item",
    "FieldConfigurationItemAssignment": "field_configuration_item_assignment",
    "FieldConfigurationItemListResponse": "field_configuration_item_list_response",
    "FieldConfigurationItemResponse": "field_configuration_item_response",
    "FieldConfigurationResponse": "field_configuration_response",
    "GiHistory": "gi_history",
    "GiHistoryListResponse": "gi_history_list_response",
    "GiResult": "gi_result",
    "GiResultContent": "gi_result_content",
    "GladiaSettings": "gladia_settings",
    "ImportConversationRequest": "import_conversation_request",
    "ImportedConversation": "imported_conversation",
    "ImportExternalMetadata": "import_external_metadata",
    "ImportExtra": "import_extra",
    "ImportMediaHeader": "import_media_header",
    "ImportMetadata": "import_metadata",
    "ImportParticipant": "import_participant",
    "ImportTranscript": "import_transcript",
    "KbSource": "kb_source",
    "KbSourceAttributes": "kb_source_attributes",
    "KbSourceListResponse": "kb_source_list_response",
    "KbSourceResponse": "kb_source_response",
    "KbSourceUploadUrl": "kb_source_upload_url",
    "Label": "label",
    "LabelOption": "label_option",
    "LabelOptionInput": "label_option_input",
    "LabelResponse": "label_response",
    "LabelsUpdate": "labels_update",
    "LinkedCrmRecord": "linked_crm_record",
    "Links": "links",
    "ListMeta": "list_meta",
    "MediaDownloadUrl": "media_download_url",
    "NativeIntegrationTriggerResult": "native_integration_trigger_result",
    "NumericResult": "numeric_result",
    "OpportunityChangeResult": "opportunity_change_result",
    "Participant": "participant",
    "RequestKbSourceUploadUrlRequest": "request_kb_source_upload_url_request",
    "Role": "role",
    "Scorecard": "scorecard",
    "ScorecardCondition": "scorecard_condition",
    "ScorecardConditionInput": "scorecard_condition_input",
    "ScorecardCriteria": "scorecard_criteria",
    "ScorecardCriteriaInput": "scorecard_criteria_input",
    "ScorecardItem": "scorecard_item",
    "ScorecardItemAverage": "scorecard_item_average",
    "ScorecardListResponse": "scorecard_list_response",
    "ScorecardNumericScale": "scorecard_numeric_scale",
    "ScorecardNumericScaleInput": "scorecard_numeric_scale_input",
    "ScorecardResponse": "scorecard_response",
    "ScorecardResult": "scorecard_result",
    "ScorecardResultItemInput": "scorecard_result_item_input",
    "ScorecardSummary": "scorecard_summary",
    "ScorecardTemplateItem": "scorecard_template_item",
    "ScorecardTemplateItemListResponse": "scorecard_template_item_list_response",
    "ScorecardTemplateItemMetadata": "scorecard_template_item_metadata",
    "ScorecardTemplateItemMetadataInput": "scorecard_template_item_metadata_input",
    "ScorecardTemplateItemResponse": "scorecard_template_item_response",
    "ScorecardUsageSummary": "scorecard_usage_summary",
    "ScorecardUsageSummaryListResponse": "scorecard_usage_summary_list_response",
    "SendSuperAgentMessageRequest": "send_super_agent_message_request",
    "SlackConnection": "slack_connection",
    "SlackWorkspace": "slack_workspace",
    "Snippet": "snippet",
    "SnippetIndexRange": "snippet_index_range",
    "SnippetLibraryItemInfo": "snippet_library_item_info",
    "SnippetReference": "snippet_reference",
    "SnippetVideo": "snippet_video",
    "SummarizeScorecardsRequest": "summarize_scorecards_request",
    "SuperAgentMessage": "super_agent_message",
    "SuperAgentMessageMetadata": "super_agent_message_metadata",
    "SuperAgentMessageResult": "super_agent_message_result",
    "SuperAgentSession": "super_agent_session",
    "SuperAgentSessionHistory": "super_agent_session_history",
    "SuperAgentSessionListResponse": "super_agent_session_list_response",
    "Talktrack": "talktrack",
    "TalktrackItem": "talktrack_item",
    "Team": "team",
    "TeamAssignment": "team_assignment",
    "TeamMember": "team_member",
    "TeamMemberListResponse": "team_member_list_response",
    "TeamResponse": "team_response",
    "Transcript": "transcript",
    "TranscriptionSettings": "transcription_settings",
    "TranscriptSegment": "transcript_segment",
    "TranscriptSpeaker": "transcript_speaker",
    "TranscriptWord": "transcript_word",
    "TriggeredWorkflow": "triggered_workflow",
    "TriggerNativeIntegrationRequest": "trigger_native_integration_request",
    "UpdateConversationRequest": "update_conversation_request",
    "UpdateFieldConfigurationItemRequest": "update_field_configuration_item_request",
    "UpdateFieldConfigurationRequest": "update_field_configuration_request",
    "UpdateKbSourceRequest": "update_kb_source_request",
    "UpdateLabelRequest": "update_label_request",
    "UpdateLinkedCrmRecordsRequest": "update_linked_crm_records_request",
    "UpdateScorecardItemRequest": "update_scorecard_item_request",
    "UpdateScorecardRequest": "update_scorecard_request",
    "UpdateTeamRequest": "update_team_request",
    "UpdateUserRequest": "update_user_request",
    "UploadUrl": "upload_url",
    "User": "user",
    "UserListResponse": "user_list_response",
    "UserResponse": "user_response",
    "UserSettings": "user_settings",
    "WorkflowLog": "workflow_log",
    "WorkflowLogListResponse": "workflow_log_list_response",
    "ZoomMetadata": "zoom_metadata",
    "CreateFieldConfigurationItemRequestAnalysisLevel": "create_field_configuration_item_request_analysis_level",
    "CreateFieldConfigurationItemRequestCategory": "create_field_configuration_item_request_category",
    "CreateKbSourceRequestFormat": "create_kb_source_request_format",
    "CreateScorecardItemRequestType": "create_scorecard_item_request_type",
    "GetConversationBy": "get_conversation_by",
    "ScorecardInteractionType": "scorecard_interaction_type",
    "SeatType": "seat_type",
    "SnippetReferenceTranscriptVersion": "snippet_reference_transcript_version",
    "UpdateFieldConfigurationItemRequestAnalysisLevel": "update_field_configuration_item_request_analysis_level",
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
    "ApiKey",
    "AskAttentionAnswer",
    "AskAttentionRequest",
    "AskAttentionSegment",
    "Battlecard",
    "Board",
    "BoardCard",
    "BoardColumn",
    "Bot",
    "BotStatus",
    "ChangeConversationOpportunityRequest",
    "ChangeLabelsRequest",
    "ChangeTitleRequest",
    "ConfirmCrmIntelligenceField",
    "ConfirmCrmIntelligenceRequest",
    "Conversation",
    "ConversationAttributes",
    "ConversationBoard",
    "ConversationByExternalId",
    "ConversationLabels",
    "ConversationList",
    "CreateApiKeyRequest",
    "CreatedFieldConfigurationItem",
    "CreatedFieldConfigurationItemResponse",
    "CreateFieldConfigurationItemRequest",
    "CreateFieldConfigurationItemRequestAnalysisLevel",
    "CreateFieldConfigurationItemRequestCategory",
    "CreateFieldConfigurationRequest",
    "CreateKbSourceRequest",
    "CreateKbSourceRequestFormat",
    "CreateLabelRequest",
    "CreateScorecardItemRequest",
    "CreateScorecardItemRequestType",
    "CreateScorecardRequest",
    "CreateScorecardResultRequest",
    "CreateScorecardResultResponse",
    "CreateSnippetRequest",
    "CreateTeamRequest",
    "CreateUserRequest",
    "CrmRecordReference",
    "Email",
    "EmailListResponse",
    "Error",
    "ExternalOpportunity",
    "ExtractedIntelligence",
    "FieldConfiguration",
    "FieldConfigurationCondition",
    "FieldConfigurationCriteria",
    "FieldConfigurationItem",
    "FieldConfigurationItemAssignment",
    "FieldConfigurationItemListResponse",
    "FieldConfigurationItemResponse",
    "FieldConfigurationResponse",
    "GetConversationBy",
    "GiHistory",
    "GiHistoryListResponse",
    "GiResult",
    "GiResultContent",
    "GladiaSettings",
    "ImportConversationRequest",
    "ImportedConversation",
    "ImportExternalMetadata",
    "ImportExtra",
    "ImportMediaHeader",
    "ImportMetadata",
    "ImportParticipant",
    "ImportTranscript",
    "KbSource",
    "KbSourceAttributes",
    "KbSourceListResponse",
    "KbSourceResponse",
    "KbSourceUploadUrl",
    "Label",
    "LabelOption",
    "LabelOptionInput",
    "LabelResponse",
    "LabelsUpdate",
    "LinkedCrmRecord",
    "Links",
    "ListMeta",
    "MediaDownloadUrl",
    "NativeIntegrationTriggerResult",
    "NumericResult",
    "OpportunityChangeResult",
    "Participant",
    "RequestKbSourceUploadUrlRequest",
    "Role",
    "Scorecard",
    "ScorecardCondition",
    "ScorecardConditionInput",
    "ScorecardCriteria",
    "ScorecardCriteriaInput",
    "ScorecardInteractionType",
    "ScorecardItem",
    "ScorecardItemAverage",
    "ScorecardListResponse",
    "ScorecardNumericScale",
    "ScorecardNumericScaleInput",
    "ScorecardResponse",
    "ScorecardResult",
    "ScorecardResultItemInput",
    "ScorecardSummary",
    "ScorecardTemplateItem",
    "ScorecardTemplateItemListResponse",
    "ScorecardTemplateItemMetadata",
    "ScorecardTemplateItemMetadataInput",
    "ScorecardTemplateItemResponse",
    "ScorecardUsageSummary",
    "ScorecardUsageSummaryListResponse",
    "SeatType",
    "SendSuperAgentMessageRequest",
    "SlackConnection",
    "SlackWorkspace",
    "Snippet",
    "SnippetIndexRange",
    "SnippetLibraryItemInfo",
    "SnippetReference",
    "SnippetReferenceTranscriptVersion",
    "SnippetVideo",
    "SummarizeScorecardsRequest",
    "SuperAgentMessage",
    "SuperAgentMessageMetadata",
    "SuperAgentMessageResult",
    "SuperAgentSession",
    "SuperAgentSessionHistory",
    "SuperAgentSessionListResponse",
    "Talktrack",
    "TalktrackItem",
    "Team",
    "TeamAssignment",
    "TeamMember",
    "TeamMemberListResponse",
    "TeamResponse",
    "Transcript",
    "TranscriptionSettings",
    "TranscriptSegment",
    "TranscriptSpeaker",
    "TranscriptWord",
    "TriggeredWorkflow",
    "TriggerNativeIntegrationRequest",
    "UpdateConversationRequest",
    "UpdateFieldConfigurationItemRequest",
    "UpdateFieldConfigurationItemRequestAnalysisLevel",
    "UpdateFieldConfigurationRequest",
    "UpdateKbSourceRequest",
    "UpdateLabelRequest",
    "UpdateLinkedCrmRecordsRequest",
    "UpdateScorecardItemRequest",
    "UpdateScorecardRequest",
    "UpdateTeamRequest",
    "UpdateUserRequest",
    "UploadUrl",
    "User",
    "UserListResponse",
    "UserResponse",
    "UserSettings",
    "WorkflowLog",
    "WorkflowLogListResponse",
    "ZoomMetadata",
)
