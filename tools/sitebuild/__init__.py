"""Build-time helpers shared by the MkDocs hooks and the tests (never shipped to the browser)."""
