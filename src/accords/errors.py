"""The few named exceptions of accords. Callers catch these, never bare `Exception`."""


class AccordsError(Exception):
    """Base class of every error accords raises on purpose."""


class IngestError(AccordsError):
    """An input could not be read as an article; the message names the input and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class SchemaError(AccordsError):
    """A record or file does not have the expected shape or schema version."""


class StoreError(AccordsError):
    """The store could not be opened, migrated or written."""


class StageError(AccordsError):
    """A pipeline stage failed on one article."""


class NotFoundError(AccordsError):
    """A requested article, entity or fact does not exist in the store."""


class PartitionError(AccordsError):
    """A partition of a scale-out run could not be read or written (retried, then reported)."""


class ExportError(AccordsError):
    """An export was asked for something it cannot do (format, kind, filter, output path)."""


class ModelError(AccordsError):
    """A learned component's files (the sentence-embedding model, classifier weights) are missing or unreadable."""
