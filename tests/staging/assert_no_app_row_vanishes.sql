{#
    Reconciliation: for each app table, live source rows = live rows passed
    to staging + live rows in the quarantine. Returns the tables that
    disagree (a failing test lists them).
#}
with

counts as (
    {{ live_row_counts() }}
)

select *
from counts
where live_source_rows != live_staged_rows + live_rejected_rows
