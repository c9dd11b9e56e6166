"""The bulk-intake kit: one way for a file (or a JSON batch) of rows to come into any service.

Every import runs the same five steps; a domain writes only its columns, its checks and its merge SQL.

1. **Upload, streamed** — ``shared.uploads.receive_upload(request, formats)``: the raw body (``text/csv``,
   JSON lines) or a ``multipart/form-data`` form's ``file``, UTF-8 unless GB18030/GBK is declared
   (``shared.text_upload``); nothing but the current chunk is held in memory. A body that is not an upload
   is a 415, a bad form or character set a 422 (problem+json); the route declares ``UPLOAD_OPENAPI`` and
   ``UPLOAD_RESPONSES`` and ``max_body_size=MAX_UPLOAD_BYTES``.
2. **COPY into staging** — one of two readers, both giving one text column per field plus the row's number
   and ``malformed`` (why the line could not be read, NULL when it could):

   - ``shared.intake.staging`` (*by lines*): the lines COPYed verbatim into an UNLOGGED table of the
     service's schema and cut into fields in SQL (``column_expressions``), so parallel workers share the
     parsing — for millions of rows (enrollment's persons and payments). Row numbers are the file's lines.
   - ``shared.intake.fields`` (*by fields*): lines read in Python, COPYed per chunk into a temporary table
     of the columns (``stage``), PostgreSQL's CSV reader cutting plain lines — for a month of service
     records, JSON batches and the expert pool. Row numbers count rows (1 = the first).
   - ``shared.intake.rows`` reads rows in Python chunk by chunk (file line numbers), for a small file
     whose rows need something before staging (migrated levels ask enrollment who each chunk's persons
     are); the domain COPYs each chunk (``copy_records_to_table``) — the opening balances do the same.

   An unreadable line is a row with ``malformed`` set, never a failure of the file; an empty CSV or a header
   without a required column is a 422 (``IMPORT_EMPTY``, ``IMPORT_HEADER_INVALID``).
3. **Checks, set-based** — ``shared.row_checks.RowCheck``: each check is SQL over the staged row, NULL when
   it passes, its code when it does not, all evaluated once per row into a ``codes`` array
   (``staging.codes_column``, ``staging.FAILED``); row codes are the catalogue's (``services/codes.py``) and
   messages may be templates filled from the row.
4. **Errors and merge** — ``staging.record_row_errors`` writes one ``(job_id, row_number, field, code,
   message)`` per failed field of the failed rows only; then the domain's merge (``INSERT … SELECT … WHERE
   NOT failed``) takes the good rows: a bad row never costs the batch its good rows, and a row received
   before with the same content is unchanged (the same file twice changes nothing). Imports of one kind take
   turns (``staging.take_turns``) when two files could race on the same keys.
5. **A job** — the domain's job row with its counts (``rows_total`` and the created / unchanged / failed or
   accepted / rejected split of its API) and the error rows, readable through ``report.error_report``: JSON
   ``{items, next_cursor}`` paged on ``(row_number, field)``, or CSV with ``Accept: text/csv``.

A new import (oversight's training results, surveys, eldercare enrolments) is then a module with
``COLUMNS``, ``REQUIRED``, its ``CHECKS`` (``RowCheck``s), the merge statement, a job table and an errors
table ``(job_id, row_number, field, code, message)`` in its migration, and three routes: ``POST`` the file
(201 with the job), ``GET …/{job_id}``, ``GET …/{job_id}/errors`` (``report.error_report``). Add the
module to ``shared/codescan.py``'s ``_ROW_SQL_MODULES`` so the codes its SQL writes are checked against the
catalogue.

What differs between today's imports, kept for their clients (API.md):
- enrollment's persons and payments, the levels and the opening balances answer ``201`` with a job
  (``rows_created`` / ``rows_unchanged`` / ``rows_failed``) and serve ``…/{job_id}/errors``;
- service records (``/service-records``, ``/service-record-imports``) answer the job with its first 1,000
  errors inline (``rows_accepted`` / ``rows_already_received`` / ``rows_rejected``), and a 422
  ``RECORDS_REFUSED`` carrying the job when every row was refused;
- the expert pool (``/experts:import``, CSV only) answers ``200`` with its counts and every error inline
  (``line``, ``code``, ``field``, ``message``), worded as the single ``POST /experts`` words them (its
  rows are validated by the same pydantic model, after staging); a header without the first six columns
  (``CSV_COLUMNS_MISSING``) or an unreadable line (``CSV_MALFORMED``) refuses the file whole. It has no job
  table (a migration, left for when the pool needs a report to read again).
"""

from shared.intake.report import RowError, RowErrorList, error_report
from shared.intake.staging import Tables

__all__ = ["RowError", "RowErrorList", "Tables", "error_report"]
