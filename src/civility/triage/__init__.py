"""Triage: rank flagged messages for human review, group them, redact, and render reports."""
