"""Bulk imports of persons and payments: a CSV or JSON-lines upload streamed into COPY staging, validated
set-based in SQL, merged in one statement, with a per-row error report. Good rows are never lost because of
bad ones, and the same file twice changes nothing the second time."""
