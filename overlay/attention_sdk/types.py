"""The models of the Attention API, in one place: ``from attention_sdk.types import Participant``.

They are the generated classes of ``attention_client.models``, loaded on first use. In a
response model, a field the API left out or sent as null reads None, and an open map
(labels, transcript, ...) reads as a read-only mapping, empty when the API sent none; a
value of another shape than documented reads the same, and is kept as it came in the
model's ``mismatched_fields``; ``to_dict()`` gives back the JSON exactly as it came.

What the methods return:
    ApiKey: An API key of the organisation or of one user.
    AskAttentionAnswer: One answer to an Ask Attention prompt: the output for a conversation, or
        the error that stopped it, and the transcript segments it refers to.
    Conversation: One conversation, as returned at the top level of a single-resource response.
    ConversationByExternalId: The Attention id of an imported conversation.
    CreateScorecardResultResponse: Whether a scorecard result was recorded.
    CreatedFieldConfigurationItem: A field-configuration item that was just created, and its
        copies: one assignment for each team the configuration is assigned to.
    Email: An email captured by Attention.
    FieldConfiguration: A field configuration: a set of fields (items) Attention fills in from
        conversations, assigned to some teams or to all of them.
    FieldConfigurationItem: One field of a field configuration: a prompt Attention evaluates
        against a conversation to produce a value.
    GiHistory: One generalized insight, with the results it had over time.
    ImportedConversation: The conversation an import created.
    KbSource: A source of the knowledge base (a text entry or an uploaded document).
    KbSourceUploadUrl: A new knowledge-base source's id, and where to upload its file.
    Label: A label (label category) that classifies conversations and drives AI flows, scorecard
        criteria and field-configuration criteria.
    MediaDownloadUrl: Where a conversation's recording can be downloaded from.
    NativeIntegrationTriggerResult: The workflow runs a native-integration trigger started.
    OpportunityChangeResult: Whether the conversation's opportunity was changed.
    Scorecard: A scorecard template, used to evaluate a conversation, a chat or an email.
    ScorecardTemplateItem: One scoring criterion of a scorecard template.
    ScorecardUsageSummary: A scorecard's scores for one user and team over the period asked for.
    Snippet: A snippet that was created, and where to share it.
    SuperAgentMessageResult: The session a message was sent in and, when the agent answered in
        time (200), the message and the agent's answer.
    SuperAgentSessionHistory: A Super Agent session with its messages.
    SuperAgentSessionListResponse: The user's Super Agent sessions.
    Team: A team of users.
    TeamMember: One member of a team, with the user and the team.
    UploadUrl: Where to upload a recording before importing it.
    User: An Attention user.
    WorkflowLog: One run of an automated workflow on a conversation.

What those contain:
    AskAttentionSegment: A stretch of a transcript that an answer refers to.
    Battlecard: A battlecard that was activated during the conversation.
    Board: A board (playbook) of prompts, organised in columns.
    BoardCard: A card on a board column, triggered by keywords.
    BoardColumn: One column of a board.
    Bot: A recording bot sent to the meeting.
    BotStatus: The bot's latest status.
    ConversationAttributes: The conversation's data.
    ConversationBoard: A board as it was used in one conversation, with its battlecards.
    ConversationLabels: The conversation's labels, as label name to value.
    ExternalOpportunity: The CRM opportunity linked to the conversation.
    ExtractedIntelligence: Insights extracted from the conversation, as key to `{title, value}`;
        the shape of the values is not documented, so they are kept as they come.
    FieldConfigurationItemAssignment: A field-configuration item's copy for one team.
    GiResult: One result of a generalized insight.
    GiResultContent: The content of a generalized-insight result.
    ImportMetadata: Metadata of an imported conversation.
    KbSourceAttributes: The data of a knowledge-base source.
    LabelOption: One value a label can take.
    LinkedCrmRecord: A reference to a record in the connected CRM.
    Links: Links related to a resource.
    NumericResult: The score of a numeric scorecard item.
    Participant: A person in (or invited to) the conversation.
    Role: A role granted to a user.
    ScorecardCondition: One label condition of a scorecard's criteria.
    ScorecardCriteria: Label conditions that decide when a scorecard applies to an interaction.
    ScorecardItem: One evaluated item of a scorecard.
    ScorecardItemAverage: The average score of one scorecard item.
    ScorecardNumericScale: The scale of a numeric scorecard item, with what each end and the
        middle mean.
    ScorecardResult: The result of evaluating one scorecard against the conversation.
    ScorecardSummary: Aggregate scores of a scorecard result.
    ScorecardTemplateItemMetadata: A scorecard item's scale; numeric items fill
        `numericMetadata`.
    SlackConnection: The Slack workspace connected to a team.
    SlackWorkspace: Details of a Slack workspace.
    SuperAgentMessage: One message of a Super Agent session.
    SuperAgentMessageMetadata: Further data about a Super Agent message.
    SuperAgentSession: A Super Agent chat session.
    Talktrack: A talk track (checklist) followed during the conversation.
    TalktrackItem: One item of a talk track.
    Transcript: The transcript as an object.
    TranscriptSegment: One stretch of a detailed transcript: who spoke, and the words said.
    TranscriptSpeaker: The person who spoke a segment of a detailed transcript.
    TranscriptWord: One word of a segment of a detailed transcript.
    TriggeredWorkflow: A workflow that was started, and the id of its run.
    UserSettings: A user's recording and feature preferences.
    ZoomMetadata: Caller and callee details of a Zoom Phone call.

Envelopes and list bodies, as sent (what a raw response's body parses into; the methods unwrap them,
and pages read them):
    ConversationList: One page of conversations.
    CreatedFieldConfigurationItemResponse: A field-configuration item that was just created,
        with its assignments.
    EmailListResponse: One page of emails.
    FieldConfigurationItemListResponse: One page of a field configuration's items.
    FieldConfigurationItemResponse: A single field-configuration item.
    FieldConfigurationResponse: A single field configuration.
    GiHistoryListResponse: One page of a user's insight history.
    KbSourceListResponse: Every source of the knowledge base, without their content.
    KbSourceResponse: A single knowledge-base source.
    LabelResponse: One label.
    ListMeta: Counts for a whole list.
    ScorecardListResponse: One page of scorecard templates.
    ScorecardResponse: One scorecard template.
    ScorecardTemplateItemListResponse: One page of a scorecard template's items.
    ScorecardTemplateItemResponse: One item of a scorecard template.
    ScorecardUsageSummaryListResponse: The rows of a scorecard summary, all in one list.
    TeamMemberListResponse: The members of a team, all in one list.
    TeamResponse: One team, as answered by the team-management operations.
    UserListResponse: The users of the organisation (or of one team), all in one list.
    UserResponse: One user, as answered by the user-management operations.
    WorkflowLogListResponse: One page of workflow log entries; `total` is the number of matching
        entries.

In error responses only (`from_dict(exc.body)` when an APIStatusError's body is a JSON object):
    Error: An error body.

Values the methods take (a plain mapping in the API's JSON form works too):
    ConfirmCrmIntelligenceField: One extracted CRM field to confirm, with the value to push.
    CrmRecordReference: A record in the connected CRM, as `{id, code}`.
    FieldConfigurationCondition: One condition of a field configuration's criteria.
    FieldConfigurationCriteria: Conditions on record fields (such as `account.industry`),
        combined with `operator` (such as `AND`).
    GladiaSettings: Options for the Gladia transcription engine.
    ImportExternalMetadata: Metadata from the source application.
    ImportExtra: Free-form data of the source application, kept as given.
    ImportMediaHeader: One HTTP header sent when downloading the media.
    ImportParticipant: A person in an imported conversation.
    ImportTranscript: A ready-made transcript.
    LabelOptionInput: One value a label can take.
    LabelsUpdate: Labels to set, as label name to value.
    ScorecardConditionInput: One label condition of a scorecard's criteria.
    ScorecardCriteriaInput: Label conditions that decide when a scorecard applies to an
        interaction.
    ScorecardInteractionType: What a scorecard evaluates.
    ScorecardNumericScaleInput: The scale of a numeric scorecard item, with what each end and
        the middle mean.
    ScorecardResultItemInput: The result of one scorecard item.
    ScorecardTemplateItemMetadataInput: A scorecard item's scale; numeric items fill
        `numericMetadata`.
    SeatType: A user's seat: `recording` (can record calls) or `listener` (can view only).
    SnippetIndexRange: A range of transcript indexes; the docs send the indexes as strings.
    SnippetLibraryItemInfo: Where in the library to put the snippet.
    SnippetReference: The transcript range the snippet covers.
    SnippetVideo: The span of the recording to cut.
    TeamAssignment: A team to put a user in, and whether it is the user's primary team.
    TranscriptionSettings: Transcription options of an import.

Request bodies (the methods build them from their keyword arguments):
    AskAttentionRequest: A prompt, and what it is about: either `conversations_ids` (with
        `deal_id` an empty string) or `deal_id` (with `conversations_ids` left out or empty), never
        both.
    ChangeConversationOpportunityRequest: The conversation, and the opportunity to link it to
        (`opportunity_id`, needed to link or change) or `remove_opportunity` to unlink it.
    ChangeLabelsRequest: The labels to set.
    ChangeTitleRequest: The new title.
    ConfirmCrmIntelligenceRequest: The extracted CRM fields to confirm, and the opportunity they
        belong to.
    CreateApiKeyRequest: An API key to create.
    CreateFieldConfigurationItemRequest: A new field-configuration item.
    CreateFieldConfigurationRequest: A new field configuration.
    CreateKbSourceRequest: A new text source.
    CreateLabelRequest: A label to create.
    CreateScorecardItemRequest: An item to add to a scorecard template.
    CreateScorecardRequest: A scorecard template to create.
    CreateScorecardResultRequest: A scorecard result to record: the scorecard, the conversation,
        a written summary and one entry per scored item.
    CreateSnippetRequest: The snippet to create: the conversation, the video span, who it is for
        and whether view notifications are sent, and optionally the transcript range, notes, a title
        and a place in the library.
    CreateTeamRequest: A team to create, optionally under a parent team.
    CreateUserRequest: A user to create.
    ImportConversationRequest: A recording to import as a new conversation.
    RequestKbSourceUploadUrlRequest: The title of the source to upload (at most 500 characters).
    SendSuperAgentMessageRequest: The message to send.
    SummarizeScorecardsRequest: Which scorecard, between which instants, and for which teams,
        users and items.
    TriggerNativeIntegrationRequest: Which native integration workflows to run and which fields
        to push.
    UpdateConversationRequest: The changes to make.
    UpdateFieldConfigurationItemRequest: The changes to a field-configuration item; fields left
        out stay as they are.
    UpdateFieldConfigurationRequest: The changes to a field configuration.
    UpdateKbSourceRequest: The changes to a source; fields left out stay as they are.
    UpdateLabelRequest: The fields of a label to change, at least one; fields left out are not
        changed.
    UpdateLinkedCrmRecordsRequest: The CRM records to link, replacing the current set.
    UpdateScorecardItemRequest: The fields of a scorecard item to change, at least one.
    UpdateScorecardRequest: The fields of a scorecard template to change, at least one; fields
        left out keep their values.
    UpdateTeamRequest: The fields of a team to change, at least one.
    UpdateUserRequest: The fields of a user to change, at least one; fields left out are not
        changed.

Generated by `make gen` (scripts/gen_sdk) from openapi/attention.yaml. Do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attention_client import models as _models

if TYPE_CHECKING:
    from attention_client.models import (
        ApiKey,
        AskAttentionAnswer,
        AskAttentionRequest,
        AskAttentionSegment,
        Battlecard,
        Board,
        BoardCard,
        BoardColumn,
        Bot,
        BotStatus,
        ChangeConversationOpportunityRequest,
        ChangeLabelsRequest,
        ChangeTitleRequest,
        ConfirmCrmIntelligenceField,
        ConfirmCrmIntelligenceRequest,
        Conversation,
        ConversationAttributes,
        ConversationBoard,
        ConversationByExternalId,
        ConversationLabels,
        ConversationList,
        CreateApiKeyRequest,
        CreatedFieldConfigurationItem,
        CreatedFieldConfigurationItemResponse,
        CreateFieldConfigurationItemRequest,
        CreateFieldConfigurationRequest,
        CreateKbSourceRequest,
        CreateLabelRequest,
        CreateScorecardItemRequest,
        CreateScorecardRequest,
        CreateScorecardResultRequest,
        CreateScorecardResultResponse,
        CreateSnippetRequest,
        CreateTeamRequest,
        CreateUserRequest,
        CrmRecordReference,
        Email,
        EmailListResponse,
        Error,
        ExternalOpportunity,
        ExtractedIntelligence,
        FieldConfiguration,
        FieldConfigurationCondition,
        FieldConfigurationCriteria,
        FieldConfigurationItem,
        FieldConfigurationItemAssignment,
        FieldConfigurationItemListResponse,
        FieldConfigurationItemResponse,
        FieldConfigurationResponse,
        GiHistory,
        GiHistoryListResponse,
        GiResult,
        GiResultContent,
        GladiaSettings,
        ImportConversationRequest,
        ImportedConversation,
        ImportExternalMetadata,
        ImportExtra,
        ImportMediaHeader,
        ImportMetadata,
        ImportParticipant,
        ImportTranscript,
        KbSource,
        KbSourceAttributes,
        KbSourceListResponse,
        KbSourceResponse,
        KbSourceUploadUrl,
        Label,
        LabelOption,
        LabelOptionInput,
        LabelResponse,
        LabelsUpdate,
        LinkedCrmRecord,
        Links,
        ListMeta,
        MediaDownloadUrl,
        NativeIntegrationTriggerResult,
        NumericResult,
        OpportunityChangeResult,
        Participant,
        RequestKbSourceUploadUrlRequest,
        Role,
        Scorecard,
        ScorecardCondition,
        ScorecardConditionInput,
        ScorecardCriteria,
        ScorecardCriteriaInput,
        ScorecardInteractionType,
        ScorecardItem,
        ScorecardItemAverage,
        ScorecardListResponse,
        ScorecardNumericScale,
        ScorecardNumericScaleInput,
        ScorecardResponse,
        ScorecardResult,
        ScorecardResultItemInput,
        ScorecardSummary,
        ScorecardTemplateItem,
        ScorecardTemplateItemListResponse,
        ScorecardTemplateItemMetadata,
        ScorecardTemplateItemMetadataInput,
        ScorecardTemplateItemResponse,
        ScorecardUsageSummary,
        ScorecardUsageSummaryListResponse,
        SeatType,
        SendSuperAgentMessageRequest,
        SlackConnection,
        SlackWorkspace,
        Snippet,
        SnippetIndexRange,
        SnippetLibraryItemInfo,
        SnippetReference,
        SnippetVideo,
        SummarizeScorecardsRequest,
        SuperAgentMessage,
        SuperAgentMessageMetadata,
        SuperAgentMessageResult,
        SuperAgentSession,
        SuperAgentSessionHistory,
        SuperAgentSessionListResponse,
        Talktrack,
        TalktrackItem,
        Team,
        TeamAssignment,
        TeamMember,
        TeamMemberListResponse,
        TeamResponse,
        Transcript,
        TranscriptionSettings,
        TranscriptSegment,
        TranscriptSpeaker,
        TranscriptWord,
        TriggeredWorkflow,
        TriggerNativeIntegrationRequest,
        UpdateConversationRequest,
        UpdateFieldConfigurationItemRequest,
        UpdateFieldConfigurationRequest,
        UpdateKbSourceRequest,
        UpdateLabelRequest,
        UpdateLinkedCrmRecordsRequest,
        UpdateScorecardItemRequest,
        UpdateScorecardRequest,
        UpdateTeamRequest,
        UpdateUserRequest,
        UploadUrl,
        User,
        UserListResponse,
        UserResponse,
        UserSettings,
        WorkflowLog,
        WorkflowLogListResponse,
        ZoomMetadata,
    )

__all__ = [
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
    "CreateFieldConfigurationItemRequest",
    "CreateFieldConfigurationRequest",
    "CreateKbSourceRequest",
    "CreateLabelRequest",
    "CreateScorecardItemRequest",
    "CreateScorecardRequest",
    "CreateScorecardResultRequest",
    "CreateScorecardResultResponse",
    "CreateSnippetRequest",
    "CreateTeamRequest",
    "CreateUserRequest",
    "CreatedFieldConfigurationItem",
    "CreatedFieldConfigurationItemResponse",
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
    "GiHistory",
    "GiHistoryListResponse",
    "GiResult",
    "GiResultContent",
    "GladiaSettings",
    "ImportConversationRequest",
    "ImportExternalMetadata",
    "ImportExtra",
    "ImportMediaHeader",
    "ImportMetadata",
    "ImportParticipant",
    "ImportTranscript",
    "ImportedConversation",
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
    "TranscriptSegment",
    "TranscriptSpeaker",
    "TranscriptWord",
    "TranscriptionSettings",
    "TriggerNativeIntegrationRequest",
    "TriggeredWorkflow",
    "UpdateConversationRequest",
    "UpdateFieldConfigurationItemRequest",
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
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # PEP 562: a model's module is imported on first use, so importing this module
        # costs nothing however many models the spec has.
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value  # later lookups are plain attribute reads
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
