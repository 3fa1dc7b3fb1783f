"""Values the API tests and their fixtures share (a module of its own: `conftest` is not
importable by name when several test folders have one)."""

SCRIPT = "<script>alert(1)</script>"
TOKEN = "test-token-123"
