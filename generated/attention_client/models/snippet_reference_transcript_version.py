from typing import Literal

SnippetReferenceTranscriptVersion = Literal["V1", "V2"]

SNIPPET_REFERENCE_TRANSCRIPT_VERSION_VALUES: set[SnippetReferenceTranscriptVersion] = {
    "V1",
    "V2",
}


def check_snippet_reference_transcript_version(value: str) -> SnippetReferenceTranscriptVersion:
    if value in SNIPPET_REFERENCE_TRANSCRIPT_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SNIPPET_REFERENCE_TRANSCRIPT_VERSION_VALUES!r}")
